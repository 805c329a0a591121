"""French demo course content: a full translation of content_en.py, with the same keys,
slugs, structure and correct answers.

Terminology follows the French Luxembourg Guidelines: « matériel d'abus sexuel sur enfant »,
« exploitation et abus sexuels d'enfants en ligne », « sextorsion », « pédopiégeage ».
"""

COURSE_INDEX = {
    "title": "Formations pour les professionnels",
    "intro": (
        "Des formations courtes et modulaires pour les policiers, les procureurs, les juges et "
        "toutes les personnes dont le travail les met en contact avec des enfants. Les formations "
        "suivent les lignes directrices terminologiques internationales et n'utilisent que des cas "
        "fictifs et composites. Le tronc commun est ouvert à tous les professionnels ; les "
        "formations propres à chaque métier sont ouvertes aux professionnels vérifiés exerçant ce "
        "métier."
    ),
}

COURSES = {
    "understanding-ocsea": {
        "title": "Comprendre l'exploitation sexuelle des enfants en ligne",
        "summary": (
            "Le socle commun à tous les professionnels : les mots justes, les principales formes "
            "d'exploitation et abus sexuels d'enfants en ligne, les signes à repérer, et la "
            "manière de réagir, de signaler et d'agir au sein d'une réponse nationale."
        ),
        "outcomes": [
            "Employer la terminologie des Lignes directrices de Luxembourg et expliquer "
            "pourquoi les mots comptent pour les victimes et pour la justice.",
            "Décrire les principales formes d'exploitation et abus sexuels d'enfants en ligne, "
            "dont le pédopiégeage, la sextorsion et les abus sexuels d'enfants diffusés en "
            "direct.",
            "Reconnaître les schémas et les signes indiquant qu'un enfant est peut-être en "
            "danger ou victime.",
            "Réagir à une révélation avec calme et sans culpabiliser, et signaler par les bons "
            "canaux sans manipuler de matériel d'abus.",
            "Expliquer comment la Réponse nationale modèle de WePROTECT relie prévention, "
            "justice, aide aux victimes et industrie.",
        ],
        "wellbeing_text": (
            "Ce cours traite de l'exploitation et des abus sexuels commis sur des enfants. Il ne "
            "contient aucune image ni aucune description explicite, mais le sujet peut tout de "
            "même peser, surtout s'il fait écho à votre propre histoire ou à un dossier que vous "
            "traitez. Faites des pauses, avancez à votre rythme et arrêtez-vous quand vous en avez "
            "besoin. Pensées intrusives, irritabilité, troubles du sommeil ou engourdissement "
            "émotionnel peuvent être des signes de stress traumatique secondaire : ces réactions "
            "sont fréquentes et ne sont pas une faiblesse. Parlez-en à votre responsable ou à un "
            "collègue de confiance, faites appel au programme d'aide aux employés ou au service de "
            "santé au travail de votre organisation, et consultez un professionnel en toute "
            "confidentialité si ces réactions persistent. Si le cours fait naître une inquiétude "
            "pour un enfant que vous connaissez, suivez votre procédure de protection de l'enfance "
            "ou contactez les services d'aide de votre pays."
        ),
        "modules": [
            {
                "slug": "language-and-scope",
                "title": "Les mots, le champ et l'ampleur",
                "summary": (
                    "Pourquoi la terminologie compte, et ce que recouvrent l'exploitation et les "
                    "abus sexuels d'enfants en ligne."
                ),
                "lessons": [
                    {
                        "slug": "using-the-right-words",
                        "title": "Employer les mots justes",
                        "content_note": "",
                        "body": [
                            ("heading", "Pourquoi les mots comptent"),
                            (
                                "paragraph",
                                "<p>Les mots qu'emploient les professionnels influencent la "
                                "manière dont une affaire est instruite, poursuivie, jugée et "
                                "retenue. Un langage qui laisse entendre qu'un enfant a "
                                "participé de son plein gré, ou qui présente l'abus comme un "
                                "divertissement ou un commerce, reporte la faute sur l'enfant "
                                "et minimise le préjudice. En 2016, un groupe de travail "
                                "interinstitutions a publié le <em>Guide de terminologie pour "
                                "la protection des enfants contre l'exploitation et l'abus "
                                "sexuels</em>, connu sous le nom de « Lignes directrices de "
                                "Luxembourg ». Le Rapporteur spécial des Nations Unies, "
                                "l'Alliance mondiale WePROTECT, INTERPOL, Europol et de "
                                "nombreuses institutions nationales s'y conforment.</p>",
                            ),
                            ("heading", "Les termes à privilégier"),
                            (
                                "paragraph",
                                "<p>Certains termes sont aujourd'hui largement reconnus comme "
                                "nuisibles, car ils suggèrent une légitimité ou un accord. Le "
                                "guide recommande des formulations claires "
                                ":</p><ul><li><strong>Matériel d'abus sexuel sur "
                                "enfant</strong> ou matériel d'exploitation sexuelle d'enfant, "
                                "pour tout contenu qui représente ou documente l'abus ou "
                                "l'exploitation sexuels d'un enfant. Chacune de ces images est "
                                "la trace d'un crime commis contre un enfant "
                                "réel.</li><li><strong>Exploitation sexuelle d'enfants dans la "
                                "prostitution</strong>, qui fait peser la responsabilité sur "
                                "les adultes qui exploitent les enfants, et non sur "
                                "l'enfant.</li><li><strong>Abus sexuels d'enfants diffusés en "
                                "direct</strong>, pour des abus transmis en temps réel à des "
                                "spectateurs qui, souvent, les paient et les "
                                "dirigent.</li><li><strong>Auteur</strong> ou "
                                "<strong>agresseur</strong> pour la personne qui a commis "
                                "l'abus ; <strong>enfant</strong>, <strong>victime</strong> ou "
                                "<strong>survivant ou survivante</strong>, selon ce que "
                                "préfère la personne.</li></ul>",
                            ),
                            (
                                "paragraph",
                                "<p>Évitez tout mot qui présente l'abus comme réciproque, "
                                "sentimental ou choisi. Un enfant ne peut pas accepter les "
                                "abus sexuels qu'il subit, et le vocabulaire de la séduction "
                                "masque le déséquilibre de pouvoir qui les définit. La même "
                                "vigilance s'applique aux images produites par les enfants "
                                "eux-mêmes : les <strong>images sexuelles "
                                "autoproduites</strong> le sont souvent sous la pression, par "
                                "la ruse ou sous la menace, et l'enfant qui les a réalisées "
                                "est victime de la personne qui l'y a contraint ou qui les a "
                                "diffusées.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "La terminologie fait partie d'une pratique centrée "
                                        "sur la victime : elle laisse la responsabilité à "
                                        "l'auteur.",
                                        "Écrivez « matériel d'abus sexuel sur enfant », jamais "
                                        "des termes empruntés au divertissement pour adultes.",
                                        "Écrivez « sextorsion » pour la menace de diffuser les "
                                        "images d'un enfant s'il ne cède pas à des exigences.",
                                        "Dans les rapports, procès-verbaux et jugements, "
                                        "décrivez les faits de manière factuelle et sans "
                                        "détails explicites.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Le projet de rapport d'un collègue décrit le contact en "
                                        "ligne entre un homme de 35 ans et une fille de 13 ans "
                                        "comme « une histoire d'amour commencée dans un jeu ». Que "
                                        "lui suggérez-vous ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "De garder la formule : elle reflète la façon dont "
                                                "la jeune fille l'a décrit."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "On fait souvent croire aux enfants que ce lien "
                                                "est unique. Le rapport doit décrire le "
                                                "comportement de l'auteur, pas reprendre le "
                                                "discours dont il s'est servi pour la piéger."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "De le décrire factuellement comme du pédopiégeage "
                                                "commis par un adulte, sans vocabulaire "
                                                "sentimental."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Des termes factuels comme « pédopiégeage » "
                                                "laissent la responsabilité à l'auteur et ne "
                                                "suggèrent aucune réciprocité."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "De mettre l'expression entre guillemets et de la "
                                                "laisser."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Les guillemets reprennent quand même le discours "
                                                "de l'auteur dans un document officiel. Décrivez "
                                                "plutôt les faits simplement."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "forms-of-ocsea",
                        "title": "Les principales formes de violence en ligne",
                        "content_note": (
                            "Cette leçon décrit en termes généraux des formes d'exploitation et "
                            "d'abus sexuels commis sur des enfants. Elle ne contient aucun détail "
                            "explicite."
                        ),
                        "body": [
                            ("heading", "Un éventail de préjudices"),
                            (
                                "paragraph",
                                "<p>L'exploitation et les abus sexuels d'enfants en ligne "
                                "recouvrent toute exploitation ou tout abus sexuel d'un enfant "
                                "facilité, enregistré ou diffusé au moyen de la technologie. "
                                "Les dimensions en ligne et hors ligne sont souvent liées : "
                                "des abus enregistrés dans un foyer peuvent circuler dans le "
                                "monde entier en quelques heures, et un contact noué en ligne "
                                "peut mener à une rencontre physique. Le préjudice est réel et "
                                "durable, et il se prolonge chaque fois que le matériel est vu "
                                "ou partagé.</p>",
                            ),
                            (
                                "paragraph",
                                "<ul><li><strong>Produire, partager et détenir du matériel "
                                "d'abus sexuel sur enfant.</strong> Chaque copie porte de "
                                "nouveau atteinte à l'enfant, et la demande de nouveau "
                                "matériel alimente de nouveaux "
                                "abus.</li><li><strong>Pédopiégeage.</strong> Un auteur gagne "
                                "la confiance d'un enfant et prend l'emprise sur lui, en ligne "
                                "ou hors ligne, afin de l'abuser ou de l'exploiter "
                                "sexuellement.</li><li><strong>Sextorsion.</strong> Un auteur "
                                "menace de diffuser les images d'un enfant si celui-ci "
                                "n'envoie pas d'autres images, de l'argent ou autre "
                                "chose.</li><li><strong>Abus sexuels d'enfants diffusés en "
                                "direct.</strong> Les abus sont transmis en temps réel à des "
                                "spectateurs, souvent payés et dirigés depuis un autre "
                                "pays.</li><li><strong>Images sexuelles "
                                "autoproduites.</strong> Images qu'un enfant réalise, souvent "
                                "sous la pression, par la ruse ou sous la menace, et qui "
                                "peuvent ensuite circuler sans qu'il puisse rien "
                                "contrôler.</li><li><strong>Exploitation sexuelle d'enfants "
                                "dans la prostitution</strong>, organisée ou proposée en "
                                "ligne.</li></ul>",
                            ),
                            ("heading", "Qui est touché"),
                            (
                                "paragraph",
                                "<p>Tout enfant peut être touché, quels que soient son âge, "
                                "son genre ou son milieu. Certains groupes sont "
                                "particulièrement exposés : les jeunes enfants dans les abus "
                                "diffusés en direct facilités par des membres de la famille, "
                                "où les victimes sont surtout des filles, dont beaucoup ont "
                                "moins de 12 ans ; et les adolescents, de plus en plus visés "
                                "par la sextorsion à but financier. Les signalements adressés "
                                "aux lignes d'urgence et au National Center for Missing &amp; "
                                "Exploited Children (NCMEC) américain se comptent en millions "
                                "chaque année, en grande partie parce que les entreprises "
                                "technologiques détectent et signalent le matériel connu.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "Les abus en ligne et hors ligne sont liés : "
                                        "traitez-les comme un même schéma de préjudice.",
                                        "La circulation du matériel cause à l'enfant un "
                                        "préjudice qui se prolonge.",
                                        "Un enfant peut ne pas reconnaître ce qu'il vit comme "
                                        "un abus, surtout après un pédopiégeage.",
                                        "Le risque ne se limite ni à une tranche d'âge ni à un "
                                        "genre.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Pourquoi le partage de matériel d'abus existant est-il "
                                        "préjudiciable, même lorsque les abus ont été enregistrés "
                                        "il y a des années ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Chaque visionnage et chaque copie portent de "
                                                "nouveau atteinte à la vie privée et à la dignité "
                                                "de l'enfant, et la demande alimente de nouveaux "
                                                "abus."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Les survivants décrivent le fait de savoir "
                                                "que leurs images circulent comme un préjudice "
                                                "durable, et la demande entraîne de nouveaux abus."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Il ne l'est pas : le préjudice a eu lieu au "
                                                "moment des abus."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La circulation est une atteinte qui se poursuit. "
                                                "Des survivants craignent d'être reconnus pendant "
                                                "des années."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Uniquement parce que le partage est illégal dans "
                                                "la plupart des pays."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Il est illégal, mais la raison en est le "
                                                "préjudice causé à l'enfant, pas seulement la loi."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Les mots, le champ et l'ampleur : quiz",
                    "pass_mark": 70,
                    "questions": [
                        {
                            "text": (
                                "Quel terme les Lignes directrices de Luxembourg "
                                "recommandent-elles pour un contenu qui représente l'abus sexuel "
                                "d'un enfant ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Matériel d'abus sexuel sur enfant",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Ce terme nomme le contenu pour ce qu'il est : la "
                                        "trace d'un crime commis contre un enfant."
                                    ),
                                },
                                {
                                    "text": "Contenu pour adultes impliquant des mineurs",
                                    "correct": False,
                                    "feedback": (
                                        "Cette formulation emprunte au divertissement pour adultes "
                                        "et masque l'abus."
                                    ),
                                },
                                {
                                    "text": "Images explicites de jeunes",
                                    "correct": False,
                                    "feedback": (
                                        "C'est vague et cela ne dit pas que le contenu est la "
                                        "trace d'un abus."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Parmi les situations suivantes, lesquelles relèvent de "
                                "l'exploitation et des abus sexuels d'enfants en ligne ? Plusieurs "
                                "réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Le pédopiégeage d'un enfant sur une plateforme de jeu",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le pédopiégeage est une forme centrale de ces "
                                        "violences."
                                    ),
                                },
                                {
                                    "text": (
                                        "Menacer de diffuser les images d'un enfant s'il ne paie "
                                        "pas"
                                    ),
                                    "correct": True,
                                    "feedback": "Exact. C'est de la sextorsion.",
                                },
                                {
                                    "text": (
                                        "Payer pour diriger des abus d'un enfant diffusés en "
                                        "direct dans un autre pays"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Ce sont des abus sexuels d'enfants diffusés en "
                                        "direct, un schéma parfois appelé traite virtuelle."
                                    ),
                                },
                                {
                                    "text": (
                                        "Un enfant qui signale une image préjudiciable à une ligne "
                                        "d'urgence"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Signaler est un geste de protection, pas une forme d'abus."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Un garçon de 15 ans a envoyé une image après avoir été menacé par "
                                "une personne rencontrée en ligne. Comment faut-il qualifier cette "
                                "image ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Comme une image sexuelle autoproduite sous la contrainte "
                                        ": le garçon est une victime"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Un enfant contraint est victime de sextorsion."
                                    ),
                                },
                                {
                                    "text": (
                                        "Comme la preuve que le garçon a participé de son plein gré"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Les menaces et la tromperie excluent toute idée de choix. "
                                        "La responsabilité incombe à l'auteur."
                                    ),
                                },
                                {
                                    "text": (
                                        "Comme une affaire privée entre deux personnes en ligne"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "C'est un crime commis contre un enfant et une question de "
                                        "protection de l'enfance."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quelles affirmations sur les personnes touchées sont exactes ? "
                                "Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Dans les schémas documentés d'abus diffusés en direct, "
                                        "les victimes sont surtout des filles, dont beaucoup ont "
                                        "moins de 12 ans."
                                    ),
                                    "correct": True,
                                    "feedback": "Exact. C'est un constat récurrent.",
                                },
                                {
                                    "text": (
                                        "Les adolescents sont de plus en plus visés par la "
                                        "sextorsion à but financier."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. De nombreuses institutions ont alerté sur cette "
                                        "tendance."
                                    ),
                                },
                                {
                                    "text": (
                                        "Seuls les enfants issus de milieux défavorisés sont en "
                                        "danger."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Tout enfant peut être touché. Certaines situations "
                                        "augmentent le risque, mais aucune ne garantit la sécurité."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Pourquoi le guide déconseille-t-il les mots qui laissent entendre "
                                "qu'un enfant a choisi les abus ou y a pris part ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Ils reportent la faute sur l'enfant et minimisent le "
                                        "préjudice."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le langage influence la manière dont les victimes "
                                        "sont traitées et dont les infractions sont jugées."
                                    ),
                                },
                                {
                                    "text": (
                                        "Ils sont trop familiers pour des documents judiciaires."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Le registre n'est pas le problème : c'est la fausse idée "
                                        "d'un choix."
                                    ),
                                },
                                {
                                    "text": "Ils ne sont déconseillés qu'en anglais.",
                                    "correct": False,
                                    "feedback": (
                                        "Le guide vaut pour toutes les langues : les termes "
                                        "équivalents posent le même problème."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "recognising-harm",
                "title": "Schémas et signes",
                "summary": (
                    "Comment les auteurs piègent et font chanter les enfants, comment s'organisent "
                    "les abus diffusés en direct, et les signes que les professionnels peuvent "
                    "repérer."
                ),
                "lessons": [
                    {
                        "slug": "grooming-and-sextortion",
                        "title": "Pédopiégeage et sextorsion",
                        "content_note": (
                            "Cette leçon décrit en termes généraux les méthodes des auteurs et "
                            "leurs effets sur les enfants, et comprend un cas fictif."
                        ),
                        "body": [
                            ("heading", "Comment fonctionne le pédopiégeage"),
                            (
                                "paragraph",
                                "<p>Le pédopiégeage est un processus, pas un événement isolé. "
                                "Les auteurs repèrent les enfants qui semblent seuls, en "
                                "conflit avec leur famille ou en quête d'attention, et leur "
                                "offrent ce qui paraît leur manquer : compliments, cadeaux, "
                                "crédits de jeu, compréhension. Ils testent les limites peu à "
                                "peu, instaurent le secret, déplacent la conversation vers des "
                                "applications privées ou chiffrées et isolent l'enfant des "
                                "personnes qui pourraient l'aider. Beaucoup contactent un "
                                "grand nombre d'enfants à la fois et se concentrent sur ceux "
                                "qui répondent.</p>",
                            ),
                            ("heading", "Comment fonctionne la sextorsion"),
                            (
                                "paragraph",
                                "<p>Dans la sextorsion, l'auteur obtient une image sexuelle "
                                "d'un enfant, souvent en se faisant passer pour quelqu'un de "
                                "son âge, puis menace de l'envoyer à sa famille, à ses amis ou "
                                "à son établissement scolaire si l'enfant n'envoie pas "
                                "d'autres images ou de l'argent. La sextorsion à but "
                                "financier, souvent menée par des groupes organisés basés à "
                                "l'étranger, peut passer du premier contact aux menaces en "
                                "quelques heures. Les enfants ressentent une honte et une "
                                "panique intenses, et certains ont mis fin à leurs jours. Ils "
                                "ont besoin d'entendre, vite et clairement, que ce n'est pas "
                                "leur faute et que de l'aide existe.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Sami a changé",
                                    "text": (
                                        "<p>Ce scénario est fictif et composite. Sami, 14 ans, "
                                        "s'est renfermé, consulte son téléphone sans arrêt et a "
                                        "demandé à une enseignante s'il est possible « d'effacer "
                                        "quelque chose d'internet ». Il a manqué deux jours de "
                                        "cours. L'enseignante ne l'interroge pas sur le contenu et "
                                        "ne demande pas à voir son téléphone. Elle lui dit "
                                        "calmement qu'il n'a rien à se reprocher, que les "
                                        "personnes qui menacent des jeunes en ligne commettent un "
                                        "crime, et qu'elle va l'aider. Elle informe le jour même "
                                        "la personne référente pour la protection de l'enfance, "
                                        "qui prévient les parents de Sami et la police et explique "
                                        "comment un service de retrait peut aider à faire "
                                        "supprimer les images.</p>"
                                    ),
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Signes à repérer",
                                    "items": [
                                        "Un secret soudain autour des appareils ou de nouveaux "
                                        "contacts en ligne",
                                        "Des cadeaux, de l'argent ou des crédits de jeu "
                                        "inexpliqués",
                                        "Repli sur soi, anxiété, tristesse ou troubles du sommeil",
                                        "De la détresse après avoir utilisé un téléphone ou "
                                        "reçu des messages",
                                        "Des questions sur la suppression de contenus ou sur "
                                        "la traçabilité des images",
                                        "Des demandes d'argent sans raison claire",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Dans ce scénario, pourquoi l'enseignante n'a-t-elle pas "
                                        "demandé à voir les images sur le téléphone de Sami ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Voir ou copier du matériel d'abus présumé ne "
                                                "relève pas du rôle d'un enseignant et peut "
                                                "constituer une infraction ; la police traite les "
                                                "preuves selon des procédures autorisées."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Ne regardez, ne copiez, ne téléchargez et "
                                                "ne transférez jamais de matériel d'abus présumé : "
                                                "notez ce que dit l'enfant et orientez."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Parce que les images ne serviraient à rien comme "
                                                "preuves."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Elles peuvent tout à fait être des preuves, et "
                                                "c'est précisément pour cela que seules des "
                                                "procédures médico-légales autorisées peuvent les "
                                                "traiter."
                                            ),
                                        },
                                        {
                                            "text": "Parce que Sami risquait de les effacer.",
                                            "correct": False,
                                            "feedback": (
                                                "La raison tient à la sécurité et à la loi, pas au "
                                                "calendrier. La police peut conseiller sur la "
                                                "conservation des preuves."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "live-streamed-abuse",
                        "title": "Abus diffusés en direct et traite virtuelle",
                        "content_note": (
                            "Cette leçon décrit en termes généraux des schémas d'abus sexuels "
                            "d'enfants diffusés en direct. Elle ne contient aucun détail explicite."
                        ),
                        "body": [
                            ("heading", "Un schéma documenté"),
                            (
                                "paragraph",
                                "<p>Les abus sexuels d'enfants diffusés en direct sont "
                                "transmis en temps réel par des services d'appel vidéo ou de "
                                "diffusion. Dans un schéma documenté, parfois appelé traite "
                                "virtuelle, des auteurs installés dans un pays paient un "
                                "intermédiaire dans un autre pour qu'il abuse d'un enfant "
                                "pendant qu'ils regardent et donnent des instructions. Ces "
                                "intermédiaires sont souvent des membres de la famille ou des "
                                "proches, et les abus ont souvent lieu au domicile de "
                                "l'enfant. Les victimes sont surtout des filles, dont beaucoup "
                                "ont moins de 12 ans ; des frères et sœurs peuvent être abusés "
                                "ensemble.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Comme les abus sont diffusés et non enregistrés, il peut "
                                "rester peu de matériel sur les appareils. Les preuves se "
                                "trouvent souvent ailleurs : relevés de paiement, "
                                "conversations où l'auteur organise et dirige les abus, "
                                "données de compte et de connexion détenues par les "
                                "fournisseurs de services. La coopération internationale est "
                                "indispensable, car l'auteur, l'intermédiaire, l'enfant et les "
                                "preuves se trouvent généralement dans des pays différents.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": (
                                        "Indicateurs que les professionnels peuvent rencontrer"
                                    ),
                                    "points": [
                                        "De petits virements internationaux répétés vers des "
                                        "personnes qui n'ont aucune raison apparente de les "
                                        "recevoir",
                                        "Des messages qui négocient le prix ou l'horaire de « "
                                        "spectacles » impliquant un enfant",
                                        "Un foyer aux nouveaux revenus, appareils ou "
                                        "connexions internet inexpliqués, avec des signes de "
                                        "détresse chez les enfants",
                                        "Des enfants gardés à la maison au lieu d'aller à "
                                        "l'école, ou ayant des connaissances sexuelles "
                                        "inhabituelles pour leur âge",
                                        "Des auteurs dont les voyages ou les contacts en ligne "
                                        "renvoient aux mêmes pays que des intermédiaires connus",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>Les banques, les services de paiement et les plateformes "
                                "en ligne peuvent détecter certains de ces schémas et les "
                                "signaler. Pour les professionnels de la protection de "
                                "l'enfance du pays où vit l'enfant, la priorité, une fois les "
                                "abus identifiés, est la sécurité de l'enfant : le protéger de "
                                "tout nouveau préjudice, lui assurer des soins médicaux et "
                                "psychologiques, et un accompagnement qui ne dépende pas de "
                                "son témoignage.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Pourquoi trouve-t-on souvent peu de matériel d'abus sur "
                                        "les appareils des auteurs qui paient pour des abus "
                                        "diffusés en direct ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Les abus sont transmis en temps réel et peuvent "
                                                "ne pas être enregistrés : les preuves se trouvent "
                                                "dans les paiements, les conversations et les "
                                                "données des fournisseurs."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Les enquêteurs suivent la piste financière "
                                                "et celle des communications."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Les auteurs utilisent toujours des appareils "
                                                "impossibles à examiner."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Les appareils peuvent généralement être examinés "
                                                "; le fait est que le contenu diffusé peut n'avoir "
                                                "jamais été stocké."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Les abus diffusés en direct ne laissent aucune "
                                                "preuve."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Ils en laissent : relevés de paiement, "
                                                "conversations et données des fournisseurs de "
                                                "services."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Schémas et signes : quiz",
                    "pass_mark": 70,
                    "questions": [
                        {
                            "text": (
                                "Parmi ces éléments, lesquels sont typiques du pédopiégeage ? "
                                "Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Gagner la confiance par l'attention, les compliments ou "
                                        "les cadeaux"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Les auteurs offrent ce qui semble manquer à "
                                        "l'enfant."
                                    ),
                                },
                                {
                                    "text": "Instaurer le secret et isoler l'enfant",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le secret cache les abus et coupe l'enfant de "
                                        "toute aide."
                                    ),
                                },
                                {
                                    "text": (
                                        "Déplacer la conversation vers des applications privées ou "
                                        "chiffrées"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Les auteurs vont là où ils risquent moins d'être "
                                        "détectés."
                                    ),
                                },
                                {
                                    "text": "Encourager l'enfant à parler à ses parents",
                                    "correct": False,
                                    "feedback": (
                                        "Les auteurs font l'inverse : ils cherchent à éloigner "
                                        "l'enfant des adultes de confiance."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Une élève vous dit que quelqu'un menace de diffuser ses images si "
                                "elle ne paie pas. Qu'a-t-elle besoin d'entendre en premier ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Ce n'est pas ta faute, tu n'as rien fait de mal, et nous "
                                        "allons chercher de l'aide tout de suite."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La honte et la panique sont intenses : d'abord "
                                        "rassurer, ensuite agir."
                                    ),
                                },
                                {
                                    "text": "Pourquoi as-tu envoyé cette image ?",
                                    "correct": False,
                                    "feedback": (
                                        "Cette question culpabilise l'enfant et peut l'empêcher "
                                        "d'en reparler à qui que ce soit."
                                    ),
                                },
                                {
                                    "text": (
                                        "Paie vite pour que les images ne soient pas diffusées."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Payer arrête rarement les menaces et entraîne souvent de "
                                        "nouvelles exigences. Couper le contact, garder les "
                                        "preuves et signaler."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Dans le schéma de la traite virtuelle, qui facilite le plus "
                                "souvent les abus ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Des membres de la famille ou des proches",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. C'est pourquoi la protection de l'enfant doit "
                                        "prévoir une prise en charge sûre."
                                    ),
                                },
                                {
                                    "text": "Des inconnus qui enlèvent des enfants",
                                    "correct": False,
                                    "feedback": (
                                        "L'enlèvement n'est pas le schéma habituel : les "
                                        "intermédiaires ont généralement accès à l'enfant à la "
                                        "maison."
                                    ),
                                },
                                {
                                    "text": "D'autres enfants",
                                    "correct": False,
                                    "feedback": (
                                        "Le schéma documenté implique des intermédiaires adultes "
                                        "payés par des auteurs à l'étranger."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quels indicateurs peuvent évoquer des abus diffusés en direct "
                                "payés depuis l'étranger ? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "De petits paiements internationaux répétés sans objet "
                                        "clair"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Les schémas de paiement sont un indicateur clé."
                                    ),
                                },
                                {
                                    "text": (
                                        "Des conversations qui négocient l'horaire ou le prix de « "
                                        "spectacles » avec un enfant"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Ces messages prouvent fortement que les abus ont "
                                        "été organisés et dirigés."
                                    ),
                                },
                                {
                                    "text": (
                                        "Un enfant qui aime les appels vidéo avec ses "
                                        "grands-parents à l'étranger"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Un contact familial ordinaire n'est pas en soi un "
                                        "indicateur."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Pendant une révélation, un enfant vous tend un téléphone "
                                "contenant des images. Que faites-vous ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Ne pas regarder davantage, ne rien copier ni transférer, "
                                        "noter ce que dit l'enfant et orienter vers la personne "
                                        "référente ou la police"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le matériel d'abus présumé n'est traité que selon "
                                        "des procédures médico-légales autorisées."
                                    ),
                                },
                                {
                                    "text": (
                                        "Transférer les images à la personne référente comme "
                                        "preuves"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Transférer crée une copie supplémentaire et peut "
                                        "constituer une infraction. Rapportez plutôt ce qu'on vous "
                                        "a dit."
                                    ),
                                },
                                {
                                    "text": (
                                        "Faire une capture d'écran pour ne pas perdre la preuve"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Ne copiez jamais de matériel d'abus présumé. La police "
                                        "peut conseiller sur la conservation des preuves."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "responding-together",
                "title": "Réagir et signaler",
                "summary": (
                    "Réagir à une révélation, signaler en sécurité, et comprendre comment "
                    "s'articule une réponse nationale."
                ),
                "lessons": [
                    {
                        "slug": "responding-to-disclosure",
                        "title": "Réagir à une révélation",
                        "content_note": (
                            "Cette leçon traite de la manière dont les enfants révèlent des abus "
                            "et comprend un cas fictif."
                        ),
                        "body": [
                            (
                                "heading",
                                "Ce dont l'enfant a besoin de la part du premier adulte à qui "
                                "il parle",
                            ),
                            (
                                "paragraph",
                                "<p>Les enfants se confient souvent progressivement : ils "
                                "testent la réaction d'un adulte avec une partie de "
                                "l'histoire, ou en parlent d'abord à un ami. Beaucoup n'en "
                                "parlent jamais. La première réaction compte. Une réaction "
                                "calme et bienveillante rend possible la suite de l'aide, "
                                "alors que le choc, l'incrédulité ou le reproche peuvent faire "
                                "taire un enfant pendant des années. Votre rôle n'est pas "
                                "d'enquêter, mais d'écouter, de rassurer, de consigner et "
                                "d'orienter.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Réagir à une révélation",
                                    "items": [
                                        "Restez calme, écoutez et laissez l'enfant s'exprimer "
                                        "avec ses propres mots",
                                        "Dites-lui qu'il a eu raison d'en parler et que ce "
                                        "n'est pas sa faute",
                                        "Ne promettez pas le secret : expliquez à qui vous "
                                        "devrez en parler et pourquoi",
                                        "Ne posez que les questions ouvertes nécessaires pour "
                                        "évaluer sa sécurité immédiate",
                                        "Ne regardez, ne copiez, ne téléchargez et ne "
                                        "transférez aucune image ni aucun message",
                                        "Notez ce que l'enfant a dit, avec ses mots, la date "
                                        "et l'heure",
                                        "Orientez le jour même vers la personne référente, les "
                                        "services de protection de l'enfance ou la police, "
                                        "selon votre procédure",
                                    ],
                                },
                            ),
                            ("heading", "Signaler un contenu trouvé en ligne"),
                            (
                                "paragraph",
                                "<p>Toute personne qui tombe en ligne sur du matériel d'abus "
                                "sexuel sur enfant présumé peut le signaler à une ligne "
                                "d'urgence. Le réseau <a "
                                'href="https://www.inhope.org/">INHOPE</a> relie des lignes '
                                "d'urgence dans des dizaines de pays, qui évaluent les "
                                "signalements, localisent l'hébergement du contenu et "
                                "travaillent avec l'industrie et la police pour le faire "
                                "retirer. Les signalements peuvent être anonymes : à "
                                "l'Internet Watch Foundation, c'est le cas d'environ 80 % des "
                                "signalements du public. Un signalement anonyme doit rester "
                                "anonyme. Signalez l'adresse web, jamais le contenu lui-même. "
                                "Les jeunes peuvent aussi utiliser des services qui les aident "
                                "à faire retirer leurs propres images, comme Take It Down du "
                                "NCMEC ou Report Remove de l'IWF et de Childline au "
                                "Royaume-Uni.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Une révélation partielle",
                                    "text": (
                                        "<p>Ce scénario est fictif et composite. Dans un club de "
                                        "jeunes, Lina, 12 ans, confie à une animatrice qu'un « ami "
                                        "» plus âgé rencontré en ligne lui a demandé de garder "
                                        "leurs conversations secrètes et qu'elle se sent mal quand "
                                        "il lui écrit. L'animatrice la remercie, lui dit qu'elle a "
                                        "bien fait et lui explique qu'elle doit en parler à la "
                                        "personne chargée de la sécurité des enfants. Elle note "
                                        "les mots de Lina, ne demande pas à voir les messages et "
                                        "contacte la personne référente dans l'heure. Celle-ci "
                                        "transmet l'information aux services de protection de "
                                        "l'enfance et à la police.</p>"
                                    ),
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Une personne signale anonymement du matériel d'abus "
                                        "présumé à une ligne d'urgence. Que doit-il se passer ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Le signalement est évalué sur son contenu et "
                                                "l'anonymat de son auteur est respecté."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. L'anonymat encourage le signalement : "
                                                "environ 80 % des signalements du public à l'IWF "
                                                "sont anonymes."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "La ligne d'urgence demande l'identité de la "
                                                "personne avant d'agir."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Les signalements anonymes sont acceptés et "
                                                "traités. Exiger une identité découragerait les "
                                                "signalements."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "On demande à la personne d'envoyer une copie du "
                                                "contenu."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Ne demandez jamais à quiconque d'envoyer du "
                                                "matériel d'abus : l'adresse web suffit à la ligne "
                                                "d'urgence pour l'évaluer."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "national-response",
                        "title": "Une réponse nationale coordonnée",
                        "content_note": "",
                        "body": [
                            ("heading", "Aucune institution ne peut agir seule"),
                            (
                                "paragraph",
                                "<p>L'exploitation et les abus sexuels d'enfants en ligne "
                                "traversent les frontières, les plateformes et les "
                                "professions. La Réponse nationale modèle de l'<a "
                                'href="https://www.weprotect.org/">Alliance mondiale '
                                "WePROTECT</a> aide les pays à organiser leur action dans des "
                                "domaines reliés entre eux : <strong>politiques et "
                                "gouvernance</strong>, <strong>justice pénale</strong>, "
                                "<strong>aide aux victimes</strong>, <strong>société</strong> "
                                "(sensibilisation et éducation), <strong>industrie</strong>, "
                                "et <strong>médias et communication</strong>. C'est un cadre "
                                "pour évaluer ce qui existe et ce qui manque, et non une loi "
                                "ou une institution unique.</p>",
                            ),
                            ("heading", "La prévention d'abord"),
                            (
                                "paragraph",
                                "<p>Éduquer les enfants, les parents, les personnes qui s'en "
                                "occupent et les enseignants constitue la première ligne de "
                                "réponse. Les enfants qui savent que le pédopiégeage et la "
                                "sextorsion existent, qu'ils ne sont jamais responsables et "
                                "que des adultes les aideront sont plus enclins à en parler "
                                "tôt. Le dialogue ouvert entre parents et enfants est souvent "
                                "la première protection. La prévention, c'est aussi une aide "
                                "confidentielle, par des services comme Stop It Now, pour les "
                                "personnes inquiètes de leurs propres pensées ou comportements "
                                "sexuels envers des enfants, avant qu'un enfant ne soit "
                                "atteint.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>L'industrie a aussi son rôle. Comme redimensionner ou "
                                "compresser une image modifie son empreinte numérique "
                                "ordinaire, les entreprises utilisent le hachage perceptuel, "
                                "comme PhotoDNA, mis au point en 2009, pour reconnaître les "
                                "images d'abus connues même après de telles modifications. Les "
                                "correspondances sont signalées aux lignes d'urgence et aux "
                                "forces de l'ordre, et les images sont retirées. Policiers, "
                                "procureurs et juges ont besoin d'une formation spécialisée, "
                                "car ces affaires impliquent des preuves numériques, la "
                                "coopération internationale et des enfants victimes dont les "
                                "besoins diffèrent de ceux des adultes.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "La Réponse nationale modèle relie politiques, "
                                        "justice, aide aux victimes, société, industrie et "
                                        "médias.",
                                        "La prévention et l'éducation sont la première ligne "
                                        "de réponse.",
                                        "Le hachage perceptuel permet à l'industrie de "
                                        "retrouver des images connues même modifiées.",
                                        "La formation spécialisée des professionnels de la "
                                        "justice fait partie d'une réponse complète, et l'aide "
                                        "aux victimes ne doit pas dépendre de l'ouverture d'un "
                                        "procès.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Pourquoi les entreprises utilisent-elles des empreintes "
                                        "perceptuelles comme PhotoDNA plutôt que des empreintes "
                                        "ordinaires pour retrouver des images d'abus connues ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Une empreinte ordinaire change quand une image "
                                                "est redimensionnée ou compressée ; une empreinte "
                                                "perceptuelle correspond toujours."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Le hachage perceptuel tolère les petites "
                                                "modifications que subissent les images en "
                                                "circulant."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Les empreintes perceptuelles permettent au "
                                                "personnel de voir les images plus vite."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La comparaison d'empreintes réduit au contraire "
                                                "le besoin de voir le contenu."
                                            ),
                                        },
                                        {
                                            "text": "Les empreintes ordinaires sont illégales.",
                                            "correct": False,
                                            "feedback": (
                                                "Elles sont légales et utiles pour les copies "
                                                "exactes, mais ne détectent pas les versions "
                                                "modifiées."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Réagir et signaler : quiz",
                    "pass_mark": 70,
                    "questions": [
                        {
                            "text": (
                                "Quelles réactions sont appropriées lorsqu'un enfant révèle des "
                                "abus ? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Écouter calmement et lui dire que ce n'est pas sa faute"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Une réaction calme et bienveillante rend possible "
                                        "la suite de l'aide."
                                    ),
                                },
                                {
                                    "text": (
                                        "Promettre de garder le secret pour qu'il continue à parler"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Vous ne pouvez pas garder le secret. Expliquez "
                                        "honnêtement à qui vous devez en parler et pourquoi."
                                    ),
                                },
                                {
                                    "text": "Noter les mots de l'enfant avec la date et l'heure",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Une note précise aide celles et ceux qui enquêtent "
                                        "et protègent."
                                    ),
                                },
                                {
                                    "text": "Poser des questions détaillées sur ce qui s'est passé",
                                    "correct": False,
                                    "feedback": (
                                        "Les questions détaillées relèvent d'intervieweurs formés "
                                        "; elles peuvent bouleverser l'enfant et fragiliser les "
                                        "preuves."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Que transmettre à une ligne d'urgence pour signaler du matériel "
                                "d'abus présumé en ligne ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "L'adresse web où vous l'avez trouvé",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La ligne d'urgence évalue le contenu là où il est "
                                        "hébergé."
                                    ),
                                },
                                {
                                    "text": "Une capture d'écran du contenu",
                                    "correct": False,
                                    "feedback": (
                                        "Ne copiez jamais de matériel d'abus présumé, même pour le "
                                        "signaler."
                                    ),
                                },
                                {
                                    "text": "Une copie téléchargée",
                                    "correct": False,
                                    "feedback": (
                                        "Télécharger crée une copie et peut constituer une "
                                        "infraction. Transmettez seulement l'adresse."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Lequel de ces domaines ne fait pas partie de la Réponse nationale "
                                "modèle de WePROTECT ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "L'aide aux victimes",
                                    "correct": False,
                                    "feedback": "L'aide aux victimes est l'un des domaines.",
                                },
                                {
                                    "text": "L'industrie",
                                    "correct": False,
                                    "feedback": (
                                        "L'industrie est l'un des domaines : les entreprises "
                                        "détectent, signalent et retirent les contenus."
                                    ),
                                },
                                {
                                    "text": "Les opérations militaires",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Les domaines sont les politiques et la "
                                        "gouvernance, la justice pénale, l'aide aux victimes, la "
                                        "société, l'industrie, et les médias et la communication."
                                    ),
                                },
                                {
                                    "text": "Les médias et la communication",
                                    "correct": False,
                                    "feedback": (
                                        "Les médias et la communication sont l'un des domaines."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Pourquoi la prévention inclut-elle une aide pour les personnes "
                                "inquiètes de leurs propres pensées sexuelles envers des enfants ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Une aide confidentielle peut empêcher un préjudice avant "
                                        "qu'un enfant ne soit abusé."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. C'est la raison d'être de services comme Stop It "
                                        "Now."
                                    ),
                                },
                                {
                                    "text": "Elle remplace la justice pénale.",
                                    "correct": False,
                                    "feedback": (
                                        "Prévention et justice vont de pair ; aucune ne remplace "
                                        "l'autre."
                                    ),
                                },
                                {
                                    "text": "C'est un moyen d'identifier des personnes à arrêter.",
                                    "correct": False,
                                    "feedback": (
                                        "Ces services sont confidentiels ; leur but est de "
                                        "prévenir le préjudice."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quelles affirmations sur le signalement anonyme sont vraies ? "
                                "Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Environ 80 % des signalements du public à l'Internet "
                                        "Watch Foundation sont anonymes."
                                    ),
                                    "correct": True,
                                    "feedback": "Exact. L'anonymat encourage les gens à signaler.",
                                },
                                {
                                    "text": "Un signalement anonyme doit rester anonyme.",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Ne poussez jamais une personne à révéler son "
                                        "identité."
                                    ),
                                },
                                {
                                    "text": (
                                        "Les signalements anonymes sont mis de côté jusqu'à "
                                        "l'identification de leur auteur."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Les signalements sont évalués sur leur contenu, quelle "
                                        "qu'en soit la source."
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
        "title": "Enquêter sur l'exploitation et les abus sexuels d'enfants en ligne",
        "summary": (
            "Pour les policiers et enquêteurs : trier les signalements des lignes d'urgence et de "
            "l'industrie en plaçant la sécurité de l'enfant en premier, sécuriser les preuves "
            "numériques, identifier les victimes et travailler avec les enfants en tenant compte "
            "du traumatisme."
        ),
        "outcomes": [
            "Trier les signalements des lignes d'urgence et des entreprises technologiques "
            "selon le risque pour les enfants.",
            "Planifier les perquisitions et sécuriser les preuves numériques avec une chaîne "
            "de traçabilité ininterrompue.",
            "Traiter le matériel d'abus présumé uniquement selon des procédures médico-légales "
            "autorisées, en limitant l'exposition.",
            "Contribuer à l'identification des victimes grâce aux bases de données nationales "
            "et internationales.",
            "Travailler avec les enfants victimes de façon centrée sur la victime et attentive "
            "au traumatisme.",
        ],
        "wellbeing_text": (
            "Les enquêteurs peuvent être exposés à du matériel d'abus et aux récits d'enfants "
            "victimes. Le stress traumatique secondaire est un risque professionnel prévisible, "
            "pas un signe de faiblesse. Les bonnes pratiques consistent à limiter le temps "
            "consacré à l'examen du matériel et à faire des pauses régulières ; à utiliser des "
            "outils qui réduisent l'exposition, comme la comparaison d'empreintes, la réduction de "
            "la taille des images et la coupure du son ; à ne jamais examiner du matériel seul en "
            "fin de service ou à domicile ; à bénéficier d'une supervision régulière et "
            "d'entretiens psychologiques confidentiels ; et à s'appuyer sur le soutien entre "
            "pairs. Parlez-en tôt à votre responsable si vous remarquez des changements dans votre "
            "sommeil, votre humeur, votre concentration ou votre regard sur votre entourage. Votre "
            "programme d'aide aux employés et votre service de santé au travail sont confidentiels "
            ": faites-y appel."
        ),
        "modules": [
            {
                "slug": "from-report-to-investigation",
                "title": "Du signalement à l'enquête",
                "summary": (
                    "D'où viennent les signalements, ce qu'ils contiennent et comment les trier en "
                    "plaçant la sécurité de l'enfant en premier."
                ),
                "lessons": [
                    {
                        "slug": "hotline-and-industry-reports",
                        "title": (
                            "Travailler avec les signalements des lignes d'urgence et de "
                            "l'industrie"
                        ),
                        "content_note": "",
                        "body": [
                            ("heading", "D'où viennent les signalements"),
                            (
                                "paragraph",
                                "<p>Beaucoup d'enquêtes commencent par un signalement plutôt "
                                "que par une plainte. Les entreprises technologiques détectent "
                                "les images d'abus connues grâce au hachage perceptuel, comme "
                                "PhotoDNA, qui reconnaît une image même après qu'un "
                                "redimensionnement ou une compression a modifié son empreinte "
                                "numérique ordinaire. Les fournisseurs signalent les "
                                "correspondances ; aux États-Unis, ils sont tenus de signaler "
                                "au CyberTipline du NCMEC tout matériel d'abus sexuel sur "
                                "enfant apparent dont ils ont connaissance, et le NCMEC "
                                "transmet ces signalements aux forces de l'ordre des pays "
                                "concernés. Les lignes d'urgence du réseau INHOPE reçoivent "
                                "des signalements du public, souvent anonymes, évaluent le "
                                "contenu et transmettent les signalements confirmés à la "
                                "police et à la ligne d'urgence du pays d'hébergement pour "
                                "retrait.</p>",
                            ),
                            ("heading", "Ce que contient généralement un signalement"),
                            (
                                "paragraph",
                                "<p>Le contenu varie selon le fournisseur, mais comprend "
                                "souvent :</p><ul><li>les identifiants de compte, adresses "
                                "électroniques ou numéros de téléphone liés au téléversement "
                                ";</li><li>les adresses IP avec dates, heures et fuseaux "
                                "horaires ;</li><li>les empreintes numériques et la manière "
                                "dont la correspondance a été établie ;</li><li>l'indication "
                                "qu'une personne chez le fournisseur a ou non examiné le "
                                "contenu ;</li><li>une description ou une catégorisation du "
                                "contenu.</li></ul><p>Vérifiez soigneusement les fuseaux "
                                "horaires avant de demander les données d'abonné, et notez si "
                                "le fournisseur a examiné le contenu : dans certaines "
                                "juridictions, cela influe sur l'autorisation légale dont les "
                                "enquêteurs ont besoin avant de l'ouvrir.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Conserver avant de poursuivre. Adressez rapidement des "
                                "demandes de conservation aux fournisseurs, car les journaux "
                                "et les données de compte ne sont parfois gardés que peu de "
                                "temps. Consultez les systèmes nationaux et internationaux de "
                                "déconfliction afin de ne pas doubler ni compromettre "
                                "l'enquête d'un autre service.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "À la réception d'un signalement",
                                    "items": [
                                        "Enregistrer la réception et attribuer une référence",
                                        "Vérifier chaque fuseau horaire et chaque identifiant",
                                        "Envoyer les demandes de conservation",
                                        "Procéder à la déconfliction avec les autres services",
                                        "Garder tout matériel joint dans des systèmes "
                                        "médico-légaux autorisés : ne jamais le télécharger, "
                                        "le copier ni le transférer",
                                        "Transmettre le signalement au tri dans le délai convenu",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Un signalement indique une heure de téléversement en UTC. "
                                        "Pourquoi est-ce important ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Une demande d'abonné pour une adresse IP "
                                                "dynamique exige l'heure exacte dans le bon "
                                                "fuseau, faute de quoi elle peut désigner le "
                                                "mauvais foyer."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Une erreur de fuseau horaire peut envoyer "
                                                "les policiers à la mauvaise porte."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Ce n'est pas important : une adresse IP désigne "
                                                "une personne de façon permanente."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Beaucoup d'adresses IP sont partagées ou "
                                                "réattribuées ; l'heure exacte est donc "
                                                "essentielle."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Les heures UTC ne peuvent pas être utilisées au "
                                                "tribunal."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Elles le peuvent, à condition d'être converties "
                                                "et expliquées avec précision."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "triage-and-safeguarding",
                        "title": "Le tri : la sécurité de l'enfant d'abord",
                        "content_note": (
                            "Cette leçon traite en termes généraux du risque pour les enfants et "
                            "comprend un cas fictif."
                        ),
                        "body": [
                            ("heading", "Prioriser selon le risque"),
                            (
                                "paragraph",
                                "<p>Les signalements sont nombreux, et tous ne peuvent pas "
                                "être traités en même temps. Le tri classe les dossiers selon "
                                "le risque pour les enfants, et non selon l'ordre d'arrivée. "
                                "Parmi les indicateurs de risque élevé : des signes d'abus en "
                                "cours ou de production de nouveau matériel ; l'accès du "
                                "suspect à des enfants par sa famille, son travail ou son "
                                "bénévolat ; des indices de contacts avec des enfants en ligne "
                                "; une sextorsion accompagnée de menaces d'automutilation de "
                                "la part de l'enfant ; et du matériel jamais vu auparavant, "
                                "qui peut montrer un enfant pas encore identifié.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Un signalement concernant un entraîneur",
                                    "text": (
                                        "<p>Ce scénario est fictif et composite. Un fournisseur "
                                        "signale trois téléversements d'images d'abus connues, "
                                        "repérées par empreinte, depuis un même compte. Les "
                                        "vérifications d'abonné relient l'adresse IP à un foyer où "
                                        "un adulte est entraîneur bénévole de football pour les "
                                        "jeunes. L'équipe classe le dossier en haute priorité en "
                                        "raison de son accès à des enfants. Les services de "
                                        "protection de l'enfance participent à la préparation de "
                                        "la perquisition, afin que les enfants du foyer et du club "
                                        "puissent être protégés sans alerter le suspect. La "
                                        "perquisition a lieu tôt le matin, et un expert en "
                                        "criminalistique numérique est présent pour sécuriser les "
                                        "appareils.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                "<p>La protection commence dès la préparation. Convenez avec "
                                "les services de protection de l'enfance de qui parlera aux "
                                "enfants du foyer, où ils iront si nécessaire et ce qu'on leur "
                                "dira. Évitez toute démarche qui alerterait le suspect, comme "
                                "contacter un employeur avant la perquisition. Ensuite, "
                                "évaluez le risque pour les enfants que le suspect peut "
                                "approcher par son travail ou son bénévolat, et partagez "
                                "l'information dans les limites prévues par votre droit.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "Le tri classe les signalements selon le risque pour "
                                        "les enfants.",
                                        "L'accès à des enfants et les signes de nouveaux abus "
                                        "relèvent la priorité.",
                                        "Planifiez la protection avec les services de "
                                        "l'enfance avant toute action.",
                                        "Si un signalement vient d'une personne anonyme, "
                                        "protégez cet anonymat tout au long de l'enquête.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Quel facteur relève le plus la priorité d'un signalement ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Le suspect a accès à des enfants par son travail "
                                                "ou sa famille."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. L'accès à des enfants est un indicateur de "
                                                "risque clé."
                                            ),
                                        },
                                        {
                                            "text": "Le signalement était le premier de la file.",
                                            "correct": False,
                                            "feedback": (
                                                "Le tri se fonde sur le risque, pas sur l'ordre "
                                                "d'arrivée."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Le contenu a été détecté par comparaison "
                                                "d'empreintes."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La méthode de détection n'indique pas en soi le "
                                                "risque ; c'est le contexte qui compte."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Du signalement à l'enquête : quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Pourquoi une image connue peut-elle encore être reconnue après "
                                "avoir été redimensionnée ou compressée ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Les empreintes perceptuelles comme PhotoDNA représentent "
                                        "l'apparence de l'image, et non ses octets exacts."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. C'est pourquoi l'industrie s'appuie sur elles."
                                    ),
                                },
                                {
                                    "text": (
                                        "Les empreintes cryptographiques ne sont pas affectées par "
                                        "le redimensionnement."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Toute modification d'un fichier change une empreinte "
                                        "cryptographique comme MD5 ou SHA-256."
                                    ),
                                },
                                {
                                    "text": (
                                        "Les fournisseurs gardent une copie de chaque fichier "
                                        "jamais téléversé."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "La détection repose sur des listes d'empreintes de "
                                        "matériel connu, pas sur la conservation des fichiers."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Que devez-vous faire rapidement à la réception d'un signalement "
                                "de l'industrie ? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Envoyer des demandes de conservation au fournisseur",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Les journaux ne sont parfois gardés que peu de "
                                        "temps."
                                    ),
                                },
                                {
                                    "text": "Procéder à la déconfliction avec les autres services",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Cela évite de doubler ou de compromettre d'autres "
                                        "enquêtes."
                                    ),
                                },
                                {
                                    "text": (
                                        "Transférer les images jointes à un collègue pour un "
                                        "second avis"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Ne transférez jamais de matériel d'abus présumé : "
                                        "examinez-le uniquement dans des systèmes médico-légaux "
                                        "autorisés."
                                    ),
                                },
                                {
                                    "text": "Vérifier le fuseau horaire de chaque horodatage IP",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Une erreur de fuseau peut désigner le mauvais "
                                        "abonné."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Deux signalements arrivent le même jour. Lequel doit normalement "
                                "passer en premier ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Un suspect qui vit avec de jeunes enfants et dont le "
                                        "compte partage du matériel jamais vu auparavant"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. L'accès à des enfants et le nouveau matériel "
                                        "signalent le risque le plus élevé."
                                    ),
                                },
                                {
                                    "text": (
                                        "Un suspect dont le compte a partagé une seule image "
                                        "connue il y a cinq ans, sans accès connu à des enfants"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Ce dossier doit aussi être traité, mais le risque pour "
                                        "les enfants est moindre."
                                    ),
                                },
                                {
                                    "text": "Celui qui est arrivé le premier",
                                    "correct": False,
                                    "feedback": (
                                        "Le tri classe selon le risque pour les enfants, pas selon "
                                        "l'ordre d'arrivée."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quelles mesures protègent les enfants lors de la préparation "
                                "d'une perquisition ? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Convenir avec les services de protection de l'enfance de "
                                        "qui parlera aux enfants du foyer"
                                    ),
                                    "correct": True,
                                    "feedback": "Exact. La protection se planifie avant l'action.",
                                },
                                {
                                    "text": "Prévenir l'employeur du suspect avant la perquisition",
                                    "correct": False,
                                    "feedback": (
                                        "Cela peut alerter le suspect et faire perdre des preuves. "
                                        "Partagez l'information après la perquisition, dans les "
                                        "limites de votre droit."
                                    ),
                                },
                                {
                                    "text": (
                                        "Tenir compte des enfants que le suspect peut approcher "
                                        "par son bénévolat"
                                    ),
                                    "correct": True,
                                    "feedback": "Exact. Le risque dépasse le cadre du foyer.",
                                },
                            ],
                        },
                        {
                            "text": (
                                "Une ligne d'urgence transmet le signalement d'une personne "
                                "anonyme. Que doivent faire les enquêteurs à l'égard de cette "
                                "personne ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Respecter son anonymat et enquêter sur le signalement "
                                        "d'après son contenu"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Un signalement anonyme doit rester anonyme."
                                    ),
                                },
                                {
                                    "text": "Demander à la ligne d'urgence de révéler son identité",
                                    "correct": False,
                                    "feedback": (
                                        "Les lignes d'urgence protègent les personnes anonymes ; "
                                        "le signalement vaut par son contenu."
                                    ),
                                },
                                {
                                    "text": (
                                        "Classer le signalement parce que la source est inconnue"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Beaucoup de signalements précieux sont anonymes ; évaluez "
                                        "le contenu."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "digital-evidence",
                "title": "Les preuves numériques",
                "summary": (
                    "Sécuriser légalement appareils et données, et examiner le matériel en "
                    "sécurité selon des procédures médico-légales autorisées."
                ),
                "lessons": [
                    {
                        "slug": "seizing-and-preserving",
                        "title": "Saisir et préserver les preuves numériques",
                        "content_note": "",
                        "body": [
                            ("heading", "Anticiper les appareils que vous trouverez"),
                            (
                                "paragraph",
                                "<p>La preuve numérique est fragile. Un téléphone qui se "
                                "verrouille, une session cloud qui se ferme ou un appareil "
                                "effacé à distance peuvent faire perdre des preuves. Anticipez "
                                "les appareils probablement présents : téléphones, "
                                "ordinateurs, consoles de jeu, disques externes et objets "
                                "connectés, et faites venir si possible un expert en "
                                "criminalistique numérique formé. Sécurisez les lieux, notez "
                                "l'emplacement de chaque appareil et qui l'utilise, et "
                                "consignez les mots de passe ou codes donnés volontairement. "
                                "Notez l'état de chaque appareil tel que trouvé (allumé ou "
                                "éteint, connexions, programmes en cours) sans photographier "
                                "d'écran susceptible d'afficher du matériel d'abus.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Suivez la procédure de votre service, qui prévoit "
                                "généralement :</p><ul><li>d'isoler les appareils mobiles des "
                                "réseaux pour empêcher tout effacement à distance, selon la "
                                "méthode approuvée ;</li><li>d'envisager une capture de "
                                "données à chaud pour les ordinateurs allumés et les sessions "
                                "cloud ouvertes avant toute mise hors tension ;</li><li>de "
                                "créer des copies médico-légales avec des bloqueurs d'écriture "
                                "et de les vérifier par leurs empreintes ;</li><li>de sceller, "
                                "étiqueter et consigner chaque objet dans la chaîne de "
                                "traçabilité.</li></ul>",
                            ),
                            ("heading", "Uniquement des procédures autorisées"),
                            (
                                "paragraph",
                                "<p>Le matériel d'abus présumé n'est jamais téléchargé, copié, "
                                "capturé à l'écran, envoyé par courriel ni transféré en dehors "
                                "des systèmes médico-légaux autorisés, que ce soit à des "
                                "collègues, à des procureurs ou pour la formation. Chaque "
                                "copie est une nouvelle atteinte à l'enfant et peut constituer "
                                "une infraction, même pour un policier. Les données détenues "
                                "dans le cloud par les fournisseurs s'obtiennent par la voie "
                                "légale appropriée, y compris par des demandes internationales "
                                "lorsqu'elles sont stockées à l'étranger.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "Une preuve numérique peut se perdre en quelques "
                                        "minutes : anticipez et isolez les appareils.",
                                        "Des copies médico-légales vérifiées par empreinte "
                                        "préservent l'intégrité.",
                                        "La chaîne de traçabilité doit être complète de la "
                                        "saisie au procès.",
                                        "Le matériel reste en permanence dans des systèmes "
                                        "médico-légaux autorisés.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Pendant une perquisition, un policier trouve un "
                                        "ordinateur portable connecté à un compte de stockage en "
                                        "ligne. Quelle est la meilleure première démarche ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Appeler l'expert pour envisager une capture à "
                                                "chaud selon la procédure du service avant la fin "
                                                "de la session."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Une session ouverte peut être perdue si "
                                                "l'appareil est éteint."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Télécharger le dossier sur une clé USB pour ne "
                                                "rien perdre."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Ne copiez jamais de matériel d'abus présumé en "
                                                "dehors des procédures médico-légales autorisées."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Fermer l'ordinateur et le rapporter au "
                                                "commissariat."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Le fermer peut mettre fin à la session et faire "
                                                "perdre l'accès aux preuves."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "reviewing-material-safely",
                        "title": "Examiner le matériel en sécurité",
                        "content_note": (
                            "Cette leçon traite de la manière dont les enquêteurs examinent le "
                            "matériel d'abus et des effets de cette exposition. Elle ne contient "
                            "aucun détail explicite et comprend un cas fictif."
                        ),
                        "body": [
                            ("heading", "Réduire ce que chacun doit voir"),
                            (
                                "paragraph",
                                "<p>L'examen du matériel saisi est l'une des tâches les plus "
                                "éprouvantes du travail policier. Les bonnes pratiques "
                                "réduisent l'exposition tout en préservant la fiabilité des "
                                "preuves. La comparaison d'empreintes avec des bases "
                                "nationales d'images connues, comme la Child Abuse Image "
                                "Database du Royaume-Uni, identifie et catégorise "
                                "automatiquement le matériel connu, afin que les examinateurs "
                                "se concentrent sur ce qui n'a jamais été vu. Ce matériel "
                                "inédit compte le plus : il peut montrer un enfant encore "
                                "victime d'abus. La catégorisation suit l'échelle de votre "
                                "juridiction et est appliquée par du personnel formé. Les "
                                "rapports décrivent et catégorisent le matériel en termes "
                                "neutres, pour que personne d'autre n'ait à le revoir. Les "
                                "équipes devraient faire tourner les tâches d'examen, et "
                                "personne ne devrait examiner du matériel sans formation, "
                                "supervision et accès à un soutien psychologique.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Bonnes pratiques d'examen",
                                    "items": [
                                        "Examiner uniquement dans un environnement "
                                        "médico-légal autorisé et sécurisé",
                                        "Commencer par la comparaison d'empreintes et le filtrage",
                                        "Couper le son et réduire la taille des images sauf si "
                                        "le détail est nécessaire",
                                        "Faire des pauses régulières et limiter la durée "
                                        "quotidienne d'examen",
                                        "Ne pas examiner seul en fin de service ; prévenir "
                                        "quelqu'un à la fin",
                                        "Signaler le matériel inédit pour l'identification des "
                                        "victimes",
                                        "Décrire le matériel dans les rapports ; ne jamais le "
                                        "copier",
                                    ],
                                },
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Une saisie volumineuse",
                                    "text": (
                                        "<p>Ce scénario est fictif et composite. Une perquisition "
                                        "permet de saisir plusieurs téraoctets de données. "
                                        "L'expert lance d'abord la comparaison d'empreintes, qui "
                                        "identifie et catégorise la plupart des images connues. "
                                        "Deux policiers formés examinent les fichiers inédits "
                                        "restants par courtes séances, son coupé. Ils remarquent "
                                        "une série montrant le même enfant dans la même pièce sur "
                                        "plusieurs mois et la transmettent en priorité à l'équipe "
                                        "d'identification des victimes. Les deux policiers se "
                                        "rendent à leur entretien de bien-être prévu cette "
                                        "semaine-là.</p>"
                                    ),
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Pourquoi le matériel inédit est-il prioritaire lors de "
                                        "l'examen ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Il peut montrer un enfant qui n'a pas été "
                                                "identifié et qui est peut-être encore en danger."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. L'identification des victimes dépend de la "
                                                "rapidité à repérer le nouveau matériel."
                                            ),
                                        },
                                        {
                                            "text": "Il est plus facile à catégoriser.",
                                            "correct": False,
                                            "feedback": (
                                                "La difficulté n'est pas la raison : c'est le "
                                                "risque pour un enfant non identifié."
                                            ),
                                        },
                                        {
                                            "text": "Le matériel connu ne compte pas comme preuve.",
                                            "correct": False,
                                            "feedback": (
                                                "Le matériel connu reste une preuve ; la "
                                                "comparaison d'empreintes réduit simplement le "
                                                "besoin de le voir."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Les preuves numériques : quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Quelles pratiques préservent l'intégrité des preuves numériques ? "
                                "Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Utiliser des bloqueurs d'écriture pour créer les copies "
                                        "médico-légales"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Ils empêchent toute modification de l'original."
                                    ),
                                },
                                {
                                    "text": (
                                        "Vérifier les copies médico-légales par leurs empreintes"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Des empreintes identiques prouvent que la copie "
                                        "est exacte."
                                    ),
                                },
                                {
                                    "text": (
                                        "Consigner chaque manipulation dans la chaîne de "
                                        "traçabilité"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La continuité doit être prouvée de la saisie au "
                                        "procès."
                                    ),
                                },
                                {
                                    "text": (
                                        "Parcourir l'appareil original pour voir ce qu'il contient"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Parcourir l'original peut modifier les données : "
                                        "travaillez sur une copie médico-légale vérifiée."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Une procureure vous demande d'envoyer par courriel un échantillon "
                                "des images pour évaluer le dossier. Que faites-vous ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Refuser, et proposer la description catégorisée du "
                                        "rapport ou, si c'est vraiment nécessaire, un visionnage "
                                        "encadré dans un environnement sécurisé"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le matériel ne quitte jamais les systèmes "
                                        "médico-légaux autorisés."
                                    ),
                                },
                                {
                                    "text": (
                                        "Envoyer un petit échantillon compressé par messagerie "
                                        "sécurisée"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Toute copie envoyée par courriel est une copie non "
                                        "autorisée de matériel d'abus, quel que soit le canal."
                                    ),
                                },
                                {
                                    "text": "Mettre les images sur une clé USB chiffrée",
                                    "correct": False,
                                    "feedback": (
                                        "Le chiffrement ne rend une copie non autorisée ni légale "
                                        "ni sûre."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quelles techniques réduisent l'exposition des examinateurs ? "
                                "Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Comparer d'abord les images connues par leurs empreintes"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le matériel connu est catégorisé sans que personne "
                                        "ne le voie."
                                    ),
                                },
                                {
                                    "text": "Couper le son sauf s'il est nécessaire comme preuve",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le son accroît fortement l'impact du matériel."
                                    ),
                                },
                                {
                                    "text": "Examiner chez soi le soir pour rattraper le retard",
                                    "correct": False,
                                    "feedback": (
                                        "Examinez uniquement dans des environnements sécurisés "
                                        "autorisés, et jamais seul chez vous."
                                    ),
                                },
                                {
                                    "text": (
                                        "Limiter la durée quotidienne d'examen et faire des pauses"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Ces limites protègent à la fois le bien-être et la "
                                        "précision."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "Pourquoi isoler des réseaux un téléphone saisi ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Pour empêcher un effacement à distance ou une "
                                        "modification de ses données"
                                    ),
                                    "correct": True,
                                    "feedback": "Exact. L'isolement préserve la preuve.",
                                },
                                {
                                    "text": "Pour éviter que la batterie se décharge",
                                    "correct": False,
                                    "feedback": (
                                        "La batterie compte, mais l'isolement sert à empêcher "
                                        "toute modification à distance."
                                    ),
                                },
                                {
                                    "text": (
                                        "Pour que les policiers puissent lire les messages sans "
                                        "autorisation légale"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "L'isolement préserve la preuve ; il ne change pas "
                                        "l'autorisation légale nécessaire pour examiner le "
                                        "téléphone."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Que doit contenir un rapport destiné au parquet au sujet du "
                                "matériel ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Des descriptions neutres et une catégorisation, sans "
                                        "aucune copie"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Cela rend compte de la gravité tout en limitant "
                                        "l'exposition."
                                    ),
                                },
                                {
                                    "text": "Une sélection des images les plus graves",
                                    "correct": False,
                                    "feedback": "Un rapport ne contient jamais de matériel d'abus.",
                                },
                                {
                                    "text": (
                                        "Des descriptions explicites pour rendre compte de la "
                                        "gravité"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Une catégorisation neutre et factuelle rend compte de la "
                                        "gravité sans détails explicites."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "victims",
                "title": "Identifier les victimes et travailler avec les enfants",
                "summary": (
                    "Retrouver et protéger les enfants représentés dans le matériel, et rencontrer "
                    "les enfants victimes en tenant compte du traumatisme."
                ),
                "lessons": [
                    {
                        "slug": "victim-identification",
                        "title": "L'identification des victimes",
                        "content_note": (
                            "Cette leçon traite de la manière dont les enquêteurs identifient les "
                            "enfants représentés dans du matériel d'abus. Elle ne contient aucun "
                            "détail explicite."
                        ),
                        "body": [
                            ("heading", "Derrière chaque série, un enfant à retrouver"),
                            (
                                "paragraph",
                                "<p>L'identification des victimes consiste à retrouver et à "
                                "protéger les enfants représentés dans le matériel d'abus. "
                                "C'est essentiel, car beaucoup d'enfants sont abusés par une "
                                "personne qui a accès à eux au domicile ou à proximité, et les "
                                "abus peuvent se poursuivre. L'identification se concentre sur "
                                "le matériel inédit, qui peut montrer un enfant encore inconnu "
                                "de la police.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Les spécialistes étudient le contenu non abusif des images "
                                "et des vidéos : objets, produits, vêtements, panneaux, "
                                "langues, sons, bâtiments et métadonnées. De petits indices "
                                "peuvent restreindre un lieu à un pays, puis à une région, "
                                "puis à un domicile. La base de données internationale sur "
                                "l'exploitation sexuelle des enfants (ICSE) d'INTERPOL permet "
                                "à des spécialistes de nombreux pays de comparer le matériel, "
                                "de voir si une série a déjà été identifiée et d'éviter les "
                                "doublons. L'initiative Trace an Object d'Europol publie des "
                                "photos d'objets ordinaires tirés de l'arrière-plan d'images, "
                                "débarrassées de tout contenu abusif, pour que le public aide "
                                "à en déterminer la provenance.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>L'identification est un travail d'équipe par-delà les "
                                "frontières. Lorsqu'un enfant semble se trouver dans un autre "
                                "pays, l'information est transmise par les canaux d'INTERPOL à "
                                "l'unité spécialisée de ce pays, pour que la police et les "
                                "services de protection de l'enfance locaux puissent agir "
                                "vite. Une fois l'enfant identifié, sa protection passe en "
                                "premier : planifiez avec les services de protection de "
                                "l'enfance comment et quand l'enfant et un adulte protecteur "
                                "seront approchés, et quel accompagnement sera proposé. "
                                "Enregistrez l'identification dans ICSE pour que les autres "
                                "pays cessent de chercher le même enfant.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "Donnez la priorité au matériel inédit pour "
                                        "l'identification des victimes.",
                                        "Les spécialistes étudient les indices de "
                                        "l'arrière-plan, jamais l'abus lui-même.",
                                        "Versez les séries dans ICSE par l'intermédiaire de "
                                        "votre unité nationale spécialisée.",
                                        "Une fois l'enfant identifié, sa protection passe en "
                                        "premier.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "En quoi le fait de verser du matériel dans ICSE par votre "
                                        "unité nationale aide-t-il les enfants ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Des spécialistes d'autres pays peuvent comparer "
                                                "les séries, éviter les doublons et retrouver les "
                                                "enfants plus vite."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Beaucoup d'enfants sont identifiés grâce à "
                                                "cette coopération."
                                            ),
                                        },
                                        {
                                            "text": "Cela permet de montrer le matériel au public.",
                                            "correct": False,
                                            "feedback": (
                                                "ICSE est une base sécurisée réservée aux forces "
                                                "de l'ordre ; le matériel d'abus n'est jamais "
                                                "publié."
                                            ),
                                        },
                                        {
                                            "text": "Cela remplace l'enquête locale.",
                                            "correct": False,
                                            "feedback": (
                                                "Cela soutient les enquêtes locales ; cela ne les "
                                                "remplace pas."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "trauma-informed-contact",
                        "title": "Un contact avec l'enfant attentif au traumatisme",
                        "content_note": (
                            "Cette leçon traite de la manière dont les enfants vivent les abus et "
                            "l'enquête, et comprend un cas fictif."
                        ),
                        "body": [
                            ("heading", "Ce que signifie concrètement tenir compte du traumatisme"),
                            (
                                "paragraph",
                                "<p>Les enfants victimes d'exploitation sexuelle peuvent "
                                "ressentir de la honte, la peur de l'auteur ou des "
                                "conséquences à la maison, et de la loyauté envers la personne "
                                "qui les a abusés, surtout s'il s'agit d'un membre de la "
                                "famille. On leur a peut-être dit qu'ils seraient blâmés ou "
                                "punis. Le traumatisme affecte la mémoire et le comportement : "
                                "un enfant peut paraître calme, en colère ou peu disposé à "
                                "parler. Rien de tout cela ne signifie qu'il ne dit pas la "
                                "vérité. Une approche attentive au traumatisme offre à "
                                "l'enfant sécurité, prévisibilité et autant de choix que "
                                "possible.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Bonnes pratiques",
                                    "items": [
                                        "Préparer l'audition avec un intervieweur spécialisé "
                                        "utilisant un protocole fondé sur des données "
                                        "probantes, comme le protocole du NICHD",
                                        "Auditionner une seule fois, avec enregistrement, dans "
                                        "un cadre adapté aux enfants comme une Barnahus ou un "
                                        "centre d'accueil spécialisé, lorsqu'il en existe",
                                        "Expliquer qui vous êtes, ce qui va se passer et ce "
                                        "que l'enfant peut choisir",
                                        "Poser des questions ouvertes ; éviter les questions "
                                        "suggestives, répétées ou culpabilisantes",
                                        "Ne jamais montrer de matériel d'abus à un enfant",
                                        "Associer un adulte de confiance ou une personne de "
                                        "soutien qui n'est pas suspecte",
                                        "Veiller à ce qu'un soutien thérapeutique soit "
                                        "proposé, que l'enfant témoigne ou non",
                                    ],
                                },
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Dara, victime de sextorsion",
                                    "text": (
                                        "<p>Ce scénario est fictif et composite. Dara, 16 ans, "
                                        "déclare à la police qu'une personne rencontrée sur un "
                                        "réseau social lui réclame de l'argent et menace d'envoyer "
                                        "ses images à son lycée. Il a honte et demande s'il aura "
                                        "des ennuis. La policière lui dit clairement qu'il est "
                                        "victime d'un crime et qu'il ne sera pas blâmé. Elle lui "
                                        "conseille de ne plus répondre, de ne pas payer et de ne "
                                        "supprimer ni le compte ni les messages, et fait "
                                        "recueillir les preuves selon des procédures autorisées. "
                                        "Elle lui donne des informations sur le retrait des images "
                                        "et sur une ligne d'écoute qu'il peut appeler le soir "
                                        "même.</p>"
                                    ),
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Dara demande s'il aura des ennuis parce qu'il a envoyé "
                                        "une image. Quelle est la bonne réponse ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Lui dire clairement qu'il est victime d'un crime "
                                                "et qu'il ne sera pas blâmé."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Une réassurance claire réduit la honte et "
                                                "l'aide à s'engager."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Lui expliquer que cela dépend de ce que montrent "
                                                "les images."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Les enfants contraints par sextorsion sont des "
                                                "victimes. Cette réponse ajoute de la peur et peut "
                                                "le dissuader de coopérer."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Éluder la question jusqu'à la fin de l'enquête."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "L'incertitude accroît la détresse ; une réponse "
                                                "claire l'aide à s'engager en sécurité."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Identifier les victimes et travailler avec les enfants : quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": "Sur quoi porte principalement l'identification des victimes ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Retrouver et protéger les enfants représentés dans du "
                                        "matériel inédit"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. L'enfant qui est peut-être encore en danger passe "
                                        "en premier."
                                    ),
                                },
                                {
                                    "text": "Compter combien d'images détient un suspect",
                                    "correct": False,
                                    "feedback": (
                                        "Le volume compte pour les poursuites, mais "
                                        "l'identification concerne l'enfant."
                                    ),
                                },
                                {
                                    "text": "Publier des images pour demander l'aide du public",
                                    "correct": False,
                                    "feedback": (
                                        "Seuls des objets ordinaires débarrassés de tout contenu "
                                        "abusif, comme dans Trace an Object d'Europol, sont "
                                        "publiés."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quels indices les spécialistes de l'identification des victimes "
                                "étudient-ils ? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Les produits, panneaux et langues visibles en arrière-plan"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Des détails du quotidien peuvent désigner un lieu."
                                    ),
                                },
                                {
                                    "text": "Les métadonnées des fichiers",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Elles peuvent révéler des appareils, des dates ou "
                                        "des lieux."
                                    ),
                                },
                                {
                                    "text": "Les bâtiments et les sons",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. L'architecture et les sons peuvent restreindre une "
                                        "région."
                                    ),
                                },
                                {
                                    "text": "Des détails de l'abus lui-même, diffusés au public",
                                    "correct": False,
                                    "feedback": (
                                        "Les spécialistes étudient le contexte non abusif ; le "
                                        "contenu abusif n'est jamais diffusé."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quelles pratiques favorisent une audition attentive au "
                                "traumatisme ? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Une audition unique, enregistrée, menée par un "
                                        "spécialiste formé"
                                    ),
                                    "correct": True,
                                    "feedback": "Exact. Cela évite des récits répétés.",
                                },
                                {
                                    "text": (
                                        "Des questions ouvertes et des explications sur ce qui va "
                                        "se passer"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La prévisibilité et les questions ouvertes aident "
                                        "l'enfant."
                                    ),
                                },
                                {
                                    "text": (
                                        "Montrer des images à l'enfant pour confirmer son identité"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Ne montrez jamais de matériel d'abus à un enfant. "
                                        "L'identification passe par d'autres méthodes."
                                    ),
                                },
                                {
                                    "text": (
                                        "Répéter les questions jusqu'à obtenir un récit cohérent"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Les questions répétées bouleversent l'enfant et peuvent "
                                        "nuire à la fiabilité."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Un enfant paraît calme et sans émotion en décrivant des abus. "
                                "Qu'est-ce que cela vous indique ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Rien sur sa crédibilité : le traumatisme se manifeste "
                                        "différemment selon les enfants"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Il n'existe pas une seule façon de se comporter en "
                                        "victime."
                                    ),
                                },
                                {
                                    "text": "Que le récit est probablement faux",
                                    "correct": False,
                                    "feedback": (
                                        "Le calme est fréquent après un traumatisme et ne dit rien "
                                        "de la sincérité."
                                    ),
                                },
                                {
                                    "text": "Que l'enfant n'a pas subi de préjudice",
                                    "correct": False,
                                    "feedback": (
                                        "Le préjudice ne se mesure pas à l'émotion visible."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "Où auditionner un enfant victime, lorsque c'est possible ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Dans un cadre adapté aux enfants, comme une Barnahus ou "
                                        "un centre d'accueil spécialisé"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le cadre aide l'enfant à se sentir en sécurité."
                                    ),
                                },
                                {
                                    "text": "À l'accueil du commissariat, pour gagner du temps",
                                    "correct": False,
                                    "feedback": (
                                        "Un cadre public et formel ajoute du stress et nuit à la "
                                        "qualité du récit."
                                    ),
                                },
                                {
                                    "text": (
                                        "À domicile, en présence du membre de la famille suspecté "
                                        "pour le rassurer"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Un suspect ne doit jamais être présent. Choisissez un "
                                        "lieu neutre et sûr."
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
        "title": "Poursuivre l'exploitation et les abus sexuels d'enfants en ligne",
        "summary": (
            "Pour les procureurs : bâtir des dossiers solides à partir de preuves numériques, "
            "traiter légalement le matériel d'abus, coopérer par-delà les frontières et garder "
            "l'enfant au centre de la procédure."
        ),
        "outcomes": [
            "Conseiller tôt les enquêteurs sur les preuves qu'exige chaque infraction.",
            "Gérer le matériel d'abus comme preuve et lors de la communication des pièces sans "
            "créer de copies non autorisées.",
            "Recourir à la conservation, à l'entraide judiciaire et aux autres canaux pour "
            "obtenir les preuves détenues à l'étranger.",
            "Construire des dossiers qui ne reposent pas sur le seul témoignage de l'enfant.",
            "Appliquer une pratique centrée sur la victime, de l'engagement des poursuites à "
            "la peine.",
        ],
        "wellbeing_text": (
            "Les procureurs lisent des rapports, des déclarations et des transcriptions détaillés, "
            "et peuvent devoir visionner du matériel comme preuve. L'exposition s'accumule au fil "
            "des dossiers. Le stress traumatique secondaire peut se traduire par des pensées "
            "intrusives, du mal à décrocher, du cynisme ou de l'épuisement ; c'est un effet "
            "reconnu de ce travail. Protégez-vous : appuyez-vous sur les descriptions catégorisées "
            "chaque fois que la loi le permet, placez les lectures éprouvantes plutôt en début de "
            "journée, faites des pauses et n'examinez pas de pièces chez vous. Servez-vous de la "
            "supervision et des échanges sur les dossiers pour partager le poids des décisions, et "
            "contactez votre programme d'aide aux employés ou un psychologue en toute "
            "confidentialité si des changements persistent. Prendre soin de vous préserve la "
            "justesse de votre jugement pour les enfants qui en dépendent."
        ),
        "modules": [
            {
                "slug": "building-the-case",
                "title": "Construire le dossier",
                "summary": (
                    "Conseil précoce, qualification des faits, attribution, et matériel d'abus "
                    "comme preuve."
                ),
                "lessons": [
                    {
                        "slug": "charging-and-evidence",
                        "title": "Qualifier les faits et réunir les preuves",
                        "content_note": "",
                        "body": [
                            ("heading", "Un conseil précoce"),
                            (
                                "paragraph",
                                "<p>Les affaires d'exploitation et d'abus sexuels d'enfants en "
                                "ligne se gagnent ou se perdent souvent sur les preuves "
                                "recueillies dans les premiers jours. Les procureurs qui "
                                "conseillent tôt les enquêteurs peuvent s'assurer que les "
                                "bonnes données sont conservées, que les bonnes questions sont "
                                "posées et que les poursuites reflètent l'ensemble des faits. "
                                "Lorsque votre système le permet, convenez d'un plan d'enquête "
                                "couvrant la protection de l'enfant, les preuves numériques, "
                                "les demandes internationales et les besoins de l'enfant.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Un même dossier comporte souvent plusieurs infractions. "
                                "Rapprochez les faits de ce que vous devez prouver "
                                ":</p><ul><li><strong>Production, diffusion et détention de "
                                "matériel d'abus sexuel sur enfant</strong> : attribution des "
                                "appareils et des comptes, connaissance, et catégorisation du "
                                "matériel.</li><li><strong>Pédopiégeage ou "
                                "sollicitation</strong> : communications montrant l'intention, "
                                "l'âge de l'enfant et le fait que l'auteur le "
                                "connaissait.</li><li><strong>Sextorsion</strong> : menaces, "
                                "exigences et leurs effets, ainsi que les éventuels "
                                "paiements.</li><li><strong>Abus diffusés en direct dirigés "
                                "depuis l'étranger</strong> : dans de nombreuses juridictions, "
                                "payer et diriger des abus peut être poursuivi comme "
                                "participation aux abus eux-mêmes ou incitation à les "
                                "commettre, et pas seulement comme leur visionnage.</li></ul>",
                            ),
                            ("heading", "Attribution et corroboration"),
                            (
                                "paragraph",
                                "<p>L'attribution est souvent la principale question au procès "
                                ": qui utilisait l'appareil au moment des faits. Établissez-la "
                                "à partir de plusieurs sources : connexions aux comptes, "
                                "habitudes d'utilisation de l'appareil, données de "
                                "localisation, messages dans le style du suspect et aveux. La "
                                "corroboration par les appareils, les fournisseurs et les "
                                "relevés de paiement fait que le dossier ne dépend pas du seul "
                                "témoignage de l'enfant, ce qui allège la pression qui pèse "
                                "sur lui.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Liste de vérification des preuves",
                                    "items": [
                                        "Rapport d'expertise fondé sur des copies "
                                        "médico-légales vérifiées par empreinte",
                                        "Description catégorisée et neutre du matériel",
                                        "Données des fournisseurs : abonné, connexions et "
                                        "adresses IP",
                                        "Communications avec des enfants, dans leur contexte "
                                        "complet",
                                        "Relevés financiers liés aux abus ou à l'extorsion",
                                        "Éléments d'attribution issus de plusieurs sources "
                                        "indépendantes",
                                        "Les besoins et souhaits de l'enfant, consignés par "
                                        "les enquêteurs",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Pourquoi des preuves numériques et financières "
                                        "corroborantes comptent-elles dans des poursuites centrées "
                                        "sur la victime ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Elles renforcent le dossier et réduisent le poids "
                                                "qui repose sur le témoignage de l'enfant."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Une corroboration solide protège l'enfant "
                                                "autant que le dossier."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Elles permettent d'ignorer le récit de l'enfant."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Le récit de l'enfant compte toujours ; la "
                                                "corroboration allège la pression qui pèse sur lui."
                                            ),
                                        },
                                        {
                                            "text": "Elles garantissent un plaider-coupable.",
                                            "correct": False,
                                            "feedback": (
                                                "Rien ne garantit un aveu de culpabilité, même si "
                                                "des preuves solides le rendent plus probable."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "abuse-material-as-evidence",
                        "title": "Le matériel d'abus comme preuve",
                        "content_note": (
                            "Cette leçon traite de la manière dont le matériel d'abus est géré "
                            "comme preuve et comprend un cas fictif. Elle ne contient aucun détail "
                            "explicite."
                        ),
                        "body": [
                            ("heading", "Jamais un fichier qu'on se passe"),
                            (
                                "paragraph",
                                "<p>Le matériel d'abus est une preuve de la plus haute gravité "
                                "et une atteinte continue à l'enfant. Les procureurs ne le "
                                "reçoivent jamais par courriel, sur un support amovible ou par "
                                "un système de gestion des dossiers non autorisé à cet effet, "
                                "et ne le téléchargent, ne le copient ni ne le transfèrent "
                                "jamais. Lorsque la loi le permet, l'accusation s'appuie sur "
                                "les descriptions neutres et catégorisées de l'expert. Si un "
                                "procureur doit visionner du matériel, par exemple lorsque la "
                                "catégorisation est contestée, cela se fait dans un "
                                "environnement sécurisé selon des procédures médico-légales "
                                "autorisées, et le visionnage est consigné.</p>",
                            ),
                            ("heading", "La communication à la défense"),
                            (
                                "paragraph",
                                "<p>La personne poursuivie a droit à un procès équitable, y "
                                "compris à une possibilité réelle d'examiner les preuves. Dans "
                                "la plupart des systèmes, ce droit est assuré par une "
                                "consultation encadrée : les avocats et experts de la défense "
                                "examinent le matériel dans les locaux de la police ou d'un "
                                "service médico-légal, ou par un système sécurisé, sans en "
                                "emporter de copie. Opposez-vous aux demandes de copies ; les "
                                "juridictions soutiennent généralement l'accès encadré, car "
                                "chaque copie risque une nouvelle diffusion.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Une demande de copies",
                                    "text": (
                                        "<p>Ce scénario est fictif et composite. Dans une affaire "
                                        "de détention, l'avocat de la défense demande une copie "
                                        "intégrale d'un disque dur saisi pour que son expert "
                                        "l'examine à son cabinet. La procureure propose une "
                                        "consultation au service médico-légal, avec un poste de "
                                        "travail, les outils d'analyse de l'expert lorsqu'ils sont "
                                        "compatibles et des créneaux convenus à l'avance. Elle "
                                        "explique par écrit pourquoi aucune copie ne peut être "
                                        "remise et invite l'avocat à signaler toute difficulté "
                                        "précise. Saisi par l'avocat, le juge ordonne un accès "
                                        "encadré aux conditions proposées, en relevant que la "
                                        "défense peut examiner tout ce dont elle a besoin.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "Ne jamais recevoir, télécharger, copier ni transférer "
                                        "de matériel d'abus.",
                                        "S'appuyer sur les descriptions catégorisées lorsque "
                                        "la loi le permet.",
                                        "Proposer à la défense une consultation encadrée, pas "
                                        "des copies.",
                                        "Consigner chaque visionnage de matériel.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Comment le droit de la personne poursuivie à examiner les "
                                        "preuves est-il généralement assuré sans remettre de "
                                        "copies ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Par une consultation encadrée dans les locaux de "
                                                "la police ou d'un service médico-légal, ou par un "
                                                "système sécurisé"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. La défense peut tout examiner sans "
                                                "qu'aucune copie ne sorte du cadre contrôlé."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Par des copies chiffrées envoyées à l'expert de "
                                                "la défense"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Le chiffrement ne supprime pas le risque de "
                                                "nouvelle diffusion ; on évite les copies."
                                            ),
                                        },
                                        {
                                            "text": "Par un simple résumé, sans accès",
                                            "correct": False,
                                            "feedback": (
                                                "La défense doit avoir une possibilité réelle "
                                                "d'examiner les preuves ; la consultation encadrée "
                                                "la lui donne."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Construire le dossier : quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Quelles sources peuvent aider à prouver qui utilisait un appareil "
                                "? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Les connexions aux comptes et les habitudes d'utilisation "
                                        "de l'appareil"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Les habitudes d'utilisation relient une personne à "
                                        "un appareil à un moment donné."
                                    ),
                                },
                                {
                                    "text": "Les données de localisation aux moments pertinents",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La localisation peut placer le suspect avec "
                                        "l'appareil."
                                    ),
                                },
                                {
                                    "text": "La réputation générale du suspect dans son entourage",
                                    "correct": False,
                                    "feedback": (
                                        "La réputation ne prouve pas qui utilisait un appareil."
                                    ),
                                },
                                {
                                    "text": "Des aveux en audition",
                                    "correct": True,
                                    "feedback": (
                                        "Exact, idéalement corroborés par d'autres sources."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Un enquêteur propose de vous envoyer quelques images par courriel "
                                "pour que vous en jugiez la gravité. Que faites-vous ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Refuser, s'appuyer sur la description catégorisée, et "
                                        "n'organiser un visionnage encadré selon des procédures "
                                        "autorisées que si c'est vraiment nécessaire"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le matériel ne circule jamais par courriel ni sur "
                                        "support amovible."
                                    ),
                                },
                                {
                                    "text": "Accepter si le courriel est chiffré",
                                    "correct": False,
                                    "feedback": (
                                        "Un courriel chiffré reste une copie non autorisée."
                                    ),
                                },
                                {
                                    "text": "Les demander plutôt sur une clé USB",
                                    "correct": False,
                                    "feedback": (
                                        "Une clé USB est elle aussi une copie non autorisée."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "Pourquoi un conseil précoce du parquet est-il précieux ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Il aide à garantir la conservation des données et des "
                                        "poursuites qui reflètent l'ensemble des faits."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Les premières décisions façonnent tout le dossier."
                                    ),
                                },
                                {
                                    "text": (
                                        "Il permet au procureur d'auditionner lui-même l'enfant."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Ce sont des spécialistes formés qui auditionnent les "
                                        "enfants, pas les procureurs."
                                    ),
                                },
                                {
                                    "text": "Il remplace l'expertise médico-légale.",
                                    "correct": False,
                                    "feedback": (
                                        "Le conseil oriente l'expertise ; il ne la remplace pas."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Dans de nombreuses juridictions, pour quoi peut être poursuivi un "
                                "auteur qui paie et dirige depuis l'étranger des abus diffusés en "
                                "direct ? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Participation aux abus ou incitation à les commettre",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Cela reflète son rôle dans la direction des abus."
                                    ),
                                },
                                {
                                    "text": (
                                        "Infractions de visionnage ou de consultation du matériel"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact, même si poursuivre le seul visionnage peut ne pas "
                                        "refléter l'ensemble des faits."
                                    ),
                                },
                                {
                                    "text": "Rien, si les abus ont eu lieu dans un autre pays",
                                    "correct": False,
                                    "feedback": (
                                        "De nombreuses lois, ainsi que la Convention de Lanzarote, "
                                        "prévoient une compétence à l'égard des ressortissants "
                                        "pour des infractions commises à l'étranger."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "La défense demande une copie intégrale d'un disque saisi. Quelle "
                                "est l'approche habituelle ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Proposer à la place une consultation encadrée dans un "
                                        "environnement sécurisé"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Cela respecte le droit à un procès équitable sans "
                                        "nouvelle diffusion."
                                    ),
                                },
                                {
                                    "text": (
                                        "Remettre la copie, puisque le droit à un procès équitable "
                                        "l'exige"
                                    ),
                                    "correct": False,
                                    "feedback": "Ce droit est assuré par un accès réel et encadré.",
                                },
                                {
                                    "text": "Refuser tout accès",
                                    "correct": False,
                                    "feedback": (
                                        "La défense doit avoir une possibilité réelle d'examiner "
                                        "les preuves."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "international-cooperation",
                "title": "La coopération internationale",
                "summary": (
                    "Conserver et obtenir des preuves à l'étranger, et coordonner les affaires "
                    "d'abus diffusés en direct par-delà les frontières."
                ),
                "lessons": [
                    {
                        "slug": "cross-border-evidence",
                        "title": "Obtenir des preuves au-delà des frontières",
                        "content_note": "",
                        "body": [
                            ("heading", "Les preuves sont rarement dans un seul pays"),
                            (
                                "paragraph",
                                "<p>Auteurs, victimes, fournisseurs de services et données se "
                                "trouvent souvent dans des pays différents. Des données "
                                "détenues par un fournisseur à l'étranger peuvent être "
                                "effacées pendant que vous préparez une demande formelle : "
                                "procédez donc en deux temps, conserver d'abord, obtenir "
                                "ensuite. Prévoyez le temps des demandes internationales dans "
                                "le plan du dossier et indiquez tôt aux enquêteurs quel canal "
                                "s'applique.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Les principaux outils sont notamment :</p><ul><li>la "
                                "<strong>conservation rapide</strong> prévue par la Convention "
                                "du Conseil de l'Europe sur la cybercriminalité (Convention de "
                                "Budapest, 2001), demandée par son réseau de points de contact "
                                "24/7, ou directement auprès des fournisseurs lorsque c'est "
                                "permis ;</li><li>les demandes d'<strong>entraide "
                                "judiciaire</strong> fondées sur des traités ou sur la "
                                "Convention de Budapest, pour les données de contenu et les "
                                "preuves sous une forme recevable ;</li><li>les "
                                "<strong>demandes directes aux fournisseurs de "
                                "services</strong> pour les informations relatives aux "
                                "abonnés, lorsque le droit national et le Deuxième Protocole "
                                "additionnel à la Convention (2022) le permettent "
                                ";</li><li>les <strong>canaux de coopération "
                                "policière</strong> d'INTERPOL et d'Europol, pour le "
                                "renseignement et la déconfliction ;</li><li>les "
                                "<strong>équipes communes d'enquête</strong> et la "
                                "coordination par Eurojust lorsque plusieurs États enquêtent "
                                "sur le même réseau.</li></ul>",
                            ),
                            (
                                "paragraph",
                                "<p>La Convention de Lanzarote (Convention du Conseil de "
                                "l'Europe sur la protection des enfants contre l'exploitation "
                                "et les abus sexuels, 2007) impose à ses Parties d'incriminer "
                                "la sollicitation d'enfants à des fins sexuelles, entre autres "
                                "comportements, et d'établir leur compétence pour les "
                                "infractions commises à l'étranger par leurs ressortissants. "
                                "Cela permet de poursuivre les auteurs qui voyagent ou qui "
                                "dirigent des abus dans un autre pays.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Une bonne demande d'entraide",
                                    "items": [
                                        "Expose les faits, les infractions et la base légale "
                                        "clairement et brièvement",
                                        "Précise exactement ce qui est demandé, avec "
                                        "identifiants et périodes",
                                        "Explique l'urgence, surtout lorsqu'un enfant peut "
                                        "être en danger",
                                        "Respecte les exigences de forme et de langue de "
                                        "l'État requis",
                                        "Mentionne toute demande de conservation antérieure",
                                        "Indique une personne à contacter pour les questions",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Un fournisseur à l'étranger détient des conversations "
                                        "essentielles à votre dossier. Quelle est la première "
                                        "démarche ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Demander une conservation rapide pour que les "
                                                "données ne soient pas effacées, puis engager la "
                                                "demande formelle."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Conserver d'abord, obtenir ensuite."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Attendre que la demande d'entraide soit prête, "
                                                "pour éviter les doublons."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Les données risquent d'être effacées entre-temps."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Demander aux enquêteurs de se connecter au compte "
                                                "du suspect à l'étranger."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Un accès transfrontière non autorisé peut être "
                                                "illégal et rendre les preuves irrecevables."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "virtual-trafficking-cases",
                        "title": "Les affaires d'abus diffusés en direct par-delà les frontières",
                        "content_note": (
                            "Cette leçon traite en termes généraux des abus sexuels d'enfants "
                            "diffusés en direct et comprend un cas fictif."
                        ),
                        "body": [
                            ("heading", "Les deux bouts d'un même crime"),
                            (
                                "paragraph",
                                "<p>Dans les abus diffusés en direct payés depuis l'étranger, "
                                "parfois appelés traite virtuelle, l'auteur qui paie et dirige "
                                "les abus et l'intermédiaire qui les commet se trouvent dans "
                                "des pays différents, et tous deux sont responsables. Les "
                                "dossiers efficaces sont coordonnés aux deux bouts. Les "
                                "procureurs du pays où vit l'auteur et du pays où vit l'enfant "
                                "partagent l'information, conviennent du moment de l'action "
                                "pour que les enfants soient protégés avant qu'une arrestation "
                                "n'alerte le réseau, et évitent les doublons.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Une grande partie des preuves vient du côté de l'auteur : "
                                "conversations où les abus sont organisés et dirigés, relevés "
                                "de paiement reliant les virements aux séances, et données des "
                                "fournisseurs. Dans le pays de l'enfant, les preuves du rôle "
                                "de l'intermédiaire et l'identification de l'enfant permettent "
                                "de le mettre à l'abri et de l'accompagner. Les cellules de "
                                "renseignement financier peuvent retracer les flux de paiement "
                                "entre de nombreux auteurs et intermédiaires.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Une action coordonnée",
                                    "text": (
                                        "<p>Ce scénario est fictif et composite. L'examen du "
                                        "téléphone d'un auteur révèle des conversations organisant "
                                        "des séances vidéo payantes avec une femme à l'étranger "
                                        "qui propose l'accès à deux petites filles de son foyer. "
                                        "Le procureur contacte l'autorité étrangère par le canal "
                                        "convenu et partage les preuves. Les autorités de ce pays "
                                        "mettent les fillettes à l'abri, en présence de "
                                        "travailleurs sociaux, avant que l'auteur ne soit "
                                        "poursuivi dans son pays. On ne demande pas aux fillettes "
                                        "de voyager ni de témoigner dans le pays de l'auteur : le "
                                        "dossier repose sur les conversations, les relevés de "
                                        "paiement et les éléments d'identification fournis par "
                                        "l'autorité étrangère, obtenus par entraide judiciaire.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "L'auteur qui paie et l'intermédiaire sont tous deux "
                                        "responsables.",
                                        "Coordonnez le calendrier pour que les enfants soient "
                                        "protégés d'abord.",
                                        "Les relevés de paiement et les conversations peuvent "
                                        "prouver l'infraction sans témoignage de l'enfant.",
                                        "Un enfant ne devrait pas avoir à voyager pour "
                                        "témoigner dans un autre pays.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Pourquoi l'action contre l'auteur qui paie doit-elle être "
                                        "coordonnée avec les autorités du pays de l'enfant ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Une arrestation peut alerter l'intermédiaire et "
                                                "mettre les enfants en danger avant qu'ils ne "
                                                "soient protégés."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. C'est la sécurité des enfants qui fixe le "
                                                "calendrier."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Parce que le pays de l'auteur n'est pas compétent."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La plupart des États sont compétents à l'égard de "
                                                "leurs ressortissants et résidents pour de tels "
                                                "faits."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Pour que le pays de l'enfant décide de la peine."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Chaque pays juge les auteurs qu'il poursuit ; la "
                                                "coordination porte sur la sécurité et les preuves."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "La coopération internationale : quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": "À quoi sert la conservation rapide ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "À empêcher l'effacement des données pendant la "
                                        "préparation d'une demande formelle."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La conservation garde les données ; leur "
                                        "communication exige une autre demande."
                                    ),
                                },
                                {
                                    "text": "À donner un accès immédiat aux données de contenu.",
                                    "correct": False,
                                    "feedback": (
                                        "La conservation met les données à l'abri ; les obtenir "
                                        "exige une autre demande."
                                    ),
                                },
                                {
                                    "text": "À remplacer l'entraide judiciaire.",
                                    "correct": False,
                                    "feedback": (
                                        "Elle donne du temps pour l'entraide ; elle ne la remplace "
                                        "pas."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Lesquels sont des canaux de coopération internationale ? "
                                "Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Le réseau 24/7 de la Convention de Budapest",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Il traite les demandes urgentes de conservation."
                                    ),
                                },
                                {
                                    "text": "Les demandes d'entraide judiciaire",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. L'entraide permet d'obtenir des preuves sous une "
                                        "forme recevable."
                                    ),
                                },
                                {
                                    "text": "Les équipes communes d'enquête",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Elles permettent à plusieurs États de travailler "
                                        "ensemble sur une affaire."
                                    ),
                                },
                                {
                                    "text": (
                                        "Des enquêteurs qui se connectent à des comptes étrangers "
                                        "sans autorisation légale"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Cela peut être illégal et compromettre le dossier."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Dans une affaire d'abus diffusés en direct payés depuis "
                                "l'étranger, quelles preuves peuvent établir l'infraction ? "
                                "Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Les conversations organisant et dirigeant les abus",
                                    "correct": True,
                                    "feedback": "Exact. Elles montrent le rôle de l'auteur.",
                                },
                                {
                                    "text": "Les relevés de paiement liés aux séances",
                                    "correct": True,
                                    "feedback": "Exact. Ils relient les paiements aux abus.",
                                },
                                {
                                    "text": (
                                        "Les données des fournisseurs sur les appels et les comptes"
                                    ),
                                    "correct": True,
                                    "feedback": "Exact. Elles corroborent le contact.",
                                },
                                {
                                    "text": (
                                        "Des enregistrements de séances envoyés par courriel au "
                                        "procureur"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Le matériel reste dans des systèmes médico-légaux "
                                        "autorisés et n'est jamais envoyé par courriel."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Qu'impose la Convention de Lanzarote à ses Parties pour les "
                                "infractions commises à l'étranger par leurs ressortissants ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "D'établir leur compétence pour ces infractions",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Cela comble des lacunes que les auteurs pourraient "
                                        "exploiter."
                                    ),
                                },
                                {
                                    "text": "Que seul l'État où vit l'enfant puisse poursuivre",
                                    "correct": False,
                                    "feedback": (
                                        "La Convention élargit la compétence ; elle ne la "
                                        "restreint pas."
                                    ),
                                },
                                {
                                    "text": "Rien : ces infractions sortent de son champ",
                                    "correct": False,
                                    "feedback": (
                                        "Les infractions commises à l'étranger par des "
                                        "ressortissants sont expressément visées."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Faut-il demander à un enfant victime vivant à l'étranger de "
                                "voyager pour témoigner contre l'auteur qui payait ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "À éviter autant que possible : recourir à d'autres "
                                        "preuves ou à un témoignage à distance protégé."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le voyage et un tribunal étranger aggravent le "
                                        "traumatisme de l'enfant."
                                    ),
                                },
                                {
                                    "text": "Oui : un témoignage en personne est toujours exigé.",
                                    "correct": False,
                                    "feedback": (
                                        "De nombreux systèmes admettent les témoignages "
                                        "enregistrés ou à distance."
                                    ),
                                },
                                {
                                    "text": (
                                        "Oui, mais seulement après la condamnation de "
                                        "l'intermédiaire."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Le calendrier n'enlève rien au poids qui pèse sur "
                                        "l'enfant."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "victim-centred-prosecution",
                "title": "Des poursuites centrées sur la victime",
                "summary": (
                    "Accompagner les enfants victimes pendant la procédure, à l'audience et après "
                    "le verdict."
                ),
                "lessons": [
                    {
                        "slug": "supporting-victims",
                        "title": "Accompagner les victimes pendant la procédure",
                        "content_note": (
                            "Cette leçon traite des effets de la procédure pénale sur les enfants "
                            "victimes."
                        ),
                        "body": [
                            ("heading", "La justice vue par l'enfant"),
                            (
                                "paragraph",
                                "<p>Pour un enfant, des poursuites peuvent être longues, "
                                "déroutantes et effrayantes. Les délais sont l'une des plus "
                                "grandes sources de préjudice : ils prolongent l'incertitude, "
                                "freinent le rétablissement et peuvent affaiblir les preuves. "
                                "Un procureur centré sur la victime garde les besoins de "
                                "l'enfant à l'esprit à chaque décision, tout en conservant "
                                "l'indépendance et l'impartialité qu'exige sa fonction.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Une pratique centrée sur la victime",
                                    "items": [
                                        "Traiter en priorité les dossiers impliquant des "
                                        "enfants victimes et éviter les renvois",
                                        "Veiller à ce que l'enfant et ses proches reçoivent, à "
                                        "chaque étape et décision, des informations qu'ils "
                                        "comprennent",
                                        "Travailler avec une personne de soutien ou un "
                                        "accompagnant désigné",
                                        "Demander tôt des mesures de protection : audition "
                                        "enregistrée, visioconférence, paravents, "
                                        "intermédiaires et contre-interrogatoire anticipé "
                                        "lorsqu'il existe",
                                        "Protéger l'identité et la vie privée de l'enfant, y "
                                        "compris ses données personnelles dans les pièces de "
                                        "procédure",
                                        "Expliquer les décisions de ne pas poursuivre ou "
                                        "d'abandonner les poursuites, et tout droit de recours",
                                        "Demander réparation lorsque la loi le permet",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>L'avis de l'enfant sur la manière de témoigner compte. "
                                "Certains préfèrent la visioconférence ; d'autres veulent être "
                                "dans la salle d'audience. Posez la question par "
                                "l'intermédiaire de la personne de soutien et présentez l'avis "
                                "de l'enfant à la juridiction. Lorsque votre système le "
                                "permet, rencontrez l'enfant avant le procès pour lui "
                                "expliquer le déroulement, sans aborder les preuves. Préparer "
                                "n'est pas orienter le témoignage : le but est de familiariser "
                                "l'enfant avec la procédure, jamais de faire répéter sa "
                                "déposition.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Des images autoproduites sous la contrainte ne rendent pas "
                                "l'enfant responsable. Lorsqu'un enfant a réalisé ou envoyé "
                                "des images sous la pression d'un auteur, une approche centrée "
                                "sur la victime le traite comme une victime et évite de le "
                                "poursuivre. Le bien-être de l'enfant passe d'abord : une "
                                "thérapie avant le procès ne devrait pas être retardée pour "
                                "les besoins du dossier, et les services de soutien peuvent "
                                "conseiller sur la tenue de leurs dossiers.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Quelle est la différence entre préparer un enfant à "
                                        "l'audience et orienter son témoignage ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "La préparation explique la procédure et le cadre "
                                                "; orienter le témoignage façonne le contenu de la "
                                                "déposition."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. La préparation est une bonne pratique ; "
                                                "orienter un témoignage n'est jamais acceptable."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Il n'y en a aucune si le procureur est prudent."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La différence est fondamentale : le contenu d'une "
                                                "déposition ne doit jamais être façonné."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "La préparation est interdite dans toutes les "
                                                "juridictions."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Familiariser l'enfant avec la procédure est une "
                                                "bonne pratique dans de nombreux systèmes."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "in-court-and-after",
                        "title": "À l'audience et après le verdict",
                        "content_note": (
                            "Cette leçon traite d'idées reçues sur les enfants victimes et "
                            "comprend un cas fictif."
                        ),
                        "body": [
                            ("heading", "Combattre les idées reçues"),
                            (
                                "paragraph",
                                "<p>Les procureurs devraient anticiper les idées reçues "
                                "courantes et y répondre par des preuves ou une expertise "
                                ":</p><ul><li><strong>Une révélation tardive</strong> est "
                                "fréquente et n'indique pas une invention.</li><li><strong>Le "
                                "maintien du contact</strong> avec l'auteur est typique du "
                                "pédopiégeage, et ne prouve pas que tout allait "
                                "bien.</li><li><strong>Un enfant qui a envoyé des "
                                "images</strong> sous la pression ou par la ruse est une "
                                "victime, pas un participant.</li><li><strong>Des "
                                "incohérences</strong> sur des détails secondaires sont "
                                "fréquentes après un traumatisme.</li></ul><p>Objectez aux "
                                "questions répétitives, confuses, fondées sur ces idées reçues "
                                "ou qui culpabilisent l'enfant. Lorsque c'est possible, "
                                "utilisez une audience préparatoire pour convenir à l'avance "
                                "avec le juge et la défense de la forme des questions.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Un contre-interrogatoire",
                                    "text": (
                                        "<p>Ce scénario est fictif et composite. Mira, 13 ans, "
                                        "témoigne par visioconférence dans une affaire de "
                                        "pédopiégeage. L'avocat de la défense pose une série de "
                                        "longues questions laissant entendre qu'elle « voulait » "
                                        "ce contact puisqu'elle continuait à répondre. La "
                                        "procureure objecte que les questions sont multiples et "
                                        "reposent sur une idée reçue, en renvoyant à l'expertise "
                                        "sur le pédopiégeage déjà versée aux débats. Le juge "
                                        "demande à l'avocat de poser des questions courtes et "
                                        "simples et de présenter la thèse de la défense sans "
                                        "commentaire. Mira achève son témoignage avec une seule "
                                        "pause.</p>"
                                    ),
                                },
                            ),
                            ("heading", "Après le verdict"),
                            (
                                "paragraph",
                                "<p>Les réquisitions sur la peine devraient exposer le "
                                "préjudice subi par l'enfant, y compris le préjudice continu "
                                "lié à la circulation des images, et les circonstances "
                                "aggravantes comme l'âge de l'enfant, l'abus de confiance, la "
                                "préméditation et tout mobile lucratif. Demandez des mesures "
                                "qui protègent l'enfant : interdictions et interdictions de "
                                "contact, confiscation et destruction des appareils et du "
                                "matériel, et réparation. Informez rapidement l'enfant et ses "
                                "proches de l'issue et expliquez la suite, y compris l'aide au "
                                "retrait des images.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "Anticipez les idées reçues et répondez-y par des preuves.",
                                        "Objectez aux questions multiples, répétitives ou "
                                        "culpabilisantes.",
                                        "Demandez des mesures qui protègent l'enfant après le "
                                        "verdict.",
                                        "Informez rapidement l'enfant et ses proches de l'issue.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "La défense suggère que les réponses répétées d'une enfant "
                                        "montrent qu'elle était d'accord. Comment le procureur "
                                        "doit-il réagir ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Objecter, et s'appuyer sur les preuves montrant "
                                                "que le maintien du contact est typique du "
                                                "pédopiégeage et n'implique aucun accord."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Répondez à l'idée reçue par les preuves et "
                                                "l'objection."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Concéder le point et se concentrer sur les autres "
                                                "chefs."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Laisser l'idée reçue sans réponse nuit à l'enfant "
                                                "et au dossier."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Demander à l'enfant d'expliquer pourquoi elle "
                                                "continuait à répondre."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Cela fait peser la charge sur l'enfant ; répondez "
                                                "à l'idée reçue par les preuves et l'objection."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Des poursuites centrées sur la victime : quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Quelles mesures de protection un procureur peut-il demander ? "
                                "Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Une audition enregistrée valant déposition principale",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. L'enfant n'a pas à répéter son récit en direct."
                                    ),
                                },
                                {
                                    "text": "Une visioconférence ou des paravents",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. L'enfant n'a pas à faire face à la personne "
                                        "poursuivie."
                                    ),
                                },
                                {
                                    "text": "Un intermédiaire",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Les intermédiaires aident l'enfant à comprendre et "
                                        "à être compris."
                                    ),
                                },
                                {
                                    "text": "Exiger la présence de l'enfant à chaque audience",
                                    "correct": False,
                                    "feedback": (
                                        "L'enfant ne devrait venir que lorsque son témoignage "
                                        "l'exige."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Une adolescente de 14 ans a envoyé des images sous la menace d'un "
                                "adulte. Comment doit-elle être considérée ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Comme une victime de sextorsion, pas comme une auteure"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La responsabilité incombe à l'adulte qui l'a "
                                        "contrainte."
                                    ),
                                },
                                {
                                    "text": "Comme coauteure pour avoir produit les images",
                                    "correct": False,
                                    "feedback": (
                                        "La contrainte fait d'elle une victime ; la poursuivre "
                                        "aggraverait le préjudice."
                                    ),
                                },
                                {
                                    "text": "Comme simple témoin, sans les droits d'une victime",
                                    "correct": False,
                                    "feedback": (
                                        "Elle est victime et a droit au soutien et à la protection "
                                        "qui en découlent."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Pourquoi les délais sont-ils particulièrement préjudiciables "
                                "lorsque les victimes sont des enfants ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Ils prolongent l'incertitude, freinent le rétablissement "
                                        "et peuvent affaiblir les preuves."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Traitez ces dossiers en priorité et évitez les "
                                        "renvois."
                                    ),
                                },
                                {
                                    "text": "Ils sont sans effet si l'enfant est accompagné.",
                                    "correct": False,
                                    "feedback": (
                                        "L'accompagnement aide, mais les délais prolongent quand "
                                        "même le préjudice."
                                    ),
                                },
                                {
                                    "text": "Ils ne nuisent qu'à la personne poursuivie.",
                                    "correct": False,
                                    "feedback": (
                                        "Les délais touchent tout le monde, et les enfants plus "
                                        "que quiconque."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quels éléments ont leur place dans les réquisitions sur la peine "
                                "? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Le préjudice continu lié à la circulation des images",
                                    "correct": True,
                                    "feedback": "Exact. Ce préjudice est réel et durable.",
                                },
                                {
                                    "text": "L'âge de l'enfant et tout abus de confiance",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Ce sont des circonstances aggravantes courantes."
                                    ),
                                },
                                {
                                    "text": (
                                        "Des demandes de confiscation et de destruction des "
                                        "appareils et du matériel"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Cela empêche que le matériel soit restitué ou "
                                        "diffusé de nouveau."
                                    ),
                                },
                                {
                                    "text": (
                                        "Des descriptions explicites des abus pour en montrer la "
                                        "gravité"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Décrivez la gravité de façon factuelle, à l'aide de la "
                                        "catégorisation ; les détails explicites ajoutent au "
                                        "préjudice."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "Qu'indique une révélation tardive de la part d'un enfant ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Rien sur sa crédibilité : c'est fréquent dans les abus "
                                        "sexuels d'enfants"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La honte, la peur et le pédopiégeage retardent "
                                        "souvent la révélation."
                                    ),
                                },
                                {
                                    "text": "Que le récit est probablement inventé",
                                    "correct": False,
                                    "feedback": (
                                        "La recherche et l'expérience montrent que les révélations "
                                        "tardives sont fréquentes chez les véritables victimes."
                                    ),
                                },
                                {
                                    "text": "Que les abus étaient mineurs",
                                    "correct": False,
                                    "feedback": "Le délai ne dit rien de la gravité des abus.",
                                },
                            ],
                        },
                    ],
                },
            },
        ],
    },
    "judiciary": {
        "title": (
            "Une justice adaptée aux enfants dans les affaires d'exploitation sexuelle en ligne"
        ),
        "summary": (
            "Pour les juges : appliquer les normes d'une justice adaptée aux enfants, adapter les "
            "audiences aux enfants victimes tout en garantissant le droit à un procès équitable, "
            "et prononcer des peines pour les infractions en ligne en comprenant le préjudice "
            "qu'elles causent."
        ),
        "outcomes": [
            "Appliquer à la conduite de la procédure les normes internationales d'une justice "
            "adaptée aux enfants.",
            "Expliquer pourquoi les abus en ligne causent un préjudice grave et durable.",
            "Adapter les audiences pour que les enfants puissent témoigner au mieux, dans le "
            "respect d'un procès équitable.",
            "Encadrer efficacement l'interrogatoire des enfants témoins.",
            "Apprécier la gravité et prononcer des mesures de protection dans les affaires en "
            "ligne.",
        ],
        "wellbeing_text": (
            "Les juges entendent des récits d'enfants, lisent des preuves détaillées et portent le "
            "poids de décisions qui marquent des vies, souvent sans grande occasion d'en parler. "
            "Le stress traumatique secondaire est un risque reconnu du travail judiciaire dans ces "
            "affaires. Parmi les protections concrètes : s'appuyer autant que possible sur des "
            "descriptions catégorisées du matériel, espacer les affaires éprouvantes dans son rôle "
            "d'audience, faire des pauses pendant les longues audiences et en reparler avec un "
            "collègue ou dans le cadre d'un dispositif de soutien aux magistrats. De nombreuses "
            "juridictions proposent aux juges un accompagnement psychologique confidentiel ou un "
            "service d'aide ; y recourir relève de la responsabilité professionnelle. Soyez "
            "attentif aux changements de votre sommeil, de votre humeur ou de votre patience, et "
            "demandez du soutien tôt."
        ),
        "modules": [
            {
                "slug": "child-friendly-justice",
                "title": "Les principes d'une justice adaptée aux enfants",
                "summary": (
                    "Les normes internationales, et pourquoi les abus en ligne causent un "
                    "préjudice grave et durable."
                ),
                "lessons": [
                    {
                        "slug": "principles-and-standards",
                        "title": "Principes et normes internationales",
                        "content_note": "",
                        "body": [
                            ("heading", "Les normes"),
                            (
                                "paragraph",
                                "<p>Une justice adaptée aux enfants est une justice "
                                "accessible, adaptée à l'âge, rapide, diligente et adaptée aux "
                                "droits et aux besoins de l'enfant. Elle s'appuie sur "
                                ":</p><ul><li>la Convention des Nations Unies relative aux "
                                "droits de l'enfant, en particulier l'intérêt supérieur de "
                                "l'enfant (article 3), le droit d'être entendu (article 12) et "
                                "la protection contre l'exploitation sexuelle et les abus "
                                "sexuels (article 34) ;</li><li>les Lignes directrices des "
                                "Nations Unies en matière de justice dans les affaires "
                                "impliquant les enfants victimes et témoins d'actes criminels "
                                "(2005) ;</li><li>les Lignes directrices du Conseil de "
                                "l'Europe sur une justice adaptée aux enfants (2010) "
                                ";</li><li>la Convention de Lanzarote (2007), qui prévoit des "
                                "mesures de protection des enfants victimes pendant l'enquête "
                                "et la procédure.</li></ul>",
                            ),
                            ("heading", "Ce que ces normes demandent aux juridictions"),
                            (
                                "paragraph",
                                "<p>Ces normes n'affaiblissent pas les droits de la personne "
                                "poursuivie. Elles demandent aux juridictions d'éviter aux "
                                "enfants tout préjudice évitable : éviter les délais, limiter "
                                "le nombre d'auditions et d'interrogatoires, donner des "
                                "informations que l'enfant peut comprendre, protéger sa vie "
                                "privée et son identité, admettre des personnes de soutien, et "
                                "adapter le cadre et la forme des questions. Des mesures comme "
                                "les auditions enregistrées et la visioconférence servent les "
                                "deux objectifs : elles protègent l'enfant et améliorent "
                                "souvent la qualité des preuves.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>C'est dans la conduite de la procédure que ces principes "
                                "prennent corps : fixer des dates de procès rapprochées, "
                                "statuer sur les mesures de protection lors d'une audience "
                                "préliminaire, et se demander à chaque étape si les besoins de "
                                "l'enfant ont été pris en compte.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "Une justice adaptée aux enfants est accessible, "
                                        "adaptée à l'âge, rapide et adaptée à l'enfant.",
                                        "L'intérêt supérieur de l'enfant et son droit d'être "
                                        "entendu s'appliquent tout au long de la procédure.",
                                        "Protéger l'enfant et garantir le droit à un procès "
                                        "équitable sont compatibles.",
                                        "Les délais sont en soi une source de préjudice et "
                                        "doivent être gérés activement.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Quel article de la Convention relative aux droits de "
                                        "l'enfant consacre le droit de l'enfant d'être entendu ?"
                                    ),
                                    "options": [
                                        {
                                            "text": "L'article 12",
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Il s'applique aux procédures judiciaires "
                                                "qui concernent l'enfant."
                                            ),
                                        },
                                        {
                                            "text": "L'article 3",
                                            "correct": False,
                                            "feedback": (
                                                "L'article 3 concerne l'intérêt supérieur de "
                                                "l'enfant."
                                            ),
                                        },
                                        {
                                            "text": "L'article 34",
                                            "correct": False,
                                            "feedback": (
                                                "L'article 34 concerne la protection contre "
                                                "l'exploitation sexuelle et les abus sexuels."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "understanding-online-harm",
                        "title": "Comprendre le préjudice en ligne",
                        "content_note": (
                            "Cette leçon traite du préjudice que l'exploitation et les abus "
                            "sexuels en ligne causent aux enfants. Elle ne contient aucun détail "
                            "explicite."
                        ),
                        "body": [
                            ("heading", "Le préjudice en ligne est un préjudice réel"),
                            (
                                "paragraph",
                                "<p>On peut être tenté de considérer les infractions en ligne "
                                "comme moins graves que les abus avec contact. Les témoignages "
                                "de survivants et l'expérience professionnelle disent le "
                                "contraire. Chaque élément de matériel d'abus sexuel sur "
                                "enfant est la trace de l'abus d'un enfant réel. Sa "
                                "circulation cause un préjudice continu : les survivants "
                                "décrivent une peur durable d'être reconnus et une perte de "
                                "contrôle qui ne s'arrête pas avec les abus. La demande de "
                                "matériel entraîne en outre l'abus d'autres enfants.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Le pédopiégeage et la sextorsion peuvent causer un "
                                "préjudice psychologique grave sans aucun contact physique : "
                                "anxiété, dépression, automutilation et, dans certains cas de "
                                "sextorsion, suicide. Les abus diffusés en direct et dirigés "
                                "depuis l'étranger sont des abus commis sur un enfant en temps "
                                "réel : la personne qui les paie et les dirige n'est pas un "
                                "observateur lointain. Les images qu'un enfant a été contraint "
                                "de produire restent du matériel d'abus sexuel sur enfant, et "
                                "l'enfant qui y apparaît est une victime.</p>",
                            ),
                            ("heading", "Pourquoi les récits des enfants prennent cette forme"),
                            (
                                "paragraph",
                                "<p>Les enfants victimes de pédopiégeage révèlent souvent les "
                                "faits tardivement, restent en contact avec l'auteur ou "
                                "parlent de lui avec affection. Les enfants contraints de "
                                "produire des images peuvent se sentir responsables et "
                                "honteux. Le traumatisme influe sur la façon dont les faits "
                                "sont mémorisés et racontés. Ce sont des schémas reconnus, pas "
                                "des signes de manque de fiabilité, et les juridictions "
                                "devraient se méfier des idées toutes faites sur la façon dont "
                                "se comporte une « vraie » victime.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "La circulation du matériel cause un préjudice continu.",
                                        "Le pédopiégeage et la sextorsion peuvent causer un "
                                        "préjudice grave sans contact physique.",
                                        "Diriger des abus diffusés en direct, c'est y "
                                        "participer, pas les observer.",
                                        "Les révélations tardives et le maintien du contact "
                                        "sont fréquents dans le pédopiégeage.",
                                        "Un enfant contraint de produire des images est une "
                                        "victime, pas un participant.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Des conclusions qualifient la détention de matériel "
                                        "d'abus d'infraction « sans victime ». Que montrent les "
                                        "faits ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Chaque élément est la trace de l'abus d'un enfant "
                                                "réel ; sa circulation cause un préjudice continu, "
                                                "et la demande entraîne de nouveaux abus."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Il y a toujours un enfant derrière le "
                                                "matériel."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "La détention est sans victime si le matériel "
                                                "n'est jamais partagé."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La détention entretient la demande, et les "
                                                "survivants vivent en sachant que d'autres "
                                                "détiennent leurs images."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Le préjudice n'existe que si la victime apprend "
                                                "la détention."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Les survivants décrivent une peur continue de la "
                                                "circulation, qu'ils aient connaissance ou non "
                                                "d'une affaire précise."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Les principes d'une justice adaptée aux enfants : quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Quelles caractéristiques définissent une justice adaptée aux "
                                "enfants ? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Accessible et adaptée à l'âge",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Les enfants doivent pouvoir comprendre et "
                                        "participer."
                                    ),
                                },
                                {
                                    "text": "Rapide et diligente",
                                    "correct": True,
                                    "feedback": "Exact. Les délais sont en soi préjudiciables.",
                                },
                                {
                                    "text": "Adaptée aux droits et aux besoins de l'enfant",
                                    "correct": True,
                                    "feedback": "Exact. C'est le cœur de ces normes.",
                                },
                                {
                                    "text": "Des droits réduits pour la personne poursuivie",
                                    "correct": False,
                                    "feedback": (
                                        "Ces normes protègent les enfants sans affaiblir le droit "
                                        "à un procès équitable."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quel est le texte adopté en 2010 par le Conseil de l'Europe sur "
                                "ce sujet ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Les Lignes directrices sur une justice adaptée aux enfants"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Elles s'appliquent à toutes les procédures "
                                        "impliquant des enfants."
                                    ),
                                },
                                {
                                    "text": "La Convention sur la cybercriminalité",
                                    "correct": False,
                                    "feedback": (
                                        "La Convention de Budapest (2001) porte sur la "
                                        "cybercriminalité et la preuve, pas sur la justice adaptée "
                                        "aux enfants."
                                    ),
                                },
                                {
                                    "text": "La Charte sociale européenne",
                                    "correct": False,
                                    "feedback": (
                                        "La Charte porte sur les droits sociaux et économiques."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Pourquoi des abus diffusés en direct et dirigés depuis l'étranger "
                                "peuvent-ils être traités aussi sévèrement que des abus avec "
                                "contact ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "La personne qui paie et dirige participe à l'abus d'un "
                                        "enfant en temps réel."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Diriger les abus, c'est y participer, pas les "
                                        "observer."
                                    ),
                                },
                                {
                                    "text": "Parce qu'ils sont toujours enregistrés.",
                                    "correct": False,
                                    "feedback": (
                                        "Ils ne le sont souvent pas ; la gravité tient au rôle de "
                                        "l'auteur."
                                    ),
                                },
                                {
                                    "text": "Parce qu'ils impliquent toujours un voyage.",
                                    "correct": False,
                                    "feedback": (
                                        "Aucun voyage n'est nécessaire ; l'auteur dirige les abus "
                                        "à distance."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quels schémas reconnus trouve-t-on dans les récits d'enfants "
                                "victimes de pédopiégeage ? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Une révélation tardive",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La honte, la peur et la loyauté retardent la "
                                        "révélation."
                                    ),
                                },
                                {
                                    "text": "Le maintien du contact avec l'auteur",
                                    "correct": True,
                                    "feedback": "Exact. Le pédopiégeage crée une dépendance.",
                                },
                                {
                                    "text": "Le fait de parler de l'auteur avec affection",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le pédopiégeage crée délibérément un attachement."
                                    ),
                                },
                                {
                                    "text": (
                                        "Des récits complets et cohérents dès la première audition"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Le traumatisme et le pédopiégeage conduisent souvent à "
                                        "des récits partiels et progressifs."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Les mesures adaptées aux enfants sont-elles contraires au droit à "
                                "un procès équitable ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Non : bien appliquées, elles protègent l'enfant et "
                                        "peuvent améliorer les preuves tout en préservant l'équité "
                                        "du procès."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Les deux objectifs peuvent être atteints ensemble."
                                    ),
                                },
                                {
                                    "text": (
                                        "Oui : elles désavantagent toujours la personne poursuivie."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "La défense peut toujours éprouver pleinement les preuves, "
                                        "sous une forme adaptée."
                                    ),
                                },
                                {
                                    "text": "Seulement lorsque l'enfant a plus de 16 ans.",
                                    "correct": False,
                                    "feedback": (
                                        "L'âge ne crée pas de contradiction ; les mêmes principes "
                                        "s'appliquent."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "hearing-child-victims",
                "title": "Entendre les enfants victimes",
                "summary": (
                    "Adapter les audiences à l'enfant et encadrer équitablement les questions."
                ),
                "lessons": [
                    {
                        "slug": "adapting-the-hearing",
                        "title": "Adapter l'audience",
                        "content_note": (
                            "Cette leçon traite du témoignage des enfants victimes et comprend un "
                            "cas fictif."
                        ),
                        "body": [
                            ("heading", "Anticiper"),
                            (
                                "paragraph",
                                "<p>Les décisions sur la manière dont un enfant témoignera "
                                "doivent être prises tôt, lors d'une audience préliminaire ou "
                                "préparatoire, et non le matin du procès. La juridiction a "
                                "besoin d'informations sur l'âge de l'enfant, son "
                                "développement, ses besoins de communication et ses souhaits, "
                                "souvent fournies par un intermédiaire ou une personne de "
                                "soutien.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Selon votre juridiction, les mesures peuvent comprendre "
                                ":</p><ul><li>une audition filmée admise comme déposition "
                                "principale de l'enfant ;</li><li>un contre-interrogatoire "
                                "enregistré avant le procès, pour que la participation de "
                                "l'enfant s'achève tôt ;</li><li>le modèle Barnahus, dans "
                                "lequel une audition enregistrée dans une maison adaptée aux "
                                "enfants, suivie par le juge et les parties, peut remplacer le "
                                "témoignage à l'audience ;</li><li>une visioconférence depuis "
                                "une autre pièce ou un autre bâtiment ;</li><li>des paravents, "
                                "le huis clos et l'abandon des robes et perruques là où elles "
                                "sont d'usage ;</li><li>un intermédiaire ou des aides à la "
                                "communication ;</li><li>la présence d'une personne de soutien "
                                "pendant le témoignage.</li></ul>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Une audience préparatoire",
                                    "text": (
                                        "<p>Ce scénario est fictif et composite. Une fillette de 9 "
                                        "ans doit témoigner dans une affaire d'abus diffusés en "
                                        "direct facilités par un proche. Lors d'une audience "
                                        "préparatoire, l'intermédiaire indique qu'elle comprend "
                                        "les questions courtes et concrètes, a du mal avec les "
                                        "notions de temps et a besoin d'une pause toutes les 15 "
                                        "minutes. Le juge décide que le contre-interrogatoire sera "
                                        "enregistré quatre semaines avant le procès, le limite aux "
                                        "points contestés, valide des questions soumises à "
                                        "l'avance et organise une visite préalable de la salle de "
                                        "visioconférence. La défense peut présenter chaque point "
                                        "de sa thèse, sous une forme que l'enfant peut "
                                        "comprendre.</p>"
                                    ),
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Avant le témoignage de l'enfant",
                                    "items": [
                                        "Mesures décidées lors d'une audience anticipée",
                                        "Besoins de communication de l'enfant évalués",
                                        "Questions validées à l'avance lorsque votre système "
                                        "le permet",
                                        "Pauses prévues",
                                        "L'enfant a vu la salle et sait qui sera présent",
                                        "Personne de soutien confirmée",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Pourquoi décider des mesures de protection lors d'une "
                                        "audience anticipée plutôt que le jour du procès ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "L'enfant, ses proches et les parties peuvent se "
                                                "préparer, et on évite des délais et une anxiété "
                                                "inutiles."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Des décisions précoces donnent de la "
                                                "visibilité à tous."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Parce que les mesures ne peuvent plus changer une "
                                                "fois le procès ouvert."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Les mesures peuvent être revues, mais décider tôt "
                                                "évite les perturbations."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Pour que la défense n'en ait pas connaissance à "
                                                "l'avance."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La défense participe à la décision ; la "
                                                "transparence sert l'équité."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "managing-questioning",
                        "title": "Encadrer les questions",
                        "content_note": (
                            "Cette leçon traite de l'interrogatoire des enfants témoins."
                        ),
                        "body": [
                            ("heading", "Le devoir du juge"),
                            (
                                "paragraph",
                                "<p>La juridiction doit veiller à ce qu'un enfant témoin "
                                "puisse témoigner au mieux et ne subisse pas de questions "
                                "oppressantes, déroutantes ou humiliantes. C'est compatible "
                                "avec le droit de la personne poursuivie de contester les "
                                "preuves. La recherche sur les enfants témoins montre que les "
                                "questions suggestives, multiples et répétées réduisent "
                                "l'exactitude des réponses : les encadrer protège la recherche "
                                "de la vérité autant que l'enfant.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Questions à arrêter ou à reformuler",
                                    "items": [
                                        "Questions en plusieurs parties",
                                        "Questions orientées du type « Il n'a pas dit ça, "
                                        "n'est-ce pas ? »",
                                        "Doubles négations ou vocabulaire complexe",
                                        "La même question répétée pour obtenir une autre réponse",
                                        "Insinuations selon lesquelles l'enfant serait fautif "
                                        "ou d'accord",
                                        "Questions inutiles sur la vie sexuelle de l'enfant",
                                        "Commentaires au lieu de questions",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>Intervenez tôt et calmement. Dites à l'enfant, avec des "
                                "mots simples, qu'il peut répondre « je ne sais pas » ou « je "
                                "ne comprends pas », ou demander une pause. Lorsque la défense "
                                "doit présenter sa thèse, permettez-le sous une forme courte "
                                "et simple : on peut dire à l'enfant ce que déclare la "
                                "personne poursuivie et lui demander si c'est vrai. Guettez "
                                "les signes de fatigue ou de détresse, et accordez des pauses "
                                "avant que l'enfant ait à les demander.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Les questions sur l'activité en ligne de l'enfant "
                                "devraient s'en tenir aux points contestés. Laisser entendre "
                                "que l'enfant aurait dû se méfier, par exemple parce qu'il "
                                "utilisait telle application ou a répondu à un message, "
                                "revient à le culpabiliser plutôt qu'à éprouver les "
                                "preuves.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Une fois le témoignage terminé, remerciez l'enfant. "
                                "Veillez à ce qu'il quitte le bâtiment sans croiser la "
                                "personne poursuivie, et à ce que quelqu'un lui explique la "
                                "suite.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Un avocat demande à un enfant de 10 ans : « Tu ne l'as "
                                        "pas dit à ta maman parce qu'il ne s'est rien passé, "
                                        "n'est-ce pas ? » Que doit faire le juge ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Intervenir et demander à l'avocat de poser des "
                                                "questions courtes, simples et non suggestives."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Le point peut encore être soulevé, sous "
                                                "une forme que l'enfant comprend."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "La laisser passer : le contre-interrogatoire peut "
                                                "être suggestif."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Des questions de cette forme déroutent les jeunes "
                                                "enfants et réduisent l'exactitude ; la "
                                                "juridiction doit exiger une forme plus simple."
                                            ),
                                        },
                                        {
                                            "text": "Répondre à la place de l'enfant.",
                                            "correct": False,
                                            "feedback": (
                                                "Le juge encadre la forme des questions mais ne "
                                                "témoigne pas."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Entendre les enfants victimes : quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Quelles mesures peuvent aider un enfant à témoigner au mieux ? "
                                "Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Un contre-interrogatoire enregistré avant le procès",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La participation de l'enfant s'achève tôt, quand "
                                        "ses souvenirs sont plus frais."
                                    ),
                                },
                                {
                                    "text": "Un intermédiaire",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Les intermédiaires aident à adapter les questions "
                                        "à la compréhension de l'enfant."
                                    ),
                                },
                                {
                                    "text": "Une visioconférence depuis une autre pièce",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. L'enfant n'a pas à faire face à la personne "
                                        "poursuivie."
                                    ),
                                },
                                {
                                    "text": "De longues séances sans pause, pour finir plus vite",
                                    "correct": False,
                                    "feedback": (
                                        "La fatigue réduit l'exactitude et accroît la détresse ; "
                                        "prévoyez des pauses."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quelle forme de question convient le mieux à un jeune enfant ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Des questions courtes et simples, avec des mots simples"
                                    ),
                                    "correct": True,
                                    "feedback": "Exact. Une idée par question.",
                                },
                                {
                                    "text": "Des questions orientées qui suggèrent la réponse",
                                    "correct": False,
                                    "feedback": (
                                        "Les questions orientées poussent les jeunes enfants à "
                                        "acquiescer."
                                    ),
                                },
                                {
                                    "text": "Des questions avec des doubles négations",
                                    "correct": False,
                                    "feedback": (
                                        "Les doubles négations déroutent déjà les adultes, a "
                                        "fortiori les enfants."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Comment présenter équitablement la thèse de la défense à un "
                                "enfant ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "En lui disant simplement ce que déclare la personne "
                                        "poursuivie et en lui demandant si c'est vrai"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La thèse est présentée ; seule la forme est "
                                        "adaptée."
                                    ),
                                },
                                {
                                    "text": (
                                        "En répétant les questions jusqu'à ce que l'enfant "
                                        "acquiesce"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "La répétition produit des réponses peu fiables et de la "
                                        "détresse."
                                    ),
                                },
                                {
                                    "text": (
                                        "C'est impossible : la thèse de la défense n'est pas "
                                        "présentée aux enfants témoins"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Le droit de la personne poursuivie de présenter sa thèse "
                                        "demeure ; la forme est adaptée."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quelles sont les bonnes pratiques quand un enfant a fini de "
                                "témoigner ? Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Remercier l'enfant",
                                    "correct": True,
                                    "feedback": "Exact. C'est reconnaître ce qu'il a accompli.",
                                },
                                {
                                    "text": (
                                        "Veiller à ce qu'il ne croise pas la personne poursuivie "
                                        "en sortant"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Organisez la sortie avec autant de soin que "
                                        "l'arrivée."
                                    ),
                                },
                                {
                                    "text": "Lui expliquer la suite",
                                    "correct": True,
                                    "feedback": "Exact. L'incertitude ajoute à la détresse.",
                                },
                                {
                                    "text": (
                                        "Lui demander comment, selon lui, l'affaire devrait se "
                                        "terminer"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Un enfant ne doit jamais se sentir responsable de l'issue."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "À quoi sert une audience préparatoire sur les modalités "
                                "d'interrogatoire ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "À convenir à l'avance de la manière dont l'enfant sera "
                                        "interrogé et des mesures applicables"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Elle prépare la juridiction, les parties et "
                                        "l'enfant."
                                    ),
                                },
                                {
                                    "text": (
                                        "À entendre le témoignage de l'enfant pour la première fois"
                                    ),
                                    "correct": False,
                                    "feedback": "L'enfant ne témoigne pas lors de cette audience.",
                                },
                                {
                                    "text": "À décider du verdict",
                                    "correct": False,
                                    "feedback": (
                                        "Elle ne porte que sur le déroulement du témoignage de "
                                        "l'enfant."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "sentencing",
                "title": "Peines et mesures",
                "summary": (
                    "Apprécier la gravité dans les affaires en ligne, les mesures de protection et "
                    "des décisions compréhensibles par l'enfant."
                ),
                "lessons": [
                    {
                        "slug": "assessing-seriousness",
                        "title": "Apprécier la gravité",
                        "content_note": (
                            "Cette leçon traite en termes généraux des facteurs qui influent sur "
                            "la gravité des infractions. Elle ne contient aucun détail explicite."
                        ),
                        "body": [
                            ("heading", "Préjudice et culpabilité"),
                            (
                                "paragraph",
                                "<p>Dans les affaires en ligne, la peine suit les lignes "
                                "directrices et le droit de votre juridiction. D'un système à "
                                "l'autre, la gravité reflète généralement le préjudice causé à "
                                "l'enfant et la culpabilité de l'auteur. Dans les affaires en "
                                "ligne, le préjudice comprend le préjudice continu de la "
                                "circulation et la peur qu'elle cause aux survivants.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Facteurs couramment retenus comme aggravants",
                                    "points": [
                                        "Le très jeune âge ou la vulnérabilité particulière de "
                                        "l'enfant",
                                        "L'abus d'une position de confiance ou d'autorité, y "
                                        "compris au sein de la famille",
                                        "La production de nouveau matériel ou la direction "
                                        "d'abus, y compris d'abus diffusés en direct payés "
                                        "depuis l'étranger",
                                        "La préméditation, le pédopiégeage ou le fait de "
                                        "cibler plusieurs enfants",
                                        "Les menaces, la sextorsion ou le paiement",
                                        "La diffusion, ou le rôle de l'auteur dans un réseau",
                                        "La durée des agissements et le volume de matériel",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>Le volume et la catégorisation comptent, mais une petite "
                                "collection n'est pas anodine : chaque élément est la trace de "
                                "l'abus d'un enfant, et la détention crée la demande qui "
                                "alimente la production. Appuyez-vous sur les descriptions "
                                "neutres et catégorisées fournies par les experts. Il est "
                                "rarement nécessaire que la juridiction visionne le matériel ; "
                                "si c'est le cas, cela doit se faire selon des procédures "
                                "encadrées qui protègent les victimes et limitent "
                                "l'exposition. Les circonstances atténuantes que reconnaît "
                                "votre juridiction, comme des remords sincères ou une "
                                "reconnaissance rapide de culpabilité, sont aussi prises en "
                                "compte, mais elles ne diminuent jamais le préjudice causé.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Les déclarations de la victime sur les conséquences des "
                                "faits aident la juridiction à comprendre le préjudice. Les "
                                "enfants et leurs proches devraient pouvoir les faire d'une "
                                "manière qui n'ajoute pas à leur détresse, et ne devraient "
                                "jamais être poussés à en faire. Lorsque les enfants "
                                "représentés n'ont pas été identifiés, la juridiction peut "
                                "tout de même reconnaître que des enfants réels ont subi un "
                                "préjudice.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "La juridiction doit-elle visionner le matériel pour en "
                                        "apprécier la gravité ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Rarement : des descriptions neutres et "
                                                "catégorisées suffisent normalement, et tout "
                                                "visionnage suit des procédures encadrées."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Cela limite l'exposition et respecte la "
                                                "vie privée des victimes."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Toujours, pour que le juge se forme une opinion "
                                                "indépendante."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Un visionnage systématique accroît l'exposition "
                                                "et porte de nouveau atteinte à la vie privée des "
                                                "victimes."
                                            ),
                                        },
                                        {
                                            "text": "Jamais, en aucune circonstance.",
                                            "correct": False,
                                            "feedback": (
                                                "Ce peut être nécessaire à l'occasion, par exemple "
                                                "si la catégorisation est contestée ; cela suit "
                                                "alors des procédures encadrées."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "orders-and-reasons",
                        "title": "Mesures, motivation et protection après la peine",
                        "content_note": "Cette leçon comprend un cas fictif de sextorsion.",
                        "body": [
                            ("heading", "Les mesures de protection"),
                            (
                                "paragraph",
                                "<p>Outre la peine, les juridictions de nombreux pays peuvent "
                                "prononcer des mesures qui réduisent le risque de nouveau "
                                "préjudice :</p><ul><li>des interdictions limitant les "
                                "contacts avec des enfants, l'usage d'internet ou de certains "
                                "appareils, rédigées avec assez de précision pour être "
                                "appliquées ;</li><li>des obligations d'inscription à un "
                                "fichier ou de déclaration ;</li><li>des interdictions de "
                                "contact protégeant la victime et sa famille ;</li><li>la "
                                "confiscation et la destruction des appareils et du matériel, "
                                "pour que le matériel d'abus ne soit jamais restitué "
                                ";</li><li>la réparation du préjudice de la victime "
                                ";</li><li>la participation à des programmes de soins agréés "
                                "lorsqu'il en existe.</li></ul>",
                            ),
                            ("heading", "Une motivation que l'enfant peut comprendre"),
                            (
                                "paragraph",
                                "<p>Les décisions devraient expliquer clairement la peine et, "
                                "le cas échéant, reconnaître le préjudice subi par l'enfant "
                                "avec des mots qui ne culpabilisent pas et ne cherchent pas le "
                                "sensationnel. Suivez les Lignes directrices de Luxembourg : "
                                "écrivez « matériel d'abus sexuel sur enfant », jamais des "
                                "termes issus du divertissement pour adultes, et « "
                                "pédopiégeage », jamais des mots qui évoquent une idylle ou un "
                                "choix. Certaines juridictions remettent à l'enfant ou à sa "
                                "famille une courte explication en langage simple. Protégez "
                                "l'identité de l'enfant dans les décisions publiées et "
                                "précisez clairement les restrictions de publication.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Rédiger la décision",
                                    "text": (
                                        "<p>Ce scénario est fictif et composite. Un homme est "
                                        "condamné pour la sextorsion de trois adolescents "
                                        "contactés par des plateformes de jeu. Dans le prononcé de "
                                        "la peine, la juge qualifie son comportement de ciblage "
                                        "délibéré et de menaces, reconnaît la peur et la honte des "
                                        "enfants comme un préjudice grave et affirme clairement "
                                        "qu'ils n'ont aucune responsabilité. Elle prononce une "
                                        "interdiction le limitant à des comptes de messagerie et "
                                        "de jeu surveillés, une interdiction de contact et la "
                                        "confiscation de ses appareils. La décision publiée "
                                        "utilise des pseudonymes qui ne permettent pas "
                                        "d'identifier les enfants.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Points clés",
                                    "points": [
                                        "Les mesures doivent être précises, proportionnées et "
                                        "applicables.",
                                        "Veillez à la confiscation et à la destruction des "
                                        "appareils et du matériel.",
                                        "Employez la terminologie des Lignes directrices de "
                                        "Luxembourg dans les décisions.",
                                        "Protégez l'identité de l'enfant dans les motivations "
                                        "publiées.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Pourquoi une juridiction doit-elle ordonner la "
                                        "confiscation et la destruction des appareils contenant du "
                                        "matériel d'abus ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Pour que le matériel ne soit jamais restitué ni "
                                                "diffusé de nouveau, afin de protéger les enfants "
                                                "représentés."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Exact. Des fichiers effacés peuvent souvent être "
                                                "récupérés : ce sont les appareils eux-mêmes qui "
                                                "doivent disparaître."
                                            ),
                                        },
                                        {
                                            "text": "Comme sanction financière supplémentaire.",
                                            "correct": False,
                                            "feedback": (
                                                "Le but est la protection, pas la punition."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Uniquement pour que la police puisse réutiliser "
                                                "les appareils."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Les appareils contenant du matériel d'abus sont "
                                                "détruits, pas réutilisés."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Peines et mesures : quiz",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "Quels facteurs sont couramment retenus comme aggravants ? "
                                "Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "L'abus d'une position de confiance",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. La confiance rend les abus possibles et aggrave le "
                                        "préjudice."
                                    ),
                                },
                                {
                                    "text": "La direction d'abus diffusés en direct",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. L'auteur participe à des abus en temps réel."
                                    ),
                                },
                                {
                                    "text": "Le fait de cibler plusieurs enfants",
                                    "correct": True,
                                    "feedback": "Exact. Plus d'enfants, c'est plus de préjudice.",
                                },
                                {
                                    "text": "Une reconnaissance rapide de culpabilité",
                                    "correct": False,
                                    "feedback": (
                                        "Une reconnaissance rapide réduit généralement la peine, "
                                        "et épargne à l'enfant de témoigner."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Comment apprécier un petit nombre d'images au stade de la peine ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Comme grave : chaque élément est la trace de l'abus d'un "
                                        "enfant réel, et la détention alimente la demande"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le volume compte, mais ne rend jamais une "
                                        "infraction anodine."
                                    ),
                                },
                                {
                                    "text": "Comme anodin, ne justifiant aucune sanction",
                                    "correct": False,
                                    "feedback": (
                                        "Chaque élément est la trace de l'abus d'un enfant."
                                    ),
                                },
                                {
                                    "text": (
                                        "Comme pertinent seulement si les images ont été partagées"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "La détention alimente à elle seule la demande et nuit aux "
                                        "enfants représentés."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "Quel terme doit figurer dans les décisions ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Matériel d'abus sexuel sur enfant",
                                    "correct": True,
                                    "feedback": (
                                        "Exact. C'est le terme que recommandent les Lignes "
                                        "directrices de Luxembourg."
                                    ),
                                },
                                {
                                    "text": "Des termes empruntés au divertissement pour adultes",
                                    "correct": False,
                                    "feedback": (
                                        "Ces termes suggèrent une légitimité et sont déconseillés "
                                        "par les Lignes directrices de Luxembourg."
                                    ),
                                },
                                {
                                    "text": "Le terme employé par l'auteur",
                                    "correct": False,
                                    "feedback": (
                                        "Une décision ne doit jamais reprendre le discours de "
                                        "l'auteur."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Quelles mesures peuvent protéger les enfants après la peine ? "
                                "Plusieurs réponses possibles."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Des interdictions rédigées avec précision",
                                    "correct": True,
                                    "feedback": "Exact. La précision les rend applicables.",
                                },
                                {
                                    "text": (
                                        "Des interdictions de contact avec la victime et sa famille"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Elles protègent l'enfant de tout nouveau contact."
                                    ),
                                },
                                {
                                    "text": (
                                        "La confiscation et la destruction des appareils et du "
                                        "matériel"
                                    ),
                                    "correct": True,
                                    "feedback": "Exact. Cela empêche une nouvelle diffusion.",
                                },
                                {
                                    "text": (
                                        "La restitution des appareils à l'auteur une fois les "
                                        "fichiers effacés"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Des fichiers effacés peuvent être récupérables ; la "
                                        "confiscation et la destruction empêchent une nouvelle "
                                        "diffusion."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Comment traiter les déclarations d'enfants victimes sur les "
                                "conséquences des faits ?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Les permettre sous une forme qui évite une nouvelle "
                                        "détresse, sans jamais y pousser l'enfant"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Exact. Le choix appartient à l'enfant et à ses proches."
                                    ),
                                },
                                {
                                    "text": "Les exiger dans chaque affaire",
                                    "correct": False,
                                    "feedback": (
                                        "Une déclaration est une possibilité, pas une obligation."
                                    ),
                                },
                                {
                                    "text": "Les faire lire par l'enfant en audience publique",
                                    "correct": False,
                                    "feedback": (
                                        "Cela expose l'enfant à une nouvelle détresse ; d'autres "
                                        "formes existent."
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
