"""French demo guidance, a full translation of content_en, to the content guidelines."""

HOME = {
    "title": "Protéger les enfants en ligne",
    "intro": (
        "Des conseils clairs et posés pour les parents, les enseignants et les jeunes sur "
        "l'exploitation et les abus sexuels d'enfants en ligne, et où trouver de l'aide dans votre "
        "pays."
    ),
    "help_title": "Obtenir de l'aide maintenant",
    "help_text": (
        "Si un enfant est en danger immédiat, appelez le numéro d'urgence de votre pays. Pour "
        "signaler du matériel d'abus sexuel sur enfant, faire retirer une image ou parler à "
        "quelqu'un en toute confidentialité, trouvez les services de votre pays."
    ),
}

AUDIENCES = {
    "parents": {
        "title": "Parents et personnes qui s'occupent d'enfants",
        "intro": (
            "Des gestes concrets pour aider votre enfant à rester en sécurité en ligne, les signes "
            "à repérer et que faire si quelque chose s'est déjà produit."
        ),
        "body": [
            ("heading", "Le dialogue est la première protection"),
            (
                "paragraph",
                (
                    "<p>Un enfant qui peut parler à un adulte calme et attentif est mieux protégé "
                    "qu'un enfant qui est seulement surveillé. Pas besoin d'être expert des "
                    "applications ou des jeux. Demandez à votre enfant ce qu'il aime faire en "
                    "ligne, avec qui il discute et ce qu'il ferait si quelque chose lui semblait "
                    "anormal. Gardez la porte ouverte en restant calme quand il vous confie "
                    "quelque chose, même si ce qu'il dit vous inquiète.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Cinq choses à faire cette semaine",
                    "steps": [
                        (
                            "Demandez à votre enfant de vous montrer un jeu ou une application "
                            "qu'il aime, et passez dix minutes à l'utiliser ensemble."
                        ),
                        (
                            "Mettez-vous d'accord sur les personnes avec qui il peut discuter en "
                            "ligne et sur ce qu'il doit faire si un inconnu le contacte."
                        ),
                        (
                            "Vérifiez ensemble les paramètres de confidentialité : profil privé, "
                            "pas de partage de la localisation, messages des amis uniquement."
                        ),
                        (
                            "Dites à votre enfant, avec vos mots, qu'il peut toujours venir vous "
                            "voir et qu'il ne sera pas puni pour vous avoir parlé."
                        ),
                        (
                            "Repérez les services d'aide de votre pays pour savoir où vous "
                            "adresser si vous en avez besoin un jour."
                        ),
                    ],
                },
            ),
            (
                "warning_signs",
                {
                    "title": "Signes que quelque chose ne va peut-être pas",
                    "signs": [
                        (
                            "Il devient secret au sujet d'un téléphone, d'un jeu ou d'un compte, "
                            "ou change vite d'écran quand vous approchez"
                        ),
                        (
                            "Un nouvel ami en ligne dont il refuse de parler, ou des cadeaux, "
                            "crédits de jeu ou sommes d'argent que vous ne vous expliquez pas"
                        ),
                        (
                            "Il semble anxieux, replié sur lui-même ou effrayé après avoir été en "
                            "ligne"
                        ),
                        "Il parle d'un ami plus âgé qui le comprend mieux que sa famille",
                        (
                            "Des demandes soudaines d'argent ou de cartes cadeaux, ou la vente de "
                            "ses affaires"
                        ),
                        "Il supprime des comptes ou évite un appareil qu'il adorait",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Un seul signe ne veut pas dire que votre enfant est en danger. L'humeur "
                    "d'un enfant change pour bien des raisons. Si vous remarquez plusieurs signes, "
                    "ou si quelque chose vous semble anormal, choisissez un moment calme pour en "
                    "parler.</p>"
                ),
            ),
            ("heading", "Si votre enfant vous dit que quelque chose s'est produit"),
            (
                "paragraph",
                (
                    "<p>Restez calme, écoutez et remerciez-le de vous en avoir parlé. Dites-lui "
                    "clairement que ce n'est pas sa faute et qu'il n'a pas d'ennuis : la "
                    "responsabilité revient à la personne qui lui a fait du mal ou l'a menacé. Ne "
                    "confisquez pas ses appareils pour le punir, car un enfant qui a peur de "
                    "perdre son téléphone arrête souvent de se confier aux adultes. Ne supprimez "
                    "pas encore les messages et <strong>ne copiez ni ne transférez jamais "
                    "d'images</strong>, même pour les signaler.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Obtenir de l'aide maintenant",
                    "text": (
                        "Trouvez les plateformes de signalement, les lignes d'écoute et les "
                        "services de retrait d'images de votre pays sur la page « Signaler et "
                        "obtenir de l'aide »."
                    ),
                },
            ),
        ],
        "age_bands": {},
    },
    "teachers": {
        "title": "Enseignants",
        "intro": (
            "Des plans de séance prêts à l'emploi par tranche d'âge, des pistes de discussion et "
            "la conduite à tenir quand un élève vous confie une situation de danger."
        ),
        "body": [
            ("heading", "Parler de sécurité en ligne sans faire peur"),
            (
                "paragraph",
                (
                    "<p>La prévention fonctionne mieux quand elle est régulière, adaptée à l'âge "
                    "de la classe et centrée sur ce que les enfants peuvent faire : reconnaître "
                    "une pression, parler des secrets qui les mettent mal à l'aise et savoir quels "
                    "adultes et quels services peuvent les aider. Évitez les histoires effrayantes "
                    "et n'utilisez jamais de cas réels ni d'images. Misez sur les compétences, pas "
                    "sur le choc.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Avant une séance sur la sécurité en ligne",
                    "steps": [
                        (
                            "Lisez la politique de protection de l'enfance de votre établissement "
                            "et vérifiez qui est le référent protection de l'enfance."
                        ),
                        (
                            "Prévenez le référent de la date de la séance, car une séance peut "
                            "être suivie de révélations."
                        ),
                        (
                            "Fixez des règles avec la classe : personne ne raconte d'histoire "
                            "personnelle sur soi ou sur d'autres pendant la séance, et toute "
                            "personne qui veut parler peut voir un adulte de confiance en privé "
                            "ensuite."
                        ),
                        (
                            "Préparez les noms des adultes de confiance de l'établissement et la "
                            "ligne d'écoute pour enfants de votre pays, à donner à la fin de "
                            "chaque séance."
                        ),
                        "Prévoyez une activité calme et positive pour terminer la séance.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Ne demandez jamais aux enfants de se confier en classe",
                    "text": (
                        "Les séances apprennent quoi faire et où s'adresser. Ce n'est pas le lieu "
                        "pour interroger les enfants sur leur propre vécu. Si un élève commence à "
                        "raconter quelque chose de personnel, interrompez-le avec douceur, "
                        "dites-lui que vous aimeriez en parler juste après la séance, puis suivez "
                        "votre procédure de protection de l'enfance."
                    ),
                },
            ),
            ("heading", "Si un élève vous confie quelque chose"),
            (
                "steps",
                {
                    "title": "Réagir à une révélation",
                    "steps": [
                        (
                            "Écoutez calmement. Laissez l'élève s'exprimer avec ses propres mots ; "
                            "ne posez pas de questions orientées et n'insistez pas pour obtenir "
                            "des détails."
                        ),
                        "Rassurez-le : il a eu raison de vous en parler et ce n'est pas sa faute.",
                        (
                            "Ne promettez pas de garder le secret. Expliquez que vous allez en "
                            "parler à la personne dont le rôle est de le protéger."
                        ),
                        (
                            "Ne regardez, ne copiez, ne transférez et n'enregistrez aucune image, "
                            "même comme preuve."
                        ),
                        (
                            "Notez ce qui a été dit, avec les mots de l'élève, la date et l'heure, "
                            "dès que possible."
                        ),
                        (
                            "Informez le référent protection de l'enfance le jour même et suivez "
                            "ses consignes."
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Obtenir de l'aide maintenant",
                    "text": (
                        "Trouvez les plateformes de signalement, les lignes d'écoute et les "
                        "services de retrait d'images de votre pays sur la page « Signaler et "
                        "obtenir de l'aide »."
                    ),
                },
            ),
        ],
        "age_bands": {},
    },
    "young-people": {
        "title": "Jeunes",
        "intro": (
            "Des réponses claires pour rester en sécurité en ligne, et que faire si quelque chose "
            "a mal tourné. Quoi qu'il se soit passé, ce n'est jamais de ta faute."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Cette partie du site est pour toi. Choisis ton âge plus bas pour trouver "
                    "des conseils écrits pour toi. Si quelque chose t'inquiète en ce moment, tu "
                    "n'as pas besoin de tout lire. Va directement à la page d'aide.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Si quelque chose s'est passé",
                    "text": (
                        "Ce n'est jamais de ta faute. Arrête de parler à cette personne. Ne paie "
                        "pas et n'envoie plus rien. Garde les messages et parles-en à un adulte de "
                        "confiance. Tu peux signaler ce qui s'est passé et faire retirer des "
                        "images."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Que faire tout de suite",
                    "steps": [
                        "Arrête de répondre à la personne.",
                        "Ne paie pas et n'envoie plus rien.",
                        (
                            "Garde les messages et le pseudo de la personne. Fais des captures "
                            "d'écran de la conversation, pas des images."
                        ),
                        "Parles-en à un adulte de confiance.",
                        (
                            "Signale le compte dans l'application ou le jeu, et signale-le à une "
                            "plateforme de signalement ou à la police."
                        ),
                        (
                            "Demande le retrait des images avec Take It Down (partout dans le "
                            "monde) ou Report Remove (Royaume-Uni, moins de 18 ans)."
                        ),
                    ],
                },
            ),
        ],
        "age_bands": {
            "8-10": {
                "title": "Pour les 8 à 10 ans",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Internet, c'est amusant. Tu peux jouer, apprendre et parler à tes "
                            "amis. Mais certaines personnes en ligne ne sont pas celles qu'elles "
                            "disent être.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Retiens ces règles",
                            "steps": [
                                "Garde pour toi ton vrai nom, ton école et ton adresse.",
                                "Discute seulement avec des personnes que tu connais en vrai.",
                                (
                                    "Si quelqu'un te demande de garder un secret, parles-en à un "
                                    "adulte de confiance."
                                ),
                                (
                                    "Si quelque chose te rend triste, te fait peur ou te trouble, "
                                    "arrête et parles-en à un adulte."
                                ),
                                "Tu n'auras pas d'ennuis si tu en parles.",
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Une bonne surprise, comme un cadeau d'anniversaire, on peut la "
                            "garder un petit moment. Un secret qui t'inquiète, ce n'est jamais "
                            "normal. Parles-en à un adulte de confiance, comme un parent ou un "
                            "enseignant.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "Tu peux toujours en parler",
                            "text": (
                                "Ce n'est jamais de ta faute. Un adulte de confiance peut t'aider. "
                                "Tu peux aussi appeler une ligne d'écoute pour les enfants. Les "
                                "personnes là-bas t'écoutent et sont gentilles."
                            ),
                        },
                    ),
                ],
            },
            "11-13": {
                "title": "Pour les 11 à 13 ans",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Les jeux, les discussions et les réseaux sociaux comptent beaucoup "
                            "dans ta vie. La plupart des gens que tu rencontres en ligne sont "
                            "corrects. Mais certains adultes se font passer pour des jeunes pour "
                            "se rapprocher d'enfants. On appelle cela le grooming (ou "
                            "pédopiégeage).</p>"
                        ),
                    ),
                    (
                        "warning_signs",
                        {
                            "title": "Fais attention si quelqu'un en ligne",
                            "signs": [
                                (
                                    "te fait plein de compliments ou de cadeaux, comme des crédits "
                                    "de jeu"
                                ),
                                "veut continuer la discussion sur une application privée",
                                "te demande de garder vos conversations secrètes",
                                "te demande des photos de toi",
                                "dit que personne ne te comprend comme lui",
                                "se fâche ou te menace quand tu dis non",
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Si cela arrive, ce n'est pas de ta faute. Tu n'as rien fait de "
                            "mal. Arrête la discussion, garde les messages et parles-en à un "
                            "adulte de confiance. Tu peux aussi bloquer et signaler le compte.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "Parles-en à quelqu'un",
                            "text": (
                                "Parles-en à un adulte de confiance, ou contacte une ligne "
                                "d'écoute pour les jeunes. Tu n'auras pas d'ennuis."
                            ),
                        },
                    ),
                ],
            },
            "14-17": {
                "title": "Pour les 14 à 17 ans",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Tu connais bien Internet. Mais la pression en ligne peut arriver "
                            "vite : quelqu'un qui demande des images, quelqu'un que tu n'as jamais "
                            "rencontré qui prétend te connaître, ou quelqu'un qui menace de "
                            "diffuser quelque chose si tu ne paies pas. Ce dernier cas s'appelle "
                            "l'extorsion sexuelle, ou sextorsion. C'est un délit, et la faute "
                            "revient toujours à la personne qui le commet.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Si quelqu'un te menace",
                            "steps": [
                                "Arrête de répondre. Ne discute pas et ne négocie pas.",
                                (
                                    "Ne paie pas et n'envoie rien de plus. Payer ne met presque "
                                    "jamais fin aux menaces."
                                ),
                                (
                                    "Fais des captures d'écran de la conversation, du pseudo et du "
                                    "lien du profil. N'enregistre aucune image."
                                ),
                                "Bloque et signale le compte une fois les preuves enregistrées.",
                                (
                                    "Parles-en à un adulte de confiance et signale les faits à la "
                                    "police ou à une plateforme de signalement."
                                ),
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Si une image de toi a été diffusée, ou si tu as peur qu'elle le "
                            "soit, des outils peuvent aider à la faire retirer. <strong>Take It "
                            "Down</strong> fonctionne partout dans le monde : il crée une "
                            "empreinte numérique de l'image sur ton propre appareil, donc tu n'as "
                            "jamais à envoyer l'image à qui que ce soit. <strong>Report "
                            "Remove</strong> est destiné aux moins de 18 ans au Royaume-Uni.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "Ce n'est jamais de ta faute",
                            "text": (
                                "Tu n'as pas d'ennuis et tu n'es pas seul. Trouve une ligne "
                                "d'écoute, une plateforme de signalement et des services de "
                                "retrait d'images pour ton pays sur la page d'aide."
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
        "title": "Grooming (pédopiégeage)",
        "intro": (
            "Comment des agresseurs gagnent la confiance d'un enfant pour l'abuser ou l'exploiter, "
            "les signes à repérer et comment réagir."
        ),
    },
    "sexual-extortion": {
        "title": "Extorsion sexuelle (sextorsion)",
        "intro": (
            "Quand quelqu'un menace de diffuser des images sexuelles d'un enfant s'il ne paie pas "
            "ou n'en envoie pas d'autres, et que faire tout de suite."
        ),
    },
    "self-generated-images": {
        "title": "Images sexuelles autoproduites",
        "intro": (
            "Les images que des enfants prennent d'eux-mêmes, souvent sous la pression ou après "
            "avoir été piégés, et comment les faire retirer sans culpabiliser personne."
        ),
    },
    "live-streamed-abuse": {
        "title": "Abus sexuels sur enfants diffusés en direct",
        "intro": (
            "Ce que sont les abus sexuels sur enfants diffusés en direct, les schémas à connaître "
            "et comment les signaler."
        ),
    },
    "gaming-and-chat": {
        "title": "Jeux vidéo et messageries",
        "intro": (
            "Rester en sécurité dans les jeux en ligne, les discussions vocales et les "
            "messageries, où beaucoup d'enfants rencontrent des inconnus."
        ),
    },
    "reporting": {
        "title": "Signaler",
        "intro": (
            "Comment signaler du matériel d'abus sexuel sur enfant, du grooming et des menaces, "
            "anonymement quand c'est possible, et où faire retirer des images."
        ),
    },
}

GUIDES = {
    "talking-with-your-child": {
        "title": "Parler de sécurité en ligne avec votre enfant",
        "summary": (
            "Un dialogue ouvert et régulier est la meilleure protection. Comment commencer, quoi "
            "dire à chaque âge et comment faire pour que votre enfant continue de vous parler."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Un enfant qui se sent capable de dire à un parent quand quelque chose se "
                    "passe mal en ligne est bien mieux protégé qu'un enfant qui est seulement "
                    "surveillé. Les filtres et les réglages aident, mais ils ne repèrent pas une "
                    "personne qui gagne peu à peu la confiance d'un enfant. Votre enfant, lui, "
                    "peut la repérer, s'il sait à quoi faire attention et s'il sait que vous "
                    "réagirez calmement.</p>"
                ),
            ),
            ("heading", "Commencer tôt et en faire un sujet ordinaire"),
            (
                "paragraph",
                (
                    "<p>Parlez de sa vie en ligne comme vous parlez de l'école ou des amis : "
                    "souvent, brièvement et avec intérêt. De courtes conversations en voiture ou "
                    "pendant un repas fonctionnent mieux qu'une grande discussion sérieuse. Posez "
                    "des questions ouvertes et écoutez plus que vous ne parlez. Si vous ne "
                    "comprenez pas un jeu ou une application, demandez à votre enfant de vous "
                    "l'expliquer : les enfants aiment être l'expert.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Pour lancer la conversation",
                    "steps": [
                        (
                            "Quelle est la meilleure chose que tu as vue ou jouée en ligne cette "
                            "semaine ?"
                        ),
                        "Avec qui aimes-tu discuter dans tes jeux ou tes applications ?",
                        "Est-ce que quelqu'un en ligne t'a déjà demandé quelque chose de bizarre ?",
                        (
                            "Que ferais-tu si quelqu'un que tu connais seulement en ligne te "
                            "demandait de garder un secret ?"
                        ),
                        (
                            "Si un ami subissait des pressions en ligne, que lui conseillerais-tu "
                            "de faire ?"
                        ),
                    ],
                },
            ),
            ("heading", "Quoi dire selon l'âge"),
            (
                "paragraph",
                (
                    "<p><strong>Moins de 10 ans :</strong> restez simple. Les gens en ligne ne "
                    "sont pas toujours ceux qu'ils disent être. Les bonnes surprises, ça va, mais "
                    "un secret qui inquiète doit toujours être confié à un "
                    "adulte.</p><p><strong>11 à 13 ans :</strong> parlez des amis en ligne, des "
                    "compliments et des cadeaux qui cachent une contrepartie, et de ce qu'il faut "
                    "faire si quelqu'un demande des photos.</p><p><strong>14 à 17 ans :</strong> "
                    "parlez de la pression pour partager des images, de la sextorsion et des "
                    "services qui peuvent aider à retirer des images. Dites clairement que vous "
                    "l'aiderez, pas que vous le punirez.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Faire en sorte que votre enfant puisse vous parler",
                    "steps": [
                        (
                            "Dites-le à voix haute : « Quoi qu'il arrive en ligne, tu peux me le "
                            "dire et tu ne seras pas puni. »"
                        ),
                        "Ne menacez pas de confisquer ses appareils s'il vous parle d'un problème.",
                        (
                            "Restez calme s'il vous dit quelque chose d'inquiétant. Respirez et "
                            "dites : « Merci de me l'avoir dit. »"
                        ),
                        (
                            "Convenez ensemble d'autres adultes de confiance vers qui il peut "
                            "aller s'il a du mal à vous parler."
                        ),
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Questions fréquentes",
                    "items": [
                        {
                            "question": "Dois-je lire les messages de mon enfant ?",
                            "answer": (
                                "<p>Pour les plus jeunes, rester à côté d'eux quand ils sont en "
                                "ligne et utiliser le contrôle parental est raisonnable. Pour les "
                                "adolescents, une surveillance en cachette peut abîmer la "
                                "confiance et les rendre moins enclins à venir vous voir. Fixez "
                                "les règles ouvertement et expliquez pourquoi elles comptent.</p>"
                            ),
                        },
                        {
                            "question": "Mon enfant dit que je m'inquiète trop. Que faire ?",
                            "answer": (
                                "<p>Gardez des conversations courtes et légères, partagez quelque "
                                "chose que vous avez appris vous-même, et revenez-y plus tard. Les "
                                "enfants retiennent souvent que vous êtes prêt à en parler, même "
                                "quand ils lèvent les yeux au ciel.</p>"
                            ),
                        },
                        {
                            "question": "Et si mon enfant a déjà partagé une image ?",
                            "answer": (
                                "<p>Réagissez sans reproche. Ce n'est jamais la faute d'un enfant "
                                "quand quelqu'un fait pression sur lui ou le piège. Lisez notre "
                                "guide sur la sextorsion et utilisez la page d'aide pour trouver "
                                "les services de retrait d'images.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Obtenir de l'aide maintenant",
                    "text": (
                        "Trouvez les plateformes de signalement, les lignes d'écoute et les "
                        "services de retrait d'images de votre pays sur la page « Signaler et "
                        "obtenir de l'aide »."
                    ),
                },
            ),
        ],
    },
    "recognising-grooming": {
        "title": "Reconnaître le grooming",
        "summary": (
            "Comment des agresseurs gagnent la confiance d'un enfant en ligne, les signes d'alerte "
            "pour les parents et les enseignants, et que faire si vous êtes inquiet."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Le grooming (ou pédopiégeage), c'est quand une personne gagne la confiance "
                    "d'un enfant, et souvent celle des adultes qui l'entourent, afin de l'abuser "
                    "ou de l'exploiter sexuellement. En ligne, cela peut se produire partout où "
                    "les enfants échangent : jeux, réseaux sociaux, messageries et sites de "
                    "diffusion en direct. L'agresseur peut se faire passer pour un enfant du même "
                    "âge, ou ne pas cacher qu'il est plus âgé et se présenter comme un mentor ou "
                    "un ami à part.</p>"
                ),
            ),
            ("heading", "Comment le grooming se déroule souvent"),
            (
                "paragraph",
                (
                    "<p>Le grooming commence rarement par quelque chose qui semble anormal. Il "
                    "suit souvent un schéma :</p><ul><li><strong>L'attention :</strong> messages "
                    "amicaux, compliments, aide dans un jeu, cadeaux ou crédits de "
                    "jeu.</li><li><strong>La confiance et l'isolement :</strong> passage sur une "
                    "application privée, idée que les parents ou les amis ne comprendraient "
                    "pas.</li><li><strong>Le secret :</strong> demande de garder les conversations "
                    "secrètes.</li><li><strong>Le test des limites :</strong> questions "
                    "personnelles, demandes de photos, propos sexuels introduits peu à "
                    "peu.</li><li><strong>Le contrôle :</strong> utilisation de ce que l'enfant a "
                    "partagé pour faire pression sur lui ou le menacer.</li></ul>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Signes qu'un enfant est peut-être victime de grooming",
                    "signs": [
                        (
                            "Il passe plus de temps en ligne, souvent tard le soir, et devient "
                            "secret à ce sujet"
                        ),
                        "Un nouvel ami rencontré en ligne dont il parle beaucoup, ou pas du tout",
                        (
                            "Des cadeaux, de l'argent, des crédits de jeu, un nouveau téléphone ou "
                            "une nouvelle carte SIM inexpliqués"
                        ),
                        "Un vocabulaire ou des connaissances sexuelles inattendus pour son âge",
                        (
                            "Des changements d'humeur : anxieux, replié, irritable ou bouleversé "
                            "après avoir été en ligne"
                        ),
                        (
                            "Il s'éloigne de sa famille et de ses amis, ou dit que personne ne le "
                            "comprend"
                        ),
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Ces signes peuvent avoir d'autres explications. L'important est de "
                    "remarquer les changements et de donner à l'enfant une occasion calme de "
                    "parler.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Si vous êtes inquiet",
                    "steps": [
                        (
                            "Parlez à l'enfant à un moment calme et en privé. Posez des questions "
                            "ouvertes comme : « Avec qui discutes-tu en ce moment ? »"
                        ),
                        (
                            "Écoutez sans reproche. La personne qui pratique le grooming est "
                            "toujours responsable, jamais l'enfant."
                        ),
                        (
                            "Ne confrontez pas vous-même l'agresseur présumé : cela peut mettre "
                            "l'enfant en danger et faire disparaître des preuves."
                        ),
                        (
                            "Conservez les preuves : pseudos, liens des profils, dates et captures "
                            "d'écran des messages. Ne copiez et ne transférez aucune image."
                        ),
                        (
                            "Signalez les faits à la police et à la plateforme. Enseignants : "
                            "informez le référent protection de l'enfance le jour même."
                        ),
                        "Faites-vous aider, l'enfant et vous, par une ligne d'écoute.",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Questions fréquentes",
                    "items": [
                        {
                            "question": (
                                "Le grooming peut-il venir de quelqu'un que l'enfant connaît déjà ?"
                            ),
                            "answer": (
                                "<p>Oui. Il peut être le fait d'une personne que l'enfant ou la "
                                "famille connaît déjà, y compris une personne en position "
                                "d'autorité ou de confiance. Les mêmes signes et les mêmes étapes "
                                "s'appliquent.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Mon enfant dit que c'est juste un ami. Dois-je quand même "
                                "signaler ?"
                            ),
                            "answer": (
                                "<p>Si un adulte cherche un contact secret avec un enfant, lui "
                                "demande des images ou introduit des propos sexuels, signalez-le. "
                                "Vous n'avez pas besoin d'être certain : la police et les "
                                "plateformes de signalement sont formées pour évaluer ce que vous "
                                "transmettez.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Signaler risque-t-il d'aggraver la situation de mon enfant ?"
                            ),
                            "answer": (
                                "<p>C'est en signalant qu'on arrête les agresseurs. Informez la "
                                "police de toute menace pour qu'elle puisse protéger votre enfant. "
                                "Une ligne d'écoute peut vous expliquer à quoi vous attendre.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Obtenir de l'aide maintenant",
                    "text": (
                        "Trouvez les plateformes de signalement, les lignes d'écoute et les "
                        "services de retrait d'images de votre pays sur la page « Signaler et "
                        "obtenir de l'aide »."
                    ),
                },
            ),
        ],
    },
    "if-your-child-is-being-sexually-extorted": {
        "title": "Si votre enfant est victime de sextorsion",
        "summary": (
            "Quelqu'un menace de diffuser des images sexuelles de votre enfant s'il ne paie pas ou "
            "n'en envoie pas d'autres. Que faire d'abord, quoi dire et comment faire retirer les "
            "images."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>L'extorsion sexuelle, souvent appelée sextorsion, c'est quand quelqu'un "
                    "menace de diffuser des images sexuelles d'un enfant si l'enfant ne paie pas, "
                    "n'envoie pas d'autres images ou ne fait pas ce qu'on exige de lui. Parfois "
                    "les images sont réelles ; parfois elles sont truquées, ou la personne n'a "
                    "aucune image. Les agresseurs se font souvent passer pour des jeunes, vont "
                    "très vite et créent la panique. C'est un délit, et votre enfant en est la "
                    "victime.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "D'abord, restez calme",
                    "text": (
                        "Votre enfant a peut-être peur et honte. Votre calme est ce qui l'aide le "
                        "plus. Dites-lui : « Ce n'est pas ta faute. Tu n'as pas d'ennuis. On va "
                        "régler ça ensemble. »"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Que faire maintenant",
                    "steps": [
                        (
                            "Coupez tout contact avec la personne. Ne répondez pas, ne discutez "
                            "pas, ne négociez pas."
                        ),
                        (
                            "Ne payez pas et n'envoyez rien de plus. Payer met rarement fin aux "
                            "menaces et entraîne souvent de nouvelles demandes."
                        ),
                        (
                            "Conservez les preuves : captures d'écran des messages, du pseudo, du "
                            "lien du profil et des coordonnées de paiement demandées. Ne faites "
                            "pas de capture, n'enregistrez et ne transférez aucune image sexuelle."
                        ),
                        (
                            "Une fois les preuves enregistrées, bloquez le compte et signalez-le à "
                            "la plateforme."
                        ),
                        (
                            "Portez plainte ou signalez les faits à la police. Dans de nombreux "
                            "pays, vous pouvez aussi faire un signalement à une plateforme de "
                            "signalement."
                        ),
                        (
                            "Demandez le retrait des images. Take It Down fonctionne partout dans "
                            "le monde pour les images prises avant 18 ans ; Report Remove aide les "
                            "jeunes au Royaume-Uni."
                        ),
                        "Faites-vous aider, votre enfant et vous, par une ligne d'écoute.",
                    ],
                },
            ),
            ("heading", "Comment en parler avec votre enfant"),
            (
                "paragraph",
                (
                    "<p>Laissez votre enfant raconter ce qui s'est passé à son rythme. Évitez les "
                    "questions qui sonnent comme un reproche, comme « Pourquoi l'as-tu envoyée ? "
                    "». Les agresseurs savent très bien manipuler les jeunes, et tout le monde "
                    "peut se faire piéger. Rassurez votre enfant : cela va passer, de l'aide "
                    "existe et il n'a pas à s'en sortir seul.</p><p>Si votre enfant semble très "
                    "bouleversé ou parle de se faire du mal, restez avec lui et contactez "
                    "immédiatement une ligne d'écoute ou les services d'urgence.</p>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Signes que votre enfant est peut-être victime de sextorsion",
                    "signs": [
                        (
                            "Une peur, une panique ou une détresse soudaines liées à son téléphone "
                            "ou à un message"
                        ),
                        "Des demandes d'argent ou de cartes cadeaux sans raison claire",
                        "Il s'isole de sa famille et de ses amis, ou ne veut plus aller à l'école",
                        "Il supprime soudain des comptes, ou cache beaucoup l'un d'eux",
                        "Il dit se sentir piégé ou que sa vie est finie",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Questions fréquentes",
                    "items": [
                        {
                            "question": (
                                "Les images seront-elles diffusées si nous arrêtons de répondre ?"
                            ),
                            "answer": (
                                "<p>Beaucoup d'agresseurs abandonnent faute de réponse, mais "
                                "personne ne peut le garantir. C'est pourquoi le signalement et "
                                "les services de retrait d'images sont importants : ils aident à "
                                "empêcher la propagation des images si elles sont diffusées.</p>"
                            ),
                        },
                        {
                            "question": "Mon enfant risque-t-il des ennuis à cause des images ?",
                            "answer": (
                                "<p>Les enfants exploités sont des victimes. La police et les "
                                "plateformes de signalement s'intéressent à la personne qui a "
                                "proféré les menaces. En cas de doute, une ligne d'écoute peut "
                                "vous expliquer comment cela se passe dans votre pays.</p>"
                            ),
                        },
                        {
                            "question": "Faut-il tout supprimer ?",
                            "answer": (
                                "<p>Pas avant d'avoir enregistré les preuves décrites plus haut et "
                                "fait vos signalements. Ensuite, vous pouvez bloquer le compte et "
                                "revoir ensemble les réglages de votre enfant.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Obtenir de l'aide maintenant",
                    "text": (
                        "Trouvez les plateformes de signalement, les lignes d'écoute et les "
                        "services de retrait d'images de votre pays sur la page « Signaler et "
                        "obtenir de l'aide »."
                    ),
                },
            ),
        ],
    },
    "gaming-and-chat-safety": {
        "title": "Jeux vidéo et messageries : guide pour les parents",
        "summary": (
            "Les jeux et les messageries sont les lieux où beaucoup d'enfants rencontrent des "
            "inconnus. Les réglages à vérifier, les signes à repérer et comment rester impliqué."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Les jeux en ligne sont des lieux sociaux. Les enfants y discutent par "
                    "écrit et à voix haute, font équipe avec des inconnus et échangent des objets. "
                    "L'essentiel est positif. Mais des agresseurs utilisent aussi les jeux pour "
                    "entrer en contact avec des enfants, souvent en proposant de l'aide, des "
                    "crédits ou des objets de jeu, puis en déplaçant la conversation vers une "
                    "messagerie privée où les adultes la voient moins facilement.</p>"
                ),
            ),
            ("heading", "Découvrez les jeux de votre enfant"),
            (
                "paragraph",
                (
                    "<p>Demandez à votre enfant de vous montrer comment fonctionne le jeu, avec "
                    "qui il joue et comment marche la discussion. Vérifiez la classification par "
                    "âge et les fonctions de sécurité. Jouer ensemble de temps en temps montre à "
                    "votre enfant que vous êtes intéressé, pas méfiant, et l'aide à venir vous "
                    "voir plus tard.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Réglages à vérifier ensemble",
                    "steps": [
                        (
                            "Limitez la discussion aux amis, ou désactivez la discussion vocale et "
                            "écrite pour les plus jeunes."
                        ),
                        (
                            "Rendez le profil privé et utilisez un pseudo qui ne révèle ni le vrai "
                            "nom, ni l'âge, ni le lieu de vie de votre enfant."
                        ),
                        "Désactivez le partage de la localisation.",
                        "Fixez des limites de dépenses, ou exigez votre accord pour chaque achat.",
                        "Apprenez à bloquer et signaler un joueur, et entraînez-vous ensemble.",
                        "Regardez ensemble la liste d'amis de temps en temps.",
                    ],
                },
            ),
            (
                "warning_signs",
                {
                    "title": "Signes à repérer",
                    "signs": [
                        (
                            "Un joueur rencontré en ligne qui offre à votre enfant beaucoup "
                            "d'objets, de crédits ou d'attention"
                        ),
                        "Une demande de passer sur une autre application ou sur un serveur privé",
                        "Des parties à des heures inhabituelles ou un écran caché",
                        (
                            "Il est bouleversé après avoir joué, ou refuse soudain de jouer à son "
                            "jeu préféré"
                        ),
                        "Des achats inexpliqués ou des demandes de cartes cadeaux",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Fixez quelques règles familiales simples : les appareils se rechargent "
                    "hors des chambres la nuit ; personne ne passe en discussion privée avec "
                    "quelqu'un rencontré seulement dans un jeu ; et toute personne à qui l'on "
                    "demande des photos, des informations personnelles ou le secret en parle à un "
                    "parent. Expliquez que ces règles servent à garder le jeu sûr et amusant, pas "
                    "à espionner.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Questions fréquentes",
                    "items": [
                        {
                            "question": "La discussion vocale est-elle plus risquée que l'écrit ?",
                            "answer": (
                                "<p>La discussion vocale est plus difficile à relire après coup et "
                                "peut sembler plus personnelle. Pour les plus jeunes, il est "
                                "raisonnable de la désactiver ou de la limiter aux amis qu'ils "
                                "connaissent en vrai.</p>"
                            ),
                        },
                        {
                            "question": "Faut-il interdire les jeux en ligne ?",
                            "answer": (
                                "<p>Interdire les jeux pousse souvent à jouer en cachette. Des "
                                "réglages sûrs, votre intérêt et des règles claires protègent "
                                "mieux les enfants, et les incitent à venir vous voir quand "
                                "quelque chose ne va pas.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Obtenir de l'aide maintenant",
                    "text": (
                        "Trouvez les plateformes de signalement, les lignes d'écoute et les "
                        "services de retrait d'images de votre pays sur la page « Signaler et "
                        "obtenir de l'aide »."
                    ),
                },
            ),
        ],
    },
    "live-streamed-abuse-awareness": {
        "title": "Abus sexuels sur enfants diffusés en direct : ce que les adultes doivent savoir",
        "summary": (
            "Comment la diffusion en direct est utilisée pour abuser d'enfants et les exploiter, "
            "les schémas décrits par les plateformes de signalement et la police, et comment "
            "signaler."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Les abus sexuels sur enfants diffusés en direct sont des abus transmis en "
                    "temps réel par appel vidéo ou sur des plateformes de diffusion. Comme ils ont "
                    "lieu en direct, ils peuvent laisser moins de traces que des images, ce qui "
                    "rend la vigilance et le signalement particulièrement importants. Ce guide "
                    "décrit des schémas, pas des actes, pour que les adultes puissent reconnaître "
                    "les risques et réagir.</p>"
                ),
            ),
            ("heading", "Les schémas à connaître"),
            (
                "paragraph",
                (
                    "<ul><li><strong>La pression pendant une vidéo en direct :</strong> un "
                    "agresseur contacte un enfant via un jeu, une application ou un site de "
                    "diffusion en direct, gagne sa confiance puis fait pression sur lui pendant un "
                    "appel vidéo. L'enfant peut être piégé, flatté ou menacé.</li><li><strong>Des "
                    "abus payés depuis l'étranger :</strong> parfois appelés « traite virtuelle », "
                    "ce sont des situations où des agresseurs dans un pays paient pour regarder "
                    "des enfants abusés dans un autre. Ces abus sont parfois facilités par des "
                    "membres de la famille ou d'autres adultes proches de "
                    "l'enfant.</li><li><strong>Qui en est victime :</strong> les victimes sont "
                    "surtout des filles, et beaucoup ont moins de 12 ans.</li></ul>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Signes qui peuvent indiquer un risque",
                    "signs": [
                        (
                            "Un enfant qui utilise seul une webcam ou une application de diffusion "
                            "en direct dans sa chambre, surtout tard le soir"
                        ),
                        (
                            "Des cadeaux, de l'argent ou des crédits envoyés par des personnes "
                            "rencontrées seulement en ligne"
                        ),
                        (
                            "Des demandes de diffuser en privé ou de rejoindre des appels vidéo "
                            "avec des adultes inconnus"
                        ),
                        (
                            "De la peur, du secret ou de la détresse liés à une caméra ou à une "
                            "application de diffusion"
                        ),
                        (
                            "Un enfant qui mentionne que quelqu'un regarde ses directs et lui "
                            "demande de faire des choses"
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Réduire les risques à la maison et à l'école",
                    "steps": [
                        (
                            "Pour les plus jeunes, gardez les appareils équipés d'une caméra dans "
                            "les pièces communes."
                        ),
                        (
                            "Vérifiez les réglages de diffusion en direct des applications de "
                            "votre enfant : qui peut regarder, commenter et envoyer des cadeaux."
                        ),
                        (
                            "Expliquez que des personnes en ligne peuvent demander à des enfants "
                            "de faire des choses devant la caméra, et qu'il faut alors arrêter et "
                            "en parler à un adulte."
                        ),
                        (
                            "Apprenez aux enfants qu'ils peuvent mettre fin à n'importe quel "
                            "appel, à tout moment, sans se justifier."
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Si vous voyez ou soupçonnez des abus diffusés en direct",
                    "steps": [
                        (
                            "Si un enfant est en danger immédiat, appelez le numéro d'urgence de "
                            "votre pays."
                        ),
                        (
                            "Signalez immédiatement les faits à la police et à la plateforme, avec "
                            "le pseudo, le lien, la date et l'heure."
                        ),
                        (
                            "Faites un signalement à une plateforme de signalement ; beaucoup "
                            "acceptent les signalements anonymes."
                        ),
                        (
                            "N'enregistrez pas, ne faites pas de capture et ne partagez pas la "
                            "diffusion. Décrivez plutôt par écrit ce que vous avez vu."
                        ),
                        (
                            "Si vous êtes enseignant, informez le référent protection de l'enfance "
                            "le jour même."
                        ),
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Questions fréquentes",
                    "items": [
                        {
                            "question": "Puis-je faire un signalement anonyme ?",
                            "answer": (
                                "<p>Oui, la plupart des plateformes de signalement acceptent les "
                                "signalements anonymes. À l'Internet Watch Foundation, par "
                                "exemple, environ 80 % des signalements du public sont anonymes, "
                                "et un signalement anonyme reste anonyme.</p>"
                            ),
                        },
                        {
                            "question": "Pourquoi ne pas enregistrer la diffusion comme preuve ?",
                            "answer": (
                                "<p>Enregistrer, copier ou partager du matériel d'abus fait de "
                                "nouveau du mal à l'enfant et peut constituer un délit, même avec "
                                "de bonnes intentions. La police et les plateformes de signalement "
                                "travaillent avec les plateformes pour sécuriser les preuves selon "
                                "des procédures adaptées.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Obtenir de l'aide maintenant",
                    "text": (
                        "Trouvez les plateformes de signalement, les lignes d'écoute et les "
                        "services de retrait d'images de votre pays sur la page « Signaler et "
                        "obtenir de l'aide »."
                    ),
                },
            ),
        ],
    },
    "someone-is-threatening-to-share-my-images": {
        "title": "Quelqu'un menace de diffuser mes images",
        "summary": (
            "Si quelqu'un dit qu'il va diffuser tes photos ou vidéos si tu ne paies pas ou n'en "
            "envoies pas d'autres, c'est de la sextorsion. Ce n'est pas ta faute, et tu peux "
            "obtenir de l'aide maintenant."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Tu n'as pas d'ennuis",
                    "text": (
                        "Ce n'est jamais de ta faute. La personne qui te menace commet un délit. "
                        "Beaucoup de jeunes vivent cette situation, et il existe de l'aide."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Cela s'appelle l'extorsion sexuelle, ou sextorsion. Quelqu'un a une image "
                    "de toi, ou prétend en avoir une, et menace de l'envoyer à tes amis, à ta "
                    "famille ou de la publier en ligne si tu ne paies pas, si tu n'envoies pas "
                    "d'autres images ou si tu ne fais pas ce qu'il veut. Souvent, cette personne "
                    "se fait passer pour quelqu'un de ton âge. Elle essaie de te faire paniquer "
                    "pour que tu agisses vite. Prends le temps. Tu as plus de solutions qu'elle ne "
                    "veut te le faire croire.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Que faire maintenant",
                    "steps": [
                        "Arrête de répondre. Ne discute pas, ne supplie pas, ne négocie pas.",
                        (
                            "Ne paie pas et n'envoie rien de plus. Payer n'arrête presque jamais "
                            "les menaces. Cela entraîne le plus souvent de nouvelles demandes."
                        ),
                        (
                            "Garde des preuves. Fais des captures d'écran de la conversation, du "
                            "pseudo et du lien du profil. Ne fais pas de capture et n'enregistre "
                            "aucune image nue."
                        ),
                        (
                            "Bloque le compte une fois les preuves enregistrées, et signale-le "
                            "dans l'application."
                        ),
                        (
                            "Parles-en à un adulte de confiance : un parent, un enseignant, "
                            "l'infirmière scolaire ou un autre adulte avec qui tu te sens en "
                            "sécurité."
                        ),
                        (
                            "Signale les faits à la police ou à une plateforme de signalement. Tu "
                            "peux le faire avec un adulte."
                        ),
                        "Demande le retrait des images (voir ci-dessous).",
                    ],
                },
            ),
            ("heading", "Faire retirer des images"),
            (
                "paragraph",
                (
                    "<p>Même si une image a été diffusée, tu peux agir. <strong>Take It "
                    "Down</strong>, géré par le National Center for Missing &amp; Exploited "
                    "Children, fonctionne partout dans le monde pour les images prises avant tes "
                    "18 ans. Il crée une empreinte numérique de l'image sur ton propre appareil, "
                    "donc tu n'as jamais à envoyer l'image à qui que ce soit. Les plateformes "
                    "participantes utilisent cette empreinte pour trouver et supprimer les "
                    "copies.</p><p>Si tu vis au Royaume-Uni et que tu as moins de 18 ans, "
                    "<strong>Report Remove</strong>, de Childline et de l'Internet Watch "
                    "Foundation, peut aider à faire retirer des images, et Childline peut "
                    "t'accompagner pendant ce temps.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Si tu te sens dépassé, tu n'es pas seul. Parle à quelqu'un maintenant : un "
                    "adulte de confiance ou une ligne d'écoute. Si tu penses à te faire du mal, "
                    "appelle tout de suite le numéro d'urgence de ton pays ou une ligne d'écoute. "
                    "Ce sentiment va passer, et des gens veulent t'aider.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Les questions que tu te poses peut-être",
                    "items": [
                        {
                            "question": "Est-ce que je vais avoir des ennuis ?",
                            "answer": (
                                "<p>Non. Tu es victime d'un délit. La police, les plateformes de "
                                "signalement et les lignes d'écoute sont là pour t'aider, pas pour "
                                "te juger.</p>"
                            ),
                        },
                        {
                            "question": "Et si j'ai déjà payé ?",
                            "answer": (
                                "<p>Ce n'est pas grave. Beaucoup de gens paient parce qu'ils ont "
                                "peur. Arrête de payer maintenant, garde les détails du paiement "
                                "comme preuve et signale les faits.</p>"
                            ),
                        },
                        {
                            "question": "Et si je ne veux pas en parler à mes parents ?",
                            "answer": (
                                "<p>Choisis un autre adulte de confiance, comme un enseignant, "
                                "l'infirmière scolaire ou quelqu'un de ta famille. Tu peux aussi "
                                "appeler d'abord une ligne d'écoute. Elle peut t'aider à trouver "
                                "comment en parler à quelqu'un.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Obtenir de l'aide maintenant",
                    "text": (
                        "Trouvez les plateformes de signalement, les lignes d'écoute et les "
                        "services de retrait d'images de votre pays sur la page « Signaler et "
                        "obtenir de l'aide »."
                    ),
                },
            ),
        ],
    },
    "a-friend-online-is-asking-for-secrets": {
        "title": "Un ami en ligne me demande de garder des secrets",
        "summary": (
            "Si quelqu'un rencontré en ligne te demande de garder des secrets, d'envoyer des "
            "photos ou de passer sur une autre application, tu peux arrêter et en parler à un "
            "adulte. Tu n'auras pas d'ennuis."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Se faire des amis en ligne, c'est sympa. Mais parfois, une personne en "
                    "ligne n'est pas celle qu'elle dit être. Elle peut dire qu'elle a ton âge "
                    "alors que c'est un adulte. Elle peut être très gentille au début. Puis elle "
                    "commence à demander des choses.</p>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Fais attention si un ami en ligne",
                    "signs": [
                        "te demande de garder vos discussions secrètes",
                        "te fait des cadeaux, comme des pièces ou des skins dans un jeu",
                        "veut parler sur une autre application",
                        "te demande des photos de toi",
                        "te demande où tu habites ou dans quelle école tu vas",
                        "dit que tes parents ne comprendraient pas",
                        "te fait peur, te fait sentir coupable ou te trouble",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Un vrai ami ne te demande pas de garder des secrets pour les adultes qui "
                    "s'occupent de toi. Si quelqu'un le fait, c'est un signe que quelque chose ne "
                    "va pas. <strong>Ce n'est jamais de ta faute.</strong> Tu n'as rien fait de "
                    "mal.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Que faire",
                    "steps": [
                        "Arrête de discuter avec cette personne.",
                        "N'envoie pas de photos ni rien d'autre de ce qu'elle demande.",
                        "Ne supprime pas les messages. Un adulte peut t'aider à les garder.",
                        "Parles-en à un adulte de confiance, comme un parent ou un enseignant.",
                        "Bloque-la et signale-la dans le jeu ou l'application, avec ton adulte.",
                    ],
                },
            ),
            ("heading", "Les bons et les mauvais secrets"),
            (
                "paragraph",
                (
                    "<p>Un bon secret, c'est une jolie surprise, comme un cadeau d'anniversaire. "
                    "On le dévoile bientôt, et il rend les gens heureux. Un mauvais secret "
                    "t'inquiète, te rend triste ou te fait peur. Tu ne dois jamais garder un "
                    "mauvais secret. Parles-en à un adulte, même si la personne t'a dit de ne pas "
                    "le faire.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Les questions que tu te poses peut-être",
                    "items": [
                        {
                            "question": "Et si j'ai déjà envoyé une photo ?",
                            "answer": (
                                "<p>Tu n'as pas d'ennuis. Parles-en à un adulte de confiance. Il "
                                "peut t'aider à empêcher que ça aille plus loin et à faire retirer "
                                "la photo.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Et si la personne a dit qu'il arriverait quelque chose de grave "
                                "si j'en parle ?"
                            ),
                            "answer": (
                                "<p>Les gens qui disent ça essaient de te faire peur. En parler à "
                                "un adulte, c'est ce qu'il faut faire. Les adultes et la police "
                                "peuvent te protéger.</p>"
                            ),
                        },
                        {
                            "question": (
                                "À qui en parler si je ne peux pas en parler à mes parents ?"
                            ),
                            "answer": (
                                "<p>Tu peux en parler à un enseignant, à quelqu'un de ta famille, "
                                "à l'infirmière scolaire ou à un autre adulte de confiance. Tu "
                                "peux aussi appeler une ligne d'écoute pour les enfants.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Quelqu'un peut t'aider",
                    "text": (
                        "Demande à un adulte d'ouvrir avec toi la page « Signaler et obtenir de "
                        "l'aide ». Elle donne les lignes d'écoute pour enfants de ton pays."
                    ),
                },
            ),
        ],
    },
    "i-shared-an-image-and-regret-it": {
        "title": "J'ai partagé une image et je le regrette",
        "summary": (
            "Si tu as envoyé une photo ou une vidéo nue ou sexuelle et que tu le regrettes, tu "
            "n'es pas seul et on peut agir. Comment la faire retirer et qui peut t'aider."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Beaucoup de jeunes envoient une image puis le regrettent. Peut-être que tu "
                    "as subi une pression, que tu as été piégé, ou que tu faisais confiance à la "
                    "personne. Quoi qu'il se soit passé, ce n'est jamais de ta faute si quelqu'un "
                    "la diffuse, te menace ou en demande d'autres. Et tu peux agir dès "
                    "maintenant.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Ce que tu peux faire maintenant",
                    "steps": [
                        (
                            "N'envoie rien de plus, même si la personne insiste ou promet de "
                            "supprimer ce qu'elle a."
                        ),
                        (
                            "Si tu te sens en sécurité pour le faire, demande à la personne de "
                            "supprimer l'image. Si elle refuse ou te menace, arrête de répondre."
                        ),
                        (
                            "Garde les messages et le pseudo au cas où tu devrais faire un "
                            "signalement. N'enregistre pas et ne transfère pas l'image."
                        ),
                        "Parles-en à un adulte de confiance. Il peut t'aider pour la suite.",
                        (
                            "Utilise un outil de retrait pour empêcher l'image de circuler (voir "
                            "ci-dessous)."
                        ),
                        (
                            "Signale le compte dans l'application si quelqu'un diffuse l'image ou "
                            "te menace."
                        ),
                    ],
                },
            ),
            ("heading", "Comment faire retirer une image"),
            (
                "paragraph",
                (
                    "<p><strong>Take It Down</strong> est un service gratuit du National Center "
                    "for Missing &amp; Exploited Children. Il fonctionne partout dans le monde "
                    "pour les images ou vidéos prises avant tes 18 ans. Tu choisis l'image sur ton "
                    "propre appareil. Le service la transforme en empreinte numérique, appelée "
                    "hash. Seule l'empreinte est partagée. Les plateformes participantes "
                    "l'utilisent pour trouver et supprimer les copies. Tu n'as pas besoin de "
                    "donner ton nom.</p><p><strong>Report Remove</strong> s'adresse aux jeunes de "
                    "moins de 18 ans au Royaume-Uni. Il est géré par Childline et l'Internet Watch "
                    "Foundation. Tu peux signaler une image, et Childline peut t'accompagner "
                    "pendant son traitement.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Ces outils fonctionnent grâce aux hashs. Un hash, c'est comme une "
                    "empreinte digitale pour une image. Les plateformes de signalement et les "
                    "entreprises utilisent des hashs spéciaux qui correspondent encore quand une "
                    "image est redimensionnée ou un peu modifiée. Cela les aide à trouver les "
                    "copies et à les supprimer.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Les questions que tu te poses peut-être",
                    "items": [
                        {
                            "question": (
                                "Est-ce que je vais avoir des ennuis parce que j'ai pris l'image ?"
                            ),
                            "answer": (
                                "<p>Les lois varient selon les pays, mais des services comme Take "
                                "It Down et Report Remove existent pour aider les jeunes, pas pour "
                                "les punir. Si quelqu'un t'a mis la pression ou a diffusé ton "
                                "image, c'est lui qui a mal agi.</p>"
                            ),
                        },
                        {
                            "question": "Et si elle est déjà partout ?",
                            "answer": (
                                "<p>On a souvent cette impression, mais les outils de retrait et "
                                "les plateformes de signalement peuvent supprimer de nombreuses "
                                "copies. Agis maintenant, et continue de signaler toute nouvelle "
                                "copie que tu vois ou dont tu entends parler.</p>"
                            ),
                        },
                        {
                            "question": "Et si quelqu'un au collège ou au lycée l'a ?",
                            "answer": (
                                "<p>Parles-en à un enseignant ou à un autre adulte de confiance de "
                                "ton établissement. Les établissements ont un référent protection "
                                "de l'enfance dont le rôle est de t'aider et d'empêcher que "
                                "l'image circule.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Prends soin de toi",
                    "text": (
                        "Se sentir gêné ou anxieux, c'est normal, et ça va aller mieux. En parler "
                        "aide, que ce soit à un ami, à un adulte de confiance ou à une ligne "
                        "d'écoute."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Obtenir de l'aide maintenant",
                    "text": (
                        "Trouvez les plateformes de signalement, les lignes d'écoute et les "
                        "services de retrait d'images de votre pays sur la page « Signaler et "
                        "obtenir de l'aide »."
                    ),
                },
            ),
        ],
    },
    "how-to-report": {
        "title": "Comment signaler des abus en ligne",
        "summary": (
            "Où et comment signaler du matériel d'abus sexuel sur enfant, du grooming et des "
            "menaces, ce qui se passe ensuite, et comment rester anonyme."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Signaler aide à arrêter les personnes qui font du mal aux enfants et à "
                    "faire retirer des images. Pas besoin d'être sûr avant de signaler. Des "
                    "personnes formées examineront ce que vous transmettez et décideront de la "
                    "suite. Beaucoup de services permettent de signaler sans donner son nom.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Où signaler",
                    "steps": [
                        (
                            "Si un enfant est en danger en ce moment, appelez le numéro d'urgence "
                            "de votre pays."
                        ),
                        (
                            "Signalez le compte ou le contenu sur l'application, le jeu ou le "
                            "site, avec son bouton de signalement."
                        ),
                        (
                            "Signalez le matériel d'abus sexuel sur enfant à une plateforme de "
                            "signalement. Le réseau INHOPE compte des plateformes dans des "
                            "dizaines de pays."
                        ),
                        "Signalez le grooming, les menaces ou la sextorsion à la police.",
                        (
                            "Pour faire retirer des images d'une personne de moins de 18 ans, "
                            "utilisez Take It Down, ou Report Remove au Royaume-Uni."
                        ),
                    ],
                },
            ),
            ("heading", "Que mettre dans un signalement"),
            (
                "paragraph",
                (
                    "<ul><li>L'adresse web (le lien) de la page, ou le nom de l'application ou du "
                    "jeu.</li><li>Le pseudo ou le profil de la personne.</li><li>La date et "
                    "l'heure.</li><li>Une courte description, avec vos mots, de ce qui s'est "
                    "passé.</li></ul><p>Des captures d'écran des messages peuvent aider. "
                    "<strong>Ne téléchargez, ne capturez, ne copiez et ne transférez jamais "
                    "d'images sexuelles d'enfants, même pour les signaler.</strong> Donnez plutôt "
                    "le lien.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Vous pouvez rester anonyme",
                    "text": (
                        "La plupart des plateformes de signalement acceptent les signalements "
                        "anonymes. À l'Internet Watch Foundation, environ 80 % des signalements du "
                        "public sont anonymes. Si vous signalez anonymement, votre signalement "
                        "reste anonyme."
                    ),
                },
            ),
            ("heading", "Ce qui se passe ensuite"),
            (
                "paragraph",
                (
                    "<p>Des analystes examinent chaque signalement. S'ils trouvent du matériel "
                    "d'abus sexuel sur enfant, ils travaillent avec les entreprises et la police "
                    "pour le faire retirer et aider à identifier l'enfant et l'agresseur. Les "
                    "images déjà connues sont repérées grâce à des empreintes spéciales appelées "
                    "hashs perceptuels (PhotoDNA est un système très utilisé), qui correspondent "
                    "encore après un redimensionnement ou une compression. Les entreprises qui "
                    "trouvent des correspondances les signalent aux plateformes de signalement et "
                    "à la police.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Questions fréquentes",
                    "items": [
                        {
                            "question": "Faut-il des preuves pour signaler ?",
                            "answer": (
                                "<p>Non. Signalez ce que vous avez vu ou ce qui vous inquiète. "
                                "Vérifier, c'est le travail des plateformes de signalement et de "
                                "la police.</p>"
                            ),
                        },
                        {
                            "question": "Un jeune peut-il signaler sans adulte ?",
                            "answer": (
                                "<p>Oui. Les jeunes peuvent faire un signalement et appeler une "
                                "ligne d'écoute eux-mêmes. Être accompagné d'un adulte de "
                                "confiance peut aussi aider.</p>"
                            ),
                        },
                        {
                            "question": "La personne saura-t-elle que je l'ai signalée ?",
                            "answer": (
                                "<p>Les plateformes ne disent pas aux gens qui les a signalés. Les "
                                "plateformes de signalement gardent anonymes les signalements "
                                "anonymes.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Obtenir de l'aide maintenant",
                    "text": (
                        "Trouvez les plateformes de signalement, les lignes d'écoute et les "
                        "services de retrait d'images de votre pays sur la page « Signaler et "
                        "obtenir de l'aide »."
                    ),
                },
            ),
        ],
    },
    "when-a-pupil-tells-you": {
        "title": "Quand un élève vous parle d'abus en ligne",
        "summary": (
            "Comment réagir quand un élève vous révèle du grooming, de la sextorsion ou la "
            "diffusion d'une image, et ce dont le référent protection de l'enfance a besoin de "
            "votre part."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Les élèves choisissent souvent un enseignant en qui ils ont confiance pour "
                    "raconter ce qui leur est arrivé en ligne. Ils peuvent vous le dire après une "
                    "séance, dans un mot ou par allusions. Votre réaction dans les premières "
                    "minutes compte : une réponse calme, qui montre que vous le croyez, aide "
                    "l'élève et protège toute enquête.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Sur le moment",
                    "steps": [
                        (
                            "Trouvez un endroit calme où personne ne peut entendre, tout en "
                            "restant à la vue de collègues."
                        ),
                        (
                            "Écoutez. Laissez l'élève utiliser ses propres mots. Ne l'interrompez "
                            "pas et n'insistez pas pour avoir des détails."
                        ),
                        (
                            "Dites : « Merci de me l'avoir dit. Ce n'est pas ta faute. Tu as eu "
                            "raison de m'en parler. »"
                        ),
                        (
                            "Ne promettez pas de garder le secret. Expliquez à qui vous allez en "
                            "parler et pourquoi."
                        ),
                        (
                            "Si vous devez savoir si l'élève est en sécurité maintenant, posez "
                            "seulement des questions ouvertes, comme : « Y a-t-il autre chose que "
                            "tu veux me dire ? »"
                        ),
                        (
                            "Ne demandez pas à voir le téléphone de l'élève, et ne regardez, ne "
                            "copiez, ne transférez et n'enregistrez jamais aucune image."
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Juste après",
                    "steps": [
                        (
                            "Notez ce que l'élève a dit, avec ses mots, la date, l'heure et les "
                            "personnes présentes. Notez des faits, pas des opinions."
                        ),
                        (
                            "Informez le référent protection de l'enfance le jour même, de vive "
                            "voix si possible. Si un enfant est en danger immédiat, agissez tout "
                            "de suite."
                        ),
                        (
                            "Si des images se trouvent sur un appareil de l'établissement, ne les "
                            "ouvrez pas. Mettez l'appareil de côté et prévenez le référent."
                        ),
                        (
                            "Ne contactez pas vous-même l'agresseur présumé ni la famille de "
                            "l'élève, sauf si le référent vous le demande."
                        ),
                        (
                            "Gardez ces informations confidentielles et ne les partagez qu'avec "
                            "les personnes qui ont besoin de les connaître."
                        ),
                    ],
                },
            ),
            ("heading", "Ce que fera le référent protection de l'enfance"),
            (
                "paragraph",
                (
                    "<p>Le référent décide, conformément à la politique de l'établissement et aux "
                    "procédures locales, s'il faut contacter les parents, les services de "
                    "protection de l'enfance ou la police, et comment accompagner l'élève. Quand "
                    "des images sont en jeu, il suit les consignes nationales et peut aider "
                    "l'élève à utiliser des services comme Take It Down ou Report Remove.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Ne sollicitez jamais de révélations en classe",
                    "text": (
                        "Si un élève commence à raconter quelque chose de personnel pendant une "
                        "séance, interrompez-le avec douceur, dites-lui que vous aimeriez en "
                        "parler juste après le cours, puis suivez ces étapes. Les autres élèves ne "
                        "doivent pas entendre les détails."
                    ),
                },
            ),
            (
                "faq",
                {
                    "title": "Questions fréquentes",
                    "items": [
                        {
                            "question": "Et si je ne suis pas sûr qu'il s'agisse d'abus ?",
                            "answer": (
                                "<p>Transmettez quand même. C'est au référent d'évaluer la "
                                "situation. De petites informations venant de plusieurs adultes "
                                "peuvent éclairer la situation.</p>"
                            ),
                        },
                        {
                            "question": "Et si un élève me parle d'un ami ?",
                            "answer": (
                                "<p>Procédez de la même façon : remerciez-le, ne menez pas "
                                "l'enquête vous-même, notez ce qu'il a dit et informez le "
                                "référent.</p>"
                            ),
                        },
                        {
                            "question": "Comment prendre soin de moi ?",
                            "answer": (
                                "<p>Recevoir une révélation peut être éprouvant. Demandez au "
                                "référent un temps d'échange ou un soutien ; vous n'avez pas à "
                                "porter cela seul.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Obtenir de l'aide maintenant",
                    "text": (
                        "Trouvez les plateformes de signalement, les lignes d'écoute et les "
                        "services de retrait d'images de votre pays sur la page « Signaler et "
                        "obtenir de l'aide »."
                    ),
                },
            ),
        ],
    },
}

RESOURCES = {
    "lesson-trusted-adults-8-10": {
        "title": (
            "Plan de séance, 8–10 ans : bons secrets, secrets inquiétants et adultes de confiance"
        ),
        "summary": (
            "Une séance de 45 minutes pour aider les enfants à reconnaître les demandes "
            "inquiétantes en ligne et à nommer les adultes à qui en parler. Avec des pistes de "
            "discussion et la procédure à suivre avec le référent protection de l'enfance."
        ),
        "age_band": "8-10",
        "body": [
            (
                "paragraph",
                (
                    "<p>Cette séance aide les enfants de 8 à 10 ans à faire la différence entre "
                    "les bonnes surprises et les secrets inquiétants, à repérer la pression "
                    "exercée par des personnes en ligne et à nommer des adultes de confiance. Elle "
                    "s'appuie sur une histoire fictive et ne demande jamais aux enfants de parler "
                    "de leur propre vécu. Téléchargez le plan imprimable ci-dessous.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Déroulé de la séance (45 minutes)",
                    "steps": [
                        (
                            "Introduction (5 minutes) : fixer les règles. Pas d'histoires "
                            "personnelles ; chacun peut parler à un adulte en privé ensuite."
                        ),
                        (
                            "Échauffement (10 minutes) : par deux, classer des cartes illustrées "
                            "en « bonne surprise » et « secret inquiétant »."
                        ),
                        (
                            "Histoire (10 minutes) : lire l'histoire fictive de Sam et du joueur "
                            "sympathique."
                        ),
                        (
                            "Discussion (10 minutes) : en petits groupes, échanger à partir des "
                            "pistes ci-dessous."
                        ),
                        (
                            "Adultes de confiance (5 minutes) : chaque enfant trace le contour de "
                            "sa main et écrit un adulte de confiance sur chaque doigt."
                        ),
                        (
                            "Conclusion (5 minutes) : répéter le message clé et montrer où trouver "
                            "de l'aide."
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Pistes de discussion",
                    "steps": [
                        (
                            "Comment Sam s'est-il senti quand le joueur lui a demandé de garder "
                            "leurs discussions secrètes ?"
                        ),
                        "Est-ce une bonne surprise ou un secret inquiétant ? Comment le sait-on ?",
                        "Que pourrait faire Sam ensuite ? À qui Sam pourrait-il en parler ?",
                        "Que dirais-tu à un ami qui serait dans la même situation que Sam ?",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Ne demandez jamais aux enfants de se confier en classe",
                    "text": (
                        "L'histoire est fictive pour que personne n'ait à parler de soi. Si un "
                        "enfant commence à raconter quelque chose de personnel, interrompez-le "
                        "avec douceur et proposez-lui d'en parler juste après la séance."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Procédure avec le référent protection de l'enfance",
                    "steps": [
                        (
                            "Avant la séance, informez le référent protection de l'enfance de la "
                            "date prévue."
                        ),
                        (
                            "Si un enfant commence à se confier pendant la séance, interrompez-le "
                            "avec douceur et parlez-lui en privé juste après."
                        ),
                        (
                            "Écoutez calmement, n'insistez pas pour avoir des détails et ne "
                            "promettez pas de garder le secret."
                        ),
                        "Notez ce que l'enfant a dit, avec ses mots, la date et l'heure.",
                        "Informez le référent le jour même et suivez ses consignes.",
                    ],
                },
            ),
        ],
        "document_title": (
            "Plan de séance : bons secrets, secrets inquiétants et adultes de confiance (8–10 ans)"
        ),
        "document_text": [
            (
                "Tranche d'âge : 8 à 10 ans. Durée : 45 minutes. Thèmes : grooming, jeux vidéo et "
                "messageries."
            ),
            (
                "Objectifs : à la fin de la séance, les enfants savent faire la différence entre "
                "une bonne surprise et un secret inquiétant ; reconnaître quand quelqu'un en ligne "
                "demande quelque chose qui ne semble pas normal ; et nommer au moins trois adultes "
                "de confiance à qui ils pourraient en parler."
            ),
            (
                "Préparation : lisez la politique de protection de l'enfance de l'établissement et "
                "informez le référent protection de l'enfance de la date de la séance. Imprimez "
                "les cartes illustrées (un cadeau d'anniversaire, une fête surprise, un message "
                "disant « ne le dis pas à ta mère », une demande de photo, des pièces de jeu "
                "offertes par un inconnu). Ayez sous la main le nom de la ligne d'écoute pour "
                "enfants de votre pays."
            ),
            (
                "Règles (5 minutes) : convenez avec la classe que l'on parle de l'histoire, pas de "
                "soi ni de personnes que l'on connaît ; que l'on s'écoute ; et que toute personne "
                "qui veut parler de quelque chose peut voir un adulte de confiance en privé après "
                "la séance."
            ),
            (
                "Échauffement (10 minutes) : par deux, les enfants classent les cartes en deux "
                "piles : « bonne surprise » et « secret inquiétant ». Demandez à quelques binômes "
                "d'expliquer leurs choix. Faites ressortir la différence essentielle : une bonne "
                "surprise est vite dévoilée et rend les gens heureux ; un secret inquiétant met "
                "mal à l'aise, et quelqu'un te dit de ne pas en parler."
            ),
            (
                "Histoire (10 minutes), fictive et composite : Sam, 9 ans, joue à un jeu de "
                "construction en ligne. Un autre joueur est très sympathique, aide Sam à "
                "construire et lui donne des pièces de jeu. Au bout d'un moment, le joueur dit que "
                "leurs discussions sont spéciales et doivent rester secrètes, demande à Sam de "
                "passer sur une autre application et lui demande une photo. Sam se sent perdu et "
                "un peu inquiet."
            ),
            (
                "Pistes de discussion (10 minutes), en petits groupes : Comment Sam s'est-il senti "
                "quand le joueur lui a demandé de garder leurs discussions secrètes ? Est-ce une "
                "bonne surprise ou un secret inquiétant, et comment le sait-on ? Que pourrait "
                "faire Sam ensuite ? À qui Sam pourrait-il en parler ? Que dirais-tu à un ami dans "
                "la même situation que Sam ?"
            ),
            (
                "Messages clés à faire ressortir : les gens en ligne ne sont pas toujours ceux "
                "qu'ils disent être. Un vrai ami ne te demande pas de garder des secrets pour les "
                "adultes qui s'occupent de toi. Si quelque chose en ligne t'inquiète, arrête, "
                "n'envoie rien et parles-en à un adulte de confiance. Tu n'auras pas d'ennuis. Ce "
                "n'est jamais de ta faute."
            ),
            (
                "Adultes de confiance (5 minutes) : chaque enfant trace le contour de sa main et "
                "écrit ou dessine un adulte de confiance sur chaque doigt, à la maison, à l'école "
                "et dans son entourage. Les enfants gardent leur dessin ; ne le ramassez pas et ne "
                "l'affichez pas."
            ),
            (
                "Conclusion (5 minutes) : répétez les messages clés. Montrez à la classe comment "
                "bloquer et signaler dans un jeu, et donnez le nom de la ligne d'écoute pour "
                "enfants de votre pays et des adultes de confiance de l'école. Terminez par une "
                "activité calme et positive."
            ),
            (
                "Protection de l'enfance : ne demandez jamais aux enfants de se confier en classe. "
                "Si un enfant commence à raconter quelque chose de personnel, interrompez-le avec "
                "douceur et proposez-lui d'en parler juste après la séance. Écoutez calmement, "
                "n'insistez pas pour avoir des détails et ne promettez pas le secret. Ne regardez, "
                "ne copiez et ne transférez aucune image. Notez ce que l'enfant a dit, avec ses "
                "mots, la date et l'heure, et informez le référent protection de l'enfance le jour "
                "même."
            ),
            (
                "Suite : envoyez un petit mot aux familles pour qu'elles sachent que la séance a "
                "eu lieu et puissent poursuivre la conversation, avec un lien vers le guide pour "
                "les parents sur la façon de parler de sécurité en ligne avec son enfant."
            ),
        ],
    },
    "lesson-pressure-and-sextortion-14-17": {
        "title": "Plan de séance, 14–17 ans : pression, sextorsion et demander de l'aide",
        "summary": (
            "Une séance de 50 minutes pour reconnaître la pression à partager des images et la "
            "sextorsion, soutenir un ami sans le juger et utiliser les services de retrait "
            "d'images. Avec des pistes de discussion et la procédure avec le référent protection "
            "de l'enfance."
        ),
        "age_band": "14-17",
        "body": [
            (
                "paragraph",
                (
                    "<p>Cette séance aide les élèves de 14 à 17 ans à reconnaître les tactiques "
                    "utilisées dans la sextorsion, à savoir quoi faire s'ils sont ciblés, eux ou "
                    "un ami, et à savoir comment faire retirer des images. Elle s'appuie sur un "
                    "scénario fictif et composite et ne demande jamais aux élèves de parler de "
                    "leur propre vécu. Téléchargez le plan imprimable ci-dessous.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Déroulé de la séance (50 minutes)",
                    "steps": [
                        (
                            "Introduction (5 minutes) : fixer les règles et expliquer où les "
                            "élèves peuvent trouver un soutien en privé."
                        ),
                        (
                            "Tactiques (10 minutes) : en groupes, lister les façons dont quelqu'un "
                            "en ligne peut gagner la confiance puis exercer une pression."
                        ),
                        "Scénario (10 minutes) : lire le scénario fictif d'Alex.",
                        (
                            "Discussion (15 minutes) : les groupes travaillent sur les pistes "
                            "ci-dessous."
                        ),
                        (
                            "Demander de l'aide (5 minutes) : passer en revue quoi faire tout de "
                            "suite, le signalement et le retrait d'images."
                        ),
                        "Conclusion (5 minutes) : messages clés et où trouver de l'aide.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Pistes de discussion",
                    "steps": [
                        (
                            "Quelles tactiques le compte a-t-il utilisées pour gagner la confiance "
                            "d'Alex, puis pour faire paniquer Alex ?"
                        ),
                        (
                            "Pourquoi une personne dans la situation d'Alex pourrait-elle penser "
                            "qu'elle ne peut en parler à personne ? Qu'est-ce qui l'aiderait ?"
                        ),
                        (
                            "Que devrait faire Alex dans l'heure qui suit ? Que ne devrait-il pas "
                            "faire ?"
                        ),
                        (
                            "Si Alex se confiait à toi, que dirais-tu et que ferais-tu en tant "
                            "qu'ami ?"
                        ),
                        (
                            "En quoi la façon dont on parle des victimes peut-elle rendre plus "
                            "difficile le fait de demander de l'aide ?"
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Ne demandez jamais aux élèves de se confier en classe",
                    "text": (
                        "Gardez la discussion centrée sur le scénario fictif. Si un élève commence "
                        "à raconter quelque chose de personnel, interrompez-le avec douceur et "
                        "proposez-lui d'en parler en privé juste après la séance."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Procédure avec le référent protection de l'enfance",
                    "steps": [
                        (
                            "Avant la séance, informez le référent protection de l'enfance de la "
                            "date prévue."
                        ),
                        (
                            "Si un élève se confie, écoutez calmement, n'insistez pas pour avoir "
                            "des détails et ne promettez pas de garder le secret."
                        ),
                        (
                            "Ne regardez, ne copiez, ne transférez et n'enregistrez jamais "
                            "d'images, et ne demandez pas à voir le téléphone de l'élève."
                        ),
                        "Notez ce que l'élève a dit, avec ses mots, la date et l'heure.",
                        (
                            "Informez le référent le jour même ; agissez immédiatement si l'élève "
                            "est en danger."
                        ),
                    ],
                },
            ),
        ],
        "document_title": "Plan de séance : pression, sextorsion et demander de l'aide (14–17 ans)",
        "document_text": [
            (
                "Tranche d'âge : 14 à 17 ans. Durée : 50 minutes. Thèmes : sextorsion, images "
                "sexuelles autoproduites, signalement."
            ),
            (
                "Objectifs : à la fin de la séance, les élèves savent décrire les tactiques "
                "courantes de la sextorsion ; expliquer ce qu'il faut faire, et ne pas faire, "
                "s'ils sont ciblés, eux ou un ami ; et nommer les services qui permettent de "
                "signaler des abus et de faire retirer des images, dont Take It Down et, au "
                "Royaume-Uni, Report Remove."
            ),
            (
                "Préparation : lisez la politique de protection de l'enfance de l'établissement et "
                "informez le référent protection de l'enfance de la date de la séance. Repérez les "
                "services d'aide de votre pays sur la page « Signaler et obtenir de l'aide ». "
                "Assurez-vous que les élèves savent à quels membres du personnel ils peuvent "
                "parler en privé."
            ),
            (
                "Règles (5 minutes) : on parle du scénario, pas de soi ni de personnes que l'on "
                "connaît ; on ne blâme pas les victimes ; on respecte les avis de chacun ; toute "
                "personne qui veut parler peut voir un adulte de confiance en privé après la "
                "séance."
            ),
            (
                "Tactiques (10 minutes) : en groupes, les élèves listent les façons dont quelqu'un "
                "en ligne peut gagner la confiance (flatterie, se faire passer pour quelqu'un du "
                "même âge, centres d'intérêt communs, cadeaux) puis exercer une pression (urgence, "
                "menaces, prétendre avoir déjà des images, demandes d'argent). Faites ressortir "
                "que ces tactiques visent à provoquer la panique et la honte."
            ),
            (
                "Scénario (10 minutes), fictif et composite : Alex, 15 ans, reçoit un message "
                "amical d'un compte qui semble appartenir à un élève d'un autre lycée. Après "
                "quelques jours de discussion, le compte demande une image intime. Peu après, il "
                "annonce qu'il enverra des images d'Alex à tous ses abonnés si Alex ne paie pas "
                "dans l'heure."
            ),
            (
                "Pistes de discussion (15 minutes) : Quelles tactiques le compte a-t-il utilisées "
                "pour gagner la confiance d'Alex, puis pour faire paniquer Alex ? Pourquoi une "
                "personne dans la situation d'Alex pourrait-elle penser qu'elle ne peut en parler "
                "à personne, et qu'est-ce qui l'aiderait ? Que devrait faire Alex dans l'heure qui "
                "suit, et que ne devrait-il pas faire ? Si Alex se confiait à toi, que dirais-tu "
                "et que ferais-tu en tant qu'ami ? En quoi la façon dont on parle des victimes "
                "peut-elle rendre plus difficile le fait de demander de l'aide ?"
            ),
            (
                "Que faire tout de suite (5 minutes) : arrêter de répondre ; ne pas payer et ne "
                "rien envoyer de plus ; garder des preuves en faisant des captures d'écran de la "
                "conversation, du pseudo et du lien du profil, mais jamais des images ; bloquer et "
                "signaler le compte ; en parler à un adulte de confiance ; signaler les faits à la "
                "police ou à une plateforme de signalement."
            ),
            (
                "Faire retirer des images : Take It Down, du National Center for Missing & "
                "Exploited Children, fonctionne partout dans le monde pour les images prises avant "
                "18 ans. Il crée une empreinte numérique (hash) de l'image sur l'appareil du "
                "jeune, si bien que l'image n'est jamais envoyée à personne. Au Royaume-Uni, "
                "Report Remove, de Childline et de l'Internet Watch Foundation, aide les moins de "
                "18 ans à faire retirer des images, avec le soutien de Childline."
            ),
            (
                "Messages clés : la sextorsion est un délit et ce n'est jamais la faute de la "
                "victime. Payer ne met presque jamais fin aux menaces. De l'aide existe, et les "
                "images peuvent être retirées. Un ami qui écoute sans juger et aide à en parler à "
                "un adulte de confiance change vraiment les choses."
            ),
            (
                "Conclusion (5 minutes) : répétez les messages clés et donnez les services d'aide "
                "de votre pays ainsi que les noms des membres du personnel de confiance. Rappelez "
                "aux élèves qu'ils peuvent parler à quelqu'un en privé à tout moment."
            ),
            (
                "Protection de l'enfance : ne demandez jamais aux élèves de se confier en classe. "
                "Si un élève commence à raconter quelque chose de personnel, interrompez-le avec "
                "douceur et proposez-lui d'en parler en privé juste après. Écoutez calmement, "
                "n'insistez pas pour avoir des détails et ne promettez pas le secret. Ne regardez, "
                "ne copiez, ne transférez et n'enregistrez jamais d'images, et ne demandez pas à "
                "voir le téléphone de l'élève. Notez ce que l'élève a dit, avec ses mots, la date "
                "et l'heure, et informez le référent protection de l'enfance le jour même, ou "
                "immédiatement si l'élève est en danger."
            ),
            (
                "Suite : informez les familles que la séance a eu lieu, avec un lien vers le guide "
                "pour les parents sur la sextorsion, pour qu'elles puissent poursuivre la "
                "conversation à la maison, calmement et sans reproche."
            ),
        ],
    },
}

HELP_PAGE = {
    "title": "Signaler et obtenir de l'aide",
    "intro": (
        "Choisissez votre pays pour trouver les plateformes de signalement du matériel d'abus "
        "sexuel sur enfant, les lignes d'écoute pour les enfants et les adultes, les services de "
        "retrait d'images, et une aide confidentielle pour les personnes inquiètes de leurs "
        "propres pensées ou comportements."
    ),
    "fallback_text": (
        "Nous ne répertorions pas encore de services pour ce pays. Les annuaires internationaux "
        "ci-dessous peuvent vous aider à trouver une plateforme de signalement ou une ligne "
        "d'écoute pour enfants près de chez vous. Si un enfant est en danger immédiat, appelez le "
        "numéro d'urgence de votre pays."
    ),
}

SERVICES = {
    "gb-iwf": {
        "name": "Internet Watch Foundation (IWF)",
        "description": (
            "La plateforme britannique de signalement du matériel d'abus sexuel sur enfant en "
            "ligne. Vous pouvez signaler anonymement ; des analystes examinent chaque signalement "
            "et œuvrent au retrait du matériel."
        ),
        "hours": "Signalement en ligne à tout moment.",
    },
    "gb-childline": {
        "name": "Childline",
        "description": (
            "Aide gratuite et confidentielle pour les enfants et les jeunes au Royaume-Uni, par "
            "téléphone et en ligne, sur tout ce qui les inquiète."
        ),
        "hours": "Consultez le site pour les horaires du téléphone et du chat.",
    },
    "gb-report-remove": {
        "name": "Report Remove (Childline et IWF)",
        "description": (
            "Aide les jeunes de moins de 18 ans au Royaume-Uni à faire retirer d'Internet des "
            "images et vidéos nues ou sexuelles d'eux-mêmes, avec le soutien de Childline."
        ),
        "hours": "En ligne à tout moment.",
    },
    "gb-ceop": {
        "name": "CEOP Safety Centre (National Crime Agency)",
        "description": (
            "Signalez des abus sexuels en ligne, ou une inquiétude sur la façon dont quelqu'un "
            "communique avec un enfant en ligne, aux conseillers en protection de l'enfance de la "
            "National Crime Agency britannique."
        ),
        "hours": "Signalement en ligne à tout moment. En cas d'urgence, appelez le 999.",
    },
    "gb-stop-it-now": {
        "name": "Stop It Now (Royaume-Uni et Irlande)",
        "description": (
            "Aide confidentielle et anonyme pour toute personne inquiète de ses propres pensées ou "
            "comportements sexuels envers des enfants, ou de ceux de quelqu'un d'autre. Géré par "
            "la Lucy Faithfull Foundation."
        ),
        "hours": "Consultez le site pour les horaires de la ligne d'écoute et du chat.",
    },
    "us-cybertipline": {
        "name": "CyberTipline du NCMEC",
        "description": (
            "Le système national américain de signalement de l'exploitation sexuelle d'enfants en "
            "ligne, dont le matériel d'abus sexuel sur enfant, la sextorsion et le grooming. Géré "
            "par le National Center for Missing & Exploited Children."
        ),
        "hours": "Signalement en ligne à tout moment.",
    },
    "us-stop-it-now": {
        "name": "Stop It Now (États-Unis)",
        "description": (
            "Aide confidentielle pour les adultes inquiets de leurs propres pensées ou "
            "comportements envers des enfants, et pour les parents et autres personnes préoccupés "
            "par le comportement de quelqu'un d'autre."
        ),
        "hours": "Consultez le site pour les horaires de la ligne d'écoute.",
    },
    "br-safernet": {
        "name": "SaferNet Brasil",
        "description": (
            "La plateforme brésilienne de signalement anonyme du matériel d'abus sexuel sur enfant "
            "et d'autres crimes en ligne contre les droits humains, avec une ligne d'écoute pour "
            "les enfants, les jeunes et les familles."
        ),
        "hours": "Signalement en ligne à tout moment.",
    },
    "fr-point-de-contact": {
        "name": "Point de Contact",
        "description": (
            "Plateforme française de signalement, membre du réseau INHOPE, qui reçoit les "
            "signalements anonymes de contenus illicites en ligne, dont le matériel d'abus sexuel "
            "sur enfant."
        ),
        "hours": "Signalement en ligne à tout moment.",
    },
    "fr-3018": {
        "name": "3018 (e-Enfance)",
        "description": (
            "Le numéro national gratuit et confidentiel pour les enfants, les jeunes et les "
            "parents confrontés aux violences numériques, dont la sextorsion et la diffusion "
            "d'images. Il peut aider à faire retirer des contenus."
        ),
        "hours": "Consultez le site pour les horaires actuels.",
    },
    "fr-pharos": {
        "name": "PHAROS (ministère de l'Intérieur)",
        "description": (
            "Plateforme officielle pour signaler à la police les contenus illicites en ligne, dont "
            "le matériel d'abus sexuel sur enfant."
        ),
        "hours": "Signalement en ligne à tout moment.",
    },
    "es-anar": {
        "name": "Fundación ANAR",
        "description": (
            "Aide gratuite et confidentielle pour les enfants, les adolescents et les familles en "
            "Espagne, quel que soit le problème, y compris les abus en ligne."
        ),
        "hours": "Consultez le site pour les horaires actuels.",
    },
    "es-incibe-017": {
        "name": "017, ligne d'aide en cybersécurité (INCIBE)",
        "description": (
            "Ligne d'aide gratuite et confidentielle de l'Institut national de cybersécurité "
            "espagnol pour les jeunes, les familles et les éducateurs, avec des conseils sur la "
            "sextorsion et la diffusion d'images."
        ),
        "hours": "Consultez le site pour les horaires actuels.",
    },
    "jo-child-helplines": {
        "name": (
            "Lignes d'écoute pour enfants en Jordanie (annuaire de Child Helpline International)"
        ),
        "description": (
            "Utilisez l'annuaire de Child Helpline International pour trouver la ligne d'écoute "
            "pour enfants qui dessert la Jordanie et vérifier ses coordonnées actuelles."
        ),
        "hours": "Consultez l'annuaire pour les informations à jour.",
    },
    "jo-hotlines": {
        "name": "Plateformes de signalement (annuaire INHOPE)",
        "description": (
            "L'annuaire d'INHOPE répertorie ses plateformes membres par pays. S'il n'y a pas de "
            "plateforme pour la Jordanie, vous pouvez signaler du matériel d'abus sexuel sur "
            "enfant à une plateforme d'un autre pays."
        ),
        "hours": "En ligne à tout moment.",
    },
    "take-it-down": {
        "name": "Take It Down (NCMEC)",
        "description": (
            "Service gratuit qui aide à retirer ou à empêcher la diffusion en ligne d'images ou de "
            "vidéos nues, partiellement nues ou sexuellement explicites prises avant 18 ans. Il "
            "fonctionne partout dans le monde, l'image ne quitte jamais votre appareil et vous "
            "pouvez rester anonyme."
        ),
        "hours": "En ligne à tout moment.",
    },
    "inhope-directory": {
        "name": "Annuaire des plateformes de signalement INHOPE",
        "description": (
            "Trouvez la plateforme de signalement du matériel d'abus sexuel sur enfant de votre "
            "pays. Les membres d'INHOPE sont présents dans des dizaines de pays, et beaucoup "
            "acceptent les signalements anonymes."
        ),
        "hours": "En ligne à tout moment.",
    },
    "chi-directory": {
        "name": "Child Helpline International",
        "description": (
            "Annuaire des lignes d'écoute pour enfants dans le monde, où les enfants et les jeunes "
            "peuvent parler à quelqu'un en toute confidentialité."
        ),
        "hours": "Consultez l'annuaire pour les horaires de chaque ligne.",
    },
    "stop-it-now-global": {
        "name": "Stop It Now",
        "description": (
            "Aide confidentielle pour les personnes inquiètes de leurs propres pensées ou "
            "comportements sexuels envers des enfants. Stop It Now propose des services dans "
            "plusieurs pays ; son site explique où trouver de l'aide."
        ),
        "hours": "Consultez le site pour les horaires de la ligne d'écoute.",
    },
}
