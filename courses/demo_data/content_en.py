"""English demo course content: the source text the French and Spanish files translate.

Written to the project's content guidelines: Luxembourg Guidelines terminology, nothing
graphic (harms, patterns and signs, never acts), and case scenarios that are fictional and
composite.
"""

COURSE_INDEX = {
    "title": "Training for professionals",
    "intro": (
        "Short, modular courses for police officers, prosecutors, judges and everyone whose work "
        "brings them into contact with children. The courses follow international terminology "
        "guidelines and use only fictional, composite case scenarios. The shared core course is "
        "open to every professional; the role-specific courses are open to verified professionals "
        "in the matching role."
    ),
}

COURSES = {
    "understanding-ocsea": {
        "title": "Understanding online child sexual exploitation",
        "summary": (
            "The shared foundation for every professional: the right words, the main forms of "
            "online child sexual exploitation and abuse (OCSEA), the signs to notice, and how to "
            "respond, report and work within a national response."
        ),
        "outcomes": [
            "Use the terminology of the Luxembourg Guidelines and explain why words matter to "
            "victims and to justice.",
            "Describe the main forms of OCSEA, including grooming, sexual extortion and "
            "live-streamed child sexual abuse.",
            "Recognise patterns and signs that a child may be at risk or experiencing harm.",
            "Respond to a disclosure calmly and without blame, and report through the right "
            "channels without handling abuse material.",
            "Explain how the WePROTECT Model National Response connects prevention, justice, "
            "victim support and industry.",
        ],
        "wellbeing_text": (
            "This course discusses the sexual exploitation and abuse of children. It contains no "
            "images and no graphic descriptions, but the subject can still weigh on you, "
            "especially if it connects to your own experience or to a case you are working on. "
            "Take breaks, go at your own pace and stop when you need to. Intrusive thoughts, "
            "irritability, poor sleep or emotional numbness can be signs of secondary traumatic "
            "stress; they are common and they are not a weakness. Talk to your supervisor or a "
            "trusted colleague, use your organisation's employee assistance programme or "
            "occupational health service, and seek confidential professional support if the "
            "reactions persist. If the course raises a concern about a child you know, follow your "
            "safeguarding procedure or contact the help services for your country."
        ),
        "modules": [
            {
                "slug": "language-and-scope",
                "title": "Words, scope and scale",
                "summary": (
                    "Why terminology matters, and what online child sexual exploitation and abuse "
                    "covers."
                ),
                "lessons": [
                    {
                        "slug": "using-the-right-words",
                        "title": "Using the right words",
                        "content_note": "",
                        "body": [
                            ("heading", "Why words matter"),
                            (
                                "paragraph",
                                "<p>The words professionals use shape how a case is "
                                "investigated, prosecuted, judged and remembered. Language "
                                "that suggests a child took part willingly, or that presents "
                                "abuse as entertainment or commerce, shifts blame onto the "
                                "child and minimises the harm. In 2016 an interagency working "
                                "group published the <em>Terminology Guidelines for the "
                                "Protection of Children from Sexual Exploitation and Sexual "
                                "Abuse</em>, known as the Luxembourg Guidelines. The UN "
                                "Special Rapporteur, the WePROTECT Global Alliance, INTERPOL, "
                                "Europol and many national agencies follow them.</p>",
                            ),
                            ("heading", "Preferred terms"),
                            (
                                "paragraph",
                                "<p>Some terms are now widely recognised as harmful because "
                                "they imply legitimacy or agreement. The guidelines recommend "
                                "clear alternatives:</p><ul><li><strong>Child sexual abuse "
                                "material (CSAM)</strong> or child sexual exploitation "
                                "material, for any material that depicts or documents the "
                                "sexual abuse or exploitation of a child. Every such image "
                                "records a crime against a real child.</li><li><strong>Sexual "
                                "exploitation of children in prostitution</strong>, which "
                                "places responsibility on the adults who exploit children, not "
                                "on the child.</li><li><strong>Live-streamed child sexual "
                                "abuse</strong>, for abuse transmitted in real time to viewers "
                                "who often pay for it and direct "
                                "it.</li><li><strong>Offender</strong> or "
                                "<strong>perpetrator</strong> for the person who abused; "
                                "<strong>child</strong>, <strong>victim</strong> or "
                                "<strong>survivor</strong>, as the person prefers.</li></ul>",
                            ),
                            (
                                "paragraph",
                                "<p>Avoid any word that presents abuse as mutual, romantic or "
                                "chosen. A child cannot agree to their own sexual abuse, and "
                                "the vocabulary of dating hides the imbalance of power that "
                                "defines it. The same care applies to children's own images: "
                                "<strong>self-generated sexual images</strong> are often "
                                "produced under pressure, deception or threat, and the child "
                                "who made them is a victim of whoever coerced them or shared "
                                "them.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "Terminology is part of victim-centred practice: it "
                                        "keeps responsibility with the offender.",
                                        "Write child sexual abuse material, never terms "
                                        "borrowed from adult entertainment.",
                                        "Write sexual extortion (sextortion) for threats to "
                                        "share a child's images unless demands are met.",
                                        "In reports, statements and judgments, describe what "
                                        "happened factually and without graphic detail.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "A colleague's draft report describes online contact "
                                        "between a 35-year-old man and a 13-year-old girl as 'a "
                                        "romance that started in a game'. What should you suggest?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Keep it: it reflects how the girl described it."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Children are often led to believe the contact is "
                                                "special. The report should describe the "
                                                "offender's conduct, not adopt the framing he used "
                                                "to groom her."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Describe it factually as grooming by an adult "
                                                "offender, without romantic vocabulary."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Factual terms such as grooming keep "
                                                "responsibility with the offender and do not "
                                                "suggest that the contact was mutual."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Put the phrase in quotation marks and leave it."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Quotation marks still repeat the offender's "
                                                "framing in an official document. Describe the "
                                                "conduct plainly instead."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "forms-of-ocsea",
                        "title": "The main forms of online harm",
                        "content_note": (
                            "This lesson describes forms of sexual exploitation and abuse of "
                            "children in general terms. It contains no graphic detail."
                        ),
                        "body": [
                            ("heading", "A spectrum of harm"),
                            (
                                "paragraph",
                                "<p>Online child sexual exploitation and abuse (OCSEA) covers "
                                "any sexual exploitation or abuse of a child that is "
                                "facilitated, recorded or shared through technology. The "
                                "online and offline parts are often linked: abuse recorded in "
                                "a home may be shared worldwide within hours, and contact that "
                                "begins online may lead to a meeting in person. The harm is "
                                "real and lasting, and it continues each time material is "
                                "viewed or shared.</p>",
                            ),
                            (
                                "paragraph",
                                "<ul><li><strong>Producing, sharing and possessing "
                                "CSAM.</strong> Each copy violates the child again, and demand "
                                "for new material drives further "
                                "abuse.</li><li><strong>Grooming.</strong> An offender builds "
                                "trust and control over a child, online or offline, in order "
                                "to sexually abuse or exploit them.</li><li><strong>Sexual "
                                "extortion (sextortion).</strong> An offender threatens to "
                                "share a child's images unless the child sends more images, "
                                "money or something else.</li><li><strong>Live-streamed child "
                                "sexual abuse.</strong> Abuse is transmitted in real time to "
                                "viewers, often paid for and directed from another "
                                "country.</li><li><strong>Self-generated sexual "
                                "images.</strong> Images a child produces, often under "
                                "pressure, deception or threat, which may then be shared "
                                "beyond their control.</li><li><strong>Sexual exploitation of "
                                "children in prostitution</strong> arranged or advertised "
                                "online.</li></ul>",
                            ),
                            ("heading", "Who is affected"),
                            (
                                "paragraph",
                                "<p>Any child can be affected, whatever their age, gender or "
                                "background. Some groups face particular risks: young children "
                                "in live-streamed abuse facilitated by family members, where "
                                "victims are mostly girls and many are under 12; and teenage "
                                "boys, who are increasingly targeted by financially motivated "
                                "sexual extortion. Reports to hotlines and to the US National "
                                "Center for Missing &amp; Exploited Children (NCMEC) number in "
                                "the millions each year, largely because technology companies "
                                "detect and report known material.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "OCSEA links online and offline abuse: treat them as "
                                        "one pattern of harm.",
                                        "The circulation of material causes continuing harm to "
                                        "the child.",
                                        "Children may not recognise what is happening to them "
                                        "as abuse, especially when they have been groomed.",
                                        "Risk is not limited to one age group or gender.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Why does sharing existing abuse material cause harm, even "
                                        "when the abuse was recorded years ago?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Each viewing and each copy violates the child's "
                                                "privacy and dignity again, and demand fuels new "
                                                "abuse."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Survivors describe the knowledge that "
                                                "their images circulate as a lasting harm, and "
                                                "demand drives further abuse."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "It does not: the harm happened when the abuse "
                                                "took place."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Circulation is a continuing violation. Survivors "
                                                "report fear of being recognised for years "
                                                "afterwards."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Only because sharing is illegal in most countries."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "It is illegal, but the reason is the harm to the "
                                                "child, not only the law."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Words, scope and scale: quiz",
                    "pass_mark": 70,
                    "questions": [
                        {
                            "text": (
                                "Which term do the Luxembourg Guidelines recommend for material "
                                "that depicts the sexual abuse of a child?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Child sexual abuse material (CSAM)",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. It names the material for what it is: a record "
                                        "of a crime against a child."
                                    ),
                                },
                                {
                                    "text": "Adult content involving minors",
                                    "correct": False,
                                    "feedback": (
                                        "This wording borrows from adult entertainment and hides "
                                        "the abuse."
                                    ),
                                },
                                {
                                    "text": "Explicit images of young people",
                                    "correct": False,
                                    "feedback": (
                                        "This is vague and does not convey that the material "
                                        "records abuse."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which of the following are forms of online child sexual "
                                "exploitation and abuse? Select all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Grooming a child through a gaming platform",
                                    "correct": True,
                                    "feedback": "Correct. Grooming is a core form of OCSEA.",
                                },
                                {
                                    "text": "Threatening to share a child's images unless they pay",
                                    "correct": True,
                                    "feedback": "Correct. This is sexual extortion (sextortion).",
                                },
                                {
                                    "text": (
                                        "Paying to direct live-streamed abuse of a child in "
                                        "another country"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This is live-streamed child sexual abuse, a "
                                        "pattern sometimes called virtual trafficking."
                                    ),
                                },
                                {
                                    "text": "A child reporting a harmful image to a hotline",
                                    "correct": False,
                                    "feedback": (
                                        "Reporting is a protective action, not a form of abuse."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "A 15-year-old boy sent an image after being threatened by someone "
                                "he met online. How should the image be described?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "As a self-generated sexual image produced under coercion: "
                                        "the boy is a victim"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. A child who is coerced is a victim of sexual "
                                        "extortion."
                                    ),
                                },
                                {
                                    "text": "As evidence that the boy took part willingly",
                                    "correct": False,
                                    "feedback": (
                                        "Threats and deception remove any suggestion of choice. "
                                        "Responsibility lies with the offender."
                                    ),
                                },
                                {
                                    "text": "As a private matter between two people online",
                                    "correct": False,
                                    "feedback": (
                                        "This is a crime against a child and a safeguarding "
                                        "concern."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which statements about who is affected are accurate? Select all "
                                "that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "In documented patterns of live-streamed abuse, victims "
                                        "are mostly girls and many are under 12."
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. This is a recurring finding.",
                                },
                                {
                                    "text": (
                                        "Teenage boys are increasingly targeted by financially "
                                        "motivated sexual extortion."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Many agencies have warned about this trend."
                                    ),
                                },
                                {
                                    "text": (
                                        "Only children from disadvantaged backgrounds are at risk."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Any child can be affected. Some circumstances increase "
                                        "risk, but none guarantees safety."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Why do the guidelines advise against words that suggest a child "
                                "chose or shared in the abuse?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "They shift blame to the child and minimise the harm.",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Language shapes how victims are treated and how "
                                        "offences are judged."
                                    ),
                                },
                                {
                                    "text": "They are too informal for court documents.",
                                    "correct": False,
                                    "feedback": (
                                        "Formality is not the issue: the problem is the false "
                                        "suggestion of choice."
                                    ),
                                },
                                {
                                    "text": "They are discouraged only in English.",
                                    "correct": False,
                                    "feedback": (
                                        "The guidelines apply across languages: the equivalent "
                                        "terms in other languages carry the same problem."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "recognising-harm",
                "title": "Patterns and signs",
                "summary": (
                    "How offenders groom and extort children, how live-streamed abuse is "
                    "organised, and the signs professionals can notice."
                ),
                "lessons": [
                    {
                        "slug": "grooming-and-sextortion",
                        "title": "Grooming and sexual extortion",
                        "content_note": (
                            "This lesson describes offender tactics and their effect on children "
                            "in general terms, and includes a fictional case scenario."
                        ),
                        "body": [
                            ("heading", "How grooming works"),
                            (
                                "paragraph",
                                "<p>Grooming is a process, not a single event. Offenders look "
                                "for children who seem lonely, in conflict at home or eager "
                                "for attention, and offer what seems to be missing: praise, "
                                "gifts, game credits, understanding. They test boundaries "
                                "gradually, introduce secrecy, move the conversation to "
                                "private or encrypted apps and isolate the child from people "
                                "who could help. Many offenders contact large numbers of "
                                "children at once and concentrate on those who respond.</p>",
                            ),
                            ("heading", "How sexual extortion works"),
                            (
                                "paragraph",
                                "<p>In sexual extortion, an offender obtains a sexual image of "
                                "a child, often by posing as a peer, then threatens to send it "
                                "to family, friends or school unless the child sends more "
                                "images or money. Financially motivated sextortion, frequently "
                                "run by organised groups in other countries, can move from "
                                "first contact to threats within hours. Children feel intense "
                                "shame and panic, and some have taken their own lives. They "
                                "need to hear, quickly and clearly, that it is not their fault "
                                "and that help is there.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "A change in Sami",
                                    "text": (
                                        "<p>This scenario is fictional and composite. Sami, 14, "
                                        "has become withdrawn, checks his phone constantly and has "
                                        "asked a teacher whether it is possible to 'delete "
                                        "something from the internet'. He has missed two days of "
                                        "school. The teacher does not question him about the "
                                        "content or ask to see his phone. She tells him calmly "
                                        "that he is not in trouble, that people who threaten young "
                                        "people online are committing a crime, and that she will "
                                        "help. She informs the designated safeguarding lead the "
                                        "same day, who contacts Sami's parents and the police and "
                                        "explains how a removal service can help take images "
                                        "down.</p>"
                                    ),
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Signs worth noticing",
                                    "items": [
                                        "Sudden secrecy about devices or new online contacts",
                                        "Unexplained gifts, money or game credits",
                                        "Withdrawal, anxiety, low mood or changes in sleep",
                                        "Distress after using a phone or receiving messages",
                                        "Questions about deleting content or whether images "
                                        "can be traced",
                                        "Requests for money without a clear reason",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "In the scenario, why did the teacher not ask to see the "
                                        "images on Sami's phone?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Viewing or copying suspected abuse material is "
                                                "not a teacher's role and may itself be an "
                                                "offence; police handle evidence through "
                                                "authorised procedures."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Never view, copy, download or forward "
                                                "suspected abuse material: note what the child "
                                                "says and refer."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Because the images would not be useful as "
                                                "evidence."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "They may well be evidence, which is exactly why "
                                                "only authorised forensic procedures may handle "
                                                "them."
                                            ),
                                        },
                                        {
                                            "text": "Because Sami might delete them.",
                                            "correct": False,
                                            "feedback": (
                                                "The reason is safety and the law, not timing. "
                                                "Police can advise on preserving evidence."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "live-streamed-abuse",
                        "title": "Live-streamed abuse and virtual trafficking",
                        "content_note": (
                            "This lesson describes patterns of live-streamed child sexual abuse in "
                            "general terms. It contains no graphic detail."
                        ),
                        "body": [
                            ("heading", "A documented pattern"),
                            (
                                "paragraph",
                                "<p>Live-streamed child sexual abuse is transmitted in real "
                                "time over video calling or streaming services. In a "
                                "documented pattern sometimes called virtual trafficking, "
                                "offenders in one country pay a facilitator in another to "
                                "abuse a child while they watch and give instructions. "
                                "Facilitators are often family members or people close to the "
                                "family, and the abuse often happens in the child's home. "
                                "Victims are mostly girls and many are under 12; siblings may "
                                "be abused together.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Because the abuse is streamed rather than stored, little "
                                "material may remain on devices. Evidence often lies "
                                "elsewhere: payment records, chat logs in which the offender "
                                "arranges and directs the abuse, and account and connection "
                                "data held by service providers. International cooperation is "
                                "essential, because the offender, the facilitator, the child "
                                "and the evidence are usually in different countries.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Indicators professionals may encounter",
                                    "points": [
                                        "Small, repeated international money transfers to "
                                        "people with no clear reason to receive them",
                                        "Chat messages that negotiate prices or times for "
                                        "'shows' involving a child",
                                        "A household with unexplained new income, devices or "
                                        "internet connections, alongside signs of distress in "
                                        "children",
                                        "Children kept at home from school, or showing sexual "
                                        "knowledge unusual for their age",
                                        "Offenders whose travel history or online contacts "
                                        "point to the same countries as known facilitators",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>Banks, payment services and online platforms can detect "
                                "some of these patterns and report them. For child protection "
                                "workers in the country where the child lives, the priority "
                                "once abuse is identified is the child's safety: protection "
                                "from further harm, medical and psychological care, and "
                                "support that does not depend on the child giving evidence.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Why is there often little abuse material on the devices "
                                        "of offenders who pay for live-streamed abuse?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "The abuse is transmitted in real time and may not "
                                                "be recorded, so the evidence lies in payments, "
                                                "chats and provider data."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Investigators follow the financial and "
                                                "communication trail."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Offenders always use devices that cannot be "
                                                "examined."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Devices can usually be examined; the point is "
                                                "that streamed content may never be stored."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Live-streamed abuse leaves no evidence at all."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "It does leave evidence: payment records, chat "
                                                "logs and service provider data."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Patterns and signs: quiz",
                    "pass_mark": 70,
                    "questions": [
                        {
                            "text": (
                                "Which of these are typical elements of grooming? Select all that "
                                "apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Building trust with attention, praise or gifts",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Offenders offer what a child seems to lack."
                                    ),
                                },
                                {
                                    "text": "Introducing secrecy and isolating the child",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Secrecy hides the abuse and cuts the child off "
                                        "from help."
                                    ),
                                },
                                {
                                    "text": "Moving the conversation to private or encrypted apps",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Offenders move to places where they are less "
                                        "likely to be detected."
                                    ),
                                },
                                {
                                    "text": "Encouraging the child to talk to their parents",
                                    "correct": False,
                                    "feedback": (
                                        "Offenders do the opposite: they try to separate the child "
                                        "from trusted adults."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "A student tells you that someone is threatening to share her "
                                "images unless she pays. What does she need to hear first?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "It is not your fault, you are not in trouble, and we will "
                                        "get help now."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Shame and panic are intense: reassurance comes "
                                        "first, then action."
                                    ),
                                },
                                {
                                    "text": "Why did you send the image in the first place?",
                                    "correct": False,
                                    "feedback": (
                                        "This blames the child and may stop her from telling "
                                        "anyone again."
                                    ),
                                },
                                {
                                    "text": "Pay quickly so the images are not shared.",
                                    "correct": False,
                                    "feedback": (
                                        "Paying rarely stops the threats and often leads to more "
                                        "demands. Stop contact, keep the evidence and report."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "In the virtual trafficking pattern, who most often facilitates "
                                "the abuse?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Family members or people close to the family",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This is why protecting the child must include a "
                                        "safe care plan."
                                    ),
                                },
                                {
                                    "text": "Strangers who abduct children",
                                    "correct": False,
                                    "feedback": (
                                        "Abduction is not the typical pattern: facilitators "
                                        "usually have access to the child at home."
                                    ),
                                },
                                {
                                    "text": "Other children",
                                    "correct": False,
                                    "feedback": (
                                        "The documented pattern involves adult facilitators paid "
                                        "by offenders abroad."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which indicators could suggest live-streamed abuse paid for from "
                                "abroad? Select all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Small, repeated international payments with no clear "
                                        "purpose"
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. Payment patterns are a key indicator.",
                                },
                                {
                                    "text": (
                                        "Chats negotiating times or prices for 'shows' with a child"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Such messages are strong evidence that the abuse "
                                        "was arranged and directed."
                                    ),
                                },
                                {
                                    "text": (
                                        "A child who enjoys video calls with grandparents abroad"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Ordinary family contact is not an indicator on its own."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "During a disclosure, a child holds out a phone with images on it. "
                                "What should you do?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Not look further, not copy or forward anything, note what "
                                        "the child says and refer to the safeguarding lead or the "
                                        "police"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Suspected abuse material is handled only through "
                                        "authorised forensic procedures."
                                    ),
                                },
                                {
                                    "text": (
                                        "Forward the images to the safeguarding lead as evidence"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Forwarding creates another copy and may be an offence. "
                                        "Describe what you were told instead."
                                    ),
                                },
                                {
                                    "text": "Take a screenshot so the evidence is not lost",
                                    "correct": False,
                                    "feedback": (
                                        "Never copy suspected abuse material. The police can "
                                        "advise on preserving evidence."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "responding-together",
                "title": "Responding and reporting",
                "summary": (
                    "Responding to a disclosure, reporting safely, and how a national response "
                    "fits together."
                ),
                "lessons": [
                    {
                        "slug": "responding-to-disclosure",
                        "title": "Responding to a disclosure",
                        "content_note": (
                            "This lesson discusses how children disclose abuse, and includes a "
                            "fictional case scenario."
                        ),
                        "body": [
                            ("heading", "What children need from the first adult they tell"),
                            (
                                "paragraph",
                                "<p>Children often disclose gradually: they test an adult's "
                                "reaction with part of the story, or tell a friend first. Many "
                                "never tell anyone. The first response matters. A calm, "
                                "believing reaction makes further help possible, while shock, "
                                "disbelief or blame can silence a child for years. Your role "
                                "is not to investigate but to listen, reassure, record and "
                                "refer.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Responding to a disclosure",
                                    "items": [
                                        "Stay calm, listen and let the child speak in their "
                                        "own words",
                                        "Say that they were right to tell you and that it is "
                                        "not their fault",
                                        "Do not promise secrecy: explain who you will need to "
                                        "tell and why",
                                        "Ask only the open questions needed to understand "
                                        "immediate safety",
                                        "Do not view, copy, download or forward any images or "
                                        "messages",
                                        "Write down what the child said, in their words, with "
                                        "the date and time",
                                        "Refer the same day to your safeguarding lead, "
                                        "children's services or the police, following your "
                                        "procedure",
                                    ],
                                },
                            ),
                            ("heading", "Reporting material found online"),
                            (
                                "paragraph",
                                "<p>Anyone who comes across suspected child sexual abuse "
                                "material online can report it to a hotline. The <a "
                                'href="https://www.inhope.org/">INHOPE</a> network links '
                                "hotlines in dozens of countries that assess reports, trace "
                                "where material is hosted and work with industry and police to "
                                "have it removed. Reports can be anonymous: at the Internet "
                                "Watch Foundation, about 80% of public reports are. Anonymous "
                                "reports must stay anonymous. Report the web address, never "
                                "the material itself. Young people can also use services that "
                                "help remove their own images, such as NCMEC's Take It Down or "
                                "Report Remove from the IWF and Childline in the UK.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "A partial disclosure",
                                    "text": (
                                        "<p>This scenario is fictional and composite. At a youth "
                                        "club, Lina, 12, tells a youth worker that an older online "
                                        "'friend' asked her to keep their chats secret and that "
                                        "she feels sick when he messages her. The youth worker "
                                        "thanks her, tells her she did the right thing and "
                                        "explains that she needs to tell the person responsible "
                                        "for keeping children safe. She writes down Lina's words, "
                                        "does not ask to see the messages, and contacts the "
                                        "safeguarding lead within the hour. The lead refers the "
                                        "concern to children's services and the police.</p>"
                                    ),
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Someone reports suspected abuse material to a hotline "
                                        "anonymously. What should happen?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "The report is assessed on its content and the "
                                                "reporter's anonymity is respected."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Anonymity encourages reporting: about "
                                                "80% of public reports to the IWF are anonymous."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The hotline asks who the reporter is before "
                                                "acting."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Anonymous reports are accepted and acted on. "
                                                "Asking for identity would discourage reporting."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The reporter is asked to send a copy of the "
                                                "material."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Never ask anyone to send abuse material: the web "
                                                "address is enough for the hotline to assess it."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "national-response",
                        "title": "A national response that works together",
                        "content_note": "",
                        "body": [
                            ("heading", "No agency can do this alone"),
                            (
                                "paragraph",
                                "<p>OCSEA crosses borders, platforms and professions. The "
                                "Model National Response of the <a "
                                'href="https://www.weprotect.org/">WePROTECT Global '
                                "Alliance</a> helps countries organise their efforts in "
                                "connected areas: <strong>policy and governance</strong>, "
                                "<strong>criminal justice</strong>, <strong>victim "
                                "support</strong>, <strong>society</strong> (awareness and "
                                "education), <strong>industry</strong>, and <strong>media and "
                                "communications</strong>. It is a framework for assessing what "
                                "exists and what is missing, not a single law or "
                                "institution.</p>",
                            ),
                            ("heading", "Prevention comes first"),
                            (
                                "paragraph",
                                "<p>Educating children, parents, carers and teachers is the "
                                "first line of response. Children who know that grooming and "
                                "sextortion exist, that they are never to blame and that "
                                "adults will help are more likely to tell someone early. Open "
                                "conversation between parents and children is often the first "
                                "protection. Prevention also means confidential help, through "
                                "services such as Stop It Now, for people worried about their "
                                "own sexual thoughts or behaviour towards children, before any "
                                "child is harmed.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Industry has its part. Because resizing or compressing an "
                                "image changes its ordinary file hash, companies use "
                                "perceptual hashing, such as PhotoDNA, developed in 2009, to "
                                "recognise known abuse images even after such changes. Matches "
                                "are reported to hotlines and law enforcement, and the images "
                                "are removed. Police officers, prosecutors and judges need "
                                "specialised training, because these cases involve digital "
                                "evidence, international cooperation and child victims whose "
                                "needs differ from those of adults.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "The Model National Response links policy, justice, "
                                        "victim support, society, industry and the media.",
                                        "Prevention and education are the first line of response.",
                                        "Perceptual hashing lets industry find known images "
                                        "after they are altered.",
                                        "Specialised training for justice professionals is "
                                        "part of a complete response, and victim support must "
                                        "not depend on a case reaching court.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Why do companies use perceptual hashes such as PhotoDNA "
                                        "rather than ordinary file hashes to find known abuse "
                                        "images?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "An ordinary hash changes when an image is resized "
                                                "or compressed; a perceptual hash still matches."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Perceptual hashing tolerates the small "
                                                "changes that happen as images are shared."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Perceptual hashes let staff view the images "
                                                "faster."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Hash matching reduces the need for anyone to view "
                                                "the material at all."
                                            ),
                                        },
                                        {
                                            "text": "Ordinary file hashes are unlawful to use.",
                                            "correct": False,
                                            "feedback": (
                                                "They are lawful and useful for exact copies, but "
                                                "they miss altered versions."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Responding and reporting: quiz",
                    "pass_mark": 70,
                    "questions": [
                        {
                            "text": (
                                "Which responses are right when a child discloses abuse? Select "
                                "all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Listening calmly and saying it is not their fault",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. A calm, believing response makes further help "
                                        "possible."
                                    ),
                                },
                                {
                                    "text": "Promising to keep it secret so they keep talking",
                                    "correct": False,
                                    "feedback": (
                                        "You cannot keep it secret. Explain honestly who you need "
                                        "to tell and why."
                                    ),
                                },
                                {
                                    "text": "Writing down the child's words with the date and time",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. An accurate note helps those who investigate and "
                                        "protect."
                                    ),
                                },
                                {
                                    "text": "Asking detailed questions about what happened",
                                    "correct": False,
                                    "feedback": (
                                        "Detailed questioning is for trained interviewers; it can "
                                        "distress the child and affect the evidence."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "What should you give a hotline when reporting suspected abuse "
                                "material online?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "The web address where you found it",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The hotline assesses the content where it is "
                                        "hosted."
                                    ),
                                },
                                {
                                    "text": "A screenshot of the material",
                                    "correct": False,
                                    "feedback": (
                                        "Never copy suspected abuse material, even to report it."
                                    ),
                                },
                                {
                                    "text": "A downloaded copy",
                                    "correct": False,
                                    "feedback": (
                                        "Downloading creates a copy and may be an offence. Give "
                                        "the address only."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which of these is not one of the areas of the WePROTECT Model "
                                "National Response?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Victim support",
                                    "correct": False,
                                    "feedback": "Victim support is one of the areas.",
                                },
                                {
                                    "text": "Industry",
                                    "correct": False,
                                    "feedback": (
                                        "Industry is one of the areas: companies detect, report "
                                        "and remove material."
                                    ),
                                },
                                {
                                    "text": "Military operations",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The areas are policy and governance, criminal "
                                        "justice, victim support, society, industry, and media and "
                                        "communications."
                                    ),
                                },
                                {
                                    "text": "Media and communications",
                                    "correct": False,
                                    "feedback": "Media and communications is one of the areas.",
                                },
                            ],
                        },
                        {
                            "text": (
                                "Why does prevention include help for people worried about their "
                                "own sexual thoughts about children?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Confidential help can stop harm before any child is "
                                        "abused."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Services such as Stop It Now exist for this "
                                        "reason."
                                    ),
                                },
                                {
                                    "text": "It replaces the need for criminal justice.",
                                    "correct": False,
                                    "feedback": (
                                        "Prevention and justice work together; neither replaces "
                                        "the other."
                                    ),
                                },
                                {
                                    "text": "It is a way of identifying people for arrest.",
                                    "correct": False,
                                    "feedback": (
                                        "These services are confidential; their purpose is to "
                                        "prevent harm."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which statements about anonymous reporting are true? Select all "
                                "that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "About 80% of public reports to the Internet Watch "
                                        "Foundation are anonymous."
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. Anonymity encourages people to report.",
                                },
                                {
                                    "text": "Anonymous reports must stay anonymous.",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Never pressure a reporter to identify themselves."
                                    ),
                                },
                                {
                                    "text": (
                                        "Anonymous reports are set aside until the reporter is "
                                        "identified."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Reports are assessed on their content, whoever made them."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
        ],
    },
    "police-investigation": {
        "title": "Investigating online child sexual exploitation and abuse",
        "summary": (
            "For police officers and investigators: triaging hotline and industry reports with the "
            "child's safety first, securing digital evidence, identifying victims and working with "
            "children in a trauma-informed way."
        ),
        "outcomes": [
            "Triage referrals from hotlines and technology companies by the risk to children.",
            "Plan searches and secure digital evidence with an unbroken chain of custody.",
            "Handle suspected abuse material only through authorised forensic procedures, "
            "limiting exposure.",
            "Contribute to victim identification through national and international databases.",
            "Work with child victims in a victim-centred, trauma-informed way.",
        ],
        "wellbeing_text": (
            "Investigators may be exposed to abuse material and to children's accounts of harm. "
            "Secondary traumatic stress is a predictable occupational risk, not a sign of "
            "weakness. Good practice includes limiting the time spent reviewing material and "
            "taking regular breaks; using tools that reduce exposure, such as hash matching, "
            "smaller image sizes and muted audio; never reviewing material alone at the end of a "
            "shift or at home; regular supervision and confidential psychological check-ins; and "
            "peer support. Speak to your supervisor early if you notice changes in your sleep, "
            "mood, concentration or the way you see the people around you. Your employee "
            "assistance programme and occupational health service are confidential: use them."
        ),
        "modules": [
            {
                "slug": "from-report-to-investigation",
                "title": "From report to investigation",
                "summary": (
                    "Where referrals come from, what they contain and how to triage them with the "
                    "child's safety first."
                ),
                "lessons": [
                    {
                        "slug": "hotline-and-industry-reports",
                        "title": "Working with hotline and industry reports",
                        "content_note": "",
                        "body": [
                            ("heading", "Where referrals come from"),
                            (
                                "paragraph",
                                "<p>Many investigations begin with a referral rather than a "
                                "complaint. Technology companies detect known abuse images "
                                "with perceptual hashing, such as PhotoDNA, which recognises "
                                "an image even after resizing or compression has changed its "
                                "ordinary file hash. Providers report matches; in the United "
                                "States they are required to report apparent CSAM they become "
                                "aware of to NCMEC's CyberTipline, which makes the reports "
                                "available to law enforcement in the countries concerned. "
                                "Hotlines in the INHOPE network receive reports from the "
                                "public, many of them anonymous, assess the content, and pass "
                                "confirmed reports to the police and to the hotline in the "
                                "hosting country for removal.</p>",
                            ),
                            ("heading", "What a referral usually contains"),
                            (
                                "paragraph",
                                "<p>Contents vary by provider, but often "
                                "include:</p><ul><li>the account identifiers, email addresses "
                                "or phone numbers linked to the upload;</li><li>IP addresses "
                                "with dates, times and time zones;</li><li>hash values and how "
                                "the match was made;</li><li>whether someone at the provider "
                                "reviewed the content;</li><li>a description or categorisation "
                                "of the content.</li></ul><p>Check time zones carefully before "
                                "requesting subscriber data, and note whether the content was "
                                "reviewed by the provider: in some jurisdictions this affects "
                                "the legal authority investigators need before opening it.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Preserve before you pursue. Send preservation requests to "
                                "providers promptly, because logs and account data may be kept "
                                "only for short periods. Check national and international "
                                "deconfliction systems so that you do not duplicate or "
                                "compromise another agency's investigation.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "On receiving a referral",
                                    "items": [
                                        "Record receipt and assign a reference",
                                        "Check every time zone and identifier",
                                        "Send preservation requests",
                                        "Deconflict with other agencies",
                                        "Keep any attached material inside authorised forensic "
                                        "systems: never download, copy or forward it",
                                        "Pass the referral to triage within the agreed timescale",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "A referral gives an upload time in UTC. Why does this "
                                        "matter?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "A subscriber request for a dynamic IP address "
                                                "needs the exact time in the right time zone, or "
                                                "it may identify the wrong household."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. A time zone error can send officers to "
                                                "the wrong door."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "It does not: an IP address identifies one person "
                                                "permanently."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Many IP addresses are shared or reassigned, so "
                                                "exact timing is essential."
                                            ),
                                        },
                                        {
                                            "text": "UTC times cannot be used in court.",
                                            "correct": False,
                                            "feedback": (
                                                "They can be, as long as they are converted and "
                                                "explained accurately."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "triage-and-safeguarding",
                        "title": "Triage: the child's safety first",
                        "content_note": (
                            "This lesson discusses risk to children in general terms and includes "
                            "a fictional case scenario."
                        ),
                        "body": [
                            ("heading", "Prioritising by risk"),
                            (
                                "paragraph",
                                "<p>Referral volumes are high, and not every referral can be "
                                "actioned at once. Triage ranks cases by the risk to children, "
                                "not by order of arrival. Indicators of higher risk include "
                                "signs of ongoing abuse or production of new material; the "
                                "suspect's access to children through family, work or "
                                "volunteering; evidence of contact with children online; "
                                "sexual extortion with threats of self-harm by the child; and "
                                "previously unseen material that may show a child who has not "
                                "yet been identified.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "A referral about a coach",
                                    "text": (
                                        "<p>This scenario is fictional and composite. A provider "
                                        "reports three uploads of known abuse images, matched by "
                                        "hash, from one account. Subscriber checks link the IP "
                                        "address to a household where an adult volunteers as a "
                                        "youth football coach. The team raises the case to high "
                                        "priority because of his access to children. Children's "
                                        "services join the planning before the search, so that "
                                        "children in the household and at the club can be "
                                        "safeguarded without alerting the suspect. The search "
                                        "takes place early in the morning, and a digital forensic "
                                        "examiner attends to secure the devices.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                "<p>Safeguarding starts in the planning. Agree with children's "
                                "services who will speak to any children in the household, "
                                "where they will go if needed and what they will be told. "
                                "Avoid steps that would warn the suspect, such as contacting "
                                "an employer before the search. Afterwards, assess the risk to "
                                "children the suspect could reach through work or "
                                "volunteering, and share information as your law allows.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "Triage ranks referrals by the risk to children.",
                                        "Access to children and signs of new abuse raise priority.",
                                        "Plan safeguarding with children's services before any "
                                        "action.",
                                        "If a report came from an anonymous member of the "
                                        "public, protect that anonymity throughout.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Which factor most raises the priority of a referral?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "The suspect has access to children through work "
                                                "or family."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Access to children is a key indicator of "
                                                "risk."
                                            ),
                                        },
                                        {
                                            "text": "The referral was first in the queue.",
                                            "correct": False,
                                            "feedback": (
                                                "Triage is based on risk, not order of arrival."
                                            ),
                                        },
                                        {
                                            "text": "The content was detected by hash matching.",
                                            "correct": False,
                                            "feedback": (
                                                "The detection method does not itself indicate "
                                                "risk; the context does."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "From report to investigation: quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Why can a known image still be matched after it has been resized "
                                "or compressed?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Perceptual hashes such as PhotoDNA represent what the "
                                        "image looks like, not its exact bytes."
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. That is why industry relies on them.",
                                },
                                {
                                    "text": "Cryptographic hashes are not affected by resizing.",
                                    "correct": False,
                                    "feedback": (
                                        "Any change to a file changes a cryptographic hash such as "
                                        "MD5 or SHA-256."
                                    ),
                                },
                                {
                                    "text": "Providers keep a copy of every file ever uploaded.",
                                    "correct": False,
                                    "feedback": (
                                        "Matching relies on lists of hashes of known material, not "
                                        "on keeping files."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "What should you do promptly on receiving an industry referral? "
                                "Select all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Send preservation requests to the provider",
                                    "correct": True,
                                    "feedback": "Correct. Logs may be kept only for short periods.",
                                },
                                {
                                    "text": "Deconflict with other agencies",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This avoids duplicating or compromising other "
                                        "investigations."
                                    ),
                                },
                                {
                                    "text": (
                                        "Forward the attached images to a colleague for a second "
                                        "opinion"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Never forward suspected abuse material: review it only "
                                        "within authorised forensic systems."
                                    ),
                                },
                                {
                                    "text": "Check the time zone of each IP timestamp",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. A time zone error can identify the wrong "
                                        "subscriber."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Two referrals arrive on the same day. Which should normally come "
                                "first?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "A suspect who lives with young children and whose account "
                                        "shares previously unseen material"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Access to children and new material indicate the "
                                        "highest risk."
                                    ),
                                },
                                {
                                    "text": (
                                        "A suspect whose account shared one known image five years "
                                        "ago, with no known access to children"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "This still needs action, but the risk to children is "
                                        "lower."
                                    ),
                                },
                                {
                                    "text": "Whichever arrived first",
                                    "correct": False,
                                    "feedback": (
                                        "Triage ranks by risk to children, not order of arrival."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which steps protect children when planning a search? Select all "
                                "that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Agreeing with children's services who will speak to "
                                        "children in the household"
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. Safeguarding is planned before action.",
                                },
                                {
                                    "text": "Warning the suspect's employer before the search",
                                    "correct": False,
                                    "feedback": (
                                        "This may alert the suspect and lead to lost evidence. "
                                        "Share information after the search, as your law allows."
                                    ),
                                },
                                {
                                    "text": (
                                        "Considering children the suspect can reach through "
                                        "volunteering"
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. Risk extends beyond the household.",
                                },
                            ],
                        },
                        {
                            "text": (
                                "A hotline passes on a report from an anonymous member of the "
                                "public. What should investigators do about the reporter?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Respect the anonymity and investigate the report on its "
                                        "content"
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. Anonymous reporting must stay anonymous.",
                                },
                                {
                                    "text": "Ask the hotline to reveal who the reporter is",
                                    "correct": False,
                                    "feedback": (
                                        "Hotlines protect anonymous reporters; the report stands "
                                        "on its content."
                                    ),
                                },
                                {
                                    "text": "Close the report because the source is unknown",
                                    "correct": False,
                                    "feedback": (
                                        "Many valuable reports are anonymous; assess the content."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "digital-evidence",
                "title": "Digital evidence",
                "summary": (
                    "Securing devices and data lawfully, and reviewing material safely through "
                    "authorised forensic procedures."
                ),
                "lessons": [
                    {
                        "slug": "seizing-and-preserving",
                        "title": "Seizing and preserving digital evidence",
                        "content_note": "",
                        "body": [
                            ("heading", "Plan for the devices you will find"),
                            (
                                "paragraph",
                                "<p>Digital evidence is fragile. A phone that locks, a cloud "
                                "session that ends or a device wiped remotely can mean "
                                "evidence is lost. Plan for the devices likely at the scene, "
                                "including phones, computers, games consoles, external drives "
                                "and smart devices, and bring a trained digital forensic "
                                "examiner where possible. Secure the scene, record where each "
                                "device is and who uses it, and note any passwords or codes "
                                "offered voluntarily. Record the state of each device as found "
                                "(on or off, connections, what is running) without "
                                "photographing any screen that may show abuse material.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Follow your agency's procedure, which will usually "
                                "include:</p><ul><li>isolating mobile devices from networks to "
                                "prevent remote wiping, using the approved "
                                "method;</li><li>considering live data capture for running "
                                "computers and open cloud sessions before powering "
                                "down;</li><li>creating forensic images with write-blockers "
                                "and verifying them with hash values;</li><li>sealing, "
                                "labelling and recording every item in the chain of "
                                "custody.</li></ul>",
                            ),
                            ("heading", "Authorised procedures only"),
                            (
                                "paragraph",
                                "<p>Suspected abuse material is never downloaded, copied, "
                                "screenshotted, emailed or forwarded outside authorised "
                                "forensic systems, whether to colleagues, to prosecutors or "
                                "for training. Every copy is a further violation of the child "
                                "and may be an offence, even for officers. Data held by "
                                "providers in the cloud is obtained through the proper legal "
                                "process, including international requests when the data is "
                                "held abroad.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "Digital evidence can be lost in minutes: plan, and "
                                        "isolate devices.",
                                        "Forensic images verified by hash values preserve "
                                        "integrity.",
                                        "The chain of custody must be complete from seizure to "
                                        "court.",
                                        "Material stays inside authorised forensic systems at "
                                        "all times.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "During a search, an officer finds a laptop logged in to a "
                                        "cloud storage account. What is the best first step?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Call the forensic examiner to consider a live "
                                                "capture under the agency's procedure before the "
                                                "session ends."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. An open session may be lost if the "
                                                "device is shut down."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Download the folder to a USB stick so that "
                                                "nothing is lost."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Never copy suspected abuse material outside "
                                                "authorised forensic procedures."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Close the laptop and take it back to the station."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Closing it may end the session and lose access to "
                                                "evidence."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "reviewing-material-safely",
                        "title": "Reviewing material safely",
                        "content_note": (
                            "This lesson discusses how investigators review abuse material and the "
                            "effect of exposure. It contains no graphic detail and includes a "
                            "fictional case scenario."
                        ),
                        "body": [
                            ("heading", "Reduce how much anyone has to see"),
                            (
                                "paragraph",
                                "<p>Reviewing seized material is one of the most demanding "
                                "tasks in policing. Good practice reduces exposure while "
                                "keeping the evidence reliable. Hash matching against national "
                                "sets of known images, such as the UK's Child Abuse Image "
                                "Database, identifies and categorises known material "
                                "automatically, so that reviewers can concentrate on material "
                                "not seen before. Previously unseen material matters most: it "
                                "may show a child who is still being abused. Categorisation "
                                "follows your jurisdiction's scale and is applied by trained "
                                "staff. Reports describe and categorise the material in "
                                "neutral terms, so that nobody else needs to view it again. "
                                "Teams should rotate review duties, and nobody should review "
                                "material without training, supervision and access to "
                                "psychological support.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Safe review practice",
                                    "items": [
                                        "Review only in an authorised, secure forensic environment",
                                        "Use hash matching and filtering first",
                                        "Mute audio and reduce image size unless detail is needed",
                                        "Take regular breaks and limit daily review time",
                                        "Do not review alone late in a shift; tell someone "
                                        "when you finish",
                                        "Flag previously unseen material for victim identification",
                                        "Describe material in reports; never copy it",
                                    ],
                                },
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "A large seizure",
                                    "text": (
                                        "<p>This scenario is fictional and composite. A search "
                                        "yields several terabytes of data. The examiner runs hash "
                                        "matching first, which identifies and categorises most of "
                                        "the known images. Two trained officers review the "
                                        "remaining, previously unseen files in short sessions, "
                                        "with audio muted. They notice a series showing the same "
                                        "child in the same room over several months and refer it "
                                        "to the victim identification team as a priority. Both "
                                        "officers attend their scheduled wellbeing check-in that "
                                        "week.</p>"
                                    ),
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Why is previously unseen material prioritised during "
                                        "review?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "It may show a child who has not been identified "
                                                "and may still be at risk."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Victim identification depends on finding "
                                                "new material fast."
                                            ),
                                        },
                                        {
                                            "text": "It is easier to categorise.",
                                            "correct": False,
                                            "feedback": (
                                                "Difficulty is not the reason: the risk to an "
                                                "unidentified child is."
                                            ),
                                        },
                                        {
                                            "text": "Known material does not count as evidence.",
                                            "correct": False,
                                            "feedback": (
                                                "Known material is still evidence; hash matching "
                                                "simply reduces the need to view it."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Digital evidence: quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Which practices preserve the integrity of digital evidence? "
                                "Select all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Using write-blockers when creating forensic images",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Write-blockers prevent changes to the original."
                                    ),
                                },
                                {
                                    "text": "Verifying forensic images with hash values",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Matching hash values show the copy is exact."
                                    ),
                                },
                                {
                                    "text": "Recording every handling in the chain of custody",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Continuity must be proven from seizure to court."
                                    ),
                                },
                                {
                                    "text": "Browsing the original device to see what it contains",
                                    "correct": False,
                                    "feedback": (
                                        "Browsing can alter data: work on a verified forensic "
                                        "image."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "A prosecutor asks you to email a sample of the images so that she "
                                "can assess the case. What do you do?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Decline, and offer the categorised description in the "
                                        "report or, if genuinely needed, supervised viewing in a "
                                        "secure environment"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Material never leaves authorised forensic "
                                        "systems."
                                    ),
                                },
                                {
                                    "text": "Send a small, compressed sample by secure email",
                                    "correct": False,
                                    "feedback": (
                                        "Any emailed copy is an unauthorised copy of abuse "
                                        "material, whatever the channel."
                                    ),
                                },
                                {
                                    "text": "Put the images on an encrypted USB stick",
                                    "correct": False,
                                    "feedback": (
                                        "Encryption does not make an unauthorised copy lawful or "
                                        "safe."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which techniques reduce reviewers' exposure? Select all that "
                                "apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Matching known images by hash first",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Known material is categorised without anyone "
                                        "viewing it."
                                    ),
                                },
                                {
                                    "text": "Muting audio unless it is needed as evidence",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Sound adds greatly to the impact of material."
                                    ),
                                },
                                {
                                    "text": (
                                        "Reviewing at home in the evening to keep up with the "
                                        "caseload"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Review only in authorised secure environments, and never "
                                        "alone at home."
                                    ),
                                },
                                {
                                    "text": "Limiting daily review time and taking breaks",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Limits protect both wellbeing and accuracy."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "Why isolate a seized phone from networks?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "To prevent remote wiping or changes to its data",
                                    "correct": True,
                                    "feedback": "Correct. Isolation preserves the evidence.",
                                },
                                {
                                    "text": "To stop the battery running down",
                                    "correct": False,
                                    "feedback": (
                                        "Battery life matters, but isolation is about preventing "
                                        "remote changes."
                                    ),
                                },
                                {
                                    "text": (
                                        "So that officers can read messages without legal authority"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Isolation preserves evidence; it does not change the "
                                        "legal authority needed to examine the phone."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "What should a report to prosecutors contain about the material?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Neutral descriptions and categorisation, with no copies"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This conveys seriousness while limiting exposure."
                                    ),
                                },
                                {
                                    "text": "A selection of the most serious images",
                                    "correct": False,
                                    "feedback": "Reports never contain abuse material.",
                                },
                                {
                                    "text": "Graphic descriptions to convey seriousness",
                                    "correct": False,
                                    "feedback": (
                                        "Neutral, factual categorisation conveys seriousness "
                                        "without graphic detail."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "victims",
                "title": "Victim identification and working with children",
                "summary": (
                    "Finding and safeguarding the children depicted in material, and meeting child "
                    "victims in a trauma-informed way."
                ),
                "lessons": [
                    {
                        "slug": "victim-identification",
                        "title": "Victim identification",
                        "content_note": (
                            "This lesson discusses how investigators identify children depicted in "
                            "abuse material. It contains no graphic detail."
                        ),
                        "body": [
                            ("heading", "Every series is a child to find"),
                            (
                                "paragraph",
                                "<p>Victim identification is the work of finding and "
                                "safeguarding the children depicted in abuse material. It "
                                "matters because many children are abused by someone with "
                                "access to them at home or nearby, and the abuse may be "
                                "continuing. Identification concentrates on previously unseen "
                                "material, which may show a child not yet known to the "
                                "police.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Specialists study the non-abusive content of images and "
                                "videos: objects, products, clothing, signs, languages, "
                                "sounds, buildings and metadata. Small clues can narrow a "
                                "location to a country, a region and then a home. INTERPOL's "
                                "International Child Sexual Exploitation (ICSE) database lets "
                                "specialists in many countries compare material, see whether a "
                                "series has already been identified and avoid duplicated work. "
                                "Europol's Trace an Object initiative publishes pictures of "
                                "ordinary objects taken from the background of images, with "
                                "all abuse content removed, so that the public can help say "
                                "where they come from.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Identification is teamwork across borders. When a child "
                                "appears to be in another country, the information goes "
                                "through INTERPOL channels to the specialist unit there, so "
                                "that local police and child protection services can act "
                                "quickly. Once a child is identified, safeguarding comes "
                                "first: plan with child protection services how and when the "
                                "child and a safe carer are approached and what support is "
                                "offered. Record the identification in ICSE so that other "
                                "countries stop searching for the same child.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "Prioritise previously unseen material for victim "
                                        "identification.",
                                        "Specialists study background clues, never the abuse "
                                        "itself.",
                                        "Contribute series to ICSE through your national "
                                        "specialist unit.",
                                        "Once a child is identified, safeguarding comes first.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "How does contributing material to ICSE through your "
                                        "national unit help children?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Specialists in other countries can compare "
                                                "series, avoid duplicated work and locate children "
                                                "faster."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Many children are identified through "
                                                "this cooperation."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "It allows the material to be shown to the public."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "ICSE is a secure law enforcement database; abuse "
                                                "material is never published."
                                            ),
                                        },
                                        {
                                            "text": "It replaces the local investigation.",
                                            "correct": False,
                                            "feedback": (
                                                "It supports local investigations; it does not "
                                                "replace them."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "trauma-informed-contact",
                        "title": "Trauma-informed contact with children",
                        "content_note": (
                            "This lesson discusses how children experience abuse and "
                            "investigation, and includes a fictional case scenario."
                        ),
                        "body": [
                            ("heading", "What trauma-informed means in practice"),
                            (
                                "paragraph",
                                "<p>Children who have been sexually exploited may feel shame, "
                                "fear of the offender or of consequences at home, and loyalty "
                                "to the person who abused them, especially a family member. "
                                "They may have been told they will be blamed or punished. "
                                "Trauma affects memory and behaviour: a child may seem calm, "
                                "angry or unwilling to talk. None of this means they are not "
                                "telling the truth. A trauma-informed approach gives the child "
                                "safety, predictability and as much choice as possible.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Good practice",
                                    "items": [
                                        "Plan the interview with a specialist interviewer "
                                        "using an evidence-based protocol, such as the NICHD "
                                        "Protocol",
                                        "Interview once, with a recording, in a child-friendly "
                                        "setting such as a Barnahus or child advocacy centre "
                                        "where available",
                                        "Explain who you are, what will happen and what the "
                                        "child can choose",
                                        "Use open questions; avoid leading, repeated or "
                                        "blaming questions",
                                        "Never show a child abuse material",
                                        "Involve a trusted adult or support person who is not "
                                        "a suspect",
                                        "Make sure therapeutic support is offered whether or "
                                        "not the child gives evidence",
                                    ],
                                },
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Dara after sextortion",
                                    "text": (
                                        "<p>This scenario is fictional and composite. Dara, 16, "
                                        "tells the police that someone he met on a social platform "
                                        "is demanding money and threatening to send his images to "
                                        "his school. He is ashamed and asks whether he will be in "
                                        "trouble. The officer tells him clearly that he is the "
                                        "victim of a crime and will not be blamed. She advises him "
                                        "to stop replying, not to pay and not to delete the "
                                        "account or messages, and arranges for the evidence to be "
                                        "captured through authorised procedures. She gives him "
                                        "information on getting images removed and on a helpline "
                                        "he can contact that evening.</p>"
                                    ),
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Dara asks whether he will be in trouble because he sent "
                                        "an image. What is the right response?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Tell him clearly that he is the victim of a crime "
                                                "and will not be blamed."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Clear reassurance reduces shame and "
                                                "helps him engage."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Explain that it depends on what the images show."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Children coerced through sextortion are victims. "
                                                "This answer adds fear and may stop him "
                                                "cooperating."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Avoid the question until the investigation is "
                                                "over."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Uncertainty increases distress; a clear answer "
                                                "helps him engage safely."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Victim identification and working with children: quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": "What is victim identification mainly about?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Finding and safeguarding children depicted in previously "
                                        "unseen material"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The child who may still be at risk comes first."
                                    ),
                                },
                                {
                                    "text": "Counting how many images a suspect holds",
                                    "correct": False,
                                    "feedback": (
                                        "Volume matters for charging, but identification is about "
                                        "the child."
                                    ),
                                },
                                {
                                    "text": "Publishing images to ask the public for help",
                                    "correct": False,
                                    "feedback": (
                                        "Only ordinary objects with all abuse content removed, as "
                                        "in Europol's Trace an Object, are ever published."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which clues do victim identification specialists study? Select "
                                "all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Products, signs and languages in the background",
                                    "correct": True,
                                    "feedback": "Correct. Everyday details can point to a place.",
                                },
                                {
                                    "text": "File metadata",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Metadata can reveal devices, dates or locations."
                                    ),
                                },
                                {
                                    "text": "Buildings and sounds",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Architecture and sound can narrow a region."
                                    ),
                                },
                                {
                                    "text": "Details of the abuse itself, shared with the public",
                                    "correct": False,
                                    "feedback": (
                                        "Specialists study the non-abusive context; abuse content "
                                        "is never shared."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which practices support a trauma-informed interview? Select all "
                                "that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "A single recorded interview by a trained specialist",
                                    "correct": True,
                                    "feedback": "Correct. This avoids repeated accounts.",
                                },
                                {
                                    "text": "Open questions and explanations of what will happen",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Predictability and open questions help the child."
                                    ),
                                },
                                {
                                    "text": "Showing the child images to confirm identity",
                                    "correct": False,
                                    "feedback": (
                                        "Never show a child abuse material. Identification uses "
                                        "other methods."
                                    ),
                                },
                                {
                                    "text": "Repeating questions until the account is consistent",
                                    "correct": False,
                                    "feedback": (
                                        "Repeated questioning distresses children and can reduce "
                                        "reliability."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "A child seems calm and unemotional while describing abuse. What "
                                "does this tell you?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Nothing about credibility: trauma affects how children "
                                        "present in different ways"
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. There is no single way a victim behaves.",
                                },
                                {
                                    "text": "That the account is probably untrue",
                                    "correct": False,
                                    "feedback": (
                                        "Calm presentation is common after trauma and says nothing "
                                        "about truthfulness."
                                    ),
                                },
                                {
                                    "text": "That the child was not harmed",
                                    "correct": False,
                                    "feedback": "Harm is not measured by visible emotion.",
                                },
                            ],
                        },
                        {
                            "text": "Where should a child victim be interviewed, where possible?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "In a child-friendly setting such as a Barnahus or child "
                                        "advocacy centre"
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. The setting helps the child feel safe.",
                                },
                                {
                                    "text": "At the police station front desk, to save time",
                                    "correct": False,
                                    "feedback": (
                                        "A public, formal setting adds stress and reduces the "
                                        "quality of the account."
                                    ),
                                },
                                {
                                    "text": (
                                        "At home, with the suspected family member present for "
                                        "reassurance"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "A suspect must never be present. Choose a neutral, safe "
                                        "setting."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
        ],
    },
    "prosecution": {
        "title": "Prosecuting online child sexual exploitation and abuse",
        "summary": (
            "For prosecutors: building strong cases from digital evidence, handling abuse material "
            "lawfully, working across borders and keeping the child at the centre of proceedings."
        ),
        "outcomes": [
            "Advise investigators early on the evidence each offence requires.",
            "Manage abuse material as evidence and in disclosure without creating unauthorised "
            "copies.",
            "Use preservation, mutual legal assistance and other channels to obtain evidence "
            "held abroad.",
            "Build cases that do not rest on the child's testimony alone.",
            "Apply victim-centred practice from charging to sentencing.",
        ],
        "wellbeing_text": (
            "Prosecutors read detailed reports, statements and transcripts, and may need to view "
            "material as evidence. The exposure builds up across cases. Secondary traumatic stress "
            "can show as intrusive thoughts, difficulty switching off, cynicism or exhaustion; it "
            "is a recognised effect of this work. Protect yourself: rely on categorised "
            "descriptions wherever the law allows, schedule demanding reading earlier in the day, "
            "take breaks and do not review case material at home. Use supervision and case "
            "discussion to share the weight of decisions, and contact your employee assistance "
            "programme or a confidential counsellor if changes persist. Looking after yourself "
            "keeps your judgement sound for the children who depend on it."
        ),
        "modules": [
            {
                "slug": "building-the-case",
                "title": "Building the case",
                "summary": (
                    "Early advice, matching conduct to offences, attribution, and abuse material "
                    "as evidence."
                ),
                "lessons": [
                    {
                        "slug": "charging-and-evidence",
                        "title": "Charging and the evidence you need",
                        "content_note": "",
                        "body": [
                            ("heading", "Early advice"),
                            (
                                "paragraph",
                                "<p>Cases of online child sexual exploitation and abuse are "
                                "often won or lost on evidence gathered in the first days. "
                                "Prosecutors who advise investigators early can make sure the "
                                "right data is preserved, the right questions are asked and "
                                "the charges reflect the full conduct. Where your system "
                                "allows, agree an investigation plan that covers safeguarding, "
                                "digital evidence, international requests and the child's "
                                "needs.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>One case often involves several offences. Map the conduct "
                                "to what you must prove:</p><ul><li><strong>Production, "
                                "distribution and possession of CSAM</strong>: attribution of "
                                "devices and accounts, knowledge, and the categorisation of "
                                "the material.</li><li><strong>Grooming or "
                                "solicitation</strong>: communications showing intent, the "
                                "child's age and the offender's knowledge of "
                                "it.</li><li><strong>Sexual extortion</strong>: threats, "
                                "demands and their effect, with any "
                                "payments.</li><li><strong>Live-streamed abuse directed from "
                                "abroad</strong>: in many jurisdictions, paying for and "
                                "directing abuse can be charged as participation in or "
                                "incitement of the abuse itself, not only as viewing "
                                "it.</li></ul>",
                            ),
                            ("heading", "Attribution and corroboration"),
                            (
                                "paragraph",
                                "<p>Attribution is often the main issue at trial: who used the "
                                "device at the relevant time. Build it from several sources, "
                                "such as account logins, patterns of device use, location "
                                "data, messages in the suspect's style and admissions. "
                                "Corroboration from devices, providers and payment records "
                                "means the case does not depend on the child's testimony "
                                "alone, which reduces the pressure on the child.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Evidence checklist",
                                    "items": [
                                        "Forensic examination report based on hash-verified "
                                        "forensic images",
                                        "Categorised, neutral description of the material",
                                        "Provider records: subscriber, login and IP data",
                                        "Communications with children, in full context",
                                        "Financial records linked to abuse or extortion",
                                        "Attribution evidence from several independent sources",
                                        "The child's needs and wishes, as recorded by "
                                        "investigators",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Why does corroborating digital and financial evidence "
                                        "matter in a victim-centred prosecution?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "It strengthens the case and reduces the weight "
                                                "placed on the child's testimony."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Strong corroboration protects the child "
                                                "as well as the case."
                                            ),
                                        },
                                        {
                                            "text": "It allows the child's account to be ignored.",
                                            "correct": False,
                                            "feedback": (
                                                "The child's account still matters; corroboration "
                                                "reduces the pressure on them."
                                            ),
                                        },
                                        {
                                            "text": "It guarantees a guilty plea.",
                                            "correct": False,
                                            "feedback": (
                                                "Nothing guarantees a plea, though strong evidence "
                                                "makes one more likely."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "abuse-material-as-evidence",
                        "title": "Abuse material as evidence",
                        "content_note": (
                            "This lesson discusses how abuse material is handled as evidence and "
                            "includes a fictional case scenario. It contains no graphic detail."
                        ),
                        "body": [
                            ("heading", "Never a file to pass around"),
                            (
                                "paragraph",
                                "<p>Abuse material is evidence of the most serious kind and a "
                                "continuing violation of the child. Prosecutors never receive "
                                "it by email, on portable media or through case systems not "
                                "authorised for it, and never download, copy or forward it. "
                                "Where the law allows, the prosecution relies on the forensic "
                                "examiner's categorised, neutral descriptions. If a prosecutor "
                                "must view material, for example when the categorisation is "
                                "disputed, this happens in a secure environment under "
                                "authorised forensic procedures, and the viewing is "
                                "recorded.</p>",
                            ),
                            ("heading", "Disclosure to the defence"),
                            (
                                "paragraph",
                                "<p>The accused has the right to a fair trial, including a "
                                "proper opportunity to examine the evidence. In most systems "
                                "this is met through controlled inspection: defence lawyers "
                                "and experts examine the material at a police or forensic "
                                "facility, or through a secure system, without taking copies. "
                                "Resist applications for copies; courts generally support "
                                "controlled access because every copy risks further "
                                "circulation.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "A request for copies",
                                    "text": (
                                        "<p>This scenario is fictional and composite. In a "
                                        "possession case, defence counsel asks for a full copy of "
                                        "a seized hard drive so that their expert can examine it "
                                        "at their office. The prosecutor offers inspection at the "
                                        "forensic unit, with a workstation, the expert's own "
                                        "analysis tools where compatible and time agreed in "
                                        "advance. She explains in writing why copies cannot be "
                                        "released and invites counsel to raise any specific "
                                        "difficulty. When counsel applies to the court, the judge "
                                        "orders controlled access on the terms offered, noting "
                                        "that the defence can examine everything it needs.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "Never receive, download, copy or forward abuse material.",
                                        "Rely on categorised descriptions where the law allows.",
                                        "Offer the defence controlled inspection, not copies.",
                                        "Record every viewing of material.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "How is the accused's right to examine the evidence "
                                        "usually met without releasing copies?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Controlled inspection at a police or forensic "
                                                "facility, or through a secure system"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The defence can examine everything "
                                                "without a copy leaving control."
                                            ),
                                        },
                                        {
                                            "text": "Encrypted copies sent to the defence expert",
                                            "correct": False,
                                            "feedback": (
                                                "Encryption does not remove the risk of further "
                                                "circulation; copies are avoided."
                                            ),
                                        },
                                        {
                                            "text": "A summary only, with no access",
                                            "correct": False,
                                            "feedback": (
                                                "The defence is entitled to a proper opportunity "
                                                "to examine the evidence; controlled inspection "
                                                "provides it."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Building the case: quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Which sources can help prove who used a device? Select all that "
                                "apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Account logins and patterns of device use",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Usage patterns link a person to a device at a "
                                        "given time."
                                    ),
                                },
                                {
                                    "text": "Location data at the relevant times",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Location can place the suspect with the device."
                                    ),
                                },
                                {
                                    "text": "The suspect's general reputation in the community",
                                    "correct": False,
                                    "feedback": "Reputation is not evidence of who used a device.",
                                },
                                {
                                    "text": "Admissions in interview",
                                    "correct": True,
                                    "feedback": "Correct, ideally corroborated by other sources.",
                                },
                            ],
                        },
                        {
                            "text": (
                                "An investigator offers to email you a few images so you can judge "
                                "their seriousness. What should you do?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Decline, rely on the categorised description, and arrange "
                                        "supervised viewing under authorised procedures only if "
                                        "genuinely needed"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Material never travels by email or portable "
                                        "media."
                                    ),
                                },
                                {
                                    "text": "Accept if the email is encrypted",
                                    "correct": False,
                                    "feedback": "An encrypted email is still an unauthorised copy.",
                                },
                                {
                                    "text": "Ask for them on a USB stick instead",
                                    "correct": False,
                                    "feedback": "A USB stick is also an unauthorised copy.",
                                },
                            ],
                        },
                        {
                            "text": "Why is early advice from prosecutors valuable?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "It helps make sure data is preserved and the charges "
                                        "reflect the full conduct."
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. Early decisions shape the whole case.",
                                },
                                {
                                    "text": "It lets the prosecutor interview the child directly.",
                                    "correct": False,
                                    "feedback": (
                                        "Trained specialists interview children, not prosecutors."
                                    ),
                                },
                                {
                                    "text": "It replaces the forensic examination.",
                                    "correct": False,
                                    "feedback": (
                                        "Advice guides the examination; it does not replace it."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "In many jurisdictions, what can an offender who pays for and "
                                "directs live-streamed abuse from abroad be charged with? Select "
                                "all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Participation in or incitement of the abuse",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This reflects the offender's role in directing "
                                        "the abuse."
                                    ),
                                },
                                {
                                    "text": "Offences of viewing or accessing the material",
                                    "correct": True,
                                    "feedback": (
                                        "Correct, although charging viewing alone may not reflect "
                                        "the full conduct."
                                    ),
                                },
                                {
                                    "text": "Nothing, if the abuse took place in another country",
                                    "correct": False,
                                    "feedback": (
                                        "Many laws, and the Lanzarote Convention, provide "
                                        "jurisdiction over nationals for offences committed abroad."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "The defence applies for a full copy of a seized drive. What is "
                                "the usual approach?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Offer controlled inspection in a secure environment "
                                        "instead"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This meets fair trial rights without further "
                                        "circulation."
                                    ),
                                },
                                {
                                    "text": "Provide the copy, since fair trial rights require it",
                                    "correct": False,
                                    "feedback": (
                                        "Fair trial rights are met through proper, controlled "
                                        "access."
                                    ),
                                },
                                {
                                    "text": "Refuse all access",
                                    "correct": False,
                                    "feedback": (
                                        "The defence must have a proper opportunity to examine the "
                                        "evidence."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "international-cooperation",
                "title": "International cooperation",
                "summary": (
                    "Preserving and obtaining evidence abroad, and coordinating cases of "
                    "live-streamed abuse across borders."
                ),
                "lessons": [
                    {
                        "slug": "cross-border-evidence",
                        "title": "Obtaining evidence across borders",
                        "content_note": "",
                        "body": [
                            ("heading", "Evidence rarely sits in one country"),
                            (
                                "paragraph",
                                "<p>Offenders, victims, service providers and data are often "
                                "in different countries. Data held by a provider abroad may be "
                                "deleted while you prepare a formal request, so work in two "
                                "steps: preserve first, then obtain. Build time for "
                                "international requests into the case plan and tell "
                                "investigators early which channel applies.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>The main tools include:</p><ul><li><strong>expedited "
                                "preservation</strong> under the Council of Europe Convention "
                                "on Cybercrime (Budapest Convention, 2001), requested through "
                                "its 24/7 network of contact points, or directly from "
                                "providers where this is allowed;</li><li><strong>mutual legal "
                                "assistance (MLA)</strong> requests under treaties or the "
                                "Budapest Convention, for content data and evidence in "
                                "admissible form;</li><li><strong>direct requests to service "
                                "providers</strong> for subscriber information, where national "
                                "law and the Convention's Second Additional Protocol (2022) "
                                "allow;</li><li><strong>police cooperation channels</strong> "
                                "through INTERPOL and Europol, for intelligence and "
                                "deconfliction;</li><li><strong>joint investigation "
                                "teams</strong> and coordination through Eurojust when several "
                                "states investigate the same network.</li></ul>",
                            ),
                            (
                                "paragraph",
                                "<p>The Lanzarote Convention (the Council of Europe Convention "
                                "on the Protection of Children against Sexual Exploitation and "
                                "Sexual Abuse, 2007) requires its parties to criminalise "
                                "grooming and other conduct and to establish jurisdiction over "
                                "offences committed abroad by their nationals. This allows the "
                                "prosecution of offenders who travel, or who direct abuse in "
                                "another country.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "A good MLA request",
                                    "items": [
                                        "States the facts, the offences and the legal basis "
                                        "clearly and briefly",
                                        "Identifies exactly what is needed, with identifiers "
                                        "and date ranges",
                                        "Explains the urgency, especially where a child may be "
                                        "at risk",
                                        "Follows the receiving state's format and language "
                                        "requirements",
                                        "Refers to any earlier preservation request",
                                        "Gives a named contact for questions",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "A provider abroad holds chat logs vital to your case. "
                                        "What is the first step?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Request expedited preservation so the data is not "
                                                "deleted, then pursue the formal request."
                                            ),
                                            "correct": True,
                                            "feedback": "Correct. Preserve first, then obtain.",
                                        },
                                        {
                                            "text": (
                                                "Wait until the MLA request is ready, to avoid "
                                                "duplication."
                                            ),
                                            "correct": False,
                                            "feedback": "The data may be deleted in the meantime.",
                                        },
                                        {
                                            "text": (
                                                "Ask investigators to log in to the suspect's "
                                                "account abroad."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Unauthorised cross-border access may be unlawful "
                                                "and make the evidence inadmissible."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "virtual-trafficking-cases",
                        "title": "Cases of live-streamed abuse across borders",
                        "content_note": (
                            "This lesson discusses live-streamed child sexual abuse in general "
                            "terms and includes a fictional case scenario."
                        ),
                        "body": [
                            ("heading", "Two ends of one crime"),
                            (
                                "paragraph",
                                "<p>In live-streamed abuse paid for from abroad, sometimes "
                                "called virtual trafficking, the offender who pays for and "
                                "directs the abuse and the facilitator who carries it out are "
                                "in different countries, and both are responsible. Effective "
                                "cases are coordinated at both ends. Prosecutors in the "
                                "country where the offender lives and in the country where the "
                                "child lives share information, agree the timing of action so "
                                "that children are safeguarded before any arrest alerts the "
                                "network, and avoid duplication.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Much of the evidence comes from the offender's side: chat "
                                "logs in which the abuse is arranged and directed, payment "
                                "records linking transfers to sessions, and provider data. In "
                                "the child's country, evidence of the facilitator's role and "
                                "the identification of the child make rescue and support "
                                "possible. Financial intelligence units can trace payment "
                                "patterns across many offenders and facilitators.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Coordinated action",
                                    "text": (
                                        "<p>This scenario is fictional and composite. The "
                                        "examination of an offender's phone reveals chats "
                                        "arranging paid video sessions with a woman abroad who "
                                        "offers access to two young girls in her household. The "
                                        "prosecutor contacts the foreign authority through the "
                                        "agreed channel and shares the evidence. Authorities there "
                                        "safeguard the girls, with social workers present, before "
                                        "the offender is charged at home. The girls are not asked "
                                        "to travel or to testify in the offender's country: the "
                                        "case relies on the chats, the payment records and the "
                                        "foreign authority's evidence of identification, obtained "
                                        "through mutual legal assistance.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "Both the paying offender and the facilitator are "
                                        "responsible.",
                                        "Coordinate timing so that children are safeguarded first.",
                                        "Payment records and chats can prove the offence "
                                        "without testimony from the child.",
                                        "Children should not have to travel to testify in "
                                        "another country.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Why should action against the paying offender be "
                                        "coordinated with the authorities in the child's country?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "An arrest may alert the facilitator and put the "
                                                "children at risk before they are safeguarded."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The children's safety sets the timing."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Because the offender's country has no "
                                                "jurisdiction."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Most states have jurisdiction over their "
                                                "nationals and residents for such conduct."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "So that the child's country can decide the "
                                                "sentence."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Each country sentences the offenders it "
                                                "prosecutes; coordination is about safety and "
                                                "evidence."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "International cooperation: quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": "What does expedited preservation achieve?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "It stops data being deleted while a formal request is "
                                        "prepared."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Preservation keeps the data; disclosure needs a "
                                        "further request."
                                    ),
                                },
                                {
                                    "text": "It gives immediate access to content data.",
                                    "correct": False,
                                    "feedback": (
                                        "Preservation keeps data safe; obtaining it requires a "
                                        "further request."
                                    ),
                                },
                                {
                                    "text": "It replaces mutual legal assistance.",
                                    "correct": False,
                                    "feedback": (
                                        "It buys time for mutual legal assistance; it does not "
                                        "replace it."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which are channels for international cooperation? Select all that "
                                "apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "The Budapest Convention's 24/7 network",
                                    "correct": True,
                                    "feedback": "Correct. It handles urgent preservation requests.",
                                },
                                {
                                    "text": "Mutual legal assistance requests",
                                    "correct": True,
                                    "feedback": "Correct. MLA obtains evidence in admissible form.",
                                },
                                {
                                    "text": "Joint investigation teams",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. They let several states work one case together."
                                    ),
                                },
                                {
                                    "text": (
                                        "Investigators logging in to foreign accounts without "
                                        "legal authority"
                                    ),
                                    "correct": False,
                                    "feedback": "This may be unlawful and jeopardise the case.",
                                },
                            ],
                        },
                        {
                            "text": (
                                "In a case of live-streamed abuse paid for from abroad, which "
                                "evidence can prove the offence? Select all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Chats arranging and directing the abuse",
                                    "correct": True,
                                    "feedback": "Correct. They show the offender's role.",
                                },
                                {
                                    "text": "Payment records linked to sessions",
                                    "correct": True,
                                    "feedback": "Correct. They tie payments to the abuse.",
                                },
                                {
                                    "text": "Provider records of calls and accounts",
                                    "correct": True,
                                    "feedback": "Correct. They corroborate the contact.",
                                },
                                {
                                    "text": "Recordings of sessions emailed to the prosecutor",
                                    "correct": False,
                                    "feedback": (
                                        "Material stays inside authorised forensic systems and is "
                                        "never emailed."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "What does the Lanzarote Convention require of its parties for "
                                "offences committed abroad by their nationals?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "That they establish jurisdiction over such offences",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This closes gaps that offenders could exploit."
                                    ),
                                },
                                {
                                    "text": (
                                        "That only the state where the child lives may prosecute"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "The Convention widens jurisdiction; it does not restrict "
                                        "it."
                                    ),
                                },
                                {
                                    "text": "Nothing: such offences fall outside its scope",
                                    "correct": False,
                                    "feedback": (
                                        "Offences abroad by nationals are expressly covered."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Should a child victim abroad be asked to travel to testify "
                                "against the paying offender?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Avoid it where possible: use other evidence or remote, "
                                        "protected testimony."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Travel and a foreign court add to the child's "
                                        "trauma."
                                    ),
                                },
                                {
                                    "text": "Yes: testimony in person is always required.",
                                    "correct": False,
                                    "feedback": "Many systems accept recorded or remote evidence.",
                                },
                                {
                                    "text": "Yes, but only after the facilitator is convicted.",
                                    "correct": False,
                                    "feedback": (
                                        "The timing does not remove the burden on the child."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "victim-centred-prosecution",
                "title": "Victim-centred prosecution",
                "summary": (
                    "Supporting child victims through proceedings, in court and after the verdict."
                ),
                "lessons": [
                    {
                        "slug": "supporting-victims",
                        "title": "Supporting victims through proceedings",
                        "content_note": (
                            "This lesson discusses the effect of criminal proceedings on child "
                            "victims."
                        ),
                        "body": [
                            ("heading", "The child's experience of justice"),
                            (
                                "paragraph",
                                "<p>For a child, a prosecution can be long, confusing and "
                                "frightening. Delay is one of the greatest sources of harm: it "
                                "prolongs uncertainty, holds back recovery and can weaken the "
                                "evidence. A victim-centred prosecutor keeps the child's needs "
                                "in view at every decision while keeping the independence and "
                                "fairness the role requires.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Victim-centred practice",
                                    "items": [
                                        "Prioritise cases with child victims and avoid "
                                        "adjournments",
                                        "Make sure the child and carers receive information "
                                        "they understand about each stage and decision",
                                        "Work with a named support person or victim advocate",
                                        "Apply early for protective measures: recorded "
                                        "evidence, video link, screens, intermediaries, and "
                                        "pre-trial cross-examination where available",
                                        "Protect the child's identity and privacy, including "
                                        "personal data in court documents",
                                        "Explain decisions not to charge or to stop a case, "
                                        "and any right to a review",
                                        "Seek compensation where the law allows",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>Children's views about how they give evidence matter. Some "
                                "prefer a video link; others want to be in the courtroom. Ask, "
                                "through the support person, and put the child's views to the "
                                "court. Where your system allows, meet the child before trial "
                                "to explain the process, without discussing the evidence. "
                                "Preparation is not coaching: the aim is familiarity with the "
                                "process, never rehearsal of testimony.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Self-generated images produced under coercion do not make "
                                "a child responsible. Where a child created or sent images "
                                "under pressure from an offender, a victim-centred approach "
                                "treats the child as a victim and avoids criminalising them. "
                                "The child's wellbeing comes first: therapy before trial "
                                "should not be delayed for the sake of the case, and support "
                                "services can advise on how their records are kept.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "What is the difference between preparing a child for "
                                        "court and coaching?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Preparation explains the process and the setting; "
                                                "coaching shapes the content of the evidence."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Preparation is good practice; coaching "
                                                "is never acceptable."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "There is no difference if the prosecutor is "
                                                "careful."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "The difference is fundamental: the content of "
                                                "evidence must never be shaped."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Preparation is forbidden in every jurisdiction."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Familiarisation with the process is good practice "
                                                "in many systems."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "in-court-and-after",
                        "title": "In court and after the verdict",
                        "content_note": (
                            "This lesson discusses misconceptions about child victims and includes "
                            "a fictional case scenario."
                        ),
                        "body": [
                            ("heading", "Challenging misconceptions"),
                            (
                                "paragraph",
                                "<p>Prosecutors should anticipate common misconceptions and "
                                "answer them with evidence or expert "
                                "testimony:</p><ul><li><strong>Delayed disclosure</strong> is "
                                "common and does not indicate "
                                "fabrication.</li><li><strong>Continued contact</strong> with "
                                "the offender is typical of grooming, not proof that nothing "
                                "was wrong.</li><li><strong>A child who sent images</strong> "
                                "under pressure or deception is a victim, not a "
                                "participant.</li><li><strong>Inconsistencies</strong> in "
                                "peripheral details are common after "
                                "trauma.</li></ul><p>Object to questions that are repetitive, "
                                "confusing, built on these misconceptions or that blame the "
                                "child. Where available, use a ground rules hearing to agree "
                                "the form of questioning with the judge and the defence in "
                                "advance.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "A cross-examination",
                                    "text": (
                                        "<p>This scenario is fictional and composite. Mira, 13, "
                                        "gives evidence by video link in a grooming case. Defence "
                                        "counsel asks a series of long questions suggesting she "
                                        "'wanted' the contact because she kept replying. The "
                                        "prosecutor objects that the questions are compound and "
                                        "rest on a misconception, referring to the expert evidence "
                                        "on grooming already before the court. The judge directs "
                                        "counsel to ask short, single questions and to put the "
                                        "defence case without comment. Mira completes her evidence "
                                        "with one break.</p>"
                                    ),
                                },
                            ),
                            ("heading", "After the verdict"),
                            (
                                "paragraph",
                                "<p>Sentencing submissions should set out the harm to the "
                                "child, including continuing harm from the circulation of "
                                "images, and aggravating features such as the child's age, "
                                "abuse of trust, planning and any commercial motive. Ask for "
                                "orders that protect the child: prevention and no-contact "
                                "orders, forfeiture and destruction of devices and material, "
                                "and compensation. Tell the child and carers the outcome "
                                "promptly and explain what happens next, including help with "
                                "removing images.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "Anticipate misconceptions and answer them with evidence.",
                                        "Object to compound, repetitive or blaming questions.",
                                        "Ask for orders that protect the child after the verdict.",
                                        "Tell the child and carers the outcome promptly.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "The defence suggests that a child's continued replies "
                                        "show she was willing. How should the prosecutor respond?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Object, and rely on evidence that continued "
                                                "contact is typical of grooming and does not imply "
                                                "willingness."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Address the misconception through "
                                                "evidence and objection."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Accept the point and focus on the other charges."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Leaving the misconception unanswered harms the "
                                                "child and the case."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Ask the child to explain why she kept replying."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "This puts the burden on the child; address the "
                                                "misconception through evidence and objection."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Victim-centred prosecution: quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Which protective measures might a prosecutor apply for? Select "
                                "all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "A recorded interview as evidence-in-chief",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The child need not repeat their account live."
                                    ),
                                },
                                {
                                    "text": "A video link or screens",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The child does not have to face the accused."
                                    ),
                                },
                                {
                                    "text": "An intermediary",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Intermediaries help children understand and be "
                                        "understood."
                                    ),
                                },
                                {
                                    "text": "Requiring the child to attend every hearing",
                                    "correct": False,
                                    "feedback": (
                                        "Children should attend only when their evidence requires "
                                        "it."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "A 14-year-old sent images under threat from an adult. How should "
                                "she be treated?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "As a victim of sexual extortion, not as an offender",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Responsibility lies with the adult who coerced "
                                        "her."
                                    ),
                                },
                                {
                                    "text": "As a co-offender for producing the images",
                                    "correct": False,
                                    "feedback": (
                                        "Coercion makes her a victim; criminalising her would "
                                        "compound the harm."
                                    ),
                                },
                                {
                                    "text": "As a witness only, without the rights of a victim",
                                    "correct": False,
                                    "feedback": (
                                        "She is a victim and entitled to the support and "
                                        "protection that brings."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "Why is delay especially harmful in cases with child victims?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "It prolongs uncertainty, holds back recovery and can "
                                        "weaken the evidence."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Prioritise these cases and avoid adjournments."
                                    ),
                                },
                                {
                                    "text": "It has no effect if the child has support.",
                                    "correct": False,
                                    "feedback": "Support helps, but delay still prolongs the harm.",
                                },
                                {
                                    "text": "It harms only the accused.",
                                    "correct": False,
                                    "feedback": "Delay affects everyone, and children most of all.",
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which points belong in sentencing submissions? Select all that "
                                "apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Continuing harm from the circulation of images",
                                    "correct": True,
                                    "feedback": "Correct. This harm is real and lasting.",
                                },
                                {
                                    "text": "The child's age and any abuse of trust",
                                    "correct": True,
                                    "feedback": "Correct. These are common aggravating features.",
                                },
                                {
                                    "text": (
                                        "Requests for forfeiture and destruction of devices and "
                                        "material"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This prevents material being returned or "
                                        "recirculated."
                                    ),
                                },
                                {
                                    "text": (
                                        "Graphic descriptions of the abuse to convey seriousness"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Describe seriousness factually, using categorisation; "
                                        "graphic detail adds harm."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "What does delayed disclosure by a child indicate?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Nothing about credibility: it is common in child sexual "
                                        "abuse"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Shame, fear and grooming often delay disclosure."
                                    ),
                                },
                                {
                                    "text": "That the account is probably invented",
                                    "correct": False,
                                    "feedback": (
                                        "Research and experience show delay is common among "
                                        "genuine victims."
                                    ),
                                },
                                {
                                    "text": "That the abuse was minor",
                                    "correct": False,
                                    "feedback": (
                                        "Delay says nothing about the seriousness of the abuse."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
        ],
    },
    "judiciary": {
        "title": "Child-friendly justice in cases of online child sexual exploitation",
        "summary": (
            "For judges: applying the standards of child-friendly justice, adapting hearings for "
            "child victims while protecting the right to a fair trial, and sentencing online "
            "offences with an understanding of the harm they cause."
        ),
        "outcomes": [
            "Apply international standards on child-friendly justice to case management.",
            "Explain why online abuse causes serious and continuing harm.",
            "Adapt hearings so that children can give their best evidence while the trial "
            "stays fair.",
            "Control the questioning of child witnesses effectively.",
            "Assess seriousness and make protective orders in online cases.",
        ],
        "wellbeing_text": (
            "Judges hear children's accounts, read detailed evidence and carry the weight of "
            "decisions that shape lives, often with little opportunity to talk about it. Secondary "
            "traumatic stress is a recognised risk of judicial work in these cases. Practical "
            "protections include relying on categorised descriptions of material wherever "
            "possible, spacing demanding cases in your list, taking breaks during long hearings "
            "and debriefing with a colleague or through a judicial support scheme. Many "
            "judiciaries offer confidential counselling or an employee assistance service for "
            "judges; using it is a mark of professional responsibility. Notice changes in your "
            "sleep, mood or patience, and seek support early."
        ),
        "modules": [
            {
                "slug": "child-friendly-justice",
                "title": "Principles of child-friendly justice",
                "summary": (
                    "The international standards, and why online abuse is serious and continuing "
                    "harm."
                ),
                "lessons": [
                    {
                        "slug": "principles-and-standards",
                        "title": "International principles and standards",
                        "content_note": "",
                        "body": [
                            ("heading", "The standards"),
                            (
                                "paragraph",
                                "<p>Child-friendly justice is justice that is accessible, "
                                "age-appropriate, speedy, diligent and adapted to the rights "
                                "and needs of the child. It draws on:</p><ul><li>the UN "
                                "Convention on the Rights of the Child, especially the best "
                                "interests of the child (Article 3), the right to be heard "
                                "(Article 12) and protection from sexual exploitation and "
                                "sexual abuse (Article 34);</li><li>the UN Guidelines on "
                                "Justice in Matters involving Child Victims and Witnesses of "
                                "Crime (2005);</li><li>the Council of Europe Guidelines on "
                                "child-friendly justice (2010);</li><li>the Lanzarote "
                                "Convention (2007), which sets out protective measures for "
                                "child victims during investigations and proceedings.</li></ul>",
                            ),
                            ("heading", "What the standards ask of courts"),
                            (
                                "paragraph",
                                "<p>The standards do not weaken the rights of the accused. "
                                "They ask courts to prevent avoidable harm to children: to "
                                "avoid delay, to limit the number of times a child is "
                                "interviewed or questioned, to give information the child can "
                                "understand, to protect privacy and identity, to allow support "
                                "persons, and to adapt the setting and the form of "
                                "questioning. Measures such as recorded interviews and video "
                                "links serve both aims: they protect the child and often "
                                "improve the quality of the evidence.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Case management is where these principles become real: "
                                "fixing early trial dates, deciding protective measures at a "
                                "preliminary hearing, and asking at each stage whether the "
                                "child's needs have been considered.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "Child-friendly justice is accessible, "
                                        "age-appropriate, speedy and adapted to the child.",
                                        "The best interests of the child and the right to be "
                                        "heard apply throughout proceedings.",
                                        "Protecting the child and the accused's right to a "
                                        "fair trial are compatible.",
                                        "Delay is itself a source of harm and should be "
                                        "actively managed.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Which article of the UN Convention on the Rights of the "
                                        "Child sets out the child's right to be heard?"
                                    ),
                                    "options": [
                                        {
                                            "text": "Article 12",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. It applies in judicial proceedings "
                                                "affecting the child."
                                            ),
                                        },
                                        {
                                            "text": "Article 3",
                                            "correct": False,
                                            "feedback": (
                                                "Article 3 concerns the best interests of the "
                                                "child."
                                            ),
                                        },
                                        {
                                            "text": "Article 34",
                                            "correct": False,
                                            "feedback": (
                                                "Article 34 concerns protection from sexual "
                                                "exploitation and sexual abuse."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "understanding-online-harm",
                        "title": "Understanding online harm",
                        "content_note": (
                            "This lesson discusses the harm that online sexual exploitation and "
                            "abuse causes children. It contains no graphic detail."
                        ),
                        "body": [
                            ("heading", "Online harm is real harm"),
                            (
                                "paragraph",
                                "<p>It can be tempting to see online offences as less serious "
                                "than contact abuse. Survivors' accounts and professional "
                                "experience point the other way. Every item of child sexual "
                                "abuse material records the abuse of a real child. Its "
                                "circulation causes continuing harm: survivors describe a "
                                "lasting fear of being recognised and a loss of control that "
                                "does not end with the abuse. Demand for material also drives "
                                "the abuse of further children.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Grooming and sexual extortion can cause serious "
                                "psychological harm without any physical contact, including "
                                "anxiety, depression, self-harm and, in some cases of "
                                "sextortion, suicide. Live-streamed abuse directed from abroad "
                                "is the abuse of a child in real time: the person who pays for "
                                "and directs it is not a distant observer. Images a child was "
                                "coerced into producing are still child sexual abuse material, "
                                "and the child who appears in them is a victim.</p>",
                            ),
                            ("heading", "Why children's accounts look the way they do"),
                            (
                                "paragraph",
                                "<p>Groomed children often delay disclosure, stay in contact "
                                "with the offender, or speak of the offender warmly. Children "
                                "coerced into producing images may feel responsible and "
                                "ashamed. Trauma affects how events are remembered and told. "
                                "These are recognised patterns, not signs of unreliability, "
                                "and courts should be wary of assumptions about how a "
                                "'genuine' victim behaves.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "The circulation of material causes continuing harm.",
                                        "Grooming and sextortion can cause severe harm without "
                                        "physical contact.",
                                        "Directing live-streamed abuse is participation, not "
                                        "observation.",
                                        "Delayed disclosure and continued contact are common "
                                        "in grooming.",
                                        "A child coerced into producing images is a victim, "
                                        "not a participant.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "A submission describes possession of abuse material as a "
                                        "'victimless' offence. What does the evidence show?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Each item records the abuse of a real child; "
                                                "circulation causes continuing harm, and demand "
                                                "drives further abuse."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. There is always a child behind the "
                                                "material."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Possession is victimless if the material is never "
                                                "shared."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Possession sustains demand, and survivors live "
                                                "with the knowledge that their images are held by "
                                                "others."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Harm occurs only if the victim learns of the "
                                                "possession."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Survivors describe continuing fear of circulation "
                                                "whether or not they learn of a particular case."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Principles of child-friendly justice: quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Which features define child-friendly justice? Select all that "
                                "apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Accessible and age-appropriate",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Children must be able to understand and take "
                                        "part."
                                    ),
                                },
                                {
                                    "text": "Speedy and diligent",
                                    "correct": True,
                                    "feedback": "Correct. Delay is itself harmful.",
                                },
                                {
                                    "text": "Adapted to the rights and needs of the child",
                                    "correct": True,
                                    "feedback": "Correct. This is at the heart of the standards.",
                                },
                                {
                                    "text": "Reduced rights for the accused",
                                    "correct": False,
                                    "feedback": (
                                        "The standards protect children without weakening fair "
                                        "trial rights."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "What is the Council of Europe's 2010 text on this subject?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "The Guidelines on child-friendly justice",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. They apply to all proceedings involving children."
                                    ),
                                },
                                {
                                    "text": "The Convention on Cybercrime",
                                    "correct": False,
                                    "feedback": (
                                        "The Budapest Convention (2001) concerns cybercrime and "
                                        "evidence, not child-friendly justice."
                                    ),
                                },
                                {
                                    "text": "The European Social Charter",
                                    "correct": False,
                                    "feedback": "The Charter concerns social and economic rights.",
                                },
                            ],
                        },
                        {
                            "text": (
                                "Why can live-streamed abuse directed from abroad be treated as "
                                "seriously as contact abuse?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "The person who pays and directs takes part in the "
                                        "real-time abuse of a child."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Directing the abuse is participation, not "
                                        "observation."
                                    ),
                                },
                                {
                                    "text": "Because it is always recorded.",
                                    "correct": False,
                                    "feedback": (
                                        "It is often not recorded; seriousness comes from the "
                                        "offender's role."
                                    ),
                                },
                                {
                                    "text": "Because it always involves travel.",
                                    "correct": False,
                                    "feedback": (
                                        "No travel is involved; the offender directs the abuse "
                                        "remotely."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which are recognised patterns in the accounts of groomed "
                                "children? Select all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Delayed disclosure",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Shame, fear and loyalty delay disclosure."
                                    ),
                                },
                                {
                                    "text": "Continued contact with the offender",
                                    "correct": True,
                                    "feedback": "Correct. Grooming creates dependence.",
                                },
                                {
                                    "text": "Speaking of the offender warmly",
                                    "correct": True,
                                    "feedback": "Correct. Grooming builds attachment deliberately.",
                                },
                                {
                                    "text": (
                                        "Complete, consistent accounts from the very first "
                                        "interview"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Trauma and grooming often lead to partial, gradual "
                                        "accounts."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Do child-friendly measures conflict with the right to a fair "
                                "trial?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "No: properly applied, they protect the child and can "
                                        "improve the evidence while keeping the trial fair."
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. Both aims can be met together.",
                                },
                                {
                                    "text": "Yes: they always disadvantage the accused.",
                                    "correct": False,
                                    "feedback": (
                                        "The defence can still test the evidence fully, in an "
                                        "adapted form."
                                    ),
                                },
                                {
                                    "text": "Only when the child is over 16.",
                                    "correct": False,
                                    "feedback": (
                                        "Age does not create a conflict; the same principles apply."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "hearing-child-victims",
                "title": "Hearing child victims",
                "summary": "Adapting hearings to the child, and managing questioning fairly.",
                "lessons": [
                    {
                        "slug": "adapting-the-hearing",
                        "title": "Adapting the hearing",
                        "content_note": (
                            "This lesson discusses child victims giving evidence and includes a "
                            "fictional case scenario."
                        ),
                        "body": [
                            ("heading", "Plan early"),
                            (
                                "paragraph",
                                "<p>Decisions about how a child will give evidence should be "
                                "made early, at a preliminary or ground rules hearing, not on "
                                "the morning of the trial. The court needs information about "
                                "the child's age, development, communication needs and wishes, "
                                "often from an intermediary or a support person.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Depending on your jurisdiction, measures may "
                                "include:</p><ul><li>a recorded forensic interview admitted as "
                                "the child's evidence-in-chief;</li><li>cross-examination "
                                "recorded before trial, so the child's part ends "
                                "early;</li><li>the Barnahus model, in which a recorded "
                                "interview in a child-friendly house, followed by the judge "
                                "and the parties, can replace testimony in court;</li><li>a "
                                "video link from a separate room or building;</li><li>screens, "
                                "clearing the public gallery and removing wigs and "
                                "gowns;</li><li>an intermediary or communication "
                                "aids;</li><li>a support person present during the "
                                "evidence.</li></ul>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "A ground rules hearing",
                                    "text": (
                                        "<p>This scenario is fictional and composite. A 9-year-old "
                                        "girl is due to give evidence in a case of live-streamed "
                                        "abuse facilitated by a relative. At a ground rules "
                                        "hearing, the intermediary reports that she understands "
                                        "short, concrete questions, struggles with ideas of time "
                                        "and needs a break every 15 minutes. The judge directs "
                                        "that cross-examination will be recorded four weeks before "
                                        "trial, limits it to the issues in dispute, approves "
                                        "questions submitted in advance and arranges for the girl "
                                        "to see the live-link room beforehand. The defence can put "
                                        "every point of its case, in a form the child can "
                                        "understand.</p>"
                                    ),
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Before the child gives evidence",
                                    "items": [
                                        "Measures decided at an early hearing",
                                        "The child's communication needs assessed",
                                        "Questions approved in advance where your system allows",
                                        "Breaks planned",
                                        "The child has seen the room and knows who will be there",
                                        "A support person confirmed",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Why decide protective measures at an early hearing rather "
                                        "than on the day of trial?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "The child, carers and parties can prepare, and "
                                                "avoidable delay and anxiety are prevented."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Early decisions give everyone certainty."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Because measures cannot be changed once the trial "
                                                "begins."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Measures can be reviewed, but deciding early "
                                                "avoids disruption."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "So that the defence does not know about them in "
                                                "advance."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "The defence takes part in deciding measures; "
                                                "transparency supports fairness."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "managing-questioning",
                        "title": "Managing questioning",
                        "content_note": "This lesson discusses the questioning of child witnesses.",
                        "body": [
                            ("heading", "The judge's duty"),
                            (
                                "paragraph",
                                "<p>The court has a duty to make sure a child witness can give "
                                "their best evidence and is not subjected to questioning that "
                                "is oppressive, confusing or humiliating. This is compatible "
                                "with the accused's right to challenge the evidence. Research "
                                "on child witnesses shows that leading, compound and repeated "
                                "questions reduce accuracy, so controlling them protects the "
                                "search for the truth as well as the child.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Questioning to stop or rephrase",
                                    "items": [
                                        "Questions with several parts",
                                        "Tag questions such as 'He didn't say that, did he?'",
                                        "Double negatives or complex vocabulary",
                                        "The same question repeated to obtain a different answer",
                                        "Suggestions that the child is to blame or was willing",
                                        "Unnecessary questions about the child's sexual history",
                                        "Comments instead of questions",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>Intervene early and calmly. Tell the child, in simple "
                                "words, that they can say 'I don't know' or 'I don't "
                                "understand', or ask for a break. When the defence needs to "
                                "put its case, allow it in a short, simple form: the child can "
                                "be told what the accused says and asked whether it is true. "
                                "Watch for signs of tiredness or distress, and call breaks "
                                "before the child has to ask.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Questions about the child's online activity should stay on "
                                "the issues in dispute. Suggesting that the child should have "
                                "known better, for example because they used a particular app "
                                "or answered a message, invites blame rather than testing the "
                                "evidence.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>When the child's evidence is over, thank them. Make sure "
                                "they leave the building without meeting the accused, and that "
                                "someone explains what happens next.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Counsel asks a 10-year-old: 'You didn't tell your mum "
                                        "because nothing happened, did you?' What should the judge "
                                        "do?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Intervene and direct counsel to ask short, "
                                                "single, non-leading questions."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The point can still be put, in a form "
                                                "the child understands."
                                            ),
                                        },
                                        {
                                            "text": "Allow it: cross-examination may be leading.",
                                            "correct": False,
                                            "feedback": (
                                                "Questions in this form confuse young children and "
                                                "reduce accuracy; the court should require a "
                                                "simpler form."
                                            ),
                                        },
                                        {
                                            "text": "Answer on the child's behalf.",
                                            "correct": False,
                                            "feedback": (
                                                "The judge controls the form of questions but does "
                                                "not give evidence."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Hearing child victims: quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Which measures may help a child give their best evidence? Select "
                                "all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Cross-examination recorded before trial",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The child's part ends early, while memory is "
                                        "fresher."
                                    ),
                                },
                                {
                                    "text": "An intermediary",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Intermediaries help questions match the child's "
                                        "understanding."
                                    ),
                                },
                                {
                                    "text": "A video link from a separate room",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The child does not have to face the accused."
                                    ),
                                },
                                {
                                    "text": "Long sessions without breaks, to finish sooner",
                                    "correct": False,
                                    "feedback": (
                                        "Tiredness reduces accuracy and increases distress; plan "
                                        "breaks."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "Which form of question suits a young child best?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Short, single questions in simple words",
                                    "correct": True,
                                    "feedback": "Correct. One idea per question.",
                                },
                                {
                                    "text": "Tag questions that suggest the answer",
                                    "correct": False,
                                    "feedback": "Tag questions lead young children into agreeing.",
                                },
                                {
                                    "text": "Questions with double negatives",
                                    "correct": False,
                                    "feedback": (
                                        "Double negatives confuse adults, let alone children."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "How can the defence case be put fairly to a child?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "By telling the child simply what the accused says and "
                                        "asking whether it is true"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The case is put; only the form is adapted."
                                    ),
                                },
                                {
                                    "text": "By repeating questions until the child agrees",
                                    "correct": False,
                                    "feedback": (
                                        "Repetition produces unreliable answers and distress."
                                    ),
                                },
                                {
                                    "text": (
                                        "It cannot: the defence case is not put to child witnesses"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "The accused's right to put their case remains; the form "
                                        "is adapted."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "What is good practice when a child finishes giving evidence? "
                                "Select all that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Thanking the child",
                                    "correct": True,
                                    "feedback": "Correct. It acknowledges what the child has done.",
                                },
                                {
                                    "text": (
                                        "Making sure they do not meet the accused on the way out"
                                    ),
                                    "correct": True,
                                    "feedback": "Correct. Plan exits as carefully as arrivals.",
                                },
                                {
                                    "text": "Explaining what happens next",
                                    "correct": True,
                                    "feedback": "Correct. Uncertainty adds to distress.",
                                },
                                {
                                    "text": "Asking the child how they think the case should end",
                                    "correct": False,
                                    "feedback": (
                                        "A child should never be made to feel responsible for the "
                                        "outcome."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "What is the purpose of a ground rules hearing?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "To agree in advance how the child will be questioned and "
                                        "which measures apply"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. It prepares the court, the parties and the child."
                                    ),
                                },
                                {
                                    "text": "To hear the child's evidence for the first time",
                                    "correct": False,
                                    "feedback": (
                                        "The child does not give evidence at a ground rules "
                                        "hearing."
                                    ),
                                },
                                {
                                    "text": "To decide the verdict",
                                    "correct": False,
                                    "feedback": (
                                        "It concerns only the conduct of the child's evidence."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "sentencing",
                "title": "Sentencing and orders",
                "summary": (
                    "Assessing seriousness in online cases, protective orders and judgments the "
                    "child can understand."
                ),
                "lessons": [
                    {
                        "slug": "assessing-seriousness",
                        "title": "Assessing seriousness",
                        "content_note": (
                            "This lesson discusses factors that affect the seriousness of "
                            "offences, in general terms. It contains no graphic detail."
                        ),
                        "body": [
                            ("heading", "Harm and culpability"),
                            (
                                "paragraph",
                                "<p>Sentencing in online cases follows the guidelines and law "
                                "of your jurisdiction. Across systems, seriousness generally "
                                "reflects the harm caused to the child and the culpability of "
                                "the offender. In online cases, harm includes the continuing "
                                "harm of circulation and the fear it causes survivors.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Factors commonly treated as aggravating",
                                    "points": [
                                        "The very young age or particular vulnerability of the "
                                        "child",
                                        "Abuse of a position of trust or authority, including "
                                        "within the family",
                                        "Producing new material or directing abuse, including "
                                        "live-streamed abuse paid for from abroad",
                                        "Planning, grooming, or targeting several children",
                                        "Threats, sexual extortion or payment",
                                        "Distribution, or the offender's role in a network",
                                        "The duration of the offending and the volume of material",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>Volume and categorisation are relevant, but a small "
                                "collection is not a minor matter: every item records the "
                                "abuse of a child, and possession creates the demand that "
                                "drives production. Rely on the categorised, neutral "
                                "descriptions provided by forensic examiners. It is rarely "
                                "necessary for the court to view material; where it is, this "
                                "should happen under controlled procedures that protect the "
                                "victims and limit exposure. Mitigating factors recognised in "
                                "your jurisdiction, such as genuine remorse or an early plea, "
                                "are weighed too, but they never reduce the harm that was "
                                "done.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Victim personal or impact statements help the court "
                                "understand the harm. Children and carers should be able to "
                                "give them in a way that does not cause further distress, and "
                                "should never be pressed to give one. Where the children "
                                "depicted have not been identified, the court can still "
                                "recognise that real children were harmed.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Does the court need to view the material to assess "
                                        "seriousness?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Rarely: categorised, neutral descriptions are "
                                                "normally enough, and any viewing follows "
                                                "controlled procedures."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This limits exposure and respects the "
                                                "victims' privacy."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Always, so that the judge can form an independent "
                                                "view."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Routine viewing adds exposure and further "
                                                "violates the victims' privacy."
                                            ),
                                        },
                                        {
                                            "text": "Never, under any circumstances.",
                                            "correct": False,
                                            "feedback": (
                                                "It may occasionally be necessary, for example "
                                                "when categorisation is disputed; it then follows "
                                                "controlled procedures."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "orders-and-reasons",
                        "title": "Orders, reasons and protection after sentence",
                        "content_note": (
                            "This lesson includes a fictional case scenario about sexual extortion."
                        ),
                        "body": [
                            ("heading", "Protective orders"),
                            (
                                "paragraph",
                                "<p>Alongside the sentence, courts in many jurisdictions can "
                                "make orders that reduce the risk of further "
                                "harm:</p><ul><li>prevention orders restricting contact with "
                                "children, internet use or particular devices, drafted "
                                "precisely enough to be enforced;</li><li>notification or "
                                "registration requirements;</li><li>no-contact orders "
                                "protecting the victim and their family;</li><li>forfeiture "
                                "and destruction of devices and material, so that abuse "
                                "material is never returned;</li><li>compensation for the "
                                "victim;</li><li>participation in accredited treatment "
                                "programmes where available.</li></ul>",
                            ),
                            ("heading", "Reasons the child can understand"),
                            (
                                "paragraph",
                                "<p>Judgments should explain the sentence clearly and, where "
                                "appropriate, acknowledge the harm to the child in words that "
                                "neither blame nor sensationalise. Follow the Luxembourg "
                                "Guidelines: write child sexual abuse material, never terms "
                                "from adult entertainment, and grooming, never words that "
                                "suggest romance or choice. Some courts give the child or "
                                "family a short explanation in plain language. Protect the "
                                "child's identity in published judgments and make reporting "
                                "restrictions clear.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Framing the judgment",
                                    "text": (
                                        "<p>This scenario is fictional and composite. A man is "
                                        "convicted of the sexual extortion of three teenagers he "
                                        "contacted through gaming platforms. In her sentencing "
                                        "remarks, the judge describes his conduct as deliberate "
                                        "targeting and threats, recognises the children's fear and "
                                        "shame as serious harm and states plainly that they bear "
                                        "no responsibility. She makes a prevention order limiting "
                                        "him to monitored messaging and gaming accounts, a "
                                        "no-contact order and a forfeiture order for his devices. "
                                        "The published judgment uses pseudonyms that cannot "
                                        "identify the children.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Key points",
                                    "points": [
                                        "Orders should be precise, proportionate and enforceable.",
                                        "Make sure devices and material are forfeited and "
                                        "destroyed.",
                                        "Use Luxembourg Guidelines terminology in judgments.",
                                        "Protect the child's identity in published reasons.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Why should a court order the forfeiture and destruction "
                                        "of devices holding abuse material?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "So that the material is never returned or "
                                                "recirculated, protecting the children depicted."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Deleted files can often be recovered, so "
                                                "the devices themselves must go."
                                            ),
                                        },
                                        {
                                            "text": "As an additional financial penalty.",
                                            "correct": False,
                                            "feedback": (
                                                "The purpose is protection, not punishment."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Only so that the police can reuse the devices."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Devices holding abuse material are destroyed, not "
                                                "reused."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Sentencing and orders: quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Which factors are commonly treated as aggravating? Select all "
                                "that apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Abuse of a position of trust",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Trust makes the abuse possible and deepens the "
                                        "harm."
                                    ),
                                },
                                {
                                    "text": "Directing live-streamed abuse",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The offender takes part in real-time abuse."
                                    ),
                                },
                                {
                                    "text": "Targeting several children",
                                    "correct": True,
                                    "feedback": "Correct. More children means more harm.",
                                },
                                {
                                    "text": "An early guilty plea",
                                    "correct": False,
                                    "feedback": (
                                        "An early plea usually reduces the sentence, and spares "
                                        "the child from testifying."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "How should a small number of images be treated at sentencing?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "As serious: every item records the abuse of a real child, "
                                        "and possession fuels demand"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Volume is relevant but never makes an offence "
                                        "trivial."
                                    ),
                                },
                                {
                                    "text": "As trivial, calling for no penalty",
                                    "correct": False,
                                    "feedback": "Every item records the abuse of a child.",
                                },
                                {
                                    "text": "As relevant only if the images were shared",
                                    "correct": False,
                                    "feedback": (
                                        "Possession itself fuels demand and harms the children "
                                        "depicted."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "Which term should appear in judgments?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Child sexual abuse material",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. It is the term recommended by the Luxembourg "
                                        "Guidelines."
                                    ),
                                },
                                {
                                    "text": "Terms borrowed from adult entertainment",
                                    "correct": False,
                                    "feedback": (
                                        "Such terms suggest legitimacy and are discouraged by the "
                                        "Luxembourg Guidelines."
                                    ),
                                },
                                {
                                    "text": "Whatever term the offender used",
                                    "correct": False,
                                    "feedback": (
                                        "Judgments should never adopt the offender's framing."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Which orders can protect children after sentence? Select all that "
                                "apply."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Precisely drafted prevention orders",
                                    "correct": True,
                                    "feedback": "Correct. Precision makes them enforceable.",
                                },
                                {
                                    "text": "No-contact orders for the victim and family",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. They protect the child from further contact."
                                    ),
                                },
                                {
                                    "text": "Forfeiture and destruction of devices and material",
                                    "correct": True,
                                    "feedback": "Correct. This prevents recirculation.",
                                },
                                {
                                    "text": (
                                        "Returning devices to the offender once files are deleted"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Deleted files may be recoverable; forfeiture and "
                                        "destruction prevent recirculation."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "How should victim impact statements from children be handled?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Enabled in a form that avoids further distress, and never "
                                        "pressed on the child"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The choice belongs to the child and carers."
                                    ),
                                },
                                {
                                    "text": "Required in every case",
                                    "correct": False,
                                    "feedback": "A statement is an opportunity, not an obligation.",
                                },
                                {
                                    "text": "Read by the child in open court",
                                    "correct": False,
                                    "feedback": (
                                        "This exposes the child to further distress; other forms "
                                        "are available."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
        ],
    },
}
