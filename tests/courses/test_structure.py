"""The demo builder makes a locked course tree whose translations share their keys."""

from courses import selectors
from courses.models import CoursePage, LessonPage, ModulePage, QuizPage


def test_course_tree_and_translation_share_keys(course):
    french = course.get_translation(course.locale.__class__.objects.get(language_code="fr"))
    assert french.translation_key == course.translation_key
    assert ModulePage.objects.child_of(course).count() == 2
    assert LessonPage.objects.descendant_of(course).count() == 4
    assert QuizPage.objects.descendant_of(course).count() == 2
    english_questions = selectors.quiz_questions(QuizPage.objects.descendant_of(course).first())
    french_quiz = QuizPage.objects.descendant_of(french).first()
    french_questions = selectors.quiz_questions(french_quiz)
    assert [q.key for q in english_questions] == [q.key for q in french_questions]
    assert [o.key for o in english_questions[1].options] == [
        o.key for o in french_questions[1].options
    ]
    assert french_questions[0].text == "Question one"


def test_page_types_are_locked():
    assert CoursePage.parent_page_types == ["courses.CourseIndexPage"]
    assert LessonPage.subpage_types == []
    assert QuizPage.max_count_per_parent == 1
    assert ModulePage.subpage_types == ["courses.LessonPage", "courses.QuizPage"]
