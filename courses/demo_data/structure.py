"""Course settings that do not change with language: audience roles, restricted access,
certificate validity, estimated duration and display order."""

ALL_PROFESSIONAL_ROLES = [
    "police",
    "prosecutor",
    "judge",
    "other-justice",
    "educator",
    "social-worker",
    "other",
]

COURSE_META = {
    # The shared core course: open to every professional role, refreshed every two years.
    "understanding-ocsea": {
        "roles": ALL_PROFESSIONAL_ROLES,
        "restricted": False,
        "validity_months": 24,
        "duration_minutes": 90,
        "order": 1,
    },
    "police-investigation": {
        "roles": ["police"],
        "restricted": True,
        "validity_months": 36,
        "duration_minutes": 100,
        "order": 2,
    },
    "prosecution": {
        "roles": ["prosecutor"],
        "restricted": True,
        "validity_months": 36,
        "duration_minutes": 100,
        "order": 3,
    },
    "judiciary": {
        "roles": ["judge"],
        "restricted": True,
        "validity_months": 36,
        "duration_minutes": 90,
        "order": 4,
    },
}
