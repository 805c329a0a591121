"""English demo guidance, the source language; written to the content guidelines (CONTENT.md)."""

HOME = {
    "title": "Keep children safe online",
    "intro": (
        "Clear, calm guidance for parents and carers, teachers and young people about online child "
        "sexual exploitation and abuse, and where to get help in your country."
    ),
    "help_title": "Get help now",
    "help_text": (
        "If a child is in immediate danger, call your local emergency number. To report child "
        "sexual abuse material, get an image removed or talk to someone in confidence, find the "
        "services for your country."
    ),
}

AUDIENCES = {
    "parents": {
        "title": "Parents and carers",
        "intro": (
            "Practical steps to help your child stay safe online, the signs to notice, and what to "
            "do if something has already happened."
        ),
        "body": [
            ("heading", "Your conversations are the first protection"),
            (
                "paragraph",
                (
                    "<p>Children who can talk to a calm, interested adult are better protected "
                    "than children who are only watched. You do not need to be an expert in apps "
                    "or games. Ask what your child enjoys online, who they talk to and what they "
                    "would do if something felt wrong. Keep the door open by staying calm when "
                    "they tell you things, even when what they say worries you.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Five things you can do this week",
                    "steps": [
                        (
                            "Ask your child to show you a game or app they like, and spend ten "
                            "minutes using it together."
                        ),
                        (
                            "Agree together who your child can talk to online and what to do if "
                            "someone they do not know gets in touch."
                        ),
                        (
                            "Check privacy settings together: a private profile, no location "
                            "sharing, messages only from friends."
                        ),
                        (
                            "Tell your child, in your own words, that they can always come to you "
                            "and will not be in trouble for telling you."
                        ),
                        (
                            "Look up the help services for your country so you know where to go if "
                            "you ever need them."
                        ),
                    ],
                },
            ),
            (
                "warning_signs",
                {
                    "title": "Signs that something may be wrong",
                    "signs": [
                        (
                            "Becoming secretive about a phone, game or account, or switching "
                            "screens quickly when you come near"
                        ),
                        (
                            "A new online friend they will not talk about, or gifts, game credit "
                            "or money you cannot explain"
                        ),
                        "Seeming anxious, withdrawn or frightened after being online",
                        (
                            "Mentioning an older friend who understands them better than their "
                            "family does"
                        ),
                        "Sudden requests for money or gift cards, or selling their belongings",
                        "Deleting accounts, or avoiding a device they used to love",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>One sign alone does not mean your child is being harmed. Children's moods "
                    "change for many reasons. If you notice several signs, or something does not "
                    "feel right, choose a quiet moment to talk.</p>"
                ),
            ),
            ("heading", "If your child tells you something has happened"),
            (
                "paragraph",
                (
                    "<p>Stay calm, listen and thank them for telling you. Make clear that it is "
                    "not their fault and that they are not in trouble: the responsibility lies "
                    "with the person who harmed or threatened them. Do not take devices away as a "
                    "punishment, because children who fear losing their phone often stop telling "
                    "adults. Do not delete messages yet, and <strong>never copy or forward "
                    "images</strong>, even to report them.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Get help now",
                    "text": (
                        "Find the hotlines, helplines and image-removal services for your country "
                        "on the Report and get help page."
                    ),
                },
            ),
        ],
        "age_bands": {},
    },
    "teachers": {
        "title": "Teachers",
        "intro": (
            "Classroom-ready lesson outlines by age band, discussion prompts, and what to do when "
            "a pupil tells you about harm."
        ),
        "body": [
            ("heading", "Teaching online safety without fear"),
            (
                "paragraph",
                (
                    "<p>Prevention education works best when it is regular, suited to the age of "
                    "the class and focused on what children can do: recognise pressure, share "
                    "secrets that make them feel uneasy, and know which adults and services can "
                    "help. Avoid frightening stories and never use real cases or images. Focus on "
                    "skills, not on shock.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Before you teach a lesson on online safety",
                    "steps": [
                        (
                            "Read your school's safeguarding and child protection policy and check "
                            "who your designated safeguarding lead is."
                        ),
                        (
                            "Tell the safeguarding lead when the lesson will take place, because "
                            "lessons can lead to disclosures afterwards."
                        ),
                        (
                            "Set ground rules with the class: nobody shares personal stories about "
                            "themselves or others during the lesson, and anyone who wants to talk "
                            "can speak to a trusted adult privately afterwards."
                        ),
                        (
                            "Prepare the names of trusted adults in school and the child helpline "
                            "for your country, to share at the end of every lesson."
                        ),
                        "Plan a calm, positive activity to close the lesson.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Never ask children to disclose in class",
                    "text": (
                        "Lessons teach what to do and where to go. They are not the place to ask "
                        "children about their own experiences. If a pupil starts to share "
                        "something personal, gently pause them, say you would like to talk "
                        "straight after the lesson, and then follow your safeguarding procedure."
                    ),
                },
            ),
            ("heading", "If a pupil tells you something"),
            (
                "steps",
                {
                    "title": "Responding to a disclosure",
                    "steps": [
                        (
                            "Listen calmly. Let the pupil speak in their own words; do not ask "
                            "leading questions or press for details."
                        ),
                        (
                            "Reassure them that they were right to tell you and that it is not "
                            "their fault."
                        ),
                        (
                            "Do not promise to keep it secret. Explain that you will tell the "
                            "person whose job it is to help keep them safe."
                        ),
                        "Do not look at, copy, forward or save any images, even as evidence.",
                        (
                            "Write down what was said, in the pupil's words, with the date and "
                            "time, as soon as possible."
                        ),
                        (
                            "Tell the designated safeguarding lead the same day and follow their "
                            "instructions."
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Get help now",
                    "text": (
                        "Find the hotlines, helplines and image-removal services for your country "
                        "on the Report and get help page."
                    ),
                },
            ),
        ],
        "age_bands": {},
    },
    "young-people": {
        "title": "Young people",
        "intro": (
            "Straight answers about staying safe online, and what to do if something has gone "
            "wrong. Whatever has happened, it is never your fault."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>This part of the site is for you. Choose your age below to find advice "
                    "written for you. If something is worrying you right now, you do not have to "
                    "read everything. Go straight to the help page.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "If something has happened",
                    "text": (
                        "It is never your fault. Stop talking to the person. Do not pay or send "
                        "anything more. Keep the messages and tell an adult you trust. You can "
                        "report it and get images removed."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "What to do right now",
                    "steps": [
                        "Stop replying to the person.",
                        "Do not pay and do not send anything more.",
                        (
                            "Keep the messages and the person's username. Take screenshots of the "
                            "chat, not of any images."
                        ),
                        "Tell an adult you trust.",
                        (
                            "Report the account in the app or game, and report it to a hotline or "
                            "the police."
                        ),
                        (
                            "Ask for images to be removed with Take It Down (anywhere in the "
                            "world) or Report Remove (UK, under 18)."
                        ),
                    ],
                },
            ),
        ],
        "age_bands": {
            "8-10": {
                "title": "For ages 8 to 10",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The internet can be fun. You can play, learn and talk to friends. "
                            "But some people online are not who they say they are.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Remember these rules",
                            "steps": [
                                "Keep your real name, school and address private.",
                                "Only chat with people you know in real life.",
                                "If someone asks you to keep a secret, tell a grown-up you trust.",
                                (
                                    "If something makes you feel sad, scared or confused, stop and "
                                    "tell a grown-up."
                                ),
                                "You will not be in trouble for telling.",
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>A good surprise, like a birthday present, is fine to keep for a "
                            "short time. A secret that makes you feel worried is never okay. Tell "
                            "a grown-up you trust, like a parent, carer or teacher.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "You can always tell someone",
                            "text": (
                                "It is never your fault. A grown-up you trust can help. You can "
                                "also call a helpline for children. The people there listen, and "
                                "they are kind."
                            ),
                        },
                    ),
                ],
            },
            "11-13": {
                "title": "For ages 11 to 13",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Games, chats and social media are a big part of life. Most people "
                            "you meet online are fine. But some adults pretend to be young people "
                            "so they can get close to children. This is called grooming.</p>"
                        ),
                    ),
                    (
                        "warning_signs",
                        {
                            "title": "Be careful if someone online",
                            "signs": [
                                "gives you lots of compliments or gifts, like game credit",
                                "wants to move the chat to a private app",
                                "asks you to keep your chats secret",
                                "asks for photos of you",
                                "says nobody understands you like they do",
                                "gets angry or makes threats when you say no",
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>If this happens, it is not your fault. You have not done anything "
                            "wrong. Stop chatting, keep the messages and tell an adult you trust. "
                            "You can also block and report the account.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "Talk to someone",
                            "text": (
                                "Tell an adult you trust, or contact a helpline for young people. "
                                "You will not be in trouble."
                            ),
                        },
                    ),
                ],
            },
            "14-17": {
                "title": "For ages 14 to 17",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>You know your way around the internet. But pressure online can "
                            "come fast: someone asking for images, someone you have never met "
                            "saying they know you, or someone threatening to share something "
                            "unless you pay. That last one is called sexual extortion, or "
                            "sextortion. It is a crime, and the blame is always on the person "
                            "doing it.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "If someone is threatening you",
                            "steps": [
                                "Stop replying. Do not argue or negotiate.",
                                "Do not pay and do not send more. Paying almost never ends it.",
                                (
                                    "Screenshot the chat, the username and the profile link. Do "
                                    "not save any images."
                                ),
                                "Block and report the account after you have saved the evidence.",
                                (
                                    "Tell an adult you trust, and report it to the police or a "
                                    "hotline."
                                ),
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>If an image of you has been shared, or you are afraid it might be, "
                            "tools can help get it removed. <strong>Take It Down</strong> works "
                            "anywhere in the world: it makes a digital fingerprint of the image on "
                            "your own device, so you never have to send the image to anyone. "
                            "<strong>Report Remove</strong> is for under-18s in the UK.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "It is never your fault",
                            "text": (
                                "You are not in trouble, and you are not alone. Find a helpline, a "
                                "hotline and image-removal services for your country on the help "
                                "page."
                            ),
                        },
                    ),
                ],
            },
        },
    },
}

TOPICS = {
    "grooming": {
        "title": "Grooming",
        "intro": (
            "How offenders build trust with a child in order to abuse or exploit them, the signs "
            "to notice and how to respond."
        ),
    },
    "sexual-extortion": {
        "title": "Sexual extortion (sextortion)",
        "intro": (
            "When someone threatens to share sexual images of a child unless they pay or send "
            "more, and what to do straight away."
        ),
    },
    "self-generated-images": {
        "title": "Self-generated sexual images",
        "intro": (
            "Images children take of themselves, often under pressure or after being tricked, and "
            "how to get them removed without blame."
        ),
    },
    "live-streamed-abuse": {
        "title": "Live-streamed child sexual abuse",
        "intro": (
            "What live-streamed child sexual abuse is, the patterns to be aware of and how to "
            "report it."
        ),
    },
    "gaming-and-chat": {
        "title": "Gaming and chat",
        "intro": (
            "Staying safe in online games, voice chat and messaging apps, where many children meet "
            "people they do not know."
        ),
    },
    "reporting": {
        "title": "Reporting",
        "intro": (
            "How to report child sexual abuse material, grooming and threats, anonymously where "
            "possible, and where to get images removed."
        ),
    },
}

GUIDES = {
    "talking-with-your-child": {
        "title": "Talking with your child about online safety",
        "summary": (
            "Open, regular conversations are the best protection. How to start, what to say at "
            "each age, and how to keep your child talking to you."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Children who feel able to tell a parent or carer when something goes wrong "
                    "online are much better protected than children who are only monitored. "
                    "Filters and settings help, but they cannot spot a person who is slowly "
                    "gaining a child's trust. Your child can, if they know what to look out for "
                    "and know that you will react calmly.</p>"
                ),
            ),
            ("heading", "Start early and keep it ordinary"),
            (
                "paragraph",
                (
                    "<p>Talk about online life the way you talk about school or friends: often, "
                    "briefly and with interest. Short conversations in the car or over a meal work "
                    "better than one big, serious talk. Ask open questions and listen more than "
                    "you speak. If you do not understand a game or app, ask your child to teach "
                    "you; children enjoy being the expert.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Conversation starters",
                    "steps": [
                        "What is the best thing you have seen or played online this week?",
                        "Who do you like talking to in your games or apps?",
                        "Has anyone online ever asked you something that felt strange?",
                        (
                            "What would you do if someone you only know online asked you to keep a "
                            "secret?"
                        ),
                        "If a friend was being pressured online, what would you tell them to do?",
                    ],
                },
            ),
            ("heading", "What to say at different ages"),
            (
                "paragraph",
                (
                    "<p><strong>Under 10:</strong> keep it simple. People online are not always "
                    "who they say they are. Good surprises are fine, but a secret that makes you "
                    "feel worried should always be told to a grown-up.</p><p><strong>11 to "
                    "13:</strong> talk about online friends, about compliments and gifts that come "
                    "with strings attached, and about what to do if someone asks for "
                    "photos.</p><p><strong>14 to 17:</strong> talk about pressure to share images, "
                    "about sexual extortion, and about the services that can help remove images. "
                    "Make clear that you will help them, not punish them.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Make it safe for your child to tell you",
                    "steps": [
                        (
                            'Say it out loud: "Whatever happens online, you can tell me and you '
                            'will not be in trouble."'
                        ),
                        "Do not threaten to take devices away if they tell you about a problem.",
                        (
                            "Stay calm if they tell you something worrying. Take a breath and say: "
                            '"Thank you for telling me."'
                        ),
                        (
                            "Agree on other trusted adults they can go to if they find it hard to "
                            "talk to you."
                        ),
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "Should I read my child's messages?",
                            "answer": (
                                "<p>For younger children, sitting together while they are online "
                                "and using family settings is reasonable. For teenagers, secret "
                                "monitoring can damage trust and make them less likely to come to "
                                "you. Agree rules openly and explain why they matter.</p>"
                            ),
                        },
                        {
                            "question": "My child says I worry too much. What then?",
                            "answer": (
                                "<p>Keep conversations short and light, share something you have "
                                "learned yourself, and come back to it later. Children often "
                                "remember that you are open to talking, even when they roll their "
                                "eyes.</p>"
                            ),
                        },
                        {
                            "question": "What if my child has already shared an image?",
                            "answer": (
                                "<p>Respond without blame. It is never a child's fault when "
                                "someone pressures or tricks them. Read our guide on sexual "
                                "extortion, and use the help page to find services that remove "
                                "images.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Get help now",
                    "text": (
                        "Find the hotlines, helplines and image-removal services for your country "
                        "on the Report and get help page."
                    ),
                },
            ),
        ],
    },
    "recognising-grooming": {
        "title": "Recognising grooming",
        "summary": (
            "How offenders build trust with a child online, the warning signs for parents and "
            "teachers, and what to do if you are worried."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Grooming is when someone builds trust with a child, and often with the "
                    "adults around them, in order to sexually abuse or exploit them. Online, it "
                    "can happen wherever children talk to others: games, social media, messaging "
                    "apps and live-streaming sites. The offender may pretend to be a child of a "
                    "similar age, or may be open about being older and present themselves as a "
                    "mentor or a special friend.</p>"
                ),
            ),
            ("heading", "How grooming usually develops"),
            (
                "paragraph",
                (
                    "<p>Grooming rarely starts with anything that looks wrong. It tends to follow "
                    "a pattern:</p><ul><li><strong>Attention:</strong> friendly messages, "
                    "compliments, help in a game, gifts or game credit.</li><li><strong>Trust and "
                    "isolation:</strong> moving to a private app, suggesting that parents or "
                    "friends would not understand.</li><li><strong>Secrecy:</strong> asking the "
                    "child to keep their conversations secret.</li><li><strong>Testing "
                    "limits:</strong> personal questions, requests for photos, sexual talk "
                    "introduced little by little.</li><li><strong>Control:</strong> using what the "
                    "child has shared to pressure or threaten them.</li></ul>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Signs a child may be being groomed",
                    "signs": [
                        (
                            "Spending more time online, often late at night, and becoming "
                            "secretive about it"
                        ),
                        "A new friend met online whom they talk about a lot, or not at all",
                        "Unexplained gifts, money, game credit, or a new phone or SIM card",
                        "Using sexual language or knowledge that is unexpected for their age",
                        (
                            "Changes in mood: anxious, withdrawn, irritable or upset after being "
                            "online"
                        ),
                        (
                            "Pulling away from family and friends, or saying that nobody "
                            "understands them"
                        ),
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>These signs can have other explanations. What matters is noticing changes "
                    "and giving the child a calm chance to talk.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "If you are worried",
                    "steps": [
                        (
                            "Talk to the child at a calm, private moment. Ask open questions such "
                            'as "Who have you been chatting with lately?"'
                        ),
                        (
                            "Listen without blame. The person who grooms a child is always "
                            "responsible, never the child."
                        ),
                        (
                            "Do not confront the suspected offender yourself. This can put the "
                            "child at risk and lose evidence."
                        ),
                        (
                            "Keep evidence: usernames, profile links, dates and screenshots of "
                            "messages. Do not copy or forward any images."
                        ),
                        (
                            "Report to the police and to the platform. Teachers: tell your "
                            "designated safeguarding lead the same day."
                        ),
                        "Get support for the child, and for yourself, from a helpline.",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "Can grooming be done by someone the child already knows?",
                            "answer": (
                                "<p>Yes. Grooming can be carried out by someone the child or "
                                "family already knows, including people in positions of trust. The "
                                "same signs and steps apply.</p>"
                            ),
                        },
                        {
                            "question": (
                                "My child says the person is just a friend. Should I still report?"
                            ),
                            "answer": (
                                "<p>If an adult is seeking secret contact with a child, asking for "
                                "images or bringing in sexual talk, report it. You do not need to "
                                "be certain: the police and hotlines are trained to assess what "
                                "you share.</p>"
                            ),
                        },
                        {
                            "question": "Will reporting make things worse for my child?",
                            "answer": (
                                "<p>Reporting is how offenders are stopped. Tell the police about "
                                "any threats so that they can protect your child. Helplines can "
                                "talk you through what to expect.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Get help now",
                    "text": (
                        "Find the hotlines, helplines and image-removal services for your country "
                        "on the Report and get help page."
                    ),
                },
            ),
        ],
    },
    "if-your-child-is-being-sexually-extorted": {
        "title": "If your child is being sexually extorted",
        "summary": (
            "Someone is threatening to share sexual images of your child unless they pay or send "
            "more. What to do first, what to say, and how to get images removed."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Sexual extortion, often called sextortion, is when someone threatens to "
                    "share sexual images of a child unless the child pays money, sends more images "
                    "or does what they demand. Sometimes the images are real; sometimes they are "
                    "faked, or the person has no images at all. Offenders often pretend to be a "
                    "young person, move fast and create panic. It is a crime, and your child is "
                    "the victim.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "First, stay calm",
                    "text": (
                        "Your child may be frightened and ashamed. Your calm reaction is what "
                        'helps most. Tell them: "It is not your fault. You are not in trouble. We '
                        'will deal with this together."'
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "What to do now",
                    "steps": [
                        "Stop all contact with the person. Do not reply, argue or negotiate.",
                        (
                            "Do not pay and do not send anything more. Paying rarely ends the "
                            "threats and often leads to more demands."
                        ),
                        (
                            "Keep evidence: screenshots of the messages, the username, the profile "
                            "link and any payment details the person asked for. Do not screenshot, "
                            "save or forward any sexual images."
                        ),
                        (
                            "Once the evidence is saved, block the account and report it on the "
                            "platform."
                        ),
                        "Report to the police. In many countries you can also report to a hotline.",
                        (
                            "Ask for images to be removed. Take It Down works anywhere in the "
                            "world for images taken before the age of 18; Report Remove helps "
                            "young people in the UK."
                        ),
                        "Get support for your child and for yourself from a helpline.",
                    ],
                },
            ),
            ("heading", "How to talk with your child"),
            (
                "paragraph",
                (
                    "<p>Let your child tell you what happened at their own pace. Avoid questions "
                    'that sound like blame, such as "Why did you send it?". Offenders are '
                    "skilled at manipulating young people, and anyone can be tricked. Reassure "
                    "your child that this will pass, that help exists and that they do not have to "
                    "solve it alone.</p><p>If your child seems very distressed or talks about "
                    "harming themselves, stay with them and contact a helpline or emergency "
                    "services straight away.</p>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Signs your child may be being extorted",
                    "signs": [
                        "Sudden fear, panic or distress linked to their phone or to a message",
                        "Asking for money or gift cards without a clear reason",
                        "Withdrawing from family and friends, or not wanting to go to school",
                        "Suddenly deleting accounts, or being very secretive about one",
                        "Saying they feel trapped or that their life is over",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "Will the images be shared if we stop replying?",
                            "answer": (
                                "<p>Many offenders give up when they get no response, but no one "
                                "can promise this. That is why reporting and image-removal "
                                "services matter: they help stop images spreading if they are "
                                "shared.</p>"
                            ),
                        },
                        {
                            "question": "Will my child get in trouble for the images?",
                            "answer": (
                                "<p>Children who are exploited are victims. Police and hotlines "
                                "focus on the person who threatened them. If you are unsure, a "
                                "helpline can explain how it works in your country.</p>"
                            ),
                        },
                        {
                            "question": "Should we delete everything?",
                            "answer": (
                                "<p>Not until you have saved the evidence described above and made "
                                "your reports. Then you can block the account and review your "
                                "child's settings together.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Get help now",
                    "text": (
                        "Find the hotlines, helplines and image-removal services for your country "
                        "on the Report and get help page."
                    ),
                },
            ),
        ],
    },
    "gaming-and-chat-safety": {
        "title": "Gaming and chat: a guide for parents",
        "summary": (
            "Games and chat apps are where many children meet people they do not know. Settings to "
            "check, signs to notice and how to stay involved."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Online games are social places. Children chat by text and voice, join "
                    "teams with people they do not know and trade items. Most of this is positive. "
                    "But offenders also use games to make contact with children, often by offering "
                    "help, game credit or in-game items, and then moving the conversation to a "
                    "private messaging app where it is harder for adults to see.</p>"
                ),
            ),
            ("heading", "Get to know the games your child plays"),
            (
                "paragraph",
                (
                    "<p>Ask your child to show you how the game works, who they play with and how "
                    "the chat works. Check the age rating and the safety features. Playing "
                    "together now and then tells your child that you are interested, not "
                    "suspicious, and makes it easier for them to come to you later.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Settings to check together",
                    "steps": [
                        (
                            "Set chat to friends only, or turn off voice and text chat for younger "
                            "children."
                        ),
                        (
                            "Make the profile private and use a nickname that does not show your "
                            "child's real name, age or location."
                        ),
                        "Turn off location sharing.",
                        "Set spending limits, or require your approval for purchases.",
                        "Find out how to block and report a player, and practise it together.",
                        "Look through the friends list together from time to time.",
                    ],
                },
            ),
            (
                "warning_signs",
                {
                    "title": "Signs to notice",
                    "signs": [
                        (
                            "A player your child met online who gives them lots of items, credit "
                            "or attention"
                        ),
                        "Being asked to move to another app or to a private server",
                        "Playing at unusual hours or hiding the screen",
                        "Being upset after playing, or suddenly refusing to play a favourite game",
                        "Unexplained purchases or requests for gift cards",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Agree a few simple family rules: devices charge outside bedrooms at night; "
                    "nobody moves to a private chat with someone they have only met in a game; and "
                    "anyone who is asked for pictures, personal details or secrecy tells a parent "
                    "or carer. Explain that these rules are there to keep the fun safe, not to "
                    "spy.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "Is voice chat riskier than text chat?",
                            "answer": (
                                "<p>Voice chat is harder to review afterwards and can feel more "
                                "personal. For younger children, keeping voice chat off, or "
                                "limited to friends they know in real life, is sensible.</p>"
                            ),
                        },
                        {
                            "question": "Should I ban online games?",
                            "answer": (
                                "<p>Banning games often pushes play out of sight. Safe settings, "
                                "your interest and clear rules protect children better, and keep "
                                "them coming to you when something goes wrong.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Get help now",
                    "text": (
                        "Find the hotlines, helplines and image-removal services for your country "
                        "on the Report and get help page."
                    ),
                },
            ),
        ],
    },
    "live-streamed-abuse-awareness": {
        "title": "Live-streamed child sexual abuse: what adults should know",
        "summary": (
            "How live-streaming is used to abuse and exploit children, the patterns documented by "
            "hotlines and police, and how to report."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Live-streamed child sexual abuse is abuse that is broadcast in real time "
                    "over video calls or streaming platforms. Because it happens live, it can "
                    "leave fewer traces than images, which makes awareness and reporting "
                    "especially important. This guide describes patterns, not acts, so that adults "
                    "can recognise risks and respond.</p>"
                ),
            ),
            ("heading", "Patterns to be aware of"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Pressure during live video:</strong> an offender contacts a "
                    "child through a game, app or live-streaming site, builds trust and then "
                    "pressures the child during a live video call. Children may be tricked, "
                    "flattered or threatened.</li><li><strong>Abuse paid for from abroad:</strong> "
                    'sometimes called "virtual trafficking", this is when offenders in one '
                    "country pay to watch children being abused in another. This abuse is "
                    "sometimes facilitated by family members or other adults close to the "
                    "child.</li><li><strong>Who is harmed:</strong> victims are mostly girls, and "
                    "many are under 12.</li></ul>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Signs that may point to a risk",
                    "signs": [
                        (
                            "A child using a webcam or live-streaming app alone in a bedroom, "
                            "especially late at night"
                        ),
                        "Gifts, money or credit sent by people the child has only met online",
                        (
                            "Being asked to go live privately or to join video calls with unknown "
                            "adults"
                        ),
                        "Fear, secrecy or distress linked to a camera or a streaming app",
                        (
                            "A child mentioning that someone watches their streams and asks them "
                            "to do things"
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Reduce the risk at home and at school",
                    "steps": [
                        "Keep devices with cameras in shared spaces for younger children.",
                        (
                            "Check the live-streaming settings of the apps your child uses: who "
                            "can watch, comment and send gifts."
                        ),
                        (
                            "Explain that people online may ask children to do things on camera, "
                            "and that they should stop and tell an adult."
                        ),
                        (
                            "Teach children that they can end any call, at any time, without "
                            "giving a reason."
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "If you see or suspect live-streamed abuse",
                    "steps": [
                        "If a child is in immediate danger, call your local emergency number.",
                        (
                            "Report to the police and to the platform straight away, with the "
                            "username, link, date and time."
                        ),
                        "Report to a hotline; many accept anonymous reports.",
                        (
                            "Do not record, screenshot or share the stream. Write down what you "
                            "saw, in words, instead."
                        ),
                        (
                            "If you are a teacher, tell your designated safeguarding lead the same "
                            "day."
                        ),
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "Can I report anonymously?",
                            "answer": (
                                "<p>Yes, most hotlines accept anonymous reports. At the Internet "
                                "Watch Foundation, for example, about 80% of reports from the "
                                "public are anonymous, and anonymous reports stay anonymous.</p>"
                            ),
                        },
                        {
                            "question": "Why should I not record the stream as evidence?",
                            "answer": (
                                "<p>Recording, copying or sharing abuse material harms the child "
                                "again and can be a crime, even with good intentions. Police and "
                                "hotlines work with platforms to secure evidence through proper "
                                "procedures.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Get help now",
                    "text": (
                        "Find the hotlines, helplines and image-removal services for your country "
                        "on the Report and get help page."
                    ),
                },
            ),
        ],
    },
    "someone-is-threatening-to-share-my-images": {
        "title": "Someone is threatening to share my images",
        "summary": (
            "If someone says they will share your photos or videos unless you pay or send more, "
            "that is sexual extortion. It is not your fault, and you can get help now."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "You are not in trouble",
                    "text": (
                        "It is never your fault. The person threatening you is committing a crime. "
                        "Many young people go through this, and there is help."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>This is called sexual extortion, or sextortion. Someone has an image of "
                    "you, or says they do, and threatens to share it with your friends, your "
                    "family or online unless you pay, send more images or do what they want. They "
                    "often pretend to be someone your age. They try to make you panic so that you "
                    "act fast. Slow down. You have more options than they want you to think.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "What to do now",
                    "steps": [
                        "Stop replying. Do not argue, beg or negotiate.",
                        (
                            "Do not pay, and do not send anything more. Paying almost never stops "
                            "the threats. It usually leads to more demands."
                        ),
                        (
                            "Keep evidence. Screenshot the chat, the username and the profile "
                            "link. Do not screenshot or save any nude images."
                        ),
                        (
                            "Block the account once you have saved the evidence, and report it in "
                            "the app."
                        ),
                        (
                            "Tell an adult you trust: a parent, carer, teacher, school counsellor "
                            "or another adult you feel safe with."
                        ),
                        (
                            "Report it to the police or a hotline. You can do this together with "
                            "an adult."
                        ),
                        "Ask for the images to be removed (see below).",
                    ],
                },
            ),
            ("heading", "Getting images removed"),
            (
                "paragraph",
                (
                    "<p>Even if an image has been shared, you can act. <strong>Take It "
                    "Down</strong>, run by the National Center for Missing &amp; Exploited "
                    "Children, works anywhere in the world for images taken before you were 18. It "
                    "makes a digital fingerprint of the image on your own device, so you never "
                    "have to send the image to anyone. Platforms that take part use the "
                    "fingerprint to find and remove copies.</p><p>If you live in the UK and are "
                    "under 18, <strong>Report Remove</strong> from Childline and the Internet "
                    "Watch Foundation can help get images taken down, and Childline can support "
                    "you while it happens.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>If you feel overwhelmed, you are not alone. Talk to someone now: an adult "
                    "you trust or a helpline. If you are thinking about hurting yourself, call "
                    "your local emergency number or a helpline straight away. This feeling will "
                    "pass, and people want to help you.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Questions you might have",
                    "items": [
                        {
                            "question": "Will I get in trouble?",
                            "answer": (
                                "<p>No. You are the victim of a crime. Police, hotlines and "
                                "helplines are there to help you, not to blame you.</p>"
                            ),
                        },
                        {
                            "question": "What if I already paid?",
                            "answer": (
                                "<p>That is okay. Many people pay because they are scared. Stop "
                                "paying now, keep the payment details as evidence and report "
                                "it.</p>"
                            ),
                        },
                        {
                            "question": "What if I do not want to tell my parents?",
                            "answer": (
                                "<p>Choose another adult you trust, like a teacher, a school "
                                "counsellor or a relative. You can also talk to a helpline first. "
                                "They can help you work out how to tell someone.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Get help now",
                    "text": (
                        "Find the hotlines, helplines and image-removal services for your country "
                        "on the Report and get help page."
                    ),
                },
            ),
        ],
    },
    "a-friend-online-is-asking-for-secrets": {
        "title": "A friend online is asking me to keep secrets",
        "summary": (
            "If someone you met online asks you to keep secrets, send pictures or move to another "
            "app, you can stop and tell a grown-up. You will not be in trouble."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Making friends online can be fun. But sometimes a person online is not who "
                    "they say they are. They might say they are your age when they are really an "
                    "adult. They might be very nice at first. Then they start asking for "
                    "things.</p>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Be careful if an online friend",
                    "signs": [
                        "asks you to keep your chats a secret",
                        "gives you presents, like game coins or skins",
                        "wants to talk on a different app",
                        "asks for photos of you",
                        "asks where you live or which school you go to",
                        "says your parents would not understand",
                        "makes you feel scared, guilty or confused",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>A real friend does not ask you to keep secrets from the grown-ups who look "
                    "after you. If someone does, that is a sign something is wrong. <strong>It is "
                    "never your fault.</strong> You have not done anything bad.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "What to do",
                    "steps": [
                        "Stop chatting with them.",
                        "Do not send any photos or anything else they ask for.",
                        "Do not delete the messages. A grown-up can help you keep them.",
                        "Tell a grown-up you trust, like a parent, carer or teacher.",
                        "Block and report them in the game or app, with your grown-up.",
                    ],
                },
            ),
            ("heading", "Good secrets and bad secrets"),
            (
                "paragraph",
                (
                    "<p>A good secret is a nice surprise, like a birthday present. It will be "
                    "shared soon, and it makes people happy. A bad secret makes you feel worried, "
                    "sad or scared. You should never keep a bad secret. Tell a grown-up, even if "
                    "the person said you must not.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Questions you might have",
                    "items": [
                        {
                            "question": "What if I already sent a photo?",
                            "answer": (
                                "<p>You are not in trouble. Tell a grown-up you trust. They can "
                                "help stop it going further and help get it removed.</p>"
                            ),
                        },
                        {
                            "question": "What if they said something bad will happen if I tell?",
                            "answer": (
                                "<p>People who say that are trying to scare you. Telling a "
                                "grown-up is the right thing to do. Grown-ups and the police can "
                                "keep you safe.</p>"
                            ),
                        },
                        {
                            "question": "Who can I tell if I cannot tell my parents?",
                            "answer": (
                                "<p>You can tell a teacher, a relative, a school counsellor or "
                                "another grown-up you trust. You can also call a helpline for "
                                "children.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Someone can help",
                    "text": (
                        "Ask a grown-up to open the Report and get help page with you. It lists "
                        "helplines for children in your country."
                    ),
                },
            ),
        ],
    },
    "i-shared-an-image-and-regret-it": {
        "title": "I shared an image and I regret it",
        "summary": (
            "If you sent a nude or sexual photo or video and wish you had not, you are not alone "
            "and something can be done. How to get it removed and who can help."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Lots of young people send an image and then wish they had not. Maybe you "
                    "felt pressured, maybe you were tricked, or maybe you trusted the person. "
                    "Whatever happened, it is never your fault if someone shares it, threatens you "
                    "or asks for more. And you can do something about it now.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "What you can do now",
                    "steps": [
                        (
                            "Do not send anything more, even if the person asks or promises to "
                            "delete what they have."
                        ),
                        (
                            "If you feel safe doing so, ask the person to delete the image. If "
                            "they refuse or threaten you, stop replying."
                        ),
                        (
                            "Keep the messages and the username in case you need to report. Do not "
                            "save or forward the image."
                        ),
                        "Tell an adult you trust. They can help you with the next steps.",
                        "Use a removal tool to stop the image spreading (see below).",
                        (
                            "Report the account in the app if anyone shares the image or threatens "
                            "you."
                        ),
                    ],
                },
            ),
            ("heading", "How to get an image removed"),
            (
                "paragraph",
                (
                    "<p><strong>Take It Down</strong> is a free service from the National Center "
                    "for Missing &amp; Exploited Children. It works anywhere in the world for "
                    "images or videos taken before you were 18. You choose the image on your own "
                    "device. The service turns it into a digital fingerprint, called a hash. Only "
                    "the fingerprint is shared. Platforms that take part use it to find and remove "
                    "copies. You do not have to give your name.</p><p><strong>Report "
                    "Remove</strong> is for young people under 18 in the UK. It is run by "
                    "Childline and the Internet Watch Foundation. You can report an image, and "
                    "Childline can support you while it is dealt with.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>These tools work because of hashes. A hash is like a fingerprint for a "
                    "picture. Hotlines and companies use special hashes that still match when a "
                    "picture is resized or changed a little. That helps them find copies and take "
                    "them down.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Questions you might have",
                    "items": [
                        {
                            "question": "Will I get in trouble because I took the image?",
                            "answer": (
                                "<p>Laws differ between countries, but services such as Take It "
                                "Down and Report Remove exist to help young people, not to punish "
                                "them. If someone pressured you or shared your image, they are the "
                                "one who did wrong.</p>"
                            ),
                        },
                        {
                            "question": "What if it is already everywhere?",
                            "answer": (
                                "<p>It often feels like that, but removal tools and hotlines can "
                                "take down many copies. Act now, and keep reporting any new copies "
                                "you see or hear about.</p>"
                            ),
                        },
                        {
                            "question": "What if someone at school has it?",
                            "answer": (
                                "<p>Tell a teacher or another adult at school you trust. Schools "
                                "have a safeguarding lead whose job is to help you and to stop the "
                                "image being shared.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Look after yourself",
                    "text": (
                        "Feeling embarrassed or anxious is normal, and it will get easier. Talking "
                        "helps, whether to a friend, an adult you trust or a helpline."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Get help now",
                    "text": (
                        "Find the hotlines, helplines and image-removal services for your country "
                        "on the Report and get help page."
                    ),
                },
            ),
        ],
    },
    "how-to-report": {
        "title": "How to report online abuse",
        "summary": (
            "Where and how to report child sexual abuse material, grooming and threats, what "
            "happens next, and how to stay anonymous."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Reporting helps stop people who harm children and helps get images taken "
                    "down. You do not need to be sure before you report. Trained people will look "
                    "at what you share and decide what to do. Many places let you report without "
                    "giving your name.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Where to report",
                    "steps": [
                        "If a child is in danger right now, call your local emergency number.",
                        (
                            "Report the account or content on the app, game or website, using its "
                            "report button."
                        ),
                        (
                            "Report child sexual abuse material to a hotline. The INHOPE network "
                            "has hotlines in dozens of countries."
                        ),
                        "Report grooming, threats or sexual extortion to the police.",
                        (
                            "To get images of someone under 18 removed, use Take It Down, or "
                            "Report Remove in the UK."
                        ),
                    ],
                },
            ),
            ("heading", "What to put in a report"),
            (
                "paragraph",
                (
                    "<ul><li>The web address (link) of the page, or the name of the app or "
                    "game.</li><li>The username or profile of the person.</li><li>The date and "
                    "time.</li><li>A short description, in your own words, of what "
                    "happened.</li></ul><p>Screenshots of messages can help. <strong>Never "
                    "download, screenshot, copy or forward sexual images of children, even to "
                    "report them.</strong> Give the link instead.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "You can stay anonymous",
                    "text": (
                        "Most hotlines accept anonymous reports. At the Internet Watch Foundation, "
                        "about 80% of reports from the public are anonymous. If you report "
                        "anonymously, your report stays anonymous."
                    ),
                },
            ),
            ("heading", "What happens next"),
            (
                "paragraph",
                (
                    "<p>Hotline analysts check each report. If they find child sexual abuse "
                    "material, they work with companies and the police to have it removed and to "
                    "help find the child and the offender. Known images are matched with special "
                    "fingerprints called perceptual hashes (PhotoDNA is a widely used system), "
                    "which still match after an image is resized or compressed. Companies that "
                    "find matches report them to hotlines and to the police.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "Do I need proof before I report?",
                            "answer": (
                                "<p>No. Report what you saw or what worries you. It is the job of "
                                "hotlines and the police to check.</p>"
                            ),
                        },
                        {
                            "question": "Can a young person report without an adult?",
                            "answer": (
                                "<p>Yes. Young people can report to hotlines and talk to helplines "
                                "themselves. It can also help to have an adult you trust with "
                                "you.</p>"
                            ),
                        },
                        {
                            "question": "Will the person know I reported them?",
                            "answer": (
                                "<p>Platforms do not tell people who reported them. Hotlines keep "
                                "anonymous reports anonymous.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Get help now",
                    "text": (
                        "Find the hotlines, helplines and image-removal services for your country "
                        "on the Report and get help page."
                    ),
                },
            ),
        ],
    },
    "when-a-pupil-tells-you": {
        "title": "When a pupil tells you about online abuse",
        "summary": (
            "How to respond when a pupil discloses grooming, sexual extortion or an image being "
            "shared, and what the safeguarding lead needs from you."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Pupils often choose a teacher they trust to tell about something that has "
                    "happened online. They may tell you after a lesson, in a note or by hinting. "
                    "How you respond in those first minutes matters: a calm response that shows "
                    "you believe them helps the pupil and protects any investigation.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "In the moment",
                    "steps": [
                        (
                            "Find a quiet place where others cannot overhear, while staying within "
                            "sight of colleagues."
                        ),
                        (
                            "Listen. Let the pupil use their own words. Do not interrupt or press "
                            "for details."
                        ),
                        (
                            'Say: "Thank you for telling me. It is not your fault. You were right '
                            'to tell me."'
                        ),
                        "Do not promise to keep a secret. Explain who you will tell and why.",
                        (
                            "If you need to know whether the pupil is safe now, ask only open "
                            'questions, such as "Is there anything else you want to tell me?"'
                        ),
                        (
                            "Do not ask to see the pupil's phone, and never view, copy, forward or "
                            "save any images."
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Straight afterwards",
                    "steps": [
                        (
                            "Write down what the pupil said, in their words, with the date, the "
                            "time and who was present. Record facts, not opinions."
                        ),
                        (
                            "Tell the designated safeguarding lead the same day, in person if "
                            "possible. If a child is at immediate risk, act at once."
                        ),
                        (
                            "If images are on a school device, do not open them. Secure the device "
                            "and tell the safeguarding lead."
                        ),
                        (
                            "Do not contact the suspected offender or the pupil's family yourself "
                            "unless the safeguarding lead asks you to."
                        ),
                        (
                            "Keep the information confidential and share it only with people who "
                            "need to know."
                        ),
                    ],
                },
            ),
            ("heading", "What the safeguarding lead will do"),
            (
                "paragraph",
                (
                    "<p>The safeguarding lead decides, in line with your school's policy and local "
                    "procedures, whether to contact the child's parents or carers, children's "
                    "social services or the police, and how to support the pupil. Where images are "
                    "involved, they follow national guidance and can help the pupil use services "
                    "such as Take It Down or Report Remove.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Never ask for disclosures in class",
                    "text": (
                        "If a pupil starts to share something personal during a lesson, gently "
                        "pause them, say you would like to talk with them straight after class, "
                        "and then follow these steps. Other pupils should not hear the details."
                    ),
                },
            ),
            (
                "faq",
                {
                    "title": "Common questions",
                    "items": [
                        {
                            "question": "What if I am not sure it counts as abuse?",
                            "answer": (
                                "<p>Pass it on anyway. It is the safeguarding lead's job to judge. "
                                "Small pieces of information from several adults can make the "
                                "picture clearer.</p>"
                            ),
                        },
                        {
                            "question": "What if a pupil tells me about a friend?",
                            "answer": (
                                "<p>Treat it the same way: thank them, do not investigate "
                                "yourself, write it down and tell the safeguarding lead.</p>"
                            ),
                        },
                        {
                            "question": "How do I look after myself?",
                            "answer": (
                                "<p>Hearing a disclosure can be upsetting. Ask your safeguarding "
                                "lead about supervision or support; you do not have to carry it "
                                "alone.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Get help now",
                    "text": (
                        "Find the hotlines, helplines and image-removal services for your country "
                        "on the Report and get help page."
                    ),
                },
            ),
        ],
    },
}

RESOURCES = {
    "lesson-trusted-adults-8-10": {
        "title": "Lesson outline, ages 8–10: good secrets, worrying secrets and trusted adults",
        "summary": (
            "A 45-minute lesson that helps children recognise worrying requests online and name "
            "the adults they can tell. With discussion prompts and the safeguarding-lead procedure."
        ),
        "age_band": "8-10",
        "body": [
            (
                "paragraph",
                (
                    "<p>This lesson helps children aged 8 to 10 tell the difference between good "
                    "surprises and worrying secrets, notice pressure from people online, and name "
                    "trusted adults. It uses a fictional story and never asks children about their "
                    "own experiences. Download the printable outline below.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Lesson plan (45 minutes)",
                    "steps": [
                        (
                            "Introduction (5 minutes): agree the ground rules. No personal "
                            "stories; anyone can talk to an adult privately afterwards."
                        ),
                        (
                            'Warm-up (10 minutes): in pairs, sort picture cards into "good '
                            'surprise" and "worrying secret".'
                        ),
                        (
                            "Story (10 minutes): read the fictional story of Sam and the friendly "
                            "player."
                        ),
                        "Discussion (10 minutes): small groups talk through the prompts below.",
                        (
                            "Trusted adults (5 minutes): each child draws around their hand and "
                            "writes a trusted adult on each finger."
                        ),
                        "Close (5 minutes): repeat the key message and show where to get help.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Discussion prompts",
                    "steps": [
                        "How did Sam feel when the player asked to keep their chats a secret?",
                        "Is this a good surprise or a worrying secret? How can you tell?",
                        "What could Sam do next? Who could Sam tell?",
                        "What would you say to a friend who was in Sam's situation?",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Never ask children to disclose in class",
                    "text": (
                        "The story is fictional so that nobody needs to talk about themselves. If "
                        "a child starts to share something personal, gently pause them and offer "
                        "to talk straight after the lesson."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Safeguarding-lead procedure",
                    "steps": [
                        (
                            "Before the lesson, tell the designated safeguarding lead when it will "
                            "take place."
                        ),
                        (
                            "If a child starts to disclose during the lesson, gently pause them "
                            "and talk privately straight afterwards."
                        ),
                        (
                            "Listen calmly, do not press for details and do not promise to keep a "
                            "secret."
                        ),
                        "Write down what the child said, in their words, with the date and time.",
                        "Tell the safeguarding lead the same day and follow their instructions.",
                    ],
                },
            ),
        ],
        "document_title": (
            "Lesson outline: good secrets, worrying secrets and trusted adults (ages 8–10)"
        ),
        "document_text": [
            "Age group: 8 to 10 years. Duration: 45 minutes. Topics: grooming, gaming and chat.",
            (
                "Learning objectives: by the end of the lesson, children can tell the difference "
                "between a good surprise and a worrying secret; recognise when someone online is "
                "asking for something that does not feel right; and name at least three trusted "
                "adults they could tell."
            ),
            (
                "Preparation: read the school's safeguarding policy and tell the designated "
                "safeguarding lead when the lesson will take place. Print the picture cards (a "
                'birthday present, a surprise party, a message saying "don\'t tell your mum", a '
                "request for a photo, a gift of game coins from a stranger). Have the name of the "
                "child helpline for your country ready to share."
            ),
            (
                "Ground rules (5 minutes): agree with the class that we talk about the story, not "
                "about ourselves or people we know; we listen to each other; and anyone who wants "
                "to talk about something can speak to a trusted adult privately after the lesson."
            ),
            (
                "Warm-up (10 minutes): in pairs, children sort the picture cards into two piles: "
                '"good surprise" and "worrying secret". Ask a few pairs to explain their '
                "choices. Draw out the key difference: a good surprise is shared soon and makes "
                "people happy; a worrying secret makes you feel uneasy, and someone tells you not "
                "to tell."
            ),
            (
                "Story (10 minutes), fictional and composite: Sam, aged 9, plays an online "
                "building game. Another player is very friendly, helps Sam build and gives Sam "
                "game coins. After a while, the player says their chats are special and should be "
                "kept secret, asks Sam to move to a different app and asks for a photo. Sam feels "
                "confused and a bit worried."
            ),
            (
                "Discussion prompts (10 minutes), in small groups: How did Sam feel when the "
                "player asked to keep their chats a secret? Is this a good surprise or a worrying "
                "secret, and how can you tell? What could Sam do next? Who could Sam tell? What "
                "would you say to a friend in Sam's situation?"
            ),
            (
                "Key messages to draw out: people online are not always who they say they are. A "
                "real friend does not ask you to keep secrets from the adults who look after you. "
                "If something online makes you feel worried, stop, do not send anything, and tell "
                "a trusted adult. You will not be in trouble. It is never your fault."
            ),
            (
                "Trusted adults (5 minutes): each child draws around their hand and writes or "
                "draws a trusted adult on each finger, at home, at school and in the community. "
                "Children keep their drawing; do not collect or display it."
            ),
            (
                "Close (5 minutes): repeat the key messages. Show the class how to block and "
                "report in a game, and share the name of the child helpline for your country and "
                "of the trusted adults in school. End with a calm, positive activity."
            ),
            (
                "Safeguarding: never ask children to disclose in class. If a child starts to share "
                "something personal, gently pause them and offer to talk straight after the "
                "lesson. Listen calmly, do not press for details and do not promise secrecy. Do "
                "not look at, copy or forward any images. Write down what the child said, in their "
                "words, with the date and time, and tell the designated safeguarding lead the same "
                "day."
            ),
            (
                "Follow-up: send a short note home so that parents and carers know the lesson took "
                "place and can continue the conversation, with a link to the parents' guide on "
                "talking with your child about online safety."
            ),
        ],
    },
    "lesson-pressure-and-sextortion-14-17": {
        "title": "Lesson outline, ages 14–17: pressure, sexual extortion and getting help",
        "summary": (
            "A 50-minute lesson on recognising pressure to share images and sexual extortion, "
            "supporting friends without blame, and using image-removal services. With discussion "
            "prompts and the safeguarding-lead procedure."
        ),
        "age_band": "14-17",
        "body": [
            (
                "paragraph",
                (
                    "<p>This lesson helps students aged 14 to 17 recognise the tactics used in "
                    "sexual extortion, know what to do if they or a friend are targeted, and know "
                    "how images can be removed. It uses a fictional, composite scenario and never "
                    "asks students about their own experiences. Download the printable outline "
                    "below.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Lesson plan (50 minutes)",
                    "steps": [
                        (
                            "Introduction (5 minutes): agree the ground rules and explain where "
                            "students can get private support."
                        ),
                        (
                            "Tactics (10 minutes): groups list the ways someone online might build "
                            "trust and then apply pressure."
                        ),
                        "Scenario (10 minutes): read the fictional scenario of Alex.",
                        "Discussion (15 minutes): groups work through the prompts below.",
                        (
                            "Getting help (5 minutes): walk through what to do now, reporting and "
                            "image removal."
                        ),
                        "Close (5 minutes): key messages and where to get help.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Discussion prompts",
                    "steps": [
                        (
                            "What tactics did the account use to make Alex trust them, and then to "
                            "make Alex panic?"
                        ),
                        (
                            "Why might someone in Alex's position feel they cannot tell anyone? "
                            "What would help?"
                        ),
                        "What should Alex do in the next hour? What should Alex not do?",
                        "If Alex told you, what would you say and do as a friend?",
                        (
                            "How could the way people talk about victims make it harder to ask for "
                            "help?"
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Never ask students to disclose in class",
                    "text": (
                        "Keep the discussion on the fictional scenario. If a student starts to "
                        "share something personal, gently pause them and offer to talk privately "
                        "straight after the lesson."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Safeguarding-lead procedure",
                    "steps": [
                        (
                            "Before the lesson, tell the designated safeguarding lead when it will "
                            "take place."
                        ),
                        (
                            "If a student discloses, listen calmly, do not press for details and "
                            "do not promise to keep a secret."
                        ),
                        (
                            "Never view, copy, forward or save images, and do not ask to see the "
                            "student's phone."
                        ),
                        "Write down what the student said, in their words, with the date and time.",
                        (
                            "Tell the safeguarding lead the same day; act at once if the student "
                            "is at immediate risk."
                        ),
                    ],
                },
            ),
        ],
        "document_title": (
            "Lesson outline: pressure, sexual extortion and getting help (ages 14–17)"
        ),
        "document_text": [
            (
                "Age group: 14 to 17 years. Duration: 50 minutes. Topics: sexual extortion, "
                "self-generated sexual images, reporting."
            ),
            (
                "Learning objectives: by the end of the lesson, students can describe common "
                "tactics used in sexual extortion; explain what to do, and what not to do, if they "
                "or a friend are targeted; and name the services that report abuse and remove "
                "images, including Take It Down and, in the UK, Report Remove."
            ),
            (
                "Preparation: read the school's safeguarding policy and tell the designated "
                "safeguarding lead when the lesson will take place. Check the help services for "
                "your country on the Report and get help page. Make sure students know which staff "
                "they can talk to privately."
            ),
            (
                "Ground rules (5 minutes): we discuss the scenario, not ourselves or people we "
                "know; we do not blame victims; we respect each other's views; anyone who wants to "
                "talk can speak to a trusted adult privately after the lesson."
            ),
            (
                "Tactics (10 minutes): in groups, students list ways someone online might build "
                "trust (flattery, pretending to be the same age, shared interests, gifts) and then "
                "apply pressure (urgency, threats, claims to already have images, demands for "
                "money). Draw out that these tactics are designed to cause panic and shame."
            ),
            (
                "Scenario (10 minutes), fictional and composite: Alex, aged 15, gets a friendly "
                "message from an account that seems to belong to a student at another school. "
                "After some days of chatting, the account asks for an intimate image. Soon after, "
                "the account says it will send images of Alex to all of Alex's followers unless "
                "Alex pays within the hour."
            ),
            (
                "Discussion prompts (15 minutes): What tactics did the account use to make Alex "
                "trust them, and then to make Alex panic? Why might someone in Alex's position "
                "feel they cannot tell anyone, and what would help? What should Alex do in the "
                "next hour, and what should Alex not do? If Alex told you, what would you say and "
                "do as a friend? How could the way people talk about victims make it harder to ask "
                "for help?"
            ),
            (
                "What to do now (5 minutes): stop replying; do not pay or send anything more; keep "
                "evidence by screenshotting the chat, the username and the profile link but never "
                "any images; block and report the account; tell a trusted adult; report to the "
                "police or a hotline."
            ),
            (
                "Getting images removed: Take It Down, from the National Center for Missing & "
                "Exploited Children, works anywhere in the world for images taken before the age "
                "of 18. It creates a digital fingerprint (hash) of the image on the young person's "
                "own device, so the image is never sent to anyone. In the UK, Report Remove from "
                "Childline and the Internet Watch Foundation helps under-18s get images removed, "
                "with support from Childline."
            ),
            (
                "Key messages: sexual extortion is a crime and it is never the victim's fault. "
                "Paying almost never ends the threats. Help exists, and images can be removed. A "
                "friend who listens without judging and helps someone tell a trusted adult makes a "
                "real difference."
            ),
            (
                "Close (5 minutes): repeat the key messages and share the help services for your "
                "country and the names of trusted staff. Remind students that they can talk to "
                "someone privately at any time."
            ),
            (
                "Safeguarding: never ask students to disclose in class. If a student starts to "
                "share something personal, gently pause them and offer to talk privately straight "
                "afterwards. Listen calmly, do not press for details and do not promise secrecy. "
                "Never view, copy, forward or save images, and do not ask to see the student's "
                "phone. Write down what the student said, in their words, with the date and time, "
                "and tell the designated safeguarding lead the same day, or at once if the student "
                "is at immediate risk."
            ),
            (
                "Follow-up: inform parents and carers that the lesson took place, with a link to "
                "the parents' guide on sexual extortion, so that they can continue the "
                "conversation at home calmly and without blame."
            ),
        ],
    },
}

HELP_PAGE = {
    "title": "Report and get help",
    "intro": (
        "Choose your country to find hotlines for reporting child sexual abuse material, helplines "
        "for children and adults, image-removal services, and confidential help for people worried "
        "about their own thoughts or behaviour."
    ),
    "fallback_text": (
        "We do not list services for this country yet. The international directories below can "
        "help you find a hotline or a child helpline near you. If a child is in immediate danger, "
        "call your local emergency number."
    ),
}

SERVICES = {
    "gb-iwf": {
        "name": "Internet Watch Foundation (IWF)",
        "description": (
            "The UK hotline for reporting child sexual abuse material online. You can report "
            "anonymously; analysts assess every report and work to have the material removed."
        ),
        "hours": "Online reporting at any time.",
    },
    "gb-childline": {
        "name": "Childline",
        "description": (
            "Free, confidential help for children and young people in the UK, by phone and online, "
            "about anything that worries them."
        ),
        "hours": "See the website for phone and online chat hours.",
    },
    "gb-report-remove": {
        "name": "Report Remove (Childline and IWF)",
        "description": (
            "Helps young people under 18 in the UK get nude or sexual images and videos of "
            "themselves removed from the internet, with support from Childline."
        ),
        "hours": "Online at any time.",
    },
    "gb-ceop": {
        "name": "CEOP Safety Centre (National Crime Agency)",
        "description": (
            "Report online sexual abuse, or worries about the way someone has been communicating "
            "with a child online, to the child protection advisors of the UK's National Crime "
            "Agency."
        ),
        "hours": "Online reporting at any time. In an emergency, call 999.",
    },
    "gb-stop-it-now": {
        "name": "Stop It Now (UK and Ireland)",
        "description": (
            "Confidential, anonymous help for anyone worried about their own sexual thoughts or "
            "behaviour towards children, or about someone else's. Run by the Lucy Faithfull "
            "Foundation."
        ),
        "hours": "See the website for helpline and live chat hours.",
    },
    "us-cybertipline": {
        "name": "NCMEC CyberTipline",
        "description": (
            "The US national reporting system for the online sexual exploitation of children, "
            "including child sexual abuse material, sexual extortion and grooming. Run by the "
            "National Center for Missing & Exploited Children."
        ),
        "hours": "Online reporting at any time.",
    },
    "us-stop-it-now": {
        "name": "Stop It Now (United States)",
        "description": (
            "Confidential help for adults worried about their own thoughts or behaviour towards "
            "children, and for parents and others concerned about someone else."
        ),
        "hours": "See the website for helpline hours.",
    },
    "br-safernet": {
        "name": "SaferNet Brasil",
        "description": (
            "Brazil's hotline for anonymous reports of child sexual abuse material and other "
            "online crimes against human rights, with a helpline for children, young people and "
            "families."
        ),
        "hours": "Online reporting at any time.",
    },
    "fr-point-de-contact": {
        "name": "Point de Contact",
        "description": (
            "French hotline and member of the INHOPE network, for anonymous reports of illegal "
            "online content, including child sexual abuse material."
        ),
        "hours": "Online reporting at any time.",
    },
    "fr-3018": {
        "name": "3018 (e-Enfance)",
        "description": (
            "France's free and confidential helpline for children, young people and parents facing "
            "online violence, including sexual extortion and shared images. It can help get "
            "content removed."
        ),
        "hours": "See the website for current hours.",
    },
    "fr-pharos": {
        "name": "PHAROS (Ministry of the Interior)",
        "description": (
            "French government platform for reporting illegal online content, including child "
            "sexual abuse material, to the police."
        ),
        "hours": "Online reporting at any time.",
    },
    "es-anar": {
        "name": "Fundación ANAR",
        "description": (
            "Free, confidential help for children, adolescents and families in Spain with any "
            "problem, including online abuse."
        ),
        "hours": "See the website for current hours.",
    },
    "es-incibe-017": {
        "name": "017 cybersecurity helpline (INCIBE)",
        "description": (
            "Free, confidential helpline of Spain's National Cybersecurity Institute for young "
            "people, families and educators, including advice on sexual extortion and shared "
            "images."
        ),
        "hours": "See the website for current hours.",
    },
    "jo-child-helplines": {
        "name": "Child helplines for Jordan (Child Helpline International directory)",
        "description": (
            "Use Child Helpline International's directory to find the child helpline serving "
            "Jordan and check its current contact details."
        ),
        "hours": "Check the directory for current details.",
    },
    "jo-hotlines": {
        "name": "Reporting hotlines (INHOPE directory)",
        "description": (
            "INHOPE's directory lists member hotlines by country. If there is no hotline for "
            "Jordan, you can report child sexual abuse material to a hotline in another country."
        ),
        "hours": "Online at any time.",
    },
    "take-it-down": {
        "name": "Take It Down (NCMEC)",
        "description": (
            "Free service that helps remove or stop the online sharing of nude, partially nude or "
            "sexually explicit images or videos taken before the age of 18. It works anywhere in "
            "the world, the image never leaves your device, and you can stay anonymous."
        ),
        "hours": "Online at any time.",
    },
    "inhope-directory": {
        "name": "INHOPE directory of hotlines",
        "description": (
            "Find the hotline for reporting child sexual abuse material in your country. INHOPE "
            "member hotlines work in dozens of countries, and many accept anonymous reports."
        ),
        "hours": "Online at any time.",
    },
    "chi-directory": {
        "name": "Child Helpline International",
        "description": (
            "Directory of child helplines around the world, where children and young people can "
            "talk to someone in confidence."
        ),
        "hours": "Check the directory for each helpline's hours.",
    },
    "stop-it-now-global": {
        "name": "Stop It Now",
        "description": (
            "Confidential help for people worried about their own sexual thoughts or behaviour "
            "towards children. Stop It Now runs services in several countries; its website "
            "explains where to get help."
        ),
        "hours": "See the website for helpline hours.",
    },
}
