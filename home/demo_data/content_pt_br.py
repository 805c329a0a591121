"""Brazilian Portuguese demo guidance, a full translation of content_en."""

HOME = {
    "title": "Proteger crianças e adolescentes na internet",
    "intro": (
        "Orientações claras e tranquilas para mães, pais e responsáveis, professores e jovens "
        "sobre a exploração e o abuso sexual infantil on-line, e onde buscar ajuda no seu país."
    ),
    "help_title": "Peça ajuda agora",
    "help_text": (
        "Se uma criança estiver em perigo imediato, ligue para o número de emergência do seu país. "
        "Para denunciar material de abuso sexual infantil, pedir a remoção de uma imagem ou "
        "conversar com alguém de forma confidencial, encontre os serviços do seu país."
    ),
}

AUDIENCES = {
    "parents": {
        "title": "Mães, pais e responsáveis",
        "intro": (
            "Passos práticos para ajudar seu filho ou sua filha a ficar em segurança na internet, "
            "os sinais a observar e o que fazer se algo já aconteceu."
        ),
        "body": [
            ("heading", "Conversar é a primeira proteção"),
            (
                "paragraph",
                (
                    "<p>Uma criança que pode conversar com um adulto calmo e interessado está mais "
                    "protegida do que uma criança que é apenas vigiada. Você não precisa ser "
                    "especialista em aplicativos ou jogos. Pergunte do que seu filho ou sua filha "
                    "gosta na internet, com quem conversa e o que faria se algo parecesse errado. "
                    "Mantenha a porta aberta ficando calmo quando ele ou ela contar algo, mesmo "
                    "que o que ouvir preocupe você.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Cinco coisas que você pode fazer esta semana",
                    "steps": [
                        (
                            "Peça ao seu filho ou à sua filha que mostre um jogo ou aplicativo de "
                            "que gosta, e passem dez minutos usando juntos."
                        ),
                        (
                            "Combinem juntos com quem ele ou ela pode conversar na internet e o "
                            "que fazer se um desconhecido entrar em contato."
                        ),
                        (
                            "Confiram juntos as configurações de privacidade: perfil privado, sem "
                            "compartilhar a localização, mensagens só de amigos."
                        ),
                        (
                            "Diga, com suas palavras, que ele ou ela sempre pode procurar você e "
                            "não vai ficar de castigo por contar."
                        ),
                        (
                            "Procure os serviços de ajuda do seu país para saber aonde ir se um "
                            "dia precisar."
                        ),
                    ],
                },
            ),
            (
                "warning_signs",
                {
                    "title": "Sinais de que algo pode estar errado",
                    "signs": [
                        (
                            "Faz segredo sobre o celular, um jogo ou uma conta, ou troca rápido de "
                            "tela quando você se aproxima"
                        ),
                        (
                            "Um novo amigo da internet de quem não quer falar, ou presentes, "
                            "créditos de jogo ou dinheiro que você não consegue explicar"
                        ),
                        "Parece ansioso, retraído ou assustado depois de ficar on-line",
                        "Fala de um amigo mais velho que o entende melhor do que a família",
                        (
                            "Pedidos repentinos de dinheiro ou vales-presente, ou venda das "
                            "próprias coisas"
                        ),
                        "Apaga contas ou evita um aparelho de que antes gostava muito",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Um sinal sozinho não quer dizer que seu filho ou sua filha esteja sofrendo "
                    "algum mal. O humor das crianças muda por muitos motivos. Se notar vários "
                    "sinais, ou se algo não parecer certo, escolha um momento tranquilo para "
                    "conversar.</p>"
                ),
            ),
            ("heading", "Se seu filho ou sua filha contar que algo aconteceu"),
            (
                "paragraph",
                (
                    "<p>Fique calmo, escute e agradeça por ele ou ela ter contado. Deixe claro que "
                    "não é culpa dele ou dela e que não há castigo: a responsabilidade é da pessoa "
                    "que causou o mal ou fez a ameaça. Não tire os aparelhos como punição, porque "
                    "a criança que tem medo de perder o celular costuma parar de contar as coisas "
                    "aos adultos. Não apague as mensagens ainda e <strong>nunca copie nem "
                    "encaminhe imagens</strong>, nem mesmo para denunciá-las.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Peça ajuda agora",
                    "text": (
                        "Encontre os canais de denúncia, as linhas de ajuda e os serviços de "
                        "remoção de imagens do seu país na página “Denunciar e pedir ajuda”."
                    ),
                },
            ),
        ],
        "age_bands": {},
    },
    "teachers": {
        "title": "Professores",
        "intro": (
            "Planos de aula prontos para usar por faixa etária, perguntas para discussão e o que "
            "fazer quando um aluno ou uma aluna conta que está sofrendo algum mal."
        ),
        "body": [
            ("heading", "Ensinar segurança on-line sem medo"),
            (
                "paragraph",
                (
                    "<p>A prevenção funciona melhor quando é regular, adequada à idade da turma e "
                    "focada no que as crianças podem fazer: reconhecer pressão, contar os segredos "
                    "que as deixam desconfortáveis e saber quais adultos e serviços podem ajudar. "
                    "Evite histórias assustadoras e nunca use casos ou imagens reais. Foque nas "
                    "habilidades, não no choque.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Antes de dar uma aula sobre segurança on-line",
                    "steps": [
                        (
                            "Leia a política de proteção da criança da sua escola e confirme quem "
                            "é a pessoa responsável pela proteção."
                        ),
                        (
                            "Avise a pessoa responsável pela proteção quando a aula vai acontecer, "
                            "porque as aulas podem levar a revelações depois."
                        ),
                        (
                            "Combine regras com a turma: ninguém conta histórias pessoais sobre si "
                            "ou sobre outras pessoas durante a aula, e quem quiser conversar pode "
                            "falar depois, em particular, com um adulto de confiança."
                        ),
                        (
                            "Tenha em mãos os nomes dos adultos de confiança da escola e a linha "
                            "de ajuda para crianças do seu país, para compartilhar no fim de cada "
                            "aula."
                        ),
                        "Planeje uma atividade calma e positiva para encerrar a aula.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Nunca peça às crianças que façam revelações em sala de aula",
                    "text": (
                        "As aulas ensinam o que fazer e a quem recorrer. Não são o lugar para "
                        "perguntar às crianças sobre suas próprias experiências. Se um aluno ou "
                        "uma aluna começar a contar algo pessoal, interrompa com delicadeza, diga "
                        "que gostaria de conversar logo depois da aula e siga o procedimento de "
                        "proteção da escola."
                    ),
                },
            ),
            ("heading", "Se um aluno ou uma aluna contar algo a você"),
            (
                "steps",
                {
                    "title": "Como responder a uma revelação",
                    "steps": [
                        (
                            "Escute com calma. Deixe o aluno ou a aluna falar com as próprias "
                            "palavras; não faça perguntas que induzam respostas nem insista em "
                            "detalhes."
                        ),
                        "Tranquilize: ele ou ela fez bem em contar, e a culpa não é dele ou dela.",
                        (
                            "Não prometa guardar segredo. Explique que vai contar à pessoa cujo "
                            "trabalho é ajudar a protegê-lo ou protegê-la."
                        ),
                        (
                            "Não olhe, copie, encaminhe nem salve nenhuma imagem, nem mesmo como "
                            "prova."
                        ),
                        (
                            "Anote o que foi dito, com as palavras do aluno ou da aluna, a data e "
                            "a hora, o quanto antes."
                        ),
                        (
                            "Informe a pessoa responsável pela proteção no mesmo dia e siga as "
                            "orientações dela."
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Peça ajuda agora",
                    "text": (
                        "Encontre os canais de denúncia, as linhas de ajuda e os serviços de "
                        "remoção de imagens do seu país na página “Denunciar e pedir ajuda”."
                    ),
                },
            ),
        ],
        "age_bands": {},
    },
    "young-people": {
        "title": "Jovens",
        "intro": (
            "Respostas diretas para ficar seguro na internet e o que fazer se algo deu errado. Não "
            "importa o que aconteceu: a culpa nunca é sua."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Esta parte do site é para você. Escolha sua idade abaixo para encontrar "
                    "dicas escritas para você. Se algo está preocupando você agora, não precisa "
                    "ler tudo. Vá direto para a página de ajuda.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Se algo aconteceu",
                    "text": (
                        "A culpa nunca é sua. Pare de falar com a pessoa. Não pague nem envie mais "
                        "nada. Guarde as mensagens e conte para um adulto de confiança. Você pode "
                        "denunciar e pedir a remoção das imagens."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "O que fazer agora",
                    "steps": [
                        "Pare de responder à pessoa.",
                        "Não pague e não envie mais nada.",
                        (
                            "Guarde as mensagens e o nome de usuário da pessoa. Tire prints da "
                            "conversa, não das imagens."
                        ),
                        "Conte para um adulto de confiança.",
                        (
                            "Denuncie a conta no aplicativo ou no jogo, e denuncie a um canal de "
                            "denúncia ou à polícia."
                        ),
                        (
                            "Peça a remoção das imagens com o Take It Down (no mundo todo) ou o "
                            "Report Remove (Reino Unido, menores de 18 anos)."
                        ),
                    ],
                },
            ),
        ],
        "age_bands": {
            "8-10": {
                "title": "Para quem tem de 8 a 10 anos",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>A internet pode ser divertida. Você pode brincar, aprender e "
                            "conversar com amigos. Mas algumas pessoas na internet não são quem "
                            "dizem ser.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Lembre estas regras",
                            "steps": [
                                "Não conte seu nome verdadeiro, sua escola nem seu endereço.",
                                "Converse só com pessoas que você conhece de verdade.",
                                (
                                    "Se alguém pedir para você guardar um segredo, conte para um "
                                    "adulto de confiança."
                                ),
                                (
                                    "Se algo deixar você triste, com medo ou confuso, pare e conte "
                                    "para um adulto."
                                ),
                                "Você não vai ficar de castigo por contar.",
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Uma surpresa boa, como um presente de aniversário, pode ser "
                            "guardada por pouco tempo. Um segredo que deixa você preocupado nunca "
                            "está certo. Conte para um adulto de confiança, como sua mãe, seu pai, "
                            "quem cuida de você ou seu professor.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "Você sempre pode contar para alguém",
                            "text": (
                                "A culpa nunca é sua. Um adulto de confiança pode ajudar. Você "
                                "também pode ligar para uma linha de ajuda para crianças. As "
                                "pessoas de lá escutam e são gentis."
                            ),
                        },
                    ),
                ],
            },
            "11-13": {
                "title": "Para quem tem de 11 a 13 anos",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Jogos, chats e redes sociais são uma parte importante da vida. A "
                            "maioria das pessoas que você conhece na internet é legal. Mas alguns "
                            "adultos fingem ser jovens para se aproximar de crianças. Isso se "
                            "chama aliciamento, ou grooming.</p>"
                        ),
                    ),
                    (
                        "warning_signs",
                        {
                            "title": "Tome cuidado se alguém na internet",
                            "signs": [
                                "faz muitos elogios ou dá presentes, como créditos de jogo",
                                "quer levar a conversa para um aplicativo privado",
                                "pede para você manter as conversas em segredo",
                                "pede fotos suas",
                                "diz que ninguém entende você como essa pessoa",
                                "fica bravo ou faz ameaças quando você diz não",
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Se isso acontecer, não é culpa sua. Você não fez nada de errado. "
                            "Pare de conversar, guarde as mensagens e conte para um adulto de "
                            "confiança. Você também pode bloquear e denunciar a conta.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "Converse com alguém",
                            "text": (
                                "Conte para um adulto de confiança ou procure uma linha de ajuda "
                                "para jovens. Você não vai se meter em encrenca."
                            ),
                        },
                    ),
                ],
            },
            "14-17": {
                "title": "Para quem tem de 14 a 17 anos",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Você conhece bem a internet. Mas a pressão on-line pode chegar "
                            "rápido: alguém pedindo imagens, alguém que você nunca viu dizendo que "
                            "conhece você, ou alguém ameaçando espalhar algo se você não pagar. "
                            "Esse último caso se chama extorsão sexual, ou sextorsão. É crime, e a "
                            "culpa é sempre de quem faz isso.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Se alguém está ameaçando você",
                            "steps": [
                                "Pare de responder. Não discuta nem negocie.",
                                (
                                    "Não pague e não envie mais nada. Pagar quase nunca acaba com "
                                    "a ameaça."
                                ),
                                (
                                    "Tire prints da conversa, do nome de usuário e do link do "
                                    "perfil. Não salve nenhuma imagem."
                                ),
                                "Bloqueie e denuncie a conta depois de guardar as provas.",
                                (
                                    "Conte para um adulto de confiança e denuncie à polícia ou a "
                                    "um canal de denúncia."
                                ),
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Se uma imagem sua foi compartilhada, ou se você tem medo de que "
                            "seja, existem ferramentas que ajudam a removê-la. O <strong>Take It "
                            "Down</strong> funciona no mundo todo: ele cria uma impressão digital "
                            "da imagem no seu próprio aparelho, então você nunca precisa enviar a "
                            "imagem para ninguém. O <strong>Report Remove</strong> é para menores "
                            "de 18 anos no Reino Unido.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "A culpa nunca é sua",
                            "text": (
                                "Você não está encrencado e não está sozinho. Encontre uma linha "
                                "de ajuda, um canal de denúncia e serviços de remoção de imagens "
                                "do seu país na página de ajuda."
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
        "title": "Aliciamento (grooming)",
        "intro": (
            "Como agressores conquistam a confiança de uma criança para abusar dela ou explorá-la, "
            "os sinais a observar e como reagir."
        ),
    },
    "sexual-extortion": {
        "title": "Extorsão sexual (sextorsão)",
        "intro": (
            "Quando alguém ameaça divulgar imagens sexuais de uma criança ou adolescente se não "
            "houver pagamento ou envio de mais imagens, e o que fazer imediatamente."
        ),
    },
    "self-generated-images": {
        "title": "Imagens sexuais autogeradas",
        "intro": (
            "Imagens que crianças e adolescentes fazem de si mesmos, muitas vezes sob pressão ou "
            "depois de serem enganados, e como pedir a remoção sem culpar ninguém."
        ),
    },
    "live-streamed-abuse": {
        "title": "Abuso sexual infantil transmitido ao vivo",
        "intro": (
            "O que é o abuso sexual infantil transmitido ao vivo, os padrões que vale a pena "
            "conhecer e como denunciar."
        ),
    },
    "gaming-and-chat": {
        "title": "Jogos e chats",
        "intro": (
            "Como ficar em segurança em jogos on-line, chats de voz e aplicativos de mensagens, "
            "onde muitas crianças encontram pessoas que não conhecem."
        ),
    },
    "reporting": {
        "title": "Denunciar",
        "intro": (
            "Como denunciar material de abuso sexual infantil, aliciamento e ameaças, de forma "
            "anônima quando possível, e onde pedir a remoção de imagens."
        ),
    },
}

GUIDES = {
    "talking-with-your-child": {
        "title": "Como conversar com seu filho ou sua filha sobre segurança on-line",
        "summary": (
            "Conversas abertas e frequentes são a melhor proteção. Como começar, o que dizer em "
            "cada idade e como fazer seu filho ou sua filha continuar conversando com você."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Crianças que se sentem à vontade para contar à mãe, ao pai ou a quem cuida "
                    "delas quando algo dá errado na internet estão muito mais protegidas do que as "
                    "que são apenas monitoradas. Filtros e configurações ajudam, mas não percebem "
                    "uma pessoa que está, aos poucos, conquistando a confiança de uma criança. Seu "
                    "filho ou sua filha pode perceber, se souber no que prestar atenção e souber "
                    "que você vai reagir com calma.</p>"
                ),
            ),
            ("heading", "Comece cedo e faça disso algo comum"),
            (
                "paragraph",
                (
                    "<p>Fale da vida on-line como você fala da escola ou dos amigos: com "
                    "frequência, de forma breve e com interesse. Conversas curtas no carro ou "
                    "durante uma refeição funcionam melhor do que uma única conversa longa e "
                    "séria. Faça perguntas abertas e escute mais do que fala. Se você não entende "
                    "um jogo ou aplicativo, peça ao seu filho ou à sua filha que ensine: as "
                    "crianças adoram ser especialistas.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Para puxar conversa",
                    "steps": [
                        (
                            "Qual foi a coisa mais legal que você viu ou jogou na internet esta "
                            "semana?"
                        ),
                        "Com quem você gosta de conversar nos seus jogos ou aplicativos?",
                        "Alguém na internet já pediu algo que pareceu estranho para você?",
                        (
                            "O que você faria se alguém que você só conhece pela internet pedisse "
                            "para você guardar um segredo?"
                        ),
                        (
                            "Se um amigo estivesse sendo pressionado na internet, o que você diria "
                            "para ele fazer?"
                        ),
                    ],
                },
            ),
            ("heading", "O que dizer em cada idade"),
            (
                "paragraph",
                (
                    "<p><strong>Menos de 10 anos:</strong> seja simples. As pessoas na internet "
                    "nem sempre são quem dizem ser. Surpresas boas tudo bem, mas um segredo que "
                    "deixa você preocupado deve sempre ser contado a um adulto.</p><p><strong>De "
                    "11 a 13 anos:</strong> fale sobre amigos da internet, sobre elogios e "
                    "presentes que vêm com segundas intenções e sobre o que fazer se alguém pedir "
                    "fotos.</p><p><strong>De 14 a 17 anos:</strong> fale sobre a pressão para "
                    "compartilhar imagens, sobre a sextorsão e sobre os serviços que ajudam a "
                    "remover imagens. Deixe claro que você vai ajudar, não castigar.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Torne seguro contar as coisas para você",
                    "steps": [
                        (
                            "Diga em voz alta: “Aconteça o que acontecer na internet, você pode me "
                            "contar e não vai ficar de castigo.”"
                        ),
                        "Não ameace tirar os aparelhos se ele ou ela contar um problema.",
                        (
                            "Fique calmo se ouvir algo preocupante. Respire e diga: “Obrigado por "
                            "me contar.”"
                        ),
                        (
                            "Combinem outros adultos de confiança que ele ou ela possa procurar se "
                            "for difícil falar com você."
                        ),
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Perguntas frequentes",
                    "items": [
                        {
                            "question": "Devo ler as mensagens do meu filho ou da minha filha?",
                            "answer": (
                                "<p>Com crianças pequenas, é razoável ficar junto enquanto estão "
                                "on-line e usar o controle parental. Com adolescentes, monitorar "
                                "escondido pode abalar a confiança e fazer com que procurem menos "
                                "você. Combinem as regras abertamente e explique por que elas "
                                "importam.</p>"
                            ),
                        },
                        {
                            "question": "Meu filho diz que eu me preocupo demais. E agora?",
                            "answer": (
                                "<p>Mantenha as conversas curtas e leves, compartilhe algo que "
                                "você mesmo aprendeu e volte ao assunto mais tarde. As crianças "
                                "costumam lembrar que você está aberto a conversar, mesmo quando "
                                "reviram os olhos.</p>"
                            ),
                        },
                        {
                            "question": "E se meu filho ou minha filha já compartilhou uma imagem?",
                            "answer": (
                                "<p>Reaja sem culpar. Nunca é culpa da criança quando alguém a "
                                "pressiona ou a engana. Leia nosso guia sobre sextorsão e use a "
                                "página de ajuda para encontrar serviços que removem imagens.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Peça ajuda agora",
                    "text": (
                        "Encontre os canais de denúncia, as linhas de ajuda e os serviços de "
                        "remoção de imagens do seu país na página “Denunciar e pedir ajuda”."
                    ),
                },
            ),
        ],
    },
    "recognising-grooming": {
        "title": "Como reconhecer o aliciamento",
        "summary": (
            "Como agressores conquistam a confiança de uma criança na internet, os sinais de "
            "alerta para famílias e professores, e o que fazer se você estiver preocupado."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Aliciamento (grooming) é quando alguém conquista a confiança de uma "
                    "criança, e muitas vezes dos adultos ao redor dela, para abusar sexualmente "
                    "dela ou explorá-la. Na internet, isso pode acontecer em qualquer lugar onde "
                    "crianças conversam com outras pessoas: jogos, redes sociais, aplicativos de "
                    "mensagens e sites de transmissão ao vivo. O agressor pode fingir ser uma "
                    "criança da mesma idade, ou não esconder que é mais velho e se apresentar como "
                    "mentor ou como um amigo especial.</p>"
                ),
            ),
            ("heading", "Como o aliciamento costuma se desenvolver"),
            (
                "paragraph",
                (
                    "<p>O aliciamento raramente começa com algo que pareça errado. Costuma seguir "
                    "um padrão:</p><ul><li><strong>Atenção:</strong> mensagens simpáticas, "
                    "elogios, ajuda em um jogo, presentes ou créditos de "
                    "jogo.</li><li><strong>Confiança e isolamento:</strong> passar para um "
                    "aplicativo privado, sugerir que a família ou os amigos não "
                    "entenderiam.</li><li><strong>Segredo:</strong> pedir que a criança mantenha "
                    "as conversas em segredo.</li><li><strong>Testar limites:</strong> perguntas "
                    "pessoais, pedidos de fotos, conversas sexuais introduzidas aos "
                    "poucos.</li><li><strong>Controle:</strong> usar o que a criança compartilhou "
                    "para pressioná-la ou ameaçá-la.</li></ul>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Sinais de que uma criança pode estar sendo aliciada",
                    "signs": [
                        (
                            "Passa mais tempo on-line, muitas vezes tarde da noite, e faz segredo "
                            "disso"
                        ),
                        "Um novo amigo da internet de quem fala muito, ou de quem não fala nada",
                        (
                            "Presentes, dinheiro, créditos de jogo, ou um celular ou chip novo sem "
                            "explicação"
                        ),
                        "Usa linguagem ou tem conhecimentos sexuais inesperados para a idade",
                        (
                            "Mudanças de humor: ansiedade, isolamento, irritação ou tristeza "
                            "depois de ficar on-line"
                        ),
                        "Afasta-se da família e dos amigos, ou diz que ninguém a entende",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Esses sinais podem ter outras explicações. O importante é notar as "
                    "mudanças e dar à criança uma oportunidade tranquila de conversar.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Se você estiver preocupado",
                    "steps": [
                        (
                            "Converse com a criança em um momento calmo e reservado. Faça "
                            "perguntas abertas, como: “Com quem você tem conversado ultimamente?”"
                        ),
                        (
                            "Escute sem culpar. Quem alicia uma criança é sempre o responsável, "
                            "nunca a criança."
                        ),
                        (
                            "Não confronte você mesmo o suposto agressor. Isso pode colocar a "
                            "criança em risco e fazer provas se perderem."
                        ),
                        (
                            "Guarde provas: nomes de usuário, links de perfis, datas e prints das "
                            "mensagens. Não copie nem encaminhe nenhuma imagem."
                        ),
                        (
                            "Denuncie à polícia e à plataforma. Professores: informem a pessoa "
                            "responsável pela proteção no mesmo dia."
                        ),
                        "Busque apoio para a criança, e para você, em uma linha de ajuda.",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Perguntas frequentes",
                    "items": [
                        {
                            "question": (
                                "O aliciamento pode vir de alguém que a criança já conhece?"
                            ),
                            "answer": (
                                "<p>Sim. Pode ser praticado por alguém que a criança ou a família "
                                "já conhece, inclusive pessoas em posição de confiança. Os mesmos "
                                "sinais e passos valem.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Minha filha diz que a pessoa é só uma amiga. Mesmo assim devo "
                                "denunciar?"
                            ),
                            "answer": (
                                "<p>Se um adulto busca contato secreto com uma criança, pede "
                                "imagens ou introduz conversas sexuais, denuncie. Você não precisa "
                                "ter certeza: a polícia e os canais de denúncia são preparados "
                                "para avaliar o que você compartilha.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Denunciar pode piorar as coisas para meu filho ou minha filha?"
                            ),
                            "answer": (
                                "<p>Denunciar é o que faz os agressores pararem. Conte à polícia "
                                "sobre qualquer ameaça para que ela possa proteger seu filho ou "
                                "sua filha. Uma linha de ajuda pode explicar o que esperar.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Peça ajuda agora",
                    "text": (
                        "Encontre os canais de denúncia, as linhas de ajuda e os serviços de "
                        "remoção de imagens do seu país na página “Denunciar e pedir ajuda”."
                    ),
                },
            ),
        ],
    },
    "if-your-child-is-being-sexually-extorted": {
        "title": "Se seu filho ou sua filha está sofrendo sextorsão",
        "summary": (
            "Alguém ameaça divulgar imagens sexuais do seu filho ou da sua filha se não houver "
            "pagamento ou envio de mais imagens. O que fazer primeiro, o que dizer e como pedir a "
            "remoção das imagens."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>A extorsão sexual, muitas vezes chamada de sextorsão, é quando alguém "
                    "ameaça divulgar imagens sexuais de uma criança ou adolescente se ela não "
                    "pagar, não enviar mais imagens ou não fizer o que é exigido. Às vezes as "
                    "imagens são reais; às vezes são falsas, ou a pessoa nem tem imagem nenhuma. "
                    "Os agressores costumam fingir ser jovens, agem rápido e criam pânico. É "
                    "crime, e seu filho ou sua filha é a vítima.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Primeiro, mantenha a calma",
                    "text": (
                        "Seu filho ou sua filha pode estar com medo e vergonha. Sua calma é o que "
                        "mais ajuda. Diga: “A culpa não é sua. Você não está encrencado. Vamos "
                        "resolver isso juntos.”"
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "O que fazer agora",
                    "steps": [
                        "Corte todo contato com a pessoa. Não responda, não discuta, não negocie.",
                        (
                            "Não pague e não envie mais nada. Pagar raramente acaba com as ameaças "
                            "e muitas vezes leva a novas exigências."
                        ),
                        (
                            "Guarde provas: prints das mensagens, do nome de usuário, do link do "
                            "perfil e de qualquer dado de pagamento que a pessoa tenha pedido. Não "
                            "tire print, não salve nem encaminhe nenhuma imagem sexual."
                        ),
                        "Depois de guardar as provas, bloqueie a conta e denuncie na plataforma.",
                        (
                            "Denuncie à polícia. Em muitos países, você também pode denunciar a um "
                            "canal de denúncia."
                        ),
                        (
                            "Peça a remoção das imagens. O Take It Down funciona no mundo todo "
                            "para imagens feitas antes dos 18 anos; o Report Remove ajuda jovens "
                            "no Reino Unido."
                        ),
                        (
                            "Busque apoio para seu filho ou sua filha e para você em uma linha de "
                            "ajuda."
                        ),
                    ],
                },
            ),
            ("heading", "Como conversar com seu filho ou sua filha"),
            (
                "paragraph",
                (
                    "<p>Deixe que ele ou ela conte o que aconteceu no próprio ritmo. Evite "
                    "perguntas que soem como acusação, como “Por que você mandou?”. Os agressores "
                    "sabem manipular jovens muito bem, e qualquer pessoa pode ser enganada. "
                    "Tranquilize: isso vai passar, existe ajuda e ninguém precisa resolver isso "
                    "sozinho.</p><p>Se seu filho ou sua filha parecer muito abalado ou falar em se "
                    "machucar, fique por perto e procure imediatamente uma linha de ajuda ou os "
                    "serviços de emergência.</p>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Sinais de que seu filho ou sua filha pode estar sofrendo extorsão",
                    "signs": [
                        "Medo, pânico ou angústia repentinos ligados ao celular ou a uma mensagem",
                        "Pedidos de dinheiro ou vales-presente sem motivo claro",
                        "Afastamento da família e dos amigos, ou não querer ir à escola",
                        "Apagar contas de repente, ou fazer muito segredo sobre uma delas",
                        "Dizer que se sente encurralado ou que a vida acabou",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Perguntas frequentes",
                    "items": [
                        {
                            "question": "As imagens serão divulgadas se pararmos de responder?",
                            "answer": (
                                "<p>Muitos agressores desistem quando não recebem resposta, mas "
                                "ninguém pode garantir isso. Por isso a denúncia e os serviços de "
                                "remoção de imagens são importantes: eles ajudam a impedir que as "
                                "imagens se espalhem, caso sejam divulgadas.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Meu filho ou minha filha vai ter problemas por causa das imagens?"
                            ),
                            "answer": (
                                "<p>Crianças e adolescentes explorados são vítimas. A polícia e os "
                                "canais de denúncia se concentram na pessoa que fez a ameaça. Se "
                                "tiver dúvidas, uma linha de ajuda pode explicar como funciona no "
                                "seu país.</p>"
                            ),
                        },
                        {
                            "question": "Devemos apagar tudo?",
                            "answer": (
                                "<p>Não antes de guardar as provas descritas acima e fazer as "
                                "denúncias. Depois, você pode bloquear a conta e revisar as "
                                "configurações junto com seu filho ou sua filha.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Peça ajuda agora",
                    "text": (
                        "Encontre os canais de denúncia, as linhas de ajuda e os serviços de "
                        "remoção de imagens do seu país na página “Denunciar e pedir ajuda”."
                    ),
                },
            ),
        ],
    },
    "gaming-and-chat-safety": {
        "title": "Jogos e chats: um guia para famílias",
        "summary": (
            "Jogos e aplicativos de chat são onde muitas crianças encontram pessoas que não "
            "conhecem. Configurações para conferir, sinais para observar e como continuar por "
            "perto."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Os jogos on-line são espaços sociais. As crianças conversam por texto e "
                    "por voz, formam times com pessoas que não conhecem e trocam itens. A maior "
                    "parte disso é positiva. Mas agressores também usam os jogos para entrar em "
                    "contato com crianças, muitas vezes oferecendo ajuda, créditos ou itens do "
                    "jogo, e depois levando a conversa para um aplicativo de mensagens privado, "
                    "onde fica mais difícil para os adultos verem.</p>"
                ),
            ),
            ("heading", "Conheça os jogos do seu filho ou da sua filha"),
            (
                "paragraph",
                (
                    "<p>Peça que ele ou ela mostre como o jogo funciona, com quem joga e como "
                    "funciona o chat. Veja a classificação indicativa e os recursos de segurança. "
                    "Jogar junto de vez em quando mostra que você tem interesse, não desconfiança, "
                    "e facilita que ele ou ela procure você mais tarde.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Configurações para conferir juntos",
                    "steps": [
                        (
                            "Deixe o chat só para amigos, ou desative o chat de voz e de texto "
                            "para os menores."
                        ),
                        (
                            "Deixe o perfil privado e use um apelido que não mostre o nome "
                            "verdadeiro, a idade ou a cidade da criança."
                        ),
                        "Desative o compartilhamento de localização.",
                        "Defina limites de gastos ou exija sua aprovação para compras.",
                        "Descubram como bloquear e denunciar um jogador, e pratiquem juntos.",
                        "Olhem juntos a lista de amigos de vez em quando.",
                    ],
                },
            ),
            (
                "warning_signs",
                {
                    "title": "Sinais para observar",
                    "signs": [
                        "Um jogador conhecido na internet que dá muitos itens, créditos ou atenção",
                        "Pedidos para passar para outro aplicativo ou para um servidor privado",
                        "Jogar em horários incomuns ou esconder a tela",
                        (
                            "Ficar chateado depois de jogar, ou de repente se recusar a jogar o "
                            "jogo favorito"
                        ),
                        "Compras sem explicação ou pedidos de vales-presente",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Combinem algumas regras simples em família: à noite, os aparelhos carregam "
                    "fora dos quartos; ninguém passa para um chat privado com alguém que só "
                    "conhece de um jogo; e quem receber pedidos de fotos, dados pessoais ou "
                    "segredo conta para um adulto da família. Explique que essas regras existem "
                    "para manter a diversão segura, não para espionar.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Perguntas frequentes",
                    "items": [
                        {
                            "question": "O chat de voz é mais arriscado do que o de texto?",
                            "answer": (
                                "<p>O chat de voz é mais difícil de rever depois e pode parecer "
                                "mais pessoal. Para os menores, é sensato deixá-lo desligado ou "
                                "limitado a amigos que eles conhecem pessoalmente.</p>"
                            ),
                        },
                        {
                            "question": "Devo proibir jogos on-line?",
                            "answer": (
                                "<p>Proibir os jogos muitas vezes faz com que se jogue escondido. "
                                "Configurações seguras, seu interesse e regras claras protegem "
                                "melhor, e fazem com que as crianças continuem procurando você "
                                "quando algo dá errado.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Peça ajuda agora",
                    "text": (
                        "Encontre os canais de denúncia, as linhas de ajuda e os serviços de "
                        "remoção de imagens do seu país na página “Denunciar e pedir ajuda”."
                    ),
                },
            ),
        ],
    },
    "live-streamed-abuse-awareness": {
        "title": "Abuso sexual infantil transmitido ao vivo: o que os adultos precisam saber",
        "summary": (
            "Como transmissões ao vivo são usadas para abusar de crianças e explorá-las, os "
            "padrões documentados por canais de denúncia e pela polícia, e como denunciar."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>O abuso sexual infantil transmitido ao vivo é o abuso exibido em tempo "
                    "real por chamadas de vídeo ou plataformas de transmissão. Como acontece ao "
                    "vivo, pode deixar menos rastros do que as imagens, o que torna a atenção e a "
                    "denúncia especialmente importantes. Este guia descreve padrões, não atos, "
                    "para que os adultos possam reconhecer os riscos e agir.</p>"
                ),
            ),
            ("heading", "Padrões que vale a pena conhecer"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Pressão durante um vídeo ao vivo:</strong> um agressor entra "
                    "em contato com uma criança por um jogo, aplicativo ou site de transmissão, "
                    "conquista sua confiança e depois a pressiona durante uma chamada de vídeo. A "
                    "criança pode ser enganada, bajulada ou ameaçada.</li><li><strong>Abuso pago "
                    "do exterior:</strong> às vezes chamado de “tráfico virtual”, é quando "
                    "agressores em um país pagam para assistir a crianças sendo abusadas em outro. "
                    "Esse abuso às vezes é facilitado por familiares ou outros adultos próximos da "
                    "criança.</li><li><strong>Quem sofre:</strong> as vítimas são em sua maioria "
                    "meninas, e muitas têm menos de 12 anos.</li></ul>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Sinais que podem indicar risco",
                    "signs": [
                        (
                            "Uma criança usando sozinha uma webcam ou um aplicativo de transmissão "
                            "ao vivo no quarto, principalmente tarde da noite"
                        ),
                        (
                            "Presentes, dinheiro ou créditos enviados por pessoas que a criança só "
                            "conhece pela internet"
                        ),
                        (
                            "Pedidos para fazer transmissões privadas ou entrar em chamadas de "
                            "vídeo com adultos desconhecidos"
                        ),
                        (
                            "Medo, segredo ou angústia ligados a uma câmera ou a um aplicativo de "
                            "transmissão"
                        ),
                        (
                            "Uma criança contar que alguém assiste às suas transmissões e pede que "
                            "ela faça coisas"
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Reduzir o risco em casa e na escola",
                    "steps": [
                        (
                            "Para as crianças menores, mantenha os aparelhos com câmera em espaços "
                            "comuns da casa."
                        ),
                        (
                            "Confira as configurações de transmissão ao vivo dos aplicativos que a "
                            "criança usa: quem pode assistir, comentar e enviar presentes."
                        ),
                        (
                            "Explique que pessoas na internet podem pedir que crianças façam "
                            "coisas diante da câmera, e que elas devem parar e contar a um adulto."
                        ),
                        (
                            "Ensine que elas podem encerrar qualquer chamada, a qualquer momento, "
                            "sem dar explicações."
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Se você vir ou suspeitar de abuso transmitido ao vivo",
                    "steps": [
                        (
                            "Se uma criança estiver em perigo imediato, ligue para o número de "
                            "emergência do seu país."
                        ),
                        (
                            "Denuncie imediatamente à polícia e à plataforma, com o nome de "
                            "usuário, o link, a data e a hora."
                        ),
                        "Denuncie a um canal de denúncia; muitos aceitam denúncias anônimas.",
                        (
                            "Não grave, não tire print nem compartilhe a transmissão. Em vez "
                            "disso, descreva por escrito o que você viu."
                        ),
                        (
                            "Se você é professor ou professora, informe a pessoa responsável pela "
                            "proteção no mesmo dia."
                        ),
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Perguntas frequentes",
                    "items": [
                        {
                            "question": "Posso denunciar de forma anônima?",
                            "answer": (
                                "<p>Sim, a maioria dos canais de denúncia aceita denúncias "
                                "anônimas. Na Internet Watch Foundation, por exemplo, cerca de 80% "
                                "das denúncias do público são anônimas, e denúncias anônimas "
                                "continuam anônimas.</p>"
                            ),
                        },
                        {
                            "question": "Por que não devo gravar a transmissão como prova?",
                            "answer": (
                                "<p>Gravar, copiar ou compartilhar material de abuso faz mal à "
                                "criança de novo e pode ser crime, mesmo com boas intenções. A "
                                "polícia e os canais de denúncia trabalham com as plataformas para "
                                "preservar as provas pelos procedimentos adequados.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Peça ajuda agora",
                    "text": (
                        "Encontre os canais de denúncia, as linhas de ajuda e os serviços de "
                        "remoção de imagens do seu país na página “Denunciar e pedir ajuda”."
                    ),
                },
            ),
        ],
    },
    "someone-is-threatening-to-share-my-images": {
        "title": "Alguém está ameaçando espalhar minhas imagens",
        "summary": (
            "Se alguém diz que vai espalhar suas fotos ou vídeos se você não pagar ou não mandar "
            "mais, isso é sextorsão. A culpa não é sua, e você pode pedir ajuda agora."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Você não está encrencado",
                    "text": (
                        "A culpa nunca é sua. A pessoa que está ameaçando você está cometendo um "
                        "crime. Muitos jovens passam por isso, e existe ajuda."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Isso se chama extorsão sexual, ou sextorsão. Alguém tem uma imagem sua, ou "
                    "diz que tem, e ameaça mandar para seus amigos, sua família ou publicar na "
                    "internet se você não pagar, não enviar mais imagens ou não fizer o que a "
                    "pessoa quer. Muitas vezes ela finge ter a sua idade. Ela tenta fazer você "
                    "entrar em pânico para agir rápido. Vá com calma. Você tem mais opções do que "
                    "ela quer que você pense.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "O que fazer agora",
                    "steps": [
                        "Pare de responder. Não discuta, não implore, não negocie.",
                        (
                            "Não pague e não envie mais nada. Pagar quase nunca faz as ameaças "
                            "pararem. Normalmente leva a mais exigências."
                        ),
                        (
                            "Guarde provas. Tire prints da conversa, do nome de usuário e do link "
                            "do perfil. Não tire print nem salve nenhuma imagem de nudez."
                        ),
                        "Bloqueie a conta depois de guardar as provas, e denuncie no aplicativo.",
                        (
                            "Conte para um adulto de confiança: sua mãe, seu pai, quem cuida de "
                            "você, um professor, o orientador da escola ou outro adulto com quem "
                            "você se sinta seguro."
                        ),
                        (
                            "Denuncie à polícia ou a um canal de denúncia. Você pode fazer isso "
                            "junto com um adulto."
                        ),
                        "Peça a remoção das imagens (veja abaixo).",
                    ],
                },
            ),
            ("heading", "Como remover as imagens"),
            (
                "paragraph",
                (
                    "<p>Mesmo que uma imagem já tenha sido compartilhada, você pode agir. O "
                    "<strong>Take It Down</strong>, do National Center for Missing &amp; Exploited "
                    "Children, funciona no mundo todo para imagens feitas antes dos seus 18 anos. "
                    "Ele cria uma impressão digital da imagem no seu próprio aparelho, então você "
                    "nunca precisa enviar a imagem para ninguém. As plataformas participantes usam "
                    "essa impressão digital para encontrar e remover cópias.</p><p>Se você mora no "
                    "Reino Unido e tem menos de 18 anos, o <strong>Report Remove</strong>, da "
                    "Childline e da Internet Watch Foundation, pode ajudar a remover imagens, e a "
                    "Childline pode apoiar você durante o processo.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Se você se sentir sobrecarregado, saiba que não está sozinho. Fale com "
                    "alguém agora: um adulto de confiança ou uma linha de ajuda. Se você estiver "
                    "pensando em se machucar, ligue imediatamente para o número de emergência do "
                    "seu país ou para uma linha de ajuda. Esse sentimento vai passar, e há pessoas "
                    "que querem ajudar você.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Perguntas que você pode ter",
                    "items": [
                        {
                            "question": "Vou ter problemas?",
                            "answer": (
                                "<p>Não. Você é vítima de um crime. A polícia, os canais de "
                                "denúncia e as linhas de ajuda existem para ajudar você, não para "
                                "culpar você.</p>"
                            ),
                        },
                        {
                            "question": "E se eu já paguei?",
                            "answer": (
                                "<p>Tudo bem. Muita gente paga porque está com medo. Pare de pagar "
                                "agora, guarde os dados do pagamento como prova e denuncie.</p>"
                            ),
                        },
                        {
                            "question": "E se eu não quiser contar para meus pais?",
                            "answer": (
                                "<p>Escolha outro adulto de confiança, como um professor, o "
                                "orientador da escola ou um parente. Você também pode falar "
                                "primeiro com uma linha de ajuda. Eles podem ajudar você a pensar "
                                "em como contar para alguém.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Peça ajuda agora",
                    "text": (
                        "Encontre os canais de denúncia, as linhas de ajuda e os serviços de "
                        "remoção de imagens do seu país na página “Denunciar e pedir ajuda”."
                    ),
                },
            ),
        ],
    },
    "a-friend-online-is-asking-for-secrets": {
        "title": "Um amigo da internet está pedindo para eu guardar segredos",
        "summary": (
            "Se alguém que você conheceu na internet pedir para você guardar segredos, mandar "
            "fotos ou ir para outro aplicativo, você pode parar e contar para um adulto. Você não "
            "vai ficar de castigo."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Fazer amigos na internet pode ser divertido. Mas às vezes uma pessoa na "
                    "internet não é quem diz ser. Ela pode dizer que tem a sua idade quando na "
                    "verdade é um adulto. Ela pode ser muito legal no começo. Depois começa a "
                    "pedir coisas.</p>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Tome cuidado se um amigo da internet",
                    "signs": [
                        "pede para você manter as conversas em segredo",
                        "dá presentes, como moedas ou skins de jogo",
                        "quer conversar em outro aplicativo",
                        "pede fotos suas",
                        "pergunta onde você mora ou em que escola estuda",
                        "diz que seus pais não entenderiam",
                        "faz você sentir medo, culpa ou confusão",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Um amigo de verdade não pede para você guardar segredos dos adultos que "
                    "cuidam de você. Se alguém fizer isso, é um sinal de que algo está errado. "
                    "<strong>A culpa nunca é sua.</strong> Você não fez nada de errado.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "O que fazer",
                    "steps": [
                        "Pare de conversar com essa pessoa.",
                        "Não mande fotos nem nada do que ela pedir.",
                        "Não apague as mensagens. Um adulto pode ajudar você a guardá-las.",
                        (
                            "Conte para um adulto de confiança, como sua mãe, seu pai, quem cuida "
                            "de você ou seu professor."
                        ),
                        (
                            "Bloqueie e denuncie a pessoa no jogo ou no aplicativo, junto com o "
                            "seu adulto."
                        ),
                    ],
                },
            ),
            ("heading", "Segredos bons e segredos ruins"),
            (
                "paragraph",
                (
                    "<p>Um segredo bom é uma surpresa legal, como um presente de aniversário. Logo "
                    "ele é contado e deixa as pessoas felizes. Um segredo ruim deixa você "
                    "preocupado, triste ou com medo. Você nunca deve guardar um segredo ruim. "
                    "Conte para um adulto, mesmo que a pessoa tenha dito para não contar.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Perguntas que você pode ter",
                    "items": [
                        {
                            "question": "E se eu já mandei uma foto?",
                            "answer": (
                                "<p>Você não vai ficar de castigo. Conte para um adulto de "
                                "confiança. Ele pode ajudar a impedir que isso vá adiante e a "
                                "remover a foto.</p>"
                            ),
                        },
                        {
                            "question": (
                                "E se a pessoa disse que algo ruim vai acontecer se eu contar?"
                            ),
                            "answer": (
                                "<p>Quem diz isso está tentando assustar você. Contar para um "
                                "adulto é a coisa certa a fazer. Os adultos e a polícia podem "
                                "proteger você.</p>"
                            ),
                        },
                        {
                            "question": "Para quem eu conto se não puder contar para meus pais?",
                            "answer": (
                                "<p>Você pode contar para um professor, um parente, o orientador "
                                "da escola ou outro adulto de confiança. Você também pode ligar "
                                "para uma linha de ajuda para crianças.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Alguém pode ajudar",
                    "text": (
                        "Peça a um adulto que abra com você a página “Denunciar e pedir ajuda”. Lá "
                        "estão as linhas de ajuda para crianças do seu país."
                    ),
                },
            ),
        ],
    },
    "i-shared-an-image-and-regret-it": {
        "title": "Compartilhei uma imagem e me arrependi",
        "summary": (
            "Se você mandou uma foto ou um vídeo nu ou sexual e queria não ter mandado, você não "
            "está sozinho e dá para fazer algo. Como pedir a remoção e quem pode ajudar."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Muitos jovens mandam uma imagem e depois se arrependem. Talvez você tenha "
                    "se sentido pressionado, talvez tenha sido enganado, ou talvez confiasse na "
                    "pessoa. Seja o que for, a culpa nunca é sua se alguém espalhar a imagem, "
                    "ameaçar você ou pedir mais. E você pode fazer algo agora.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "O que você pode fazer agora",
                    "steps": [
                        "Não mande mais nada, mesmo que a pessoa peça ou prometa apagar o que tem.",
                        (
                            "Se você se sentir seguro, peça à pessoa que apague a imagem. Se ela "
                            "se recusar ou ameaçar você, pare de responder."
                        ),
                        (
                            "Guarde as mensagens e o nome de usuário caso precise denunciar. Não "
                            "salve nem encaminhe a imagem."
                        ),
                        (
                            "Conte para um adulto de confiança. Ele pode ajudar você nos próximos "
                            "passos."
                        ),
                        (
                            "Use uma ferramenta de remoção para impedir que a imagem se espalhe "
                            "(veja abaixo)."
                        ),
                        (
                            "Denuncie a conta no aplicativo se alguém compartilhar a imagem ou "
                            "ameaçar você."
                        ),
                    ],
                },
            ),
            ("heading", "Como pedir a remoção de uma imagem"),
            (
                "paragraph",
                (
                    "<p>O <strong>Take It Down</strong> é um serviço gratuito do National Center "
                    "for Missing &amp; Exploited Children. Ele funciona no mundo todo para imagens "
                    "ou vídeos feitos antes dos seus 18 anos. Você escolhe a imagem no seu próprio "
                    "aparelho. O serviço a transforma em uma impressão digital, chamada hash. Só a "
                    "impressão digital é compartilhada. As plataformas participantes usam essa "
                    "impressão digital para encontrar e remover cópias. Você não precisa dar seu "
                    "nome.</p><p>O <strong>Report Remove</strong> é para jovens com menos de 18 "
                    "anos no Reino Unido. Ele é mantido pela Childline e pela Internet Watch "
                    "Foundation. Você pode denunciar uma imagem, e a Childline pode apoiar você "
                    "enquanto o caso é resolvido.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Essas ferramentas funcionam graças aos hashes. Um hash é como uma "
                    "impressão digital de uma imagem. Os canais de denúncia e as empresas usam "
                    "hashes especiais que continuam reconhecendo a imagem mesmo quando ela é "
                    "redimensionada ou um pouco alterada. Isso ajuda a encontrar cópias e "
                    "removê-las.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Perguntas que você pode ter",
                    "items": [
                        {
                            "question": "Vou ter problemas por ter feito a imagem?",
                            "answer": (
                                "<p>As leis mudam de país para país, mas serviços como o Take It "
                                "Down e o Report Remove existem para ajudar os jovens, não para "
                                "castigá-los. Se alguém pressionou você ou espalhou sua imagem, "
                                "foi essa pessoa que agiu errado.</p>"
                            ),
                        },
                        {
                            "question": "E se ela já estiver em todo lugar?",
                            "answer": (
                                "<p>Muitas vezes parece isso, mas as ferramentas de remoção e os "
                                "canais de denúncia conseguem derrubar muitas cópias. Aja agora e "
                                "continue denunciando qualquer cópia nova que você vir ou de que "
                                "ouvir falar.</p>"
                            ),
                        },
                        {
                            "question": "E se alguém da escola tiver a imagem?",
                            "answer": (
                                "<p>Conte para um professor ou outro adulto de confiança da "
                                "escola. As escolas têm uma pessoa responsável pela proteção, cujo "
                                "trabalho é ajudar você e impedir que a imagem continue sendo "
                                "compartilhada.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Cuide de você",
                    "text": (
                        "Sentir vergonha ou ansiedade é normal, e vai ficar mais fácil. Conversar "
                        "ajuda, seja com um amigo, com um adulto de confiança ou com uma linha de "
                        "ajuda."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Peça ajuda agora",
                    "text": (
                        "Encontre os canais de denúncia, as linhas de ajuda e os serviços de "
                        "remoção de imagens do seu país na página “Denunciar e pedir ajuda”."
                    ),
                },
            ),
        ],
    },
    "how-to-report": {
        "title": "Como denunciar abusos na internet",
        "summary": (
            "Onde e como denunciar material de abuso sexual infantil, aliciamento e ameaças, o que "
            "acontece depois e como manter o anonimato."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Denunciar ajuda a deter quem faz mal a crianças e ajuda a remover imagens. "
                    "Você não precisa ter certeza antes de denunciar. Pessoas preparadas vão "
                    "analisar o que você enviar e decidir o que fazer. Muitos lugares deixam você "
                    "denunciar sem dar seu nome.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Onde denunciar",
                    "steps": [
                        (
                            "Se uma criança estiver em perigo agora, ligue para o número de "
                            "emergência do seu país."
                        ),
                        (
                            "Denuncie a conta ou o conteúdo no aplicativo, jogo ou site, usando o "
                            "botão de denúncia."
                        ),
                        (
                            "Denuncie material de abuso sexual infantil a um canal de denúncia. A "
                            "rede INHOPE tem canais de denúncia em dezenas de países."
                        ),
                        "Denuncie aliciamento, ameaças ou sextorsão à polícia.",
                        (
                            "Para remover imagens de alguém com menos de 18 anos, use o Take It "
                            "Down, ou o Report Remove no Reino Unido."
                        ),
                    ],
                },
            ),
            ("heading", "O que colocar na denúncia"),
            (
                "paragraph",
                (
                    "<ul><li>O endereço (link) da página, ou o nome do aplicativo ou do "
                    "jogo.</li><li>O nome de usuário ou o perfil da pessoa.</li><li>A data e a "
                    "hora.</li><li>Uma descrição curta, com suas palavras, do que "
                    "aconteceu.</li></ul><p>Prints das mensagens podem ajudar. <strong>Nunca "
                    "baixe, tire print, copie ou encaminhe imagens sexuais de crianças, nem mesmo "
                    "para denunciar.</strong> Informe o link no lugar.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Você pode manter o anonimato",
                    "text": (
                        "A maioria dos canais de denúncia aceita denúncias anônimas. Na Internet "
                        "Watch Foundation, cerca de 80% das denúncias do público são anônimas. Se "
                        "você denunciar de forma anônima, sua denúncia continua anônima."
                    ),
                },
            ),
            ("heading", "O que acontece depois"),
            (
                "paragraph",
                (
                    "<p>Analistas do canal de denúncia verificam cada denúncia. Se encontram "
                    "material de abuso sexual infantil, trabalham com as empresas e a polícia para "
                    "removê-lo e para ajudar a encontrar a criança e o agressor. Imagens já "
                    "conhecidas são identificadas por impressões digitais especiais chamadas "
                    "hashes perceptuais (o PhotoDNA é um sistema muito usado), que continuam "
                    "reconhecendo a imagem mesmo depois de redimensionada ou comprimida. As "
                    "empresas que encontram correspondências as comunicam aos canais de denúncia e "
                    "à polícia.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Perguntas frequentes",
                    "items": [
                        {
                            "question": "Preciso de provas para denunciar?",
                            "answer": (
                                "<p>Não. Denuncie o que você viu ou o que preocupa você. Verificar "
                                "é trabalho dos canais de denúncia e da polícia.</p>"
                            ),
                        },
                        {
                            "question": "Um jovem pode denunciar sem um adulto?",
                            "answer": (
                                "<p>Sim. Os jovens podem denunciar a canais de denúncia e "
                                "conversar com linhas de ajuda por conta própria. Também pode "
                                "ajudar ter um adulto de confiança junto.</p>"
                            ),
                        },
                        {
                            "question": "A pessoa vai saber que fui eu que denunciei?",
                            "answer": (
                                "<p>As plataformas não contam a ninguém quem fez a denúncia. Os "
                                "canais de denúncia mantêm anônimas as denúncias anônimas.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Peça ajuda agora",
                    "text": (
                        "Encontre os canais de denúncia, as linhas de ajuda e os serviços de "
                        "remoção de imagens do seu país na página “Denunciar e pedir ajuda”."
                    ),
                },
            ),
        ],
    },
    "when-a-pupil-tells-you": {
        "title": "Quando um aluno ou uma aluna conta sobre abuso na internet",
        "summary": (
            "Como reagir quando um aluno ou uma aluna revela aliciamento, sextorsão ou uma imagem "
            "compartilhada, e o que a pessoa responsável pela proteção precisa de você."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Os alunos muitas vezes escolhem um professor de confiança para contar algo "
                    "que aconteceu na internet. Podem contar depois de uma aula, em um bilhete ou "
                    "dando indiretas. A forma como você reage nesses primeiros minutos importa: "
                    "uma resposta calma, que mostre que você acredita, ajuda o aluno e protege "
                    "qualquer investigação.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Na hora",
                    "steps": [
                        (
                            "Procure um lugar tranquilo onde ninguém possa ouvir, mas sem sair da "
                            "vista de colegas de trabalho."
                        ),
                        (
                            "Escute. Deixe o aluno ou a aluna usar as próprias palavras. Não "
                            "interrompa nem insista em detalhes."
                        ),
                        (
                            "Diga: “Obrigado por me contar. A culpa não é sua. Você fez certo em "
                            "me contar.”"
                        ),
                        (
                            "Não prometa guardar segredo. Explique para quem você vai contar e por "
                            "quê."
                        ),
                        (
                            "Se precisar saber se o aluno ou a aluna está em segurança agora, faça "
                            "só perguntas abertas, como: “Tem mais alguma coisa que você queira me "
                            "contar?”"
                        ),
                        (
                            "Não peça para ver o celular do aluno ou da aluna, e nunca olhe, "
                            "copie, encaminhe ou salve nenhuma imagem."
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Logo depois",
                    "steps": [
                        (
                            "Anote o que o aluno ou a aluna disse, com as palavras dele ou dela, a "
                            "data, a hora e quem estava presente. Registre fatos, não opiniões."
                        ),
                        (
                            "Informe a pessoa responsável pela proteção no mesmo dia, pessoalmente "
                            "se possível. Se houver risco imediato, aja na hora."
                        ),
                        (
                            "Se houver imagens em um aparelho da escola, não as abra. Guarde o "
                            "aparelho em local seguro e avise a pessoa responsável pela proteção."
                        ),
                        (
                            "Não entre em contato você mesmo com o suposto agressor nem com a "
                            "família do aluno ou da aluna, a menos que a pessoa responsável pela "
                            "proteção peça."
                        ),
                        (
                            "Mantenha as informações em sigilo e compartilhe apenas com quem "
                            "precisa saber."
                        ),
                    ],
                },
            ),
            ("heading", "O que a pessoa responsável pela proteção vai fazer"),
            (
                "paragraph",
                (
                    "<p>A pessoa responsável pela proteção decide, de acordo com a política da "
                    "escola e os procedimentos locais, se é preciso acionar a família, o Conselho "
                    "Tutelar ou outros serviços de proteção, ou a polícia, e como apoiar o aluno "
                    "ou a aluna. Quando há imagens envolvidas, ela segue as orientações nacionais "
                    "e pode ajudar o aluno ou a aluna a usar serviços como o Take It Down ou o "
                    "Report Remove.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Nunca peça revelações em sala de aula",
                    "text": (
                        "Se um aluno ou uma aluna começar a contar algo pessoal durante a aula, "
                        "interrompa com delicadeza, diga que gostaria de conversar logo depois e "
                        "siga estes passos. Os outros alunos não devem ouvir os detalhes."
                    ),
                },
            ),
            (
                "faq",
                {
                    "title": "Perguntas frequentes",
                    "items": [
                        {
                            "question": "E se eu não tiver certeza de que é abuso?",
                            "answer": (
                                "<p>Comunique mesmo assim. Avaliar é trabalho da pessoa "
                                "responsável pela proteção. Pequenas informações de vários adultos "
                                "podem deixar o quadro mais claro.</p>"
                            ),
                        },
                        {
                            "question": "E se um aluno me contar sobre um amigo?",
                            "answer": (
                                "<p>Faça da mesma forma: agradeça, não investigue por conta "
                                "própria, anote e informe a pessoa responsável pela proteção.</p>"
                            ),
                        },
                        {
                            "question": "Como eu cuido de mim?",
                            "answer": (
                                "<p>Ouvir uma revelação pode ser difícil. Peça à pessoa "
                                "responsável pela proteção supervisão ou apoio; você não precisa "
                                "carregar isso sozinho.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Peça ajuda agora",
                    "text": (
                        "Encontre os canais de denúncia, as linhas de ajuda e os serviços de "
                        "remoção de imagens do seu país na página “Denunciar e pedir ajuda”."
                    ),
                },
            ),
        ],
    },
}

RESOURCES = {
    "lesson-trusted-adults-8-10": {
        "title": (
            "Plano de aula, 8–10 anos: segredos bons, segredos que preocupam e adultos de confiança"
        ),
        "summary": (
            "Uma aula de 45 minutos que ajuda as crianças a reconhecer pedidos preocupantes na "
            "internet e a nomear os adultos a quem podem contar. Com perguntas para discussão e o "
            "procedimento com a pessoa responsável pela proteção."
        ),
        "age_band": "8-10",
        "body": [
            (
                "paragraph",
                (
                    "<p>Esta aula ajuda crianças de 8 a 10 anos a diferenciar surpresas boas de "
                    "segredos que preocupam, a perceber a pressão de pessoas na internet e a "
                    "nomear adultos de confiança. Ela usa uma história fictícia e nunca pergunta "
                    "às crianças sobre suas próprias experiências. Baixe abaixo o plano para "
                    "imprimir.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Plano da aula (45 minutos)",
                    "steps": [
                        (
                            "Introdução (5 minutos): combinar as regras. Nada de histórias "
                            "pessoais; qualquer um pode conversar depois, em particular, com um "
                            "adulto."
                        ),
                        (
                            "Aquecimento (10 minutos): em duplas, separar cartões ilustrados em "
                            "“surpresa boa” e “segredo que preocupa”."
                        ),
                        (
                            "História (10 minutos): ler a história fictícia de Sam e do jogador "
                            "simpático."
                        ),
                        (
                            "Discussão (10 minutos): em pequenos grupos, conversar a partir das "
                            "perguntas abaixo."
                        ),
                        (
                            "Adultos de confiança (5 minutos): cada criança contorna a própria mão "
                            "e escreve um adulto de confiança em cada dedo."
                        ),
                        (
                            "Encerramento (5 minutos): repetir a mensagem principal e mostrar onde "
                            "buscar ajuda."
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Perguntas para discussão",
                    "steps": [
                        (
                            "Como Sam se sentiu quando o jogador pediu para manter as conversas em "
                            "segredo?"
                        ),
                        "Isso é uma surpresa boa ou um segredo que preocupa? Como dá para saber?",
                        "O que Sam poderia fazer agora? Para quem Sam poderia contar?",
                        "O que você diria para um amigo que estivesse na situação de Sam?",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Nunca peça às crianças que façam revelações em sala de aula",
                    "text": (
                        "A história é fictícia para que ninguém precise falar de si. Se uma "
                        "criança começar a contar algo pessoal, interrompa com delicadeza e "
                        "ofereça conversar logo depois da aula."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Procedimento com a pessoa responsável pela proteção",
                    "steps": [
                        (
                            "Antes da aula, avise a pessoa responsável pela proteção quando ela "
                            "vai acontecer."
                        ),
                        (
                            "Se uma criança começar a fazer uma revelação durante a aula, "
                            "interrompa com delicadeza e converse em particular logo depois."
                        ),
                        "Escute com calma, não insista em detalhes e não prometa guardar segredo.",
                        "Anote o que a criança disse, com as palavras dela, a data e a hora.",
                        (
                            "Informe a pessoa responsável pela proteção no mesmo dia e siga as "
                            "orientações dela."
                        ),
                    ],
                },
            ),
        ],
        "document_title": (
            "Plano de aula: segredos bons, segredos que preocupam e adultos de confiança (8–10 "
            "anos)"
        ),
        "document_text": [
            "Faixa etária: 8 a 10 anos. Duração: 45 minutos. Temas: aliciamento, jogos e chats.",
            (
                "Objetivos: ao final da aula, as crianças sabem diferenciar uma surpresa boa de um "
                "segredo que preocupa; reconhecer quando alguém na internet pede algo que não "
                "parece certo; e nomear pelo menos três adultos de confiança a quem poderiam "
                "contar."
            ),
            (
                "Preparação: leia a política de proteção da criança da escola e avise a pessoa "
                "responsável pela proteção quando a aula vai acontecer. Imprima os cartões "
                "ilustrados (um presente de aniversário, uma festa surpresa, uma mensagem dizendo "
                "“não conte para a sua mãe”, um pedido de foto, moedas de jogo dadas por um "
                "desconhecido). Tenha à mão o nome da linha de ajuda para crianças do seu país."
            ),
            (
                "Regras (5 minutos): combine com a turma que vamos falar da história, não de nós "
                "mesmos nem de pessoas que conhecemos; que vamos escutar uns aos outros; e que "
                "quem quiser falar sobre algo pode conversar em particular com um adulto de "
                "confiança depois da aula."
            ),
            (
                "Aquecimento (10 minutos): em duplas, as crianças separam os cartões em duas "
                "pilhas: “surpresa boa” e “segredo que preocupa”. Peça a algumas duplas que "
                "expliquem suas escolhas. Destaque a diferença principal: uma surpresa boa logo é "
                "contada e deixa as pessoas felizes; um segredo que preocupa deixa você "
                "desconfortável, e alguém diz para você não contar."
            ),
            (
                "História (10 minutos), fictícia e composta: Sam, de 9 anos, joga um jogo de "
                "construção on-line. Outro jogador é muito simpático, ajuda Sam a construir e dá "
                "moedas do jogo. Depois de um tempo, o jogador diz que as conversas deles são "
                "especiais e devem ficar em segredo, pede para Sam ir para outro aplicativo e pede "
                "uma foto. Sam fica confuso e um pouco preocupado."
            ),
            (
                "Perguntas para discussão (10 minutos), em pequenos grupos: Como Sam se sentiu "
                "quando o jogador pediu para manter as conversas em segredo? Isso é uma surpresa "
                "boa ou um segredo que preocupa, e como dá para saber? O que Sam poderia fazer "
                "agora? Para quem Sam poderia contar? O que você diria para um amigo na situação "
                "de Sam?"
            ),
            (
                "Mensagens principais: as pessoas na internet nem sempre são quem dizem ser. Um "
                "amigo de verdade não pede para você guardar segredos dos adultos que cuidam de "
                "você. Se algo na internet deixar você preocupado, pare, não envie nada e conte "
                "para um adulto de confiança. Você não vai ficar de castigo. A culpa nunca é sua."
            ),
            (
                "Adultos de confiança (5 minutos): cada criança contorna a própria mão e escreve "
                "ou desenha um adulto de confiança em cada dedo: em casa, na escola e na "
                "comunidade. As crianças ficam com o desenho; não recolha nem exponha."
            ),
            (
                "Encerramento (5 minutos): repita as mensagens principais. Mostre à turma como "
                "bloquear e denunciar em um jogo e compartilhe o nome da linha de ajuda para "
                "crianças do seu país e dos adultos de confiança da escola. Termine com uma "
                "atividade calma e positiva."
            ),
            (
                "Proteção: nunca peça às crianças que façam revelações em sala de aula. Se uma "
                "criança começar a contar algo pessoal, interrompa com delicadeza e ofereça "
                "conversar logo depois da aula. Escute com calma, não insista em detalhes e não "
                "prometa segredo. Não olhe, copie nem encaminhe nenhuma imagem. Anote o que a "
                "criança disse, com as palavras dela, a data e a hora, e informe a pessoa "
                "responsável pela proteção no mesmo dia."
            ),
            (
                "Continuidade: envie um bilhete curto às famílias para que saibam que a aula "
                "aconteceu e possam continuar a conversa, com um link para o guia das famílias "
                "sobre como conversar com seu filho ou sua filha sobre segurança on-line."
            ),
        ],
    },
    "lesson-pressure-and-sextortion-14-17": {
        "title": "Plano de aula, 14–17 anos: pressão, sextorsão e como pedir ajuda",
        "summary": (
            "Uma aula de 50 minutos para reconhecer a pressão para compartilhar imagens e a "
            "sextorsão, apoiar um amigo sem culpar e usar serviços de remoção de imagens. Com "
            "perguntas para discussão e o procedimento com a pessoa responsável pela proteção."
        ),
        "age_band": "14-17",
        "body": [
            (
                "paragraph",
                (
                    "<p>Esta aula ajuda estudantes de 14 a 17 anos a reconhecer as táticas usadas "
                    "na sextorsão, a saber o que fazer se eles ou um amigo forem alvo e a conhecer "
                    "as formas de remover imagens. Ela usa um caso fictício e composto e nunca "
                    "pergunta aos estudantes sobre suas próprias experiências. Baixe abaixo o "
                    "plano para imprimir.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Plano da aula (50 minutos)",
                    "steps": [
                        (
                            "Introdução (5 minutos): combinar as regras e explicar onde os "
                            "estudantes podem buscar apoio em particular."
                        ),
                        (
                            "Táticas (10 minutos): em grupos, listar como alguém na internet pode "
                            "conquistar confiança e depois pressionar."
                        ),
                        "Caso (10 minutos): ler o caso fictício de Alex.",
                        "Discussão (15 minutos): os grupos trabalham as perguntas abaixo.",
                        (
                            "Pedir ajuda (5 minutos): repassar o que fazer na hora, como denunciar "
                            "e como remover imagens."
                        ),
                        "Encerramento (5 minutos): mensagens principais e onde buscar ajuda.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Perguntas para discussão",
                    "steps": [
                        (
                            "Que táticas a conta usou para conquistar a confiança de Alex e depois "
                            "para deixar Alex em pânico?"
                        ),
                        (
                            "Por que alguém na situação de Alex pode sentir que não pode contar "
                            "para ninguém? O que ajudaria?"
                        ),
                        "O que Alex deveria fazer na próxima hora? O que não deveria fazer?",
                        "Se Alex contasse para você, o que você diria e faria como amigo?",
                        (
                            "Como a forma como se fala das vítimas pode tornar mais difícil pedir "
                            "ajuda?"
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Nunca peça aos estudantes que façam revelações em sala de aula",
                    "text": (
                        "Mantenha a discussão no caso fictício. Se um estudante começar a contar "
                        "algo pessoal, interrompa com delicadeza e ofereça conversar em particular "
                        "logo depois da aula."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Procedimento com a pessoa responsável pela proteção",
                    "steps": [
                        (
                            "Antes da aula, avise a pessoa responsável pela proteção quando ela "
                            "vai acontecer."
                        ),
                        (
                            "Se um estudante fizer uma revelação, escute com calma, não insista em "
                            "detalhes e não prometa guardar segredo."
                        ),
                        (
                            "Nunca olhe, copie, encaminhe ou salve imagens, e não peça para ver o "
                            "celular do estudante."
                        ),
                        "Anote o que o estudante disse, com as palavras dele, a data e a hora.",
                        (
                            "Informe a pessoa responsável pela proteção no mesmo dia; aja na hora "
                            "se houver risco imediato."
                        ),
                    ],
                },
            ),
        ],
        "document_title": "Plano de aula: pressão, sextorsão e como pedir ajuda (14–17 anos)",
        "document_text": [
            (
                "Faixa etária: 14 a 17 anos. Duração: 50 minutos. Temas: sextorsão, imagens "
                "sexuais autogeradas, denúncia."
            ),
            (
                "Objetivos: ao final da aula, os estudantes sabem descrever táticas comuns da "
                "sextorsão; explicar o que fazer, e o que não fazer, se eles ou um amigo forem "
                "alvo; e nomear os serviços para denunciar abusos e remover imagens, incluindo o "
                "Take It Down e, no Reino Unido, o Report Remove."
            ),
            (
                "Preparação: leia a política de proteção da criança da escola e avise a pessoa "
                "responsável pela proteção quando a aula vai acontecer. Confira os serviços de "
                "ajuda do seu país na página “Denunciar e pedir ajuda”. Garanta que os estudantes "
                "saibam com quais profissionais da escola podem conversar em particular."
            ),
            (
                "Regras (5 minutos): falamos do caso, não de nós mesmos nem de pessoas que "
                "conhecemos; não culpamos as vítimas; respeitamos as opiniões de cada um; quem "
                "quiser conversar pode falar em particular com um adulto de confiança depois da "
                "aula."
            ),
            (
                "Táticas (10 minutos): em grupos, os estudantes listam formas de alguém na "
                "internet conquistar confiança (elogios, fingir ter a mesma idade, interesses em "
                "comum, presentes) e depois pressionar (urgência, ameaças, dizer que já tem "
                "imagens, exigir dinheiro). Destaque que essas táticas servem para provocar pânico "
                "e vergonha."
            ),
            (
                "Caso (10 minutos), fictício e composto: Alex, de 15 anos, recebe uma mensagem "
                "simpática de uma conta que parece ser de um estudante de outra escola. Depois de "
                "alguns dias de conversa, a conta pede uma imagem íntima. Pouco depois, a conta "
                "diz que vai mandar imagens de Alex para todos os seus seguidores se Alex não "
                "pagar em uma hora."
            ),
            (
                "Perguntas para discussão (15 minutos): Que táticas a conta usou para conquistar a "
                "confiança de Alex e depois para deixar Alex em pânico? Por que alguém na situação "
                "de Alex pode sentir que não pode contar para ninguém, e o que ajudaria? O que "
                "Alex deveria fazer na próxima hora, e o que não deveria fazer? Se Alex contasse "
                "para você, o que você diria e faria como amigo? Como a forma como se fala das "
                "vítimas pode tornar mais difícil pedir ajuda?"
            ),
            (
                "O que fazer na hora (5 minutos): parar de responder; não pagar nem enviar mais "
                "nada; guardar provas com prints da conversa, do nome de usuário e do link do "
                "perfil, mas nunca das imagens; bloquear e denunciar a conta; contar para um "
                "adulto de confiança; denunciar à polícia ou a um canal de denúncia."
            ),
            (
                "Remover imagens: o Take It Down, do National Center for Missing & Exploited "
                "Children, funciona no mundo todo para imagens feitas antes dos 18 anos. Ele cria "
                "uma impressão digital (hash) da imagem no próprio aparelho do jovem, então a "
                "imagem nunca é enviada a ninguém. No Reino Unido, o Report Remove, da Childline e "
                "da Internet Watch Foundation, ajuda menores de 18 anos a remover imagens, com o "
                "apoio da Childline."
            ),
            (
                "Mensagens principais: a sextorsão é crime e a culpa nunca é da vítima. Pagar "
                "quase nunca acaba com as ameaças. Existe ajuda, e as imagens podem ser removidas. "
                "Um amigo que escuta sem julgar e ajuda a contar para um adulto de confiança faz "
                "toda a diferença."
            ),
            (
                "Encerramento (5 minutos): repita as mensagens principais e compartilhe os "
                "serviços de ajuda do seu país e os nomes dos profissionais de confiança da "
                "escola. Lembre aos estudantes que eles podem conversar com alguém em particular a "
                "qualquer momento."
            ),
            (
                "Proteção: nunca peça aos estudantes que façam revelações em sala de aula. Se um "
                "estudante começar a contar algo pessoal, interrompa com delicadeza e ofereça "
                "conversar em particular logo depois. Escute com calma, não insista em detalhes e "
                "não prometa segredo. Nunca olhe, copie, encaminhe ou salve imagens, e não peça "
                "para ver o celular do estudante. Anote o que o estudante disse, com as palavras "
                "dele, a data e a hora, e informe a pessoa responsável pela proteção no mesmo dia, "
                "ou na hora se houver risco imediato."
            ),
            (
                "Continuidade: informe as famílias de que a aula aconteceu, com um link para o "
                "guia das famílias sobre sextorsão, para que possam continuar a conversa em casa "
                "com calma e sem culpar."
            ),
        ],
    },
}

HELP_PAGE = {
    "title": "Denunciar e pedir ajuda",
    "intro": (
        "Escolha seu país para encontrar canais de denúncia de material de abuso sexual infantil, "
        "linhas de ajuda para crianças e adultos, serviços de remoção de imagens e ajuda "
        "confidencial para quem está preocupado com os próprios pensamentos ou comportamentos."
    ),
    "fallback_text": (
        "Ainda não listamos serviços para este país. Os diretórios internacionais abaixo ajudam "
        "você a encontrar um canal de denúncia ou uma linha de ajuda para crianças perto de você. "
        "Se uma criança estiver em perigo imediato, ligue para o número de emergência do seu país."
    ),
}

SERVICES = {
    "gb-iwf": {
        "name": "Internet Watch Foundation (IWF)",
        "description": (
            "O canal de denúncia do Reino Unido para material de abuso sexual infantil na "
            "internet. Você pode denunciar de forma anônima; analistas avaliam cada denúncia e "
            "trabalham para remover o material."
        ),
        "hours": "Denúncia on-line a qualquer hora.",
    },
    "gb-childline": {
        "name": "Childline",
        "description": (
            "Ajuda gratuita e confidencial para crianças e jovens no Reino Unido, por telefone e "
            "on-line, sobre qualquer coisa que os preocupe."
        ),
        "hours": "Veja no site os horários do telefone e do chat.",
    },
    "gb-report-remove": {
        "name": "Report Remove (Childline e IWF)",
        "description": (
            "Ajuda jovens com menos de 18 anos no Reino Unido a remover da internet imagens e "
            "vídeos nus ou sexuais de si mesmos, com o apoio da Childline."
        ),
        "hours": "On-line a qualquer hora.",
    },
    "gb-ceop": {
        "name": "CEOP Safety Centre (National Crime Agency)",
        "description": (
            "Denuncie abuso sexual on-line, ou a preocupação com a forma como alguém tem se "
            "comunicado com uma criança na internet, aos especialistas em proteção infantil da "
            "National Crime Agency do Reino Unido."
        ),
        "hours": "Denúncia on-line a qualquer hora. Em emergências, ligue 999.",
    },
    "gb-stop-it-now": {
        "name": "Stop It Now (Reino Unido e Irlanda)",
        "description": (
            "Ajuda confidencial e anônima para quem está preocupado com os próprios pensamentos ou "
            "comportamentos sexuais envolvendo crianças, ou com os de outra pessoa. Mantido pela "
            "Lucy Faithfull Foundation."
        ),
        "hours": "Veja no site os horários da linha de ajuda e do chat.",
    },
    "us-cybertipline": {
        "name": "CyberTipline do NCMEC",
        "description": (
            "O sistema nacional de denúncias dos Estados Unidos para a exploração sexual infantil "
            "on-line, incluindo material de abuso sexual infantil, sextorsão e aliciamento. "
            "Mantido pelo National Center for Missing & Exploited Children."
        ),
        "hours": "Denúncia on-line a qualquer hora.",
    },
    "us-stop-it-now": {
        "name": "Stop It Now (Estados Unidos)",
        "description": (
            "Ajuda confidencial para adultos preocupados com os próprios pensamentos ou "
            "comportamentos envolvendo crianças, e para famílias e outras pessoas preocupadas com "
            "alguém."
        ),
        "hours": "Veja no site os horários da linha de ajuda.",
    },
    "br-safernet": {
        "name": "SaferNet Brasil",
        "description": (
            "O canal brasileiro de denúncias anônimas de material de abuso sexual infantil e de "
            "outros crimes contra os direitos humanos na internet, com um canal de ajuda para "
            "crianças, adolescentes e famílias."
        ),
        "hours": "Denúncia on-line a qualquer hora.",
    },
    "fr-point-de-contact": {
        "name": "Point de Contact",
        "description": (
            "Canal de denúncia francês, membro da rede INHOPE, para denúncias anônimas de "
            "conteúdos ilegais na internet, incluindo material de abuso sexual infantil."
        ),
        "hours": "Denúncia on-line a qualquer hora.",
    },
    "fr-3018": {
        "name": "3018 (e-Enfance)",
        "description": (
            "A linha de ajuda nacional francesa, gratuita e confidencial, para crianças, jovens e "
            "famílias que enfrentam violência digital, incluindo sextorsão e imagens "
            "compartilhadas. Pode ajudar a remover conteúdos."
        ),
        "hours": "Veja no site os horários atuais.",
    },
    "fr-pharos": {
        "name": "PHAROS (Ministério do Interior da França)",
        "description": (
            "Plataforma oficial francesa para denunciar à polícia conteúdos ilegais na internet, "
            "incluindo material de abuso sexual infantil."
        ),
        "hours": "Denúncia on-line a qualquer hora.",
    },
    "es-anar": {
        "name": "Fundación ANAR",
        "description": (
            "Ajuda gratuita e confidencial para crianças, adolescentes e famílias na Espanha "
            "diante de qualquer problema, incluindo abuso na internet."
        ),
        "hours": "Veja no site os horários atuais.",
    },
    "es-incibe-017": {
        "name": "017, linha de ajuda em cibersegurança (INCIBE)",
        "description": (
            "Linha de ajuda gratuita e confidencial do Instituto Nacional de Cibersegurança da "
            "Espanha para jovens, famílias e educadores, com orientações sobre sextorsão e imagens "
            "compartilhadas."
        ),
        "hours": "Veja no site os horários atuais.",
    },
    "jo-child-helplines": {
        "name": (
            "Linhas de ajuda para crianças na Jordânia (diretório da Child Helpline International)"
        ),
        "description": (
            "Use o diretório da Child Helpline International para encontrar a linha de ajuda para "
            "crianças que atende a Jordânia e confirmar os contatos atuais."
        ),
        "hours": "Consulte o diretório para ver as informações atuais.",
    },
    "jo-hotlines": {
        "name": "Canais de denúncia (diretório da INHOPE)",
        "description": (
            "O diretório da INHOPE lista os canais de denúncia membros por país. Se não houver um "
            "canal para a Jordânia, você pode denunciar material de abuso sexual infantil a um "
            "canal de outro país."
        ),
        "hours": "On-line a qualquer hora.",
    },
    "take-it-down": {
        "name": "Take It Down (NCMEC)",
        "description": (
            "Serviço gratuito que ajuda a remover ou impedir o compartilhamento on-line de imagens "
            "ou vídeos nus, seminus ou sexualmente explícitos feitos antes dos 18 anos. Funciona "
            "no mundo todo, a imagem nunca sai do seu aparelho e você pode manter o anonimato."
        ),
        "hours": "On-line a qualquer hora.",
    },
    "inhope-directory": {
        "name": "Diretório de canais de denúncia da INHOPE",
        "description": (
            "Encontre o canal de denúncia de material de abuso sexual infantil do seu país. Os "
            "canais membros da INHOPE atuam em dezenas de países, e muitos aceitam denúncias "
            "anônimas."
        ),
        "hours": "On-line a qualquer hora.",
    },
    "chi-directory": {
        "name": "Child Helpline International",
        "description": (
            "Diretório de linhas de ajuda para crianças no mundo todo, onde crianças e jovens "
            "podem conversar com alguém de forma confidencial."
        ),
        "hours": "Consulte o diretório para ver os horários de cada linha.",
    },
    "stop-it-now-global": {
        "name": "Stop It Now",
        "description": (
            "Ajuda confidencial para quem está preocupado com os próprios pensamentos ou "
            "comportamentos sexuais envolvendo crianças. O Stop It Now oferece serviços em vários "
            "países; o site explica onde buscar ajuda."
        ),
        "hours": "Veja no site os horários da linha de ajuda.",
    },
}
