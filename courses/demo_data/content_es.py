"""Spanish demo course content: a full translation of content_en.py, with the same keys,
slugs, structure and correct answers.

Terminology follows the Spanish Luxembourg Guidelines: «material de abuso sexual infantil»,
«explotación y abuso sexual infantil en línea», «sextorsión», «grooming».
"""

COURSE_INDEX = {
    "title": "Formación para profesionales",
    "intro": (
        "Cursos breves y modulares para policías, fiscales, jueces y todas las personas cuyo "
        "trabajo las pone en contacto con niños, niñas y adolescentes. Los cursos siguen las "
        "orientaciones terminológicas internacionales y solo utilizan casos ficticios y "
        "compuestos. El curso común está abierto a todos los profesionales; los cursos específicos "
        "de cada profesión están abiertos a profesionales verificados de esa profesión."
    ),
}

COURSES = {
    "understanding-ocsea": {
        "title": "Comprender la explotación sexual infantil en línea",
        "summary": (
            "La base común para todos los profesionales: las palabras adecuadas, las principales "
            "formas de explotación y abuso sexual infantil en línea, las señales que conviene "
            "detectar y cómo responder, denunciar y actuar dentro de una respuesta nacional."
        ),
        "outcomes": [
            "Utilizar la terminología de las Orientaciones de Luxemburgo y explicar por qué "
            "las palabras importan para las víctimas y para la justicia.",
            "Describir las principales formas de explotación y abuso sexual infantil en línea, "
            "entre ellas el grooming, la sextorsión y el abuso sexual infantil transmitido en "
            "directo.",
            "Reconocer patrones y señales de que un niño o una niña puede estar en riesgo o "
            "sufriendo daño.",
            "Responder a una revelación con calma y sin culpabilizar, y denunciar por los "
            "canales adecuados sin manipular material de abuso.",
            "Explicar cómo la Respuesta Nacional Modelo de WePROTECT conecta prevención, "
            "justicia, atención a las víctimas e industria.",
        ],
        "wellbeing_text": (
            "Este curso trata sobre la explotación y el abuso sexual de niños, niñas y "
            "adolescentes. No contiene imágenes ni descripciones explícitas, pero el tema puede "
            "pesar igualmente, sobre todo si conecta con su propia experiencia o con un caso en el "
            "que esté trabajando. Haga pausas, avance a su ritmo y deténgase cuando lo necesite. "
            "Los pensamientos intrusivos, la irritabilidad, el mal dormir o el embotamiento "
            "emocional pueden ser señales de estrés traumático secundario: son reacciones "
            "frecuentes y no son una debilidad. Hable con su supervisor o con un colega de "
            "confianza, recurra al programa de asistencia al empleado o al servicio de salud "
            "laboral de su organización y busque apoyo profesional confidencial si las reacciones "
            "persisten. Si el curso le hace preocuparse por un niño o una niña que conoce, siga su "
            "procedimiento de protección infantil o contacte con los servicios de ayuda de su país."
        ),
        "modules": [
            {
                "slug": "language-and-scope",
                "title": "Palabras, alcance y magnitud",
                "summary": (
                    "Por qué importa la terminología y qué abarca la explotación y abuso sexual "
                    "infantil en línea."
                ),
                "lessons": [
                    {
                        "slug": "using-the-right-words",
                        "title": "Usar las palabras adecuadas",
                        "content_note": "",
                        "body": [
                            ("heading", "Por qué importan las palabras"),
                            (
                                "paragraph",
                                "<p>Las palabras que usan los profesionales influyen en cómo "
                                "se investiga, se acusa, se juzga y se recuerda un caso. Un "
                                "lenguaje que sugiere que un niño participó voluntariamente, o "
                                "que presenta el abuso como entretenimiento o comercio, "
                                "traslada la culpa al niño y minimiza el daño. En 2016, un "
                                "grupo de trabajo interinstitucional publicó las "
                                "<em>Orientaciones terminológicas para la protección de niñas, "
                                "niños y adolescentes contra la explotación y el abuso "
                                "sexuales</em>, conocidas como Orientaciones de Luxemburgo. "
                                "Las siguen el Relator Especial de las Naciones Unidas, la "
                                "Alianza Global WePROTECT, INTERPOL, Europol y muchos "
                                "organismos nacionales.</p>",
                            ),
                            ("heading", "Términos recomendados"),
                            (
                                "paragraph",
                                "<p>Hoy se reconoce ampliamente que algunos términos son "
                                "dañinos porque sugieren legitimidad o acuerdo. Las "
                                "Orientaciones recomiendan alternativas "
                                "claras:</p><ul><li><strong>Material de abuso sexual "
                                "infantil</strong> o material de explotación sexual infantil, "
                                "para cualquier material que represente o documente el abuso o "
                                "la explotación sexual de un niño o una niña. Cada una de esas "
                                "imágenes es el registro de un delito contra un niño "
                                "real.</li><li><strong>Explotación sexual de niños, niñas y "
                                "adolescentes en la prostitución</strong>, que sitúa la "
                                "responsabilidad en los adultos que los explotan y no en el "
                                "niño.</li><li><strong>Abuso sexual infantil transmitido en "
                                "directo</strong>, para el abuso transmitido en tiempo real a "
                                "espectadores que a menudo lo pagan y lo "
                                "dirigen.</li><li><strong>Agresor</strong> o "
                                "<strong>autor</strong> para la persona que abusó; "
                                "<strong>niño o niña</strong>, <strong>víctima</strong> o "
                                "<strong>sobreviviente</strong>, según prefiera la "
                                "persona.</li></ul>",
                            ),
                            (
                                "paragraph",
                                "<p>Evite cualquier palabra que presente el abuso como mutuo, "
                                "romántico o elegido. Un niño no puede aceptar su propio abuso "
                                "sexual, y el vocabulario de la seducción oculta el "
                                "desequilibrio de poder que lo define. El mismo cuidado se "
                                "aplica a las imágenes que producen los propios niños: las "
                                "<strong>imágenes sexuales autogeneradas</strong> se producen "
                                "a menudo bajo presión, engaño o amenaza, y el niño que las "
                                "hizo es víctima de quien lo coaccionó o las difundió.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "La terminología forma parte de una práctica centrada "
                                        "en la víctima: mantiene la responsabilidad en el "
                                        "agresor.",
                                        "Escriba «material de abuso sexual infantil», nunca "
                                        "términos tomados del entretenimiento para adultos.",
                                        "Escriba «sextorsión» para la amenaza de difundir "
                                        "imágenes de un niño si no cumple ciertas exigencias.",
                                        "En informes, declaraciones y sentencias, describa los "
                                        "hechos de forma objetiva y sin detalles explícitos.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "El borrador de informe de un colega describe el contacto "
                                        "en línea entre un hombre de 35 años y una niña de 13 como "
                                        "«un romance que empezó en un juego». ¿Qué le sugiere?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Mantenerlo: refleja cómo lo describió la niña."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "A menudo se hace creer a los niños que ese "
                                                "vínculo es especial. El informe debe describir la "
                                                "conducta del agresor, no adoptar el relato que "
                                                "usó para captarla."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Describirlo objetivamente como grooming por parte "
                                                "de un agresor adulto, sin vocabulario romántico."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Términos objetivos como grooming "
                                                "mantienen la responsabilidad en el agresor y no "
                                                "sugieren reciprocidad."
                                            ),
                                        },
                                        {
                                            "text": "Poner la frase entre comillas y dejarla.",
                                            "correct": False,
                                            "feedback": (
                                                "Las comillas siguen repitiendo el relato del "
                                                "agresor en un documento oficial. Describa la "
                                                "conducta con claridad."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "forms-of-ocsea",
                        "title": "Las principales formas de daño en línea",
                        "content_note": (
                            "Esta lección describe en términos generales formas de explotación y "
                            "abuso sexual de niños, niñas y adolescentes. No contiene detalles "
                            "explícitos."
                        ),
                        "body": [
                            ("heading", "Un abanico de daños"),
                            (
                                "paragraph",
                                "<p>La explotación y abuso sexual infantil en línea abarca "
                                "cualquier explotación o abuso sexual de un niño o una niña "
                                "que se facilite, registre o difunda mediante la tecnología. "
                                "Las partes en línea y fuera de línea suelen estar conectadas: "
                                "un abuso grabado en un hogar puede difundirse por todo el "
                                "mundo en pocas horas, y un contacto iniciado en línea puede "
                                "llevar a un encuentro en persona. El daño es real y duradero, "
                                "y continúa cada vez que el material se ve o se comparte.</p>",
                            ),
                            (
                                "paragraph",
                                "<ul><li><strong>Producir, compartir y poseer material de "
                                "abuso sexual infantil.</strong> Cada copia vuelve a vulnerar "
                                "al niño, y la demanda de material nuevo impulsa nuevos "
                                "abusos.</li><li><strong>Grooming.</strong> Un agresor se gana "
                                "la confianza de un niño y ejerce control sobre él, en línea o "
                                "fuera de línea, para abusar de él o explotarlo "
                                "sexualmente.</li><li><strong>Sextorsión.</strong> Un agresor "
                                "amenaza con difundir imágenes de un niño si este no envía más "
                                "imágenes, dinero u otra cosa.</li><li><strong>Abuso sexual "
                                "infantil transmitido en directo.</strong> El abuso se "
                                "transmite en tiempo real a espectadores, a menudo pagado y "
                                "dirigido desde otro país.</li><li><strong>Imágenes sexuales "
                                "autogeneradas.</strong> Imágenes que produce un niño, a "
                                "menudo bajo presión, engaño o amenaza, y que después pueden "
                                "difundirse fuera de su control.</li><li><strong>Explotación "
                                "sexual de niños, niñas y adolescentes en la "
                                "prostitución</strong> organizada u ofrecida en "
                                "línea.</li></ul>",
                            ),
                            ("heading", "A quién afecta"),
                            (
                                "paragraph",
                                "<p>Cualquier niño o niña puede verse afectado, sea cual sea "
                                "su edad, género u origen. Algunos grupos corren riesgos "
                                "particulares: los niños pequeños en el abuso transmitido en "
                                "directo facilitado por familiares, donde las víctimas son "
                                "sobre todo niñas y muchas tienen menos de 12 años; y los "
                                "chicos adolescentes, cada vez más atacados por la sextorsión "
                                "con fines económicos. Las denuncias a las líneas de denuncia "
                                "y al National Center for Missing &amp; Exploited Children "
                                "(NCMEC) de Estados Unidos se cuentan por millones cada año, "
                                "en gran parte porque las empresas tecnológicas detectan y "
                                "notifican el material conocido.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "El abuso en línea y fuera de línea están conectados: "
                                        "trátelos como un mismo patrón de daño.",
                                        "La circulación del material causa al niño un daño que "
                                        "continúa.",
                                        "Un niño puede no reconocer como abuso lo que le "
                                        "ocurre, sobre todo después del grooming.",
                                        "El riesgo no se limita a un grupo de edad ni a un género.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Por qué compartir material de abuso ya existente causa "
                                        "daño, aunque el abuso se grabara hace años?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Cada visualización y cada copia vuelven a "
                                                "vulnerar la intimidad y la dignidad del niño, y "
                                                "la demanda alimenta nuevos abusos."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Las personas sobrevivientes describen "
                                                "saber que sus imágenes circulan como un daño "
                                                "duradero, y la demanda impulsa nuevos abusos."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "No lo causa: el daño se produjo cuando tuvo lugar "
                                                "el abuso."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La circulación es una vulneración continuada. Las "
                                                "sobrevivientes relatan miedo a ser reconocidas "
                                                "durante años."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Solo porque compartirlo es ilegal en la mayoría "
                                                "de los países."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Es ilegal, pero la razón es el daño al niño, no "
                                                "solo la ley."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Palabras, alcance y magnitud: cuestionario",
                    "pass_mark": 70,
                    "questions": [
                        {
                            "text": (
                                "¿Qué término recomiendan las Orientaciones de Luxemburgo para el "
                                "material que representa el abuso sexual de un niño?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Material de abuso sexual infantil",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Nombra el material por lo que es: el registro "
                                        "de un delito contra un niño."
                                    ),
                                },
                                {
                                    "text": "Contenido para adultos con menores",
                                    "correct": False,
                                    "feedback": (
                                        "Esta formulación toma prestado del entretenimiento para "
                                        "adultos y oculta el abuso."
                                    ),
                                },
                                {
                                    "text": "Imágenes explícitas de jóvenes",
                                    "correct": False,
                                    "feedback": (
                                        "Es vago y no transmite que el material registra un abuso."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Cuáles de las siguientes son formas de explotación y abuso "
                                "sexual infantil en línea? Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "El grooming de un niño a través de una plataforma de "
                                        "videojuegos"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El grooming es una forma central de estos "
                                        "delitos."
                                    ),
                                },
                                {
                                    "text": "Amenazar con difundir imágenes de un niño si no paga",
                                    "correct": True,
                                    "feedback": "Correcto. Es sextorsión.",
                                },
                                {
                                    "text": (
                                        "Pagar para dirigir el abuso de un niño transmitido en "
                                        "directo en otro país"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Es abuso sexual infantil transmitido en "
                                        "directo, un patrón a veces llamado trata virtual."
                                    ),
                                },
                                {
                                    "text": (
                                        "Un niño que denuncia una imagen dañina ante una línea de "
                                        "denuncia"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Denunciar es una acción de protección, no una forma de "
                                        "abuso."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Un chico de 15 años envió una imagen tras ser amenazado por "
                                "alguien que conoció en línea. ¿Cómo debe describirse la imagen?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Como una imagen sexual autogenerada bajo coacción: el "
                                        "chico es una víctima"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Un niño coaccionado es víctima de sextorsión."
                                    ),
                                },
                                {
                                    "text": "Como prueba de que el chico participó voluntariamente",
                                    "correct": False,
                                    "feedback": (
                                        "Las amenazas y el engaño eliminan cualquier idea de "
                                        "elección. La responsabilidad es del agresor."
                                    ),
                                },
                                {
                                    "text": "Como un asunto privado entre dos personas en línea",
                                    "correct": False,
                                    "feedback": (
                                        "Es un delito contra un niño y una cuestión de protección "
                                        "infantil."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué afirmaciones sobre las personas afectadas son correctas? "
                                "Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "En los patrones documentados de abuso transmitido en "
                                        "directo, las víctimas son sobre todo niñas y muchas "
                                        "tienen menos de 12 años."
                                    ),
                                    "correct": True,
                                    "feedback": "Correcto. Es una constatación recurrente.",
                                },
                                {
                                    "text": (
                                        "Los chicos adolescentes son cada vez más atacados por la "
                                        "sextorsión con fines económicos."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Muchos organismos han alertado de esta "
                                        "tendencia."
                                    ),
                                },
                                {
                                    "text": (
                                        "Solo los niños de entornos desfavorecidos están en riesgo."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Cualquier niño puede verse afectado. Algunas "
                                        "circunstancias aumentan el riesgo, pero ninguna garantiza "
                                        "la seguridad."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Por qué las Orientaciones desaconsejan las palabras que sugieren "
                                "que un niño eligió el abuso o participó en él?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Trasladan la culpa al niño y minimizan el daño.",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El lenguaje influye en cómo se trata a las "
                                        "víctimas y cómo se juzgan los delitos."
                                    ),
                                },
                                {
                                    "text": "Son demasiado coloquiales para documentos judiciales.",
                                    "correct": False,
                                    "feedback": (
                                        "El registro no es el problema: lo es la falsa idea de "
                                        "elección."
                                    ),
                                },
                                {
                                    "text": "Solo se desaconsejan en inglés.",
                                    "correct": False,
                                    "feedback": (
                                        "Las Orientaciones se aplican a todos los idiomas: los "
                                        "términos equivalentes plantean el mismo problema."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "recognising-harm",
                "title": "Patrones y señales",
                "summary": (
                    "Cómo los agresores captan y extorsionan a los niños, cómo se organiza el "
                    "abuso transmitido en directo y qué señales pueden detectar los profesionales."
                ),
                "lessons": [
                    {
                        "slug": "grooming-and-sextortion",
                        "title": "Grooming y sextorsión",
                        "content_note": (
                            "Esta lección describe en términos generales las tácticas de los "
                            "agresores y sus efectos en los niños, e incluye un caso ficticio."
                        ),
                        "body": [
                            ("heading", "Cómo funciona el grooming"),
                            (
                                "paragraph",
                                "<p>El grooming es un proceso, no un hecho aislado. Los "
                                "agresores buscan niños que parecen solos, en conflicto en "
                                "casa o ávidos de atención, y les ofrecen lo que parece "
                                "faltarles: elogios, regalos, créditos para juegos, "
                                "comprensión. Ponen a prueba los límites poco a poco, "
                                "introducen el secreto, trasladan la conversación a "
                                "aplicaciones privadas o cifradas y aíslan al niño de las "
                                "personas que podrían ayudarle. Muchos contactan con gran "
                                "número de niños a la vez y se concentran en los que "
                                "responden.</p>",
                            ),
                            ("heading", "Cómo funciona la sextorsión"),
                            (
                                "paragraph",
                                "<p>En la sextorsión, el agresor obtiene una imagen sexual de "
                                "un niño, a menudo haciéndose pasar por alguien de su edad, y "
                                "después amenaza con enviarla a su familia, a sus amigos o a "
                                "su centro escolar si no envía más imágenes o dinero. La "
                                "sextorsión con fines económicos, a menudo a cargo de grupos "
                                "organizados en otros países, puede pasar del primer contacto "
                                "a las amenazas en cuestión de horas. Los niños sienten una "
                                "vergüenza y un pánico intensos, y algunos se han quitado la "
                                "vida. Necesitan oír, rápido y con claridad, que no es su "
                                "culpa y que hay ayuda.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Un cambio en Sami",
                                    "text": (
                                        "<p>Este caso es ficticio y compuesto. Sami, de 14 años, "
                                        "se ha vuelto retraído, mira el móvil constantemente y ha "
                                        "preguntado a una profesora si es posible «borrar algo de "
                                        "internet». Ha faltado dos días a clase. La profesora no "
                                        "le pregunta por el contenido ni le pide ver el móvil. Le "
                                        "dice con calma que no está metido en ningún lío, que "
                                        "quienes amenazan a jóvenes en línea cometen un delito y "
                                        "que ella le va a ayudar. Ese mismo día informa a la "
                                        "persona responsable de protección del centro, que avisa a "
                                        "los padres de Sami y a la policía y explica cómo un "
                                        "servicio de retirada puede ayudar a eliminar las "
                                        "imágenes.</p>"
                                    ),
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Señales a las que prestar atención",
                                    "items": [
                                        "Secretismo repentino sobre los dispositivos o nuevos "
                                        "contactos en línea",
                                        "Regalos, dinero o créditos para juegos sin explicación",
                                        "Aislamiento, ansiedad, tristeza o cambios en el sueño",
                                        "Angustia después de usar el móvil o de recibir mensajes",
                                        "Preguntas sobre cómo borrar contenidos o si las "
                                        "imágenes se pueden rastrear",
                                        "Peticiones de dinero sin un motivo claro",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "En el caso, ¿por qué la profesora no pidió ver las "
                                        "imágenes del móvil de Sami?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Ver o copiar presunto material de abuso no es "
                                                "función de un docente y puede ser en sí un "
                                                "delito; la policía trata las pruebas mediante "
                                                "procedimientos autorizados."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Nunca vea, copie, descargue ni reenvíe "
                                                "presunto material de abuso: anote lo que dice el "
                                                "niño y derive el caso."
                                            ),
                                        },
                                        {
                                            "text": "Porque las imágenes no servirían como prueba.",
                                            "correct": False,
                                            "feedback": (
                                                "Pueden ser pruebas, y precisamente por eso solo "
                                                "deben tratarse mediante procedimientos forenses "
                                                "autorizados."
                                            ),
                                        },
                                        {
                                            "text": "Porque Sami podría borrarlas.",
                                            "correct": False,
                                            "feedback": (
                                                "La razón es la seguridad y la ley, no el momento. "
                                                "La policía puede asesorar sobre cómo conservar "
                                                "las pruebas."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "live-streamed-abuse",
                        "title": "Abuso transmitido en directo y trata virtual",
                        "content_note": (
                            "Esta lección describe en términos generales patrones de abuso sexual "
                            "infantil transmitido en directo. No contiene detalles explícitos."
                        ),
                        "body": [
                            ("heading", "Un patrón documentado"),
                            (
                                "paragraph",
                                "<p>El abuso sexual infantil transmitido en directo se emite "
                                "en tiempo real mediante servicios de videollamada o de "
                                "streaming. En un patrón documentado, a veces llamado trata "
                                "virtual, agresores en un país pagan a un facilitador en otro "
                                "para que abuse de un niño mientras ellos miran y dan "
                                "instrucciones. Los facilitadores suelen ser familiares o "
                                "personas cercanas a la familia, y el abuso ocurre a menudo en "
                                "el propio hogar del niño. Las víctimas son sobre todo niñas y "
                                "muchas tienen menos de 12 años; puede haber hermanos abusados "
                                "a la vez.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Como el abuso se transmite en lugar de almacenarse, puede "
                                "quedar poco material en los dispositivos. Las pruebas suelen "
                                "estar en otra parte: registros de pagos, chats en los que el "
                                "agresor organiza y dirige el abuso, y datos de cuentas y "
                                "conexiones en poder de los proveedores de servicios. La "
                                "cooperación internacional es imprescindible, porque el "
                                "agresor, el facilitador, el niño y las pruebas suelen estar "
                                "en países distintos.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Indicadores que pueden encontrar los profesionales",
                                    "points": [
                                        "Pequeñas transferencias internacionales repetidas a "
                                        "personas sin un motivo claro para recibirlas",
                                        "Mensajes que negocian precios u horarios de "
                                        "«espectáculos» con un niño",
                                        "Un hogar con nuevos ingresos, dispositivos o "
                                        "conexiones a internet sin explicación, junto con "
                                        "señales de angustia en los niños",
                                        "Niños a los que se deja en casa sin ir a la escuela, "
                                        "o con conocimientos sexuales impropios de su edad",
                                        "Agresores cuyos viajes o contactos en línea apuntan a "
                                        "los mismos países que facilitadores conocidos",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>Los bancos, los servicios de pago y las plataformas en "
                                "línea pueden detectar algunos de estos patrones y "
                                "notificarlos. Para los profesionales de protección infantil "
                                "del país donde vive el niño, la prioridad una vez "
                                "identificado el abuso es su seguridad: protegerlo de nuevos "
                                "daños, garantizarle atención médica y psicológica, y un apoyo "
                                "que no dependa de que declare.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Por qué suele haber poco material de abuso en los "
                                        "dispositivos de quienes pagan por abusos transmitidos en "
                                        "directo?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "El abuso se transmite en tiempo real y puede no "
                                                "grabarse, así que las pruebas están en los pagos, "
                                                "los chats y los datos de los proveedores."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Los investigadores siguen el rastro "
                                                "financiero y de las comunicaciones."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Los agresores siempre usan dispositivos "
                                                "imposibles de examinar."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Los dispositivos suelen poder examinarse; la "
                                                "cuestión es que el contenido transmitido puede no "
                                                "haberse almacenado nunca."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "El abuso transmitido en directo no deja ninguna "
                                                "prueba."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Sí deja pruebas: registros de pagos, chats y "
                                                "datos de los proveedores de servicios."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Patrones y señales: cuestionario",
                    "pass_mark": 70,
                    "questions": [
                        {
                            "text": (
                                "¿Cuáles de estos son elementos típicos del grooming? Seleccione "
                                "todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Ganarse la confianza con atención, elogios o regalos",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Los agresores ofrecen lo que parece faltarle al "
                                        "niño."
                                    ),
                                },
                                {
                                    "text": "Introducir el secreto y aislar al niño",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El secreto oculta el abuso y aparta al niño de "
                                        "la ayuda."
                                    ),
                                },
                                {
                                    "text": (
                                        "Trasladar la conversación a aplicaciones privadas o "
                                        "cifradas"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Los agresores se van adonde es menos probable "
                                        "que los detecten."
                                    ),
                                },
                                {
                                    "text": "Animar al niño a hablar con sus padres",
                                    "correct": False,
                                    "feedback": (
                                        "Los agresores hacen lo contrario: intentan separar al "
                                        "niño de los adultos de confianza."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Una alumna le cuenta que alguien amenaza con difundir sus "
                                "imágenes si no paga. ¿Qué necesita oír primero?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "No es tu culpa, no estás metida en ningún lío y vamos a "
                                        "buscar ayuda ahora mismo."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La vergüenza y el pánico son intensos: primero "
                                        "tranquilizar, luego actuar."
                                    ),
                                },
                                {
                                    "text": "¿Por qué enviaste la imagen?",
                                    "correct": False,
                                    "feedback": (
                                        "Esto culpabiliza a la niña y puede hacer que no vuelva a "
                                        "contárselo a nadie."
                                    ),
                                },
                                {
                                    "text": "Paga rápido para que no difundan las imágenes.",
                                    "correct": False,
                                    "feedback": (
                                        "Pagar rara vez detiene las amenazas y a menudo provoca "
                                        "nuevas exigencias. Cortar el contacto, conservar las "
                                        "pruebas y denunciar."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "En el patrón de la trata virtual, ¿quién facilita con más "
                                "frecuencia el abuso?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Familiares o personas cercanas a la familia",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Por eso la protección del niño debe incluir un "
                                        "plan de cuidado seguro."
                                    ),
                                },
                                {
                                    "text": "Desconocidos que secuestran a niños",
                                    "correct": False,
                                    "feedback": (
                                        "El secuestro no es el patrón habitual: los facilitadores "
                                        "suelen tener acceso al niño en casa."
                                    ),
                                },
                                {
                                    "text": "Otros niños",
                                    "correct": False,
                                    "feedback": (
                                        "El patrón documentado implica a facilitadores adultos "
                                        "pagados por agresores en el extranjero."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué indicadores podrían apuntar a un abuso transmitido en "
                                "directo pagado desde el extranjero? Seleccione todas las que "
                                "correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Pequeños pagos internacionales repetidos sin un fin claro"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Los patrones de pago son un indicador clave."
                                    ),
                                },
                                {
                                    "text": (
                                        "Chats que negocian horarios o precios de «espectáculos» "
                                        "con un niño"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Estos mensajes son una prueba sólida de que el "
                                        "abuso se organizó y dirigió."
                                    ),
                                },
                                {
                                    "text": (
                                        "Un niño al que le gustan las videollamadas con sus "
                                        "abuelos en el extranjero"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "El contacto familiar habitual no es por sí solo un "
                                        "indicador."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Durante una revelación, un niño le muestra un móvil con imágenes. "
                                "¿Qué debe hacer?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "No mirar más, no copiar ni reenviar nada, anotar lo que "
                                        "dice el niño y derivar a la persona responsable de "
                                        "protección o a la policía"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El presunto material de abuso solo se trata "
                                        "mediante procedimientos forenses autorizados."
                                    ),
                                },
                                {
                                    "text": (
                                        "Reenviar las imágenes a la persona responsable de "
                                        "protección como prueba"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Reenviar crea otra copia y puede ser un delito. Describa "
                                        "lo que le contaron."
                                    ),
                                },
                                {
                                    "text": (
                                        "Hacer una captura de pantalla para no perder la prueba"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Nunca copie presunto material de abuso. La policía puede "
                                        "asesorar sobre cómo conservar las pruebas."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "responding-together",
                "title": "Responder y denunciar",
                "summary": (
                    "Responder a una revelación, denunciar de forma segura y cómo encaja una "
                    "respuesta nacional."
                ),
                "lessons": [
                    {
                        "slug": "responding-to-disclosure",
                        "title": "Responder a una revelación",
                        "content_note": (
                            "Esta lección trata de cómo los niños revelan el abuso e incluye un "
                            "caso ficticio."
                        ),
                        "body": [
                            (
                                "heading",
                                "Lo que necesita un niño del primer adulto al que se lo cuenta",
                            ),
                            (
                                "paragraph",
                                "<p>Los niños suelen revelar el abuso poco a poco: prueban la "
                                "reacción de un adulto con una parte de la historia, o se lo "
                                "cuentan primero a un amigo. Muchos no se lo cuentan nunca a "
                                "nadie. La primera respuesta importa. Una reacción tranquila y "
                                "que le cree hace posible la ayuda posterior, mientras que la "
                                "conmoción, la incredulidad o el reproche pueden silenciar a "
                                "un niño durante años. Su papel no es investigar, sino "
                                "escuchar, tranquilizar, registrar y derivar.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Responder a una revelación",
                                    "items": [
                                        "Mantenga la calma, escuche y deje que el niño hable "
                                        "con sus propias palabras",
                                        "Dígale que hizo bien en contarlo y que no es su culpa",
                                        "No prometa guardar el secreto: explique a quién "
                                        "tendrá que contárselo y por qué",
                                        "Haga solo las preguntas abiertas necesarias para "
                                        "entender su seguridad inmediata",
                                        "No vea, copie, descargue ni reenvíe ninguna imagen ni "
                                        "mensaje",
                                        "Anote lo que dijo el niño, con sus palabras, la fecha "
                                        "y la hora",
                                        "Derive ese mismo día a la persona responsable de "
                                        "protección, a los servicios de protección infantil o "
                                        "a la policía, según su procedimiento",
                                    ],
                                },
                            ),
                            ("heading", "Denunciar material encontrado en línea"),
                            (
                                "paragraph",
                                "<p>Cualquier persona que encuentre en línea presunto material "
                                "de abuso sexual infantil puede denunciarlo a una línea de "
                                "denuncia. La red <a "
                                'href="https://www.inhope.org/">INHOPE</a> conecta líneas de '
                                "denuncia de decenas de países que evalúan las denuncias, "
                                "localizan dónde está alojado el material y colaboran con la "
                                "industria y la policía para que se retire. Las denuncias "
                                "pueden ser anónimas: en la Internet Watch Foundation lo son "
                                "alrededor del 80 % de las denuncias del público. Las "
                                "denuncias anónimas deben seguir siendo anónimas. Denuncie la "
                                "dirección web, nunca el material en sí. Los jóvenes también "
                                "pueden usar servicios que ayudan a retirar sus propias "
                                "imágenes, como Take It Down del NCMEC o Report Remove de la "
                                "IWF y Childline en el Reino Unido.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Una revelación parcial",
                                    "text": (
                                        "<p>Este caso es ficticio y compuesto. En un centro "
                                        "juvenil, Lina, de 12 años, cuenta a una educadora que un "
                                        "«amigo» mayor que conoció en línea le pidió que "
                                        "mantuviera en secreto sus chats y que se siente mal "
                                        "cuando le escribe. La educadora le da las gracias, le "
                                        "dice que ha hecho lo correcto y le explica que tiene que "
                                        "contárselo a la persona encargada de la seguridad de los "
                                        "niños. Anota las palabras de Lina, no pide ver los "
                                        "mensajes y contacta con la persona responsable de "
                                        "protección en menos de una hora. Esta deriva el caso a "
                                        "los servicios de protección infantil y a la policía.</p>"
                                    ),
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Alguien denuncia de forma anónima presunto material de "
                                        "abuso ante una línea de denuncia. ¿Qué debe ocurrir?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "La denuncia se evalúa por su contenido y se "
                                                "respeta el anonimato de quien denuncia."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. El anonimato fomenta las denuncias: "
                                                "alrededor del 80 % de las denuncias del público a "
                                                "la IWF son anónimas."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "La línea de denuncia pregunta quién denuncia "
                                                "antes de actuar."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Las denuncias anónimas se aceptan y se tramitan. "
                                                "Pedir la identidad desincentivaría las denuncias."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Se pide a quien denuncia que envíe una copia del "
                                                "material."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Nunca pida a nadie que envíe material de abuso: a "
                                                "la línea de denuncia le basta la dirección web "
                                                "para evaluarlo."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "national-response",
                        "title": "Una respuesta nacional coordinada",
                        "content_note": "",
                        "body": [
                            ("heading", "Ningún organismo puede hacerlo solo"),
                            (
                                "paragraph",
                                "<p>La explotación y abuso sexual infantil en línea atraviesa "
                                "fronteras, plataformas y profesiones. La Respuesta Nacional "
                                'Modelo de la <a href="https://www.weprotect.org/">Alianza '
                                "Global WePROTECT</a> ayuda a los países a organizar su labor "
                                "en ámbitos conectados: <strong>políticas y "
                                "gobernanza</strong>, <strong>justicia penal</strong>, "
                                "<strong>atención a las víctimas</strong>, "
                                "<strong>sociedad</strong> (sensibilización y educación), "
                                "<strong>industria</strong>, y <strong>medios de comunicación "
                                "y comunicaciones</strong>. Es un marco para evaluar lo que "
                                "existe y lo que falta, no una ley ni una institución "
                                "únicas.</p>",
                            ),
                            ("heading", "La prevención es lo primero"),
                            (
                                "paragraph",
                                "<p>Educar a niños, niñas y adolescentes, a madres, padres y "
                                "cuidadores y al profesorado es la primera línea de respuesta. "
                                "Los niños que saben que el grooming y la sextorsión existen, "
                                "que nunca tienen la culpa y que los adultos les ayudarán "
                                "tienen más probabilidades de contarlo pronto. La conversación "
                                "abierta entre padres e hijos es a menudo la primera "
                                "protección. La prevención incluye también ayuda confidencial, "
                                "a través de servicios como Stop It Now, para las personas "
                                "preocupadas por sus propios pensamientos o conductas sexuales "
                                "hacia niños, antes de que ningún niño sufra daño.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>La industria también tiene su papel. Como redimensionar o "
                                "comprimir una imagen cambia su hash de archivo ordinario, las "
                                "empresas usan hashes perceptuales, como PhotoDNA, "
                                "desarrollado en 2009, para reconocer imágenes de abuso "
                                "conocidas incluso después de esos cambios. Las coincidencias "
                                "se notifican a las líneas de denuncia y a las fuerzas del "
                                "orden, y las imágenes se retiran. Policías, fiscales y jueces "
                                "necesitan formación especializada, porque estos casos "
                                "implican pruebas digitales, cooperación internacional y niños "
                                "víctimas cuyas necesidades difieren de las de los adultos.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "La Respuesta Nacional Modelo conecta políticas, "
                                        "justicia, atención a las víctimas, sociedad, "
                                        "industria y medios.",
                                        "La prevención y la educación son la primera línea de "
                                        "respuesta.",
                                        "Los hashes perceptuales permiten a la industria "
                                        "encontrar imágenes conocidas aunque se hayan "
                                        "modificado.",
                                        "La formación especializada de los profesionales de la "
                                        "justicia forma parte de una respuesta completa, y la "
                                        "atención a las víctimas no debe depender de que el "
                                        "caso llegue a juicio.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Por qué las empresas usan hashes perceptuales como "
                                        "PhotoDNA en lugar de hashes de archivo ordinarios para "
                                        "encontrar imágenes de abuso conocidas?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Un hash ordinario cambia cuando una imagen se "
                                                "redimensiona o se comprime; un hash perceptual "
                                                "sigue coincidiendo."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Los hashes perceptuales toleran los "
                                                "pequeños cambios que sufren las imágenes al "
                                                "compartirse."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Los hashes perceptuales permiten al personal ver "
                                                "las imágenes más rápido."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La comparación de hashes reduce, al contrario, la "
                                                "necesidad de que alguien vea el material."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Los hashes de archivo ordinarios son ilegales."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Son legales y útiles para copias exactas, pero no "
                                                "detectan versiones modificadas."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Responder y denunciar: cuestionario",
                    "pass_mark": 70,
                    "questions": [
                        {
                            "text": (
                                "¿Qué respuestas son adecuadas cuando un niño revela un abuso? "
                                "Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Escuchar con calma y decirle que no es su culpa",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Una respuesta tranquila y que le cree hace "
                                        "posible la ayuda posterior."
                                    ),
                                },
                                {
                                    "text": "Prometer guardar el secreto para que siga hablando",
                                    "correct": False,
                                    "feedback": (
                                        "No puede guardar el secreto. Explique con honestidad a "
                                        "quién tiene que contárselo y por qué."
                                    ),
                                },
                                {
                                    "text": "Anotar las palabras del niño con la fecha y la hora",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Una nota precisa ayuda a quienes investigan y "
                                        "protegen."
                                    ),
                                },
                                {
                                    "text": "Hacer preguntas detalladas sobre lo ocurrido",
                                    "correct": False,
                                    "feedback": (
                                        "Las preguntas detalladas corresponden a entrevistadores "
                                        "formados; pueden angustiar al niño y afectar a las "
                                        "pruebas."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué debe facilitar a una línea de denuncia al denunciar presunto "
                                "material de abuso en línea?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "La dirección web donde lo encontró",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La línea de denuncia evalúa el contenido donde "
                                        "está alojado."
                                    ),
                                },
                                {
                                    "text": "Una captura de pantalla del material",
                                    "correct": False,
                                    "feedback": (
                                        "Nunca copie presunto material de abuso, ni siquiera para "
                                        "denunciarlo."
                                    ),
                                },
                                {
                                    "text": "Una copia descargada",
                                    "correct": False,
                                    "feedback": (
                                        "Descargar crea una copia y puede ser un delito. Facilite "
                                        "solo la dirección."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Cuál de estos no es uno de los ámbitos de la Respuesta Nacional "
                                "Modelo de WePROTECT?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Atención a las víctimas",
                                    "correct": False,
                                    "feedback": "La atención a las víctimas es uno de los ámbitos.",
                                },
                                {
                                    "text": "Industria",
                                    "correct": False,
                                    "feedback": (
                                        "La industria es uno de los ámbitos: las empresas "
                                        "detectan, notifican y retiran el material."
                                    ),
                                },
                                {
                                    "text": "Operaciones militares",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Los ámbitos son políticas y gobernanza, "
                                        "justicia penal, atención a las víctimas, sociedad, "
                                        "industria, y medios de comunicación y comunicaciones."
                                    ),
                                },
                                {
                                    "text": "Medios de comunicación y comunicaciones",
                                    "correct": False,
                                    "feedback": (
                                        "Los medios de comunicación y las comunicaciones son uno "
                                        "de los ámbitos."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Por qué la prevención incluye ayuda para las personas "
                                "preocupadas por sus propios pensamientos sexuales hacia niños?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "La ayuda confidencial puede evitar el daño antes de que "
                                        "ningún niño sufra abusos."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Servicios como Stop It Now existen por este "
                                        "motivo."
                                    ),
                                },
                                {
                                    "text": "Sustituye a la justicia penal.",
                                    "correct": False,
                                    "feedback": (
                                        "La prevención y la justicia trabajan juntas; ninguna "
                                        "sustituye a la otra."
                                    ),
                                },
                                {
                                    "text": (
                                        "Es una forma de identificar a personas para detenerlas."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Estos servicios son confidenciales; su objetivo es "
                                        "prevenir el daño."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué afirmaciones sobre la denuncia anónima son ciertas? "
                                "Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Alrededor del 80 % de las denuncias del público a la "
                                        "Internet Watch Foundation son anónimas."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El anonimato anima a la gente a denunciar."
                                    ),
                                },
                                {
                                    "text": "Las denuncias anónimas deben seguir siendo anónimas.",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Nunca presione a nadie para que revele su "
                                        "identidad."
                                    ),
                                },
                                {
                                    "text": (
                                        "Las denuncias anónimas se dejan de lado hasta que se "
                                        "identifica a quien denuncia."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Las denuncias se evalúan por su contenido, venga de quien "
                                        "venga."
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
        "title": "Investigar la explotación y abuso sexual infantil en línea",
        "summary": (
            "Para policías e investigadores: clasificar las denuncias de líneas de denuncia y de "
            "la industria poniendo primero la seguridad del niño, asegurar las pruebas digitales, "
            "identificar a las víctimas y trabajar con niños de forma informada sobre el trauma."
        ),
        "outcomes": [
            "Clasificar las notificaciones de líneas de denuncia y empresas tecnológicas según "
            "el riesgo para los niños.",
            "Planificar registros y asegurar las pruebas digitales con una cadena de custodia "
            "ininterrumpida.",
            "Tratar el presunto material de abuso solo mediante procedimientos forenses "
            "autorizados, limitando la exposición.",
            "Contribuir a la identificación de víctimas mediante bases de datos nacionales e "
            "internacionales.",
            "Trabajar con niños víctimas de forma centrada en la víctima e informada sobre el "
            "trauma.",
        ],
        "wellbeing_text": (
            "Los investigadores pueden estar expuestos a material de abuso y a los relatos de "
            "niños víctimas. El estrés traumático secundario es un riesgo laboral previsible, no "
            "una señal de debilidad. Las buenas prácticas incluyen limitar el tiempo dedicado a "
            "revisar material y hacer pausas regulares; usar herramientas que reducen la "
            "exposición, como la comparación de hashes, las imágenes en tamaño reducido y el audio "
            "silenciado; no revisar nunca material a solas al final del turno ni en casa; la "
            "supervisión periódica y las entrevistas psicológicas confidenciales; y el apoyo entre "
            "compañeros. Hable pronto con su supervisor si nota cambios en su sueño, su estado de "
            "ánimo, su concentración o su forma de ver a las personas que le rodean. Su programa "
            "de asistencia al empleado y el servicio de salud laboral son confidenciales: "
            "utilícelos."
        ),
        "modules": [
            {
                "slug": "from-report-to-investigation",
                "title": "De la notificación a la investigación",
                "summary": (
                    "De dónde proceden las notificaciones, qué contienen y cómo clasificarlas "
                    "poniendo primero la seguridad del niño."
                ),
                "lessons": [
                    {
                        "slug": "hotline-and-industry-reports",
                        "title": (
                            "Trabajar con notificaciones de líneas de denuncia y de la industria"
                        ),
                        "content_note": "",
                        "body": [
                            ("heading", "De dónde proceden las notificaciones"),
                            (
                                "paragraph",
                                "<p>Muchas investigaciones empiezan con una notificación y no "
                                "con una denuncia de la víctima. Las empresas tecnológicas "
                                "detectan imágenes de abuso conocidas con hashes perceptuales, "
                                "como PhotoDNA, que reconocen una imagen incluso después de "
                                "que un redimensionamiento o una compresión haya cambiado su "
                                "hash de archivo ordinario. Los proveedores notifican las "
                                "coincidencias; en Estados Unidos están obligados a notificar "
                                "a la CyberTipline del NCMEC el material de abuso sexual "
                                "infantil aparente del que tengan conocimiento, y el NCMEC "
                                "pone esas notificaciones a disposición de las fuerzas del "
                                "orden de los países afectados. Las líneas de denuncia de la "
                                "red INHOPE reciben denuncias del público, muchas de ellas "
                                "anónimas, evalúan el contenido y trasladan las denuncias "
                                "confirmadas a la policía y a la línea de denuncia del país de "
                                "alojamiento para su retirada.</p>",
                            ),
                            ("heading", "Qué suele contener una notificación"),
                            (
                                "paragraph",
                                "<p>El contenido varía según el proveedor, pero suele "
                                "incluir:</p><ul><li>los identificadores de cuenta, "
                                "direcciones de correo o números de teléfono vinculados a la "
                                "subida;</li><li>direcciones IP con fechas, horas y husos "
                                "horarios;</li><li>los valores hash y cómo se estableció la "
                                "coincidencia;</li><li>si alguien del proveedor revisó el "
                                "contenido;</li><li>una descripción o categorización del "
                                "contenido.</li></ul><p>Compruebe con cuidado los husos "
                                "horarios antes de solicitar datos de abonado, y anote si el "
                                "proveedor revisó el contenido: en algunas jurisdicciones esto "
                                "influye en la autorización legal que necesitan los "
                                "investigadores antes de abrirlo.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Conservar antes de avanzar. Envíe pronto solicitudes de "
                                "conservación a los proveedores, porque los registros y los "
                                "datos de cuenta pueden guardarse solo durante poco tiempo. "
                                "Consulte los sistemas nacionales e internacionales de "
                                "desconflicción para no duplicar ni comprometer la "
                                "investigación de otro organismo.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Al recibir una notificación",
                                    "items": [
                                        "Registrar la recepción y asignar una referencia",
                                        "Comprobar cada huso horario y cada identificador",
                                        "Enviar las solicitudes de conservación",
                                        "Realizar la desconflicción con otros organismos",
                                        "Mantener cualquier material adjunto dentro de "
                                        "sistemas forenses autorizados: no descargarlo, "
                                        "copiarlo ni reenviarlo nunca",
                                        "Pasar la notificación a clasificación en el plazo "
                                        "acordado",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Una notificación indica una hora de subida en UTC. ¿Por "
                                        "qué importa?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Una solicitud de abonado para una IP dinámica "
                                                "necesita la hora exacta en el huso correcto, o "
                                                "puede identificar el hogar equivocado."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Un error de huso horario puede llevar a "
                                                "los agentes a la puerta equivocada."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "No importa: una dirección IP identifica a una "
                                                "persona de forma permanente."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Muchas direcciones IP se comparten o se "
                                                "reasignan, así que la hora exacta es esencial."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Las horas en UTC no pueden usarse en un juicio."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Pueden usarse, siempre que se conviertan y se "
                                                "expliquen con precisión."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "triage-and-safeguarding",
                        "title": "Clasificación: primero la seguridad del niño",
                        "content_note": (
                            "Esta lección trata en términos generales del riesgo para los niños e "
                            "incluye un caso ficticio."
                        ),
                        "body": [
                            ("heading", "Priorizar según el riesgo"),
                            (
                                "paragraph",
                                "<p>El volumen de notificaciones es alto y no todas pueden "
                                "atenderse a la vez. La clasificación ordena los casos según "
                                "el riesgo para los niños, no por orden de llegada. Entre los "
                                "indicadores de mayor riesgo están: señales de abuso en curso "
                                "o de producción de material nuevo; el acceso del sospechoso a "
                                "niños a través de su familia, su trabajo o su voluntariado; "
                                "indicios de contacto con niños en línea; sextorsión con "
                                "amenazas de autolesión por parte del niño; y material nunca "
                                "visto antes, que puede mostrar a un niño aún no "
                                "identificado.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Una notificación sobre un entrenador",
                                    "text": (
                                        "<p>Este caso es ficticio y compuesto. Un proveedor "
                                        "notifica tres subidas de imágenes de abuso conocidas, "
                                        "detectadas por hash, desde una misma cuenta. Las "
                                        "comprobaciones de abonado vinculan la dirección IP a un "
                                        "hogar donde un adulto es entrenador voluntario de fútbol "
                                        "juvenil. El equipo eleva el caso a prioridad alta por su "
                                        "acceso a niños. Los servicios de protección infantil "
                                        "participan en la planificación antes del registro, para "
                                        "que los niños del hogar y del club puedan protegerse sin "
                                        "alertar al sospechoso. El registro se hace a primera hora "
                                        "de la mañana, y acude un perito forense digital para "
                                        "asegurar los dispositivos.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                "<p>La protección empieza en la planificación. Acuerde con los "
                                "servicios de protección infantil quién hablará con los niños "
                                "del hogar, adónde irán si es necesario y qué se les dirá. "
                                "Evite pasos que alerten al sospechoso, como contactar con un "
                                "empleador antes del registro. Después, evalúe el riesgo para "
                                "los niños a los que el sospechoso puede acceder por su "
                                "trabajo o su voluntariado, y comparta la información en la "
                                "medida en que su legislación lo permita.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "La clasificación ordena las notificaciones según el "
                                        "riesgo para los niños.",
                                        "El acceso a niños y las señales de nuevos abusos "
                                        "elevan la prioridad.",
                                        "Planifique la protección con los servicios de "
                                        "infancia antes de actuar.",
                                        "Si una denuncia procede de una persona anónima, "
                                        "proteja ese anonimato durante toda la investigación.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Qué factor eleva más la prioridad de una notificación?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "El sospechoso tiene acceso a niños por su trabajo "
                                                "o su familia."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. El acceso a niños es un indicador clave "
                                                "de riesgo."
                                            ),
                                        },
                                        {
                                            "text": "La notificación era la primera de la cola.",
                                            "correct": False,
                                            "feedback": (
                                                "La clasificación se basa en el riesgo, no en el "
                                                "orden de llegada."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "El contenido se detectó mediante comparación de "
                                                "hashes."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "El método de detección no indica por sí mismo el "
                                                "riesgo; lo indica el contexto."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "De la notificación a la investigación: cuestionario",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "¿Por qué una imagen conocida puede seguir reconociéndose después "
                                "de redimensionarla o comprimirla?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Los hashes perceptuales como PhotoDNA representan cómo se "
                                        "ve la imagen, no sus bytes exactos."
                                    ),
                                    "correct": True,
                                    "feedback": "Correcto. Por eso la industria se apoya en ellos.",
                                },
                                {
                                    "text": (
                                        "Los hashes criptográficos no se ven afectados por el "
                                        "redimensionamiento."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Cualquier cambio en un archivo modifica un hash "
                                        "criptográfico como MD5 o SHA-256."
                                    ),
                                },
                                {
                                    "text": (
                                        "Los proveedores guardan una copia de cada archivo subido."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "La detección se basa en listas de hashes de material "
                                        "conocido, no en guardar archivos."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué debe hacer con prontitud al recibir una notificación de la "
                                "industria? Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Enviar solicitudes de conservación al proveedor",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Los registros pueden guardarse solo durante "
                                        "poco tiempo."
                                    ),
                                },
                                {
                                    "text": "Realizar la desconflicción con otros organismos",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Evita duplicar o comprometer otras "
                                        "investigaciones."
                                    ),
                                },
                                {
                                    "text": (
                                        "Reenviar las imágenes adjuntas a un colega para una "
                                        "segunda opinión"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Nunca reenvíe presunto material de abuso: revíselo solo "
                                        "dentro de sistemas forenses autorizados."
                                    ),
                                },
                                {
                                    "text": "Comprobar el huso horario de cada registro de IP",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Un error de huso horario puede identificar al "
                                        "abonado equivocado."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Llegan dos notificaciones el mismo día. ¿Cuál debe ir normalmente "
                                "primero?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Un sospechoso que vive con niños pequeños y cuya cuenta "
                                        "comparte material nunca visto antes"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El acceso a niños y el material nuevo indican "
                                        "el mayor riesgo."
                                    ),
                                },
                                {
                                    "text": (
                                        "Un sospechoso cuya cuenta compartió una sola imagen "
                                        "conocida hace cinco años, sin acceso conocido a niños"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "También requiere actuación, pero el riesgo para los niños "
                                        "es menor."
                                    ),
                                },
                                {
                                    "text": "La que llegó primero",
                                    "correct": False,
                                    "feedback": (
                                        "La clasificación ordena según el riesgo para los niños, "
                                        "no por orden de llegada."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué pasos protegen a los niños al planificar un registro? "
                                "Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Acordar con los servicios de protección infantil quién "
                                        "hablará con los niños del hogar"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La protección se planifica antes de actuar."
                                    ),
                                },
                                {
                                    "text": "Avisar al empleador del sospechoso antes del registro",
                                    "correct": False,
                                    "feedback": (
                                        "Puede alertar al sospechoso y hacer que se pierdan "
                                        "pruebas. Comparta la información después del registro, "
                                        "según permita su legislación."
                                    ),
                                },
                                {
                                    "text": (
                                        "Tener en cuenta a los niños a los que el sospechoso "
                                        "accede por su voluntariado"
                                    ),
                                    "correct": True,
                                    "feedback": "Correcto. El riesgo va más allá del hogar.",
                                },
                            ],
                        },
                        {
                            "text": (
                                "Una línea de denuncia traslada la denuncia de una persona "
                                "anónima. ¿Qué deben hacer los investigadores respecto a esa "
                                "persona?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Respetar su anonimato e investigar la denuncia por su "
                                        "contenido"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Las denuncias anónimas deben seguir siendo "
                                        "anónimas."
                                    ),
                                },
                                {
                                    "text": "Pedir a la línea de denuncia que revele quién es",
                                    "correct": False,
                                    "feedback": (
                                        "Las líneas de denuncia protegen a quienes denuncian de "
                                        "forma anónima; la denuncia vale por su contenido."
                                    ),
                                },
                                {
                                    "text": "Archivar la denuncia porque se desconoce la fuente",
                                    "correct": False,
                                    "feedback": (
                                        "Muchas denuncias valiosas son anónimas; evalúe el "
                                        "contenido."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "digital-evidence",
                "title": "Pruebas digitales",
                "summary": (
                    "Asegurar legalmente dispositivos y datos, y revisar el material de forma "
                    "segura mediante procedimientos forenses autorizados."
                ),
                "lessons": [
                    {
                        "slug": "seizing-and-preserving",
                        "title": "Incautar y preservar las pruebas digitales",
                        "content_note": "",
                        "body": [
                            ("heading", "Prevea los dispositivos que encontrará"),
                            (
                                "paragraph",
                                "<p>La prueba digital es frágil. Un teléfono que se bloquea, "
                                "una sesión en la nube que se cierra o un dispositivo borrado "
                                "a distancia pueden hacer que se pierdan pruebas. Prevea los "
                                "dispositivos que probablemente habrá: teléfonos, ordenadores, "
                                "videoconsolas, discos externos y dispositivos inteligentes, y "
                                "cuente con un perito forense digital formado siempre que sea "
                                "posible. Asegure el lugar, registre dónde está cada "
                                "dispositivo y quién lo usa, y anote las contraseñas o códigos "
                                "que se faciliten voluntariamente. Registre el estado de cada "
                                "dispositivo tal como se encontró (encendido o apagado, "
                                "conexiones, qué se está ejecutando) sin fotografiar ninguna "
                                "pantalla que pueda mostrar material de abuso.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Siga el procedimiento de su organismo, que normalmente "
                                "incluirá:</p><ul><li>aislar los dispositivos móviles de las "
                                "redes para impedir el borrado remoto, con el método "
                                "aprobado;</li><li>valorar la adquisición de datos en vivo de "
                                "ordenadores encendidos y sesiones abiertas en la nube antes "
                                "de apagarlos;</li><li>crear imágenes forenses con "
                                "bloqueadores de escritura y verificarlas con valores "
                                "hash;</li><li>precintar, etiquetar y registrar cada elemento "
                                "en la cadena de custodia.</li></ul>",
                            ),
                            ("heading", "Solo procedimientos autorizados"),
                            (
                                "paragraph",
                                "<p>El presunto material de abuso nunca se descarga, copia, "
                                "captura en pantalla, envía por correo ni reenvía fuera de los "
                                "sistemas forenses autorizados, ni a colegas, ni a fiscales, "
                                "ni para formación. Cada copia es una nueva vulneración del "
                                "niño y puede constituir un delito, incluso para un agente. "
                                "Los datos que los proveedores guardan en la nube se obtienen "
                                "por la vía legal adecuada, incluidas las solicitudes "
                                "internacionales cuando los datos están en el extranjero.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "La prueba digital puede perderse en minutos: "
                                        "planifique y aísle los dispositivos.",
                                        "Las imágenes forenses verificadas con hash preservan "
                                        "la integridad.",
                                        "La cadena de custodia debe estar completa desde la "
                                        "incautación hasta el juicio.",
                                        "El material permanece en todo momento dentro de "
                                        "sistemas forenses autorizados.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Durante un registro, un agente encuentra un portátil con "
                                        "la sesión iniciada en una cuenta de almacenamiento en la "
                                        "nube. ¿Cuál es el mejor primer paso?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Llamar al perito para valorar una adquisición en "
                                                "vivo según el procedimiento del organismo antes "
                                                "de que termine la sesión."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Una sesión abierta puede perderse si se "
                                                "apaga el dispositivo."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Descargar la carpeta en una memoria USB para no "
                                                "perder nada."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Nunca copie presunto material de abuso fuera de "
                                                "los procedimientos forenses autorizados."
                                            ),
                                        },
                                        {
                                            "text": "Cerrar el portátil y llevarlo a comisaría.",
                                            "correct": False,
                                            "feedback": (
                                                "Cerrarlo puede terminar la sesión y hacer que se "
                                                "pierda el acceso a las pruebas."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "reviewing-material-safely",
                        "title": "Revisar el material de forma segura",
                        "content_note": (
                            "Esta lección trata de cómo los investigadores revisan material de "
                            "abuso y del efecto de esa exposición. No contiene detalles explícitos "
                            "e incluye un caso ficticio."
                        ),
                        "body": [
                            ("heading", "Reducir lo que cada persona tiene que ver"),
                            (
                                "paragraph",
                                "<p>Revisar el material incautado es una de las tareas más "
                                "exigentes del trabajo policial. Las buenas prácticas reducen "
                                "la exposición sin restar fiabilidad a las pruebas. La "
                                "comparación de hashes con bases nacionales de imágenes "
                                "conocidas, como la Child Abuse Image Database del Reino "
                                "Unido, identifica y categoriza automáticamente el material "
                                "conocido, para que los revisores se centren en el material "
                                "nunca visto. Ese material nuevo es el más importante: puede "
                                "mostrar a un niño que sigue sufriendo abusos. La "
                                "categorización sigue la escala de su jurisdicción y la aplica "
                                "personal formado. Los informes describen y categorizan el "
                                "material en términos neutros, para que nadie más tenga que "
                                "volver a verlo. Los equipos deberían rotar las tareas de "
                                "revisión, y nadie debería revisar material sin formación, "
                                "supervisión y acceso a apoyo psicológico.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Buenas prácticas de revisión",
                                    "items": [
                                        "Revisar solo en un entorno forense autorizado y seguro",
                                        "Empezar por la comparación de hashes y el filtrado",
                                        "Silenciar el audio y reducir el tamaño de las "
                                        "imágenes salvo que haga falta el detalle",
                                        "Hacer pausas regulares y limitar el tiempo diario de "
                                        "revisión",
                                        "No revisar a solas al final del turno; avisar a "
                                        "alguien al terminar",
                                        "Señalar el material nuevo para la identificación de "
                                        "víctimas",
                                        "Describir el material en los informes; no copiarlo nunca",
                                    ],
                                },
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Una incautación de gran volumen",
                                    "text": (
                                        "<p>Este caso es ficticio y compuesto. Un registro da "
                                        "lugar a la incautación de varios terabytes de datos. El "
                                        "perito ejecuta primero la comparación de hashes, que "
                                        "identifica y categoriza la mayoría de las imágenes "
                                        "conocidas. Dos agentes formados revisan los archivos "
                                        "nuevos restantes en sesiones cortas, con el audio "
                                        "silenciado. Observan una serie que muestra al mismo niño "
                                        "en la misma habitación a lo largo de varios meses y la "
                                        "remiten con prioridad al equipo de identificación de "
                                        "víctimas. Los dos agentes acuden esa semana a su "
                                        "entrevista de bienestar programada.</p>"
                                    ),
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Por qué se prioriza el material nunca visto antes "
                                        "durante la revisión?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Puede mostrar a un niño que no ha sido "
                                                "identificado y que quizá sigue en riesgo."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. La identificación de víctimas depende "
                                                "de encontrar pronto el material nuevo."
                                            ),
                                        },
                                        {
                                            "text": "Es más fácil de categorizar.",
                                            "correct": False,
                                            "feedback": (
                                                "La dificultad no es el motivo: lo es el riesgo "
                                                "para un niño no identificado."
                                            ),
                                        },
                                        {
                                            "text": "El material conocido no cuenta como prueba.",
                                            "correct": False,
                                            "feedback": (
                                                "El material conocido sigue siendo prueba; la "
                                                "comparación de hashes solo reduce la necesidad de "
                                                "verlo."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Pruebas digitales: cuestionario",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "¿Qué prácticas preservan la integridad de las pruebas digitales? "
                                "Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Usar bloqueadores de escritura al crear imágenes forenses"
                                    ),
                                    "correct": True,
                                    "feedback": "Correcto. Impiden cambios en el original.",
                                },
                                {
                                    "text": "Verificar las imágenes forenses con valores hash",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Hashes coincidentes demuestran que la copia es "
                                        "exacta."
                                    ),
                                },
                                {
                                    "text": "Registrar cada manipulación en la cadena de custodia",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La continuidad debe probarse desde la "
                                        "incautación hasta el juicio."
                                    ),
                                },
                                {
                                    "text": (
                                        "Explorar el dispositivo original para ver qué contiene"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Explorarlo puede alterar los datos: trabaje sobre una "
                                        "imagen forense verificada."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Una fiscal le pide que le envíe por correo una muestra de las "
                                "imágenes para valorar el caso. ¿Qué hace?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Negarse, y ofrecer la descripción categorizada del "
                                        "informe o, si es realmente necesario, una visualización "
                                        "supervisada en un entorno seguro"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El material nunca sale de los sistemas forenses "
                                        "autorizados."
                                    ),
                                },
                                {
                                    "text": (
                                        "Enviar una pequeña muestra comprimida por correo seguro"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Cualquier copia enviada por correo es una copia no "
                                        "autorizada de material de abuso, sea cual sea el canal."
                                    ),
                                },
                                {
                                    "text": "Guardar las imágenes en una memoria USB cifrada",
                                    "correct": False,
                                    "feedback": (
                                        "El cifrado no hace que una copia no autorizada sea legal "
                                        "ni segura."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué técnicas reducen la exposición de los revisores? Seleccione "
                                "todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Comparar primero por hash las imágenes conocidas",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El material conocido se categoriza sin que "
                                        "nadie lo vea."
                                    ),
                                },
                                {
                                    "text": (
                                        "Silenciar el audio salvo que sea necesario como prueba"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El sonido aumenta mucho el impacto del material."
                                    ),
                                },
                                {
                                    "text": "Revisar en casa por la noche para ponerse al día",
                                    "correct": False,
                                    "feedback": (
                                        "Revise solo en entornos seguros autorizados, y nunca a "
                                        "solas en casa."
                                    ),
                                },
                                {
                                    "text": "Limitar el tiempo diario de revisión y hacer pausas",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Los límites protegen tanto el bienestar como la "
                                        "precisión."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "¿Por qué aislar de las redes un teléfono incautado?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Para impedir el borrado remoto o cambios en sus datos",
                                    "correct": True,
                                    "feedback": "Correcto. El aislamiento preserva la prueba.",
                                },
                                {
                                    "text": "Para que no se agote la batería",
                                    "correct": False,
                                    "feedback": (
                                        "La batería importa, pero el aislamiento sirve para "
                                        "impedir cambios remotos."
                                    ),
                                },
                                {
                                    "text": (
                                        "Para que los agentes puedan leer los mensajes sin "
                                        "autorización legal"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "El aislamiento preserva la prueba; no cambia la "
                                        "autorización legal necesaria para examinar el teléfono."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué debe contener sobre el material un informe para la fiscalía?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Descripciones neutras y categorización, sin copias",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Transmite la gravedad limitando la exposición."
                                    ),
                                },
                                {
                                    "text": "Una selección de las imágenes más graves",
                                    "correct": False,
                                    "feedback": "Los informes nunca contienen material de abuso.",
                                },
                                {
                                    "text": "Descripciones explícitas para transmitir la gravedad",
                                    "correct": False,
                                    "feedback": (
                                        "Una categorización neutra y objetiva transmite la "
                                        "gravedad sin detalles explícitos."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "victims",
                "title": "Identificación de víctimas y trabajo con niños",
                "summary": (
                    "Encontrar y proteger a los niños que aparecen en el material, y tratar con "
                    "niños víctimas de forma informada sobre el trauma."
                ),
                "lessons": [
                    {
                        "slug": "victim-identification",
                        "title": "Identificación de víctimas",
                        "content_note": (
                            "Esta lección trata de cómo los investigadores identifican a los niños "
                            "que aparecen en material de abuso. No contiene detalles explícitos."
                        ),
                        "body": [
                            ("heading", "Detrás de cada serie hay un niño que encontrar"),
                            (
                                "paragraph",
                                "<p>La identificación de víctimas consiste en encontrar y "
                                "proteger a los niños que aparecen en el material de abuso. Es "
                                "esencial porque muchos niños sufren abusos por parte de "
                                "alguien con acceso a ellos en casa o cerca, y el abuso puede "
                                "continuar. La identificación se centra en el material nunca "
                                "visto antes, que puede mostrar a un niño aún desconocido para "
                                "la policía.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Los especialistas estudian el contenido no abusivo de "
                                "imágenes y vídeos: objetos, productos, ropa, carteles, "
                                "idiomas, sonidos, edificios y metadatos. Pequeñas pistas "
                                "pueden reducir una ubicación a un país, luego a una región y "
                                "después a un hogar. La base de datos internacional sobre "
                                "explotación sexual de menores (ICSE) de INTERPOL permite a "
                                "especialistas de muchos países comparar material, ver si una "
                                "serie ya ha sido identificada y evitar la duplicación del "
                                "trabajo. La iniciativa Trace an Object de Europol publica "
                                "fotos de objetos cotidianos tomados del fondo de las "
                                "imágenes, sin ningún contenido abusivo, para que el público "
                                "ayude a averiguar su procedencia.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>La identificación es un trabajo en equipo más allá de las "
                                "fronteras. Cuando un niño parece estar en otro país, la "
                                "información se transmite por los canales de INTERPOL a la "
                                "unidad especializada de ese país, para que la policía y los "
                                "servicios de protección infantil locales actúen con rapidez. "
                                "Una vez identificado el niño, su protección es lo primero: "
                                "planifique con los servicios de protección infantil cómo y "
                                "cuándo se contactará con el niño y con un adulto protector, y "
                                "qué apoyo se le ofrecerá. Registre la identificación en ICSE "
                                "para que otros países dejen de buscar al mismo niño.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "Priorice el material nunca visto antes para la "
                                        "identificación de víctimas.",
                                        "Los especialistas estudian las pistas del fondo, "
                                        "nunca el abuso en sí.",
                                        "Aporte series a ICSE a través de su unidad nacional "
                                        "especializada.",
                                        "Una vez identificado el niño, su protección es lo "
                                        "primero.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Cómo ayuda a los niños aportar material a ICSE a través "
                                        "de su unidad nacional?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Los especialistas de otros países pueden comparar "
                                                "series, evitar duplicaciones y localizar antes a "
                                                "los niños."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Muchos niños son identificados gracias "
                                                "a esta cooperación."
                                            ),
                                        },
                                        {
                                            "text": "Permite mostrar el material al público.",
                                            "correct": False,
                                            "feedback": (
                                                "ICSE es una base de datos policial segura; el "
                                                "material de abuso nunca se publica."
                                            ),
                                        },
                                        {
                                            "text": "Sustituye a la investigación local.",
                                            "correct": False,
                                            "feedback": (
                                                "Apoya las investigaciones locales; no las "
                                                "sustituye."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "trauma-informed-contact",
                        "title": "Contacto con niños informado sobre el trauma",
                        "content_note": (
                            "Esta lección trata de cómo viven los niños el abuso y la "
                            "investigación, e incluye un caso ficticio."
                        ),
                        "body": [
                            (
                                "heading",
                                "Qué significa en la práctica estar informado sobre el trauma",
                            ),
                            (
                                "paragraph",
                                "<p>Los niños que han sufrido explotación sexual pueden sentir "
                                "vergüenza, miedo al agresor o a las consecuencias en casa, y "
                                "lealtad hacia la persona que abusó de ellos, sobre todo si es "
                                "un familiar. Puede que les hayan dicho que los culparán o "
                                "castigarán. El trauma afecta a la memoria y a la conducta: un "
                                "niño puede parecer tranquilo, enfadado o reacio a hablar. "
                                "Nada de esto significa que no diga la verdad. Un enfoque "
                                "informado sobre el trauma ofrece al niño seguridad, "
                                "previsibilidad y tanta capacidad de elección como sea "
                                "posible.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Buenas prácticas",
                                    "items": [
                                        "Planificar la entrevista con un entrevistador "
                                        "especializado que use un protocolo basado en la "
                                        "evidencia, como el Protocolo del NICHD",
                                        "Entrevistar una sola vez, con grabación, en un "
                                        "entorno adaptado a los niños como una Barnahus o un "
                                        "centro de atención especializado, donde exista",
                                        "Explicar quién es usted, qué va a pasar y qué puede "
                                        "elegir el niño",
                                        "Usar preguntas abiertas; evitar preguntas sugestivas, "
                                        "repetidas o que culpabilicen",
                                        "No mostrar nunca material de abuso a un niño",
                                        "Contar con un adulto de confianza o una persona de "
                                        "apoyo que no sea sospechosa",
                                        "Asegurar que se ofrezca apoyo terapéutico, declare o "
                                        "no el niño",
                                    ],
                                },
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Dara tras una sextorsión",
                                    "text": (
                                        "<p>Este caso es ficticio y compuesto. Dara, de 16 años, "
                                        "cuenta a la policía que alguien a quien conoció en una "
                                        "red social le exige dinero y amenaza con enviar sus "
                                        "imágenes a su instituto. Siente vergüenza y pregunta si "
                                        "se va a meter en un lío. La agente le dice con claridad "
                                        "que es víctima de un delito y que no se le va a culpar. "
                                        "Le aconseja que deje de responder, que no pague y que no "
                                        "borre la cuenta ni los mensajes, y organiza la obtención "
                                        "de las pruebas mediante procedimientos autorizados. Le da "
                                        "información sobre cómo retirar las imágenes y sobre una "
                                        "línea de ayuda a la que puede llamar esa misma noche.</p>"
                                    ),
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Dara pregunta si se va a meter en un lío por haber "
                                        "enviado una imagen. ¿Cuál es la respuesta adecuada?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Decirle con claridad que es víctima de un delito "
                                                "y que no se le va a culpar."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Una respuesta clara reduce la vergüenza "
                                                "y le ayuda a colaborar."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Explicarle que depende de lo que muestren las "
                                                "imágenes."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Los niños coaccionados mediante sextorsión son "
                                                "víctimas. Esta respuesta añade miedo y puede "
                                                "hacer que deje de colaborar."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Eludir la pregunta hasta que termine la "
                                                "investigación."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La incertidumbre aumenta la angustia; una "
                                                "respuesta clara le ayuda a colaborar con "
                                                "seguridad."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Identificación de víctimas y trabajo con niños: cuestionario",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "¿En qué consiste principalmente la identificación de víctimas?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "En encontrar y proteger a los niños que aparecen en "
                                        "material nunca visto antes"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Lo primero es el niño que quizá sigue en riesgo."
                                    ),
                                },
                                {
                                    "text": "En contar cuántas imágenes tiene un sospechoso",
                                    "correct": False,
                                    "feedback": (
                                        "El volumen importa para la acusación, pero la "
                                        "identificación se centra en el niño."
                                    ),
                                },
                                {
                                    "text": "En publicar imágenes para pedir ayuda al público",
                                    "correct": False,
                                    "feedback": (
                                        "Solo se publican objetos cotidianos sin ningún contenido "
                                        "abusivo, como en Trace an Object de Europol."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué pistas estudian los especialistas en identificación de "
                                "víctimas? Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Productos, carteles e idiomas visibles en el fondo",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Los detalles cotidianos pueden señalar un lugar."
                                    ),
                                },
                                {
                                    "text": "Los metadatos de los archivos",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Pueden revelar dispositivos, fechas o lugares."
                                    ),
                                },
                                {
                                    "text": "Edificios y sonidos",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La arquitectura y los sonidos pueden acotar una "
                                        "región."
                                    ),
                                },
                                {
                                    "text": "Detalles del propio abuso, difundidos al público",
                                    "correct": False,
                                    "feedback": (
                                        "Los especialistas estudian el contexto no abusivo; el "
                                        "contenido abusivo nunca se difunde."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué prácticas favorecen una entrevista informada sobre el "
                                "trauma? Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Una única entrevista grabada realizada por un "
                                        "especialista formado"
                                    ),
                                    "correct": True,
                                    "feedback": "Correcto. Evita relatos repetidos.",
                                },
                                {
                                    "text": (
                                        "Preguntas abiertas y explicaciones sobre lo que va a pasar"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La previsibilidad y las preguntas abiertas "
                                        "ayudan al niño."
                                    ),
                                },
                                {
                                    "text": "Mostrar imágenes al niño para confirmar su identidad",
                                    "correct": False,
                                    "feedback": (
                                        "Nunca muestre material de abuso a un niño. La "
                                        "identificación se hace por otros medios."
                                    ),
                                },
                                {
                                    "text": (
                                        "Repetir las preguntas hasta que el relato sea coherente"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Las preguntas repetidas angustian a los niños y pueden "
                                        "reducir la fiabilidad."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Un niño parece tranquilo y sin emoción al describir un abuso. "
                                "¿Qué le indica esto?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Nada sobre su credibilidad: el trauma se manifiesta de "
                                        "formas distintas en cada niño"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. No hay una única forma de comportarse como "
                                        "víctima."
                                    ),
                                },
                                {
                                    "text": "Que el relato probablemente es falso",
                                    "correct": False,
                                    "feedback": (
                                        "La calma es frecuente tras un trauma y no dice nada sobre "
                                        "la veracidad."
                                    ),
                                },
                                {
                                    "text": "Que el niño no sufrió daño",
                                    "correct": False,
                                    "feedback": "El daño no se mide por la emoción visible.",
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Dónde debe entrevistarse a un niño víctima, siempre que sea "
                                "posible?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "En un entorno adaptado a los niños, como una Barnahus o "
                                        "un centro de atención especializado"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El entorno ayuda al niño a sentirse seguro."
                                    ),
                                },
                                {
                                    "text": "En el mostrador de la comisaría, para ahorrar tiempo",
                                    "correct": False,
                                    "feedback": (
                                        "Un entorno público y formal añade estrés y reduce la "
                                        "calidad del relato."
                                    ),
                                },
                                {
                                    "text": (
                                        "En casa, con el familiar sospechoso presente para "
                                        "tranquilizarlo"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Un sospechoso nunca debe estar presente. Elija un lugar "
                                        "neutral y seguro."
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
        "title": "Enjuiciar la explotación y abuso sexual infantil en línea",
        "summary": (
            "Para fiscales: construir casos sólidos a partir de pruebas digitales, tratar el "
            "material de abuso conforme a la ley, cooperar más allá de las fronteras y mantener al "
            "niño en el centro del proceso."
        ),
        "outcomes": [
            "Asesorar pronto a los investigadores sobre las pruebas que exige cada delito.",
            "Gestionar el material de abuso como prueba y en el descubrimiento sin crear "
            "copias no autorizadas.",
            "Usar la conservación, la asistencia judicial mutua y otros canales para obtener "
            "pruebas que están en el extranjero.",
            "Construir casos que no dependan solo del testimonio del niño.",
            "Aplicar una práctica centrada en la víctima desde la acusación hasta la condena.",
        ],
        "wellbeing_text": (
            "Los fiscales leen informes, declaraciones y transcripciones detallados, y pueden "
            "tener que ver material como prueba. La exposición se acumula de un caso a otro. El "
            "estrés traumático secundario puede manifestarse como pensamientos intrusivos, "
            "dificultad para desconectar, cinismo o agotamiento; es un efecto reconocido de este "
            "trabajo. Protéjase: apóyese en las descripciones categorizadas siempre que la ley lo "
            "permita, programe las lecturas más duras a primera hora, haga pausas y no revise "
            "material del caso en casa. Utilice la supervisión y el análisis de casos en equipo "
            "para compartir el peso de las decisiones, y recurra a su programa de asistencia al "
            "empleado o a un profesional de forma confidencial si los cambios persisten. Cuidarse "
            "mantiene firme su criterio para los niños que dependen de él."
        ),
        "modules": [
            {
                "slug": "building-the-case",
                "title": "Construir el caso",
                "summary": (
                    "Asesoramiento temprano, calificación de los hechos, atribución y material de "
                    "abuso como prueba."
                ),
                "lessons": [
                    {
                        "slug": "charging-and-evidence",
                        "title": "La acusación y las pruebas necesarias",
                        "content_note": "",
                        "body": [
                            ("heading", "Asesoramiento temprano"),
                            (
                                "paragraph",
                                "<p>Los casos de explotación y abuso sexual infantil en línea "
                                "se ganan o se pierden a menudo con las pruebas reunidas en "
                                "los primeros días. Los fiscales que asesoran pronto a los "
                                "investigadores pueden asegurarse de que se conserven los "
                                "datos adecuados, se hagan las preguntas correctas y la "
                                "acusación refleje toda la conducta. Si su sistema lo permite, "
                                "acuerde un plan de investigación que abarque la protección "
                                "del niño, las pruebas digitales, las solicitudes "
                                "internacionales y las necesidades del niño.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Un mismo caso suele incluir varios delitos. Relacione la "
                                "conducta con lo que debe "
                                "probar:</p><ul><li><strong>Producción, distribución y "
                                "posesión de material de abuso sexual infantil</strong>: "
                                "atribución de dispositivos y cuentas, conocimiento y "
                                "categorización del material.</li><li><strong>Grooming o "
                                "solicitación</strong>: comunicaciones que muestren la "
                                "intención, la edad del niño y que el agresor la "
                                "conocía.</li><li><strong>Sextorsión</strong>: amenazas, "
                                "exigencias y sus efectos, junto con los "
                                "pagos.</li><li><strong>Abuso transmitido en directo dirigido "
                                "desde el extranjero</strong>: en muchas jurisdicciones, pagar "
                                "y dirigir el abuso puede acusarse como participación en el "
                                "propio abuso o inducción a cometerlo, y no solo como su "
                                "visionado.</li></ul>",
                            ),
                            ("heading", "Atribución y corroboración"),
                            (
                                "paragraph",
                                "<p>La atribución suele ser la cuestión principal en el "
                                "juicio: quién usaba el dispositivo en el momento relevante. "
                                "Constrúyala a partir de varias fuentes, como inicios de "
                                "sesión, patrones de uso del dispositivo, datos de ubicación, "
                                "mensajes con el estilo del sospechoso y confesiones. La "
                                "corroboración procedente de dispositivos, proveedores y "
                                "registros de pagos hace que el caso no dependa solo del "
                                "testimonio del niño, lo que reduce la presión sobre él.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Lista de comprobación de pruebas",
                                    "items": [
                                        "Informe pericial basado en imágenes forenses "
                                        "verificadas con hash",
                                        "Descripción categorizada y neutra del material",
                                        "Registros de proveedores: abonado, inicios de sesión "
                                        "y direcciones IP",
                                        "Comunicaciones con niños, en su contexto completo",
                                        "Registros financieros vinculados al abuso o la extorsión",
                                        "Pruebas de atribución de varias fuentes independientes",
                                        "Las necesidades y deseos del niño, registrados por "
                                        "los investigadores",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Por qué importan las pruebas digitales y financieras "
                                        "corroborantes en una acusación centrada en la víctima?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Refuerzan el caso y reducen el peso que recae "
                                                "sobre el testimonio del niño."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Una corroboración sólida protege al "
                                                "niño tanto como al caso."
                                            ),
                                        },
                                        {
                                            "text": "Permiten prescindir del relato del niño.",
                                            "correct": False,
                                            "feedback": (
                                                "El relato del niño sigue importando; la "
                                                "corroboración reduce la presión sobre él."
                                            ),
                                        },
                                        {
                                            "text": "Garantizan una conformidad del acusado.",
                                            "correct": False,
                                            "feedback": (
                                                "Nada garantiza una conformidad, aunque las "
                                                "pruebas sólidas la hacen más probable."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "abuse-material-as-evidence",
                        "title": "El material de abuso como prueba",
                        "content_note": (
                            "Esta lección trata de cómo se maneja el material de abuso como prueba "
                            "e incluye un caso ficticio. No contiene detalles explícitos."
                        ),
                        "body": [
                            ("heading", "Nunca un archivo que se pasa de mano en mano"),
                            (
                                "paragraph",
                                "<p>El material de abuso es una prueba de la máxima gravedad y "
                                "una vulneración continuada del niño. Los fiscales nunca lo "
                                "reciben por correo, en soportes extraíbles ni mediante "
                                "sistemas de gestión de casos no autorizados para ello, y "
                                "nunca lo descargan, copian ni reenvían. Cuando la ley lo "
                                "permite, la acusación se basa en las descripciones neutras y "
                                "categorizadas del perito forense. Si un fiscal tiene que ver "
                                "el material, por ejemplo cuando se discute la categorización, "
                                "lo hace en un entorno seguro conforme a procedimientos "
                                "forenses autorizados, y el visionado queda registrado.</p>",
                            ),
                            ("heading", "El acceso de la defensa"),
                            (
                                "paragraph",
                                "<p>El acusado tiene derecho a un juicio justo, lo que incluye "
                                "una oportunidad real de examinar las pruebas. En la mayoría "
                                "de los sistemas esto se garantiza mediante un acceso "
                                "controlado: los abogados y peritos de la defensa examinan el "
                                "material en dependencias policiales o forenses, o a través de "
                                "un sistema seguro, sin llevarse copias. Oponga resistencia a "
                                "las solicitudes de copias; los tribunales suelen respaldar el "
                                "acceso controlado, porque cada copia supone un riesgo de "
                                "nueva difusión.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Una solicitud de copias",
                                    "text": (
                                        "<p>Este caso es ficticio y compuesto. En un caso de "
                                        "posesión, el abogado defensor pide una copia completa de "
                                        "un disco duro incautado para que su perito lo examine en "
                                        "su despacho. La fiscal ofrece el acceso en la unidad "
                                        "forense, con un puesto de trabajo, las herramientas de "
                                        "análisis del perito cuando sean compatibles y horarios "
                                        "acordados de antemano. Explica por escrito por qué no "
                                        "pueden entregarse copias e invita al abogado a plantear "
                                        "cualquier dificultad concreta. Cuando el abogado acude al "
                                        "tribunal, el juez ordena el acceso controlado en los "
                                        "términos ofrecidos y señala que la defensa puede examinar "
                                        "todo lo que necesita.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "Nunca reciba, descargue, copie ni reenvíe material de "
                                        "abuso.",
                                        "Apóyese en descripciones categorizadas cuando la ley "
                                        "lo permita.",
                                        "Ofrezca a la defensa acceso controlado, no copias.",
                                        "Registre cada visionado del material.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Cómo se garantiza normalmente el derecho del acusado a "
                                        "examinar las pruebas sin entregar copias?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Mediante acceso controlado en dependencias "
                                                "policiales o forenses, o a través de un sistema "
                                                "seguro"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. La defensa puede examinarlo todo sin "
                                                "que ninguna copia salga del entorno controlado."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Mediante copias cifradas enviadas al perito de la "
                                                "defensa"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "El cifrado no elimina el riesgo de nueva "
                                                "difusión; se evitan las copias."
                                            ),
                                        },
                                        {
                                            "text": "Mediante un simple resumen, sin acceso",
                                            "correct": False,
                                            "feedback": (
                                                "La defensa tiene derecho a una oportunidad real "
                                                "de examinar las pruebas; el acceso controlado se "
                                                "la da."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Construir el caso: cuestionario",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "¿Qué fuentes pueden ayudar a probar quién usaba un dispositivo? "
                                "Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": (
                                        "Inicios de sesión en cuentas y patrones de uso del "
                                        "dispositivo"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Los patrones de uso vinculan a una persona con "
                                        "un dispositivo en un momento dado."
                                    ),
                                },
                                {
                                    "text": "Datos de ubicación en los momentos relevantes",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La ubicación puede situar al sospechoso con el "
                                        "dispositivo."
                                    ),
                                },
                                {
                                    "text": "La reputación general del sospechoso en su entorno",
                                    "correct": False,
                                    "feedback": (
                                        "La reputación no prueba quién usaba un dispositivo."
                                    ),
                                },
                                {
                                    "text": "Confesiones en la declaración",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto, idealmente corroboradas por otras fuentes."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Un investigador se ofrece a enviarle por correo algunas imágenes "
                                "para que valore su gravedad. ¿Qué debe hacer?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Negarse, basarse en la descripción categorizada y "
                                        "organizar un visionado supervisado conforme a "
                                        "procedimientos autorizados solo si es realmente necesario"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El material nunca viaja por correo ni en "
                                        "soportes extraíbles."
                                    ),
                                },
                                {
                                    "text": "Aceptar si el correo está cifrado",
                                    "correct": False,
                                    "feedback": (
                                        "Un correo cifrado sigue siendo una copia no autorizada."
                                    ),
                                },
                                {
                                    "text": "Pedirlas mejor en una memoria USB",
                                    "correct": False,
                                    "feedback": (
                                        "Una memoria USB también es una copia no autorizada."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "¿Por qué es valioso el asesoramiento temprano de la fiscalía?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Ayuda a que se conserven los datos y a que la acusación "
                                        "refleje toda la conducta."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Las primeras decisiones dan forma a todo el "
                                        "caso."
                                    ),
                                },
                                {
                                    "text": "Permite al fiscal entrevistar directamente al niño.",
                                    "correct": False,
                                    "feedback": (
                                        "A los niños los entrevistan especialistas formados, no "
                                        "los fiscales."
                                    ),
                                },
                                {
                                    "text": "Sustituye al examen forense.",
                                    "correct": False,
                                    "feedback": (
                                        "El asesoramiento orienta el examen; no lo sustituye."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "En muchas jurisdicciones, ¿de qué puede acusarse a quien paga y "
                                "dirige desde el extranjero un abuso transmitido en directo? "
                                "Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "De participación en el abuso o inducción a cometerlo",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Refleja su papel en la dirección del abuso."
                                    ),
                                },
                                {
                                    "text": "De delitos de visionado o acceso al material",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto, aunque acusar solo por el visionado puede no "
                                        "reflejar toda la conducta."
                                    ),
                                },
                                {
                                    "text": "De nada, si el abuso ocurrió en otro país",
                                    "correct": False,
                                    "feedback": (
                                        "Muchas leyes, y el Convenio de Lanzarote, prevén "
                                        "jurisdicción sobre los nacionales por delitos cometidos "
                                        "en el extranjero."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "La defensa solicita una copia completa de un disco incautado. "
                                "¿Cuál es el enfoque habitual?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Ofrecer en su lugar acceso controlado en un entorno seguro"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Respeta el derecho a un juicio justo sin nueva "
                                        "difusión."
                                    ),
                                },
                                {
                                    "text": (
                                        "Entregar la copia, ya que el derecho a un juicio justo lo "
                                        "exige"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Ese derecho se garantiza con un acceso real y controlado."
                                    ),
                                },
                                {
                                    "text": "Denegar todo acceso",
                                    "correct": False,
                                    "feedback": (
                                        "La defensa debe tener una oportunidad real de examinar "
                                        "las pruebas."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "international-cooperation",
                "title": "Cooperación internacional",
                "summary": (
                    "Conservar y obtener pruebas en el extranjero, y coordinar casos de abuso "
                    "transmitido en directo entre países."
                ),
                "lessons": [
                    {
                        "slug": "cross-border-evidence",
                        "title": "Obtener pruebas más allá de las fronteras",
                        "content_note": "",
                        "body": [
                            ("heading", "Las pruebas rara vez están en un solo país"),
                            (
                                "paragraph",
                                "<p>Agresores, víctimas, proveedores de servicios y datos "
                                "suelen estar en países distintos. Los datos que guarda un "
                                "proveedor en el extranjero pueden borrarse mientras prepara "
                                "una solicitud formal, así que actúe en dos pasos: primero "
                                "conservar, después obtener. Incluya en el plan del caso el "
                                "tiempo de las solicitudes internacionales e indique pronto a "
                                "los investigadores qué canal corresponde.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Las principales herramientas son, entre "
                                "otras:</p><ul><li>la <strong>conservación rápida</strong> "
                                "prevista en el Convenio del Consejo de Europa sobre la "
                                "Ciberdelincuencia (Convenio de Budapest, 2001), solicitada a "
                                "través de su red 24/7 de puntos de contacto, o directamente a "
                                "los proveedores cuando esté permitido;</li><li>las "
                                "solicitudes de <strong>asistencia judicial mutua</strong> "
                                "basadas en tratados o en el Convenio de Budapest, para "
                                "obtener datos de contenido y pruebas en forma "
                                "admisible;</li><li>las <strong>solicitudes directas a "
                                "proveedores de servicios</strong> de información sobre "
                                "abonados, cuando la ley nacional y el Segundo Protocolo "
                                "Adicional del Convenio (2022) lo permitan;</li><li>los "
                                "<strong>canales de cooperación policial</strong> de INTERPOL "
                                "y Europol, para inteligencia y desconflicción;</li><li>los "
                                "<strong>equipos conjuntos de investigación</strong> y la "
                                "coordinación a través de Eurojust cuando varios Estados "
                                "investigan la misma red.</li></ul>",
                            ),
                            (
                                "paragraph",
                                "<p>El Convenio de Lanzarote (Convenio del Consejo de Europa "
                                "para la protección de los niños contra la explotación y el "
                                "abuso sexual, 2007) obliga a sus Partes a tipificar como "
                                "delito las proposiciones a niños con fines sexuales "
                                "(grooming), entre otras conductas, y a establecer su "
                                "jurisdicción sobre los delitos cometidos en el extranjero por "
                                "sus nacionales. Esto permite enjuiciar a los agresores que "
                                "viajan o que dirigen abusos en otro país.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Una buena solicitud de asistencia judicial",
                                    "items": [
                                        "Expone los hechos, los delitos y la base jurídica de "
                                        "forma clara y breve",
                                        "Indica exactamente qué se necesita, con "
                                        "identificadores y periodos",
                                        "Explica la urgencia, sobre todo cuando un niño puede "
                                        "estar en riesgo",
                                        "Respeta los requisitos de forma e idioma del Estado "
                                        "requerido",
                                        "Menciona cualquier solicitud de conservación anterior",
                                        "Facilita una persona de contacto para consultas",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Un proveedor en el extranjero guarda chats esenciales "
                                        "para su caso. ¿Cuál es el primer paso?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Solicitar la conservación rápida para que no se "
                                                "borren los datos y después tramitar la solicitud "
                                                "formal."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Primero conservar, después obtener."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Esperar a que esté lista la solicitud de "
                                                "asistencia judicial, para evitar duplicaciones."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Mientras tanto, los datos pueden borrarse."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Pedir a los investigadores que entren en la "
                                                "cuenta del sospechoso en el extranjero."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Un acceso transfronterizo no autorizado puede ser "
                                                "ilegal y hacer inadmisibles las pruebas."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "virtual-trafficking-cases",
                        "title": "Casos de abuso transmitido en directo entre países",
                        "content_note": (
                            "Esta lección trata en términos generales del abuso sexual infantil "
                            "transmitido en directo e incluye un caso ficticio."
                        ),
                        "body": [
                            ("heading", "Los dos extremos de un mismo delito"),
                            (
                                "paragraph",
                                "<p>En el abuso transmitido en directo pagado desde el "
                                "extranjero, a veces llamado trata virtual, el agresor que "
                                "paga y dirige el abuso y el facilitador que lo comete están "
                                "en países distintos, y ambos son responsables. Los casos "
                                "eficaces se coordinan en los dos extremos. Los fiscales del "
                                "país donde vive el agresor y del país donde vive el niño "
                                "comparten información, acuerdan el momento de actuar para que "
                                "los niños estén protegidos antes de que una detención alerte "
                                "a la red, y evitan duplicaciones.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Buena parte de las pruebas procede del lado del agresor: "
                                "chats en los que se organiza y dirige el abuso, registros de "
                                "pagos que vinculan las transferencias con las sesiones y "
                                "datos de los proveedores. En el país del niño, las pruebas "
                                "del papel del facilitador y la identificación del niño "
                                "permiten rescatarlo y apoyarlo. Las unidades de inteligencia "
                                "financiera pueden rastrear patrones de pago entre muchos "
                                "agresores y facilitadores.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Una actuación coordinada",
                                    "text": (
                                        "<p>Este caso es ficticio y compuesto. El examen del "
                                        "teléfono de un agresor revela chats en los que organiza "
                                        "sesiones de vídeo pagadas con una mujer en el extranjero "
                                        "que ofrece acceso a dos niñas pequeñas de su hogar. El "
                                        "fiscal contacta con la autoridad extranjera por el canal "
                                        "acordado y comparte las pruebas. Las autoridades de ese "
                                        "país ponen a salvo a las niñas, con la presencia de "
                                        "trabajadores sociales, antes de que se acuse al agresor "
                                        "en su país. No se pide a las niñas que viajen ni que "
                                        "declaren en el país del agresor: el caso se basa en los "
                                        "chats, los registros de pagos y las pruebas de "
                                        "identificación aportadas por la autoridad extranjera, "
                                        "obtenidas mediante asistencia judicial mutua.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "Tanto el agresor que paga como el facilitador son "
                                        "responsables.",
                                        "Coordine los tiempos para que los niños estén "
                                        "protegidos primero.",
                                        "Los registros de pagos y los chats pueden probar el "
                                        "delito sin el testimonio del niño.",
                                        "Los niños no deberían tener que viajar para declarar "
                                        "en otro país.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Por qué debe coordinarse la actuación contra el agresor "
                                        "que paga con las autoridades del país del niño?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Una detención puede alertar al facilitador y "
                                                "poner en riesgo a los niños antes de que estén "
                                                "protegidos."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. La seguridad de los niños marca los "
                                                "tiempos."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Porque el país del agresor no tiene jurisdicción."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La mayoría de los Estados tienen jurisdicción "
                                                "sobre sus nacionales y residentes por esas "
                                                "conductas."
                                            ),
                                        },
                                        {
                                            "text": "Para que el país del niño decida la pena.",
                                            "correct": False,
                                            "feedback": (
                                                "Cada país juzga a los agresores a los que acusa; "
                                                "la coordinación tiene que ver con la seguridad y "
                                                "las pruebas."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Cooperación internacional: cuestionario",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": "¿Qué consigue la conservación rápida?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Impide que se borren los datos mientras se prepara una "
                                        "solicitud formal."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La conservación guarda los datos; su entrega "
                                        "requiere otra solicitud."
                                    ),
                                },
                                {
                                    "text": "Da acceso inmediato a los datos de contenido.",
                                    "correct": False,
                                    "feedback": (
                                        "La conservación protege los datos; obtenerlos requiere "
                                        "otra solicitud."
                                    ),
                                },
                                {
                                    "text": "Sustituye a la asistencia judicial mutua.",
                                    "correct": False,
                                    "feedback": (
                                        "Da tiempo para la asistencia judicial; no la sustituye."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Cuáles son canales de cooperación internacional? Seleccione "
                                "todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "La red 24/7 del Convenio de Budapest",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Tramita solicitudes urgentes de conservación."
                                    ),
                                },
                                {
                                    "text": "Las solicitudes de asistencia judicial mutua",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Permiten obtener pruebas en forma admisible."
                                    ),
                                },
                                {
                                    "text": "Los equipos conjuntos de investigación",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Permiten que varios Estados trabajen juntos en "
                                        "un caso."
                                    ),
                                },
                                {
                                    "text": (
                                        "Investigadores que entran en cuentas extranjeras sin "
                                        "autorización legal"
                                    ),
                                    "correct": False,
                                    "feedback": "Puede ser ilegal y poner en peligro el caso.",
                                },
                            ],
                        },
                        {
                            "text": (
                                "En un caso de abuso transmitido en directo pagado desde el "
                                "extranjero, ¿qué pruebas pueden demostrar el delito? Seleccione "
                                "todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Chats en los que se organiza y dirige el abuso",
                                    "correct": True,
                                    "feedback": "Correcto. Muestran el papel del agresor.",
                                },
                                {
                                    "text": "Registros de pagos vinculados a las sesiones",
                                    "correct": True,
                                    "feedback": "Correcto. Relacionan los pagos con el abuso.",
                                },
                                {
                                    "text": "Registros de llamadas y cuentas de los proveedores",
                                    "correct": True,
                                    "feedback": "Correcto. Corroboran el contacto.",
                                },
                                {
                                    "text": "Grabaciones de sesiones enviadas por correo al fiscal",
                                    "correct": False,
                                    "feedback": (
                                        "El material permanece en sistemas forenses autorizados y "
                                        "nunca se envía por correo."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué exige el Convenio de Lanzarote a sus Partes respecto a los "
                                "delitos cometidos en el extranjero por sus nacionales?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Que establezcan su jurisdicción sobre esos delitos",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Cierra lagunas que los agresores podrían "
                                        "aprovechar."
                                    ),
                                },
                                {
                                    "text": "Que solo pueda enjuiciar el Estado donde vive el niño",
                                    "correct": False,
                                    "feedback": (
                                        "El Convenio amplía la jurisdicción; no la restringe."
                                    ),
                                },
                                {
                                    "text": "Nada: esos delitos quedan fuera de su ámbito",
                                    "correct": False,
                                    "feedback": (
                                        "Los delitos cometidos en el extranjero por nacionales "
                                        "están expresamente incluidos."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Debe pedirse a un niño víctima que vive en el extranjero que "
                                "viaje para declarar contra el agresor que pagaba?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Debe evitarse siempre que sea posible: recurra a otras "
                                        "pruebas o a una declaración a distancia con protección."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El viaje y un tribunal extranjero aumentan el "
                                        "trauma del niño."
                                    ),
                                },
                                {
                                    "text": "Sí: siempre se exige declarar en persona.",
                                    "correct": False,
                                    "feedback": (
                                        "Muchos sistemas admiten declaraciones grabadas o a "
                                        "distancia."
                                    ),
                                },
                                {
                                    "text": (
                                        "Sí, pero solo después de que se condene al facilitador."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "El momento no elimina la carga que supone para el niño."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "victim-centred-prosecution",
                "title": "Una acusación centrada en la víctima",
                "summary": (
                    "Acompañar a los niños víctimas durante el proceso, en el juicio y después del "
                    "veredicto."
                ),
                "lessons": [
                    {
                        "slug": "supporting-victims",
                        "title": "Acompañar a las víctimas durante el proceso",
                        "content_note": (
                            "Esta lección trata de los efectos del proceso penal en los niños "
                            "víctimas."
                        ),
                        "body": [
                            ("heading", "La justicia vista por el niño"),
                            (
                                "paragraph",
                                "<p>Para un niño, un proceso penal puede ser largo, confuso y "
                                "aterrador. Los retrasos son una de las mayores fuentes de "
                                "daño: prolongan la incertidumbre, frenan la recuperación y "
                                "pueden debilitar las pruebas. Un fiscal centrado en la "
                                "víctima tiene presentes las necesidades del niño en cada "
                                "decisión, sin perder la independencia y la imparcialidad que "
                                "exige su función.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Práctica centrada en la víctima",
                                    "items": [
                                        "Dar prioridad a los casos con niños víctimas y evitar "
                                        "aplazamientos",
                                        "Asegurar que el niño y sus cuidadores reciban "
                                        "información comprensible sobre cada fase y cada "
                                        "decisión",
                                        "Trabajar con una persona de apoyo o un acompañante "
                                        "designado",
                                        "Solicitar pronto medidas de protección: declaración "
                                        "grabada, videoconferencia, mamparas, intermediarios y "
                                        "contrainterrogatorio previo al juicio cuando exista",
                                        "Proteger la identidad y la intimidad del niño, "
                                        "incluidos sus datos personales en los escritos "
                                        "judiciales",
                                        "Explicar las decisiones de no acusar o de archivar, y "
                                        "cualquier derecho a recurrirlas",
                                        "Solicitar una indemnización cuando la ley lo permita",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>La opinión del niño sobre cómo declarar importa. Algunos "
                                "prefieren la videoconferencia; otros quieren estar en la "
                                "sala. Pregunte a través de la persona de apoyo y traslade su "
                                "opinión al tribunal. Si su sistema lo permite, reúnase con el "
                                "niño antes del juicio para explicarle el proceso, sin hablar "
                                "de las pruebas. Preparar no es aleccionar: el objetivo es que "
                                "conozca el proceso, nunca ensayar su declaración.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Las imágenes autogeneradas bajo coacción no hacen "
                                "responsable al niño. Cuando un niño creó o envió imágenes "
                                "bajo la presión de un agresor, un enfoque centrado en la "
                                "víctima lo trata como víctima y evita criminalizarlo. El "
                                "bienestar del niño es lo primero: la terapia antes del juicio "
                                "no debe retrasarse por el bien del caso, y los servicios de "
                                "apoyo pueden asesorar sobre cómo se guardan sus registros.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Qué diferencia hay entre preparar a un niño para el "
                                        "juicio y aleccionarlo?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "La preparación explica el proceso y el entorno; "
                                                "aleccionar da forma al contenido de la "
                                                "declaración."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Preparar es una buena práctica; "
                                                "aleccionar nunca es aceptable."
                                            ),
                                        },
                                        {
                                            "text": "No hay diferencia si el fiscal es cuidadoso.",
                                            "correct": False,
                                            "feedback": (
                                                "La diferencia es fundamental: nunca debe "
                                                "moldearse el contenido de una declaración."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "La preparación está prohibida en todas las "
                                                "jurisdicciones."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Familiarizar al niño con el proceso es una buena "
                                                "práctica en muchos sistemas."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "in-court-and-after",
                        "title": "En el juicio y después del veredicto",
                        "content_note": (
                            "Esta lección trata de ideas erróneas sobre los niños víctimas e "
                            "incluye un caso ficticio."
                        ),
                        "body": [
                            ("heading", "Rebatir ideas erróneas"),
                            (
                                "paragraph",
                                "<p>Los fiscales deben anticipar las ideas erróneas más "
                                "comunes y responder a ellas con pruebas o con "
                                "peritos:</p><ul><li><strong>La revelación tardía</strong> es "
                                "frecuente y no indica invención.</li><li><strong>Mantener el "
                                "contacto</strong> con el agresor es típico del grooming, no "
                                "prueba de que no pasara nada.</li><li><strong>Un niño que "
                                "envió imágenes</strong> bajo presión o engaño es una víctima, "
                                "no un participante.</li><li><strong>Las "
                                "incoherencias</strong> en detalles secundarios son frecuentes "
                                "tras un trauma.</li></ul><p>Proteste ante preguntas "
                                "repetitivas, confusas, basadas en estas ideas erróneas o que "
                                "culpabilicen al niño. Cuando sea posible, use una audiencia "
                                "preparatoria para acordar de antemano con el juez y la "
                                "defensa la forma de las preguntas.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Un contrainterrogatorio",
                                    "text": (
                                        "<p>Este caso es ficticio y compuesto. Mira, de 13 años, "
                                        "declara por videoconferencia en un caso de grooming. El "
                                        "abogado defensor hace una serie de preguntas largas que "
                                        "sugieren que ella «quería» el contacto porque seguía "
                                        "respondiendo. La fiscal protesta porque las preguntas son "
                                        "compuestas y se basan en una idea errónea, y se remite a "
                                        "la pericial sobre grooming ya practicada ante el "
                                        "tribunal. El juez indica al abogado que haga preguntas "
                                        "breves y de una en una y que exponga la tesis de la "
                                        "defensa sin comentarios. Mira termina su declaración con "
                                        "una sola pausa.</p>"
                                    ),
                                },
                            ),
                            ("heading", "Después del veredicto"),
                            (
                                "paragraph",
                                "<p>Los alegatos sobre la pena deben exponer el daño sufrido "
                                "por el niño, incluido el daño continuado por la circulación "
                                "de las imágenes, y las circunstancias agravantes como la edad "
                                "del niño, el abuso de confianza, la planificación y cualquier "
                                "ánimo de lucro. Solicite medidas que protejan al niño: "
                                "prohibiciones y órdenes de alejamiento, decomiso y "
                                "destrucción de dispositivos y material, e indemnización. "
                                "Informe rápidamente del resultado al niño y a sus cuidadores "
                                "y explique lo que viene después, incluida la ayuda para "
                                "retirar imágenes.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "Anticipe las ideas erróneas y respóndalas con pruebas.",
                                        "Proteste ante preguntas compuestas, repetitivas o que "
                                        "culpabilicen.",
                                        "Solicite medidas que protejan al niño después del "
                                        "veredicto.",
                                        "Informe rápidamente del resultado al niño y a sus "
                                        "cuidadores.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "La defensa sugiere que las respuestas continuadas de una "
                                        "niña muestran que ella quería. ¿Cómo debe responder la "
                                        "fiscalía?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Protestar y apoyarse en pruebas de que mantener "
                                                "el contacto es típico del grooming y no implica "
                                                "voluntad."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Rebata la idea errónea con pruebas y "
                                                "con la protesta."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Aceptar el argumento y centrarse en los demás "
                                                "cargos."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Dejar sin respuesta la idea errónea perjudica a "
                                                "la niña y al caso."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Pedir a la niña que explique por qué seguía "
                                                "respondiendo."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Eso traslada la carga a la niña; rebata la idea "
                                                "errónea con pruebas y con la protesta."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Una acusación centrada en la víctima: cuestionario",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "¿Qué medidas de protección puede solicitar un fiscal? Seleccione "
                                "todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Una entrevista grabada como declaración principal",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El niño no tiene que repetir su relato en "
                                        "directo."
                                    ),
                                },
                                {
                                    "text": "Videoconferencia o mamparas",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El niño no tiene que enfrentarse al acusado."
                                    ),
                                },
                                {
                                    "text": "Un intermediario",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Los intermediarios ayudan al niño a entender y "
                                        "a hacerse entender."
                                    ),
                                },
                                {
                                    "text": "Exigir que el niño asista a todas las vistas",
                                    "correct": False,
                                    "feedback": (
                                        "El niño solo debe acudir cuando su declaración lo "
                                        "requiera."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "Una chica de 14 años envió imágenes bajo la amenaza de un adulto. "
                                "¿Cómo debe tratarse?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Como víctima de sextorsión, no como autora de un delito"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La responsabilidad es del adulto que la "
                                        "coaccionó."
                                    ),
                                },
                                {
                                    "text": "Como coautora por haber producido las imágenes",
                                    "correct": False,
                                    "feedback": (
                                        "La coacción la convierte en víctima; criminalizarla "
                                        "agravaría el daño."
                                    ),
                                },
                                {
                                    "text": "Solo como testigo, sin los derechos de una víctima",
                                    "correct": False,
                                    "feedback": (
                                        "Es víctima y tiene derecho al apoyo y la protección que "
                                        "ello conlleva."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Por qué los retrasos son especialmente dañinos en los casos con "
                                "niños víctimas?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Prolongan la incertidumbre, frenan la recuperación y "
                                        "pueden debilitar las pruebas."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Dé prioridad a estos casos y evite "
                                        "aplazamientos."
                                    ),
                                },
                                {
                                    "text": "No tienen efecto si el niño recibe apoyo.",
                                    "correct": False,
                                    "feedback": (
                                        "El apoyo ayuda, pero los retrasos siguen prolongando el "
                                        "daño."
                                    ),
                                },
                                {
                                    "text": "Solo perjudican al acusado.",
                                    "correct": False,
                                    "feedback": (
                                        "Los retrasos afectan a todos, y a los niños más que a "
                                        "nadie."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué elementos deben figurar en los alegatos sobre la pena? "
                                "Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "El daño continuado por la circulación de las imágenes",
                                    "correct": True,
                                    "feedback": "Correcto. Ese daño es real y duradero.",
                                },
                                {
                                    "text": "La edad del niño y cualquier abuso de confianza",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Son circunstancias agravantes habituales."
                                    ),
                                },
                                {
                                    "text": (
                                        "Solicitudes de decomiso y destrucción de dispositivos y "
                                        "material"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Impide que el material se devuelva o vuelva a "
                                        "circular."
                                    ),
                                },
                                {
                                    "text": (
                                        "Descripciones explícitas del abuso para transmitir su "
                                        "gravedad"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Describa la gravedad de forma objetiva, con la "
                                        "categorización; los detalles explícitos añaden daño."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "¿Qué indica que un niño revele el abuso tarde?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Nada sobre su credibilidad: es frecuente en el abuso "
                                        "sexual infantil"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La vergüenza, el miedo y el grooming retrasan a "
                                        "menudo la revelación."
                                    ),
                                },
                                {
                                    "text": "Que el relato probablemente es inventado",
                                    "correct": False,
                                    "feedback": (
                                        "La investigación y la experiencia muestran que la "
                                        "revelación tardía es frecuente entre víctimas reales."
                                    ),
                                },
                                {
                                    "text": "Que el abuso fue leve",
                                    "correct": False,
                                    "feedback": (
                                        "El retraso no dice nada sobre la gravedad del abuso."
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
        "title": "Justicia adaptada a los niños en casos de explotación sexual infantil en línea",
        "summary": (
            "Para jueces y juezas: aplicar las normas de una justicia adaptada a los niños, "
            "adaptar las vistas a los niños víctimas protegiendo el derecho a un juicio justo, e "
            "imponer penas por delitos en línea comprendiendo el daño que causan."
        ),
        "outcomes": [
            "Aplicar a la dirección del proceso las normas internacionales sobre justicia "
            "adaptada a los niños.",
            "Explicar por qué el abuso en línea causa un daño grave y continuado.",
            "Adaptar las vistas para que los niños puedan declarar en las mejores condiciones "
            "sin menoscabo de un juicio justo.",
            "Controlar eficazmente el interrogatorio de los niños testigos.",
            "Valorar la gravedad e imponer medidas de protección en los casos en línea.",
        ],
        "wellbeing_text": (
            "Los jueces escuchan los relatos de niños, leen pruebas detalladas y cargan con el "
            "peso de decisiones que marcan vidas, a menudo sin apenas ocasión de hablar de ello. "
            "El estrés traumático secundario es un riesgo reconocido del trabajo judicial en estos "
            "casos. Entre las protecciones prácticas están: apoyarse siempre que sea posible en "
            "descripciones categorizadas del material, espaciar los casos más duros en la agenda, "
            "hacer pausas durante las vistas largas y comentar los casos con un colega o a través "
            "de un programa de apoyo judicial. Muchos poderes judiciales ofrecen a los jueces "
            "asesoramiento psicológico confidencial o un servicio de asistencia; utilizarlo es una "
            "muestra de responsabilidad profesional. Preste atención a los cambios en su sueño, su "
            "estado de ánimo o su paciencia, y busque apoyo pronto."
        ),
        "modules": [
            {
                "slug": "child-friendly-justice",
                "title": "Principios de una justicia adaptada a los niños",
                "summary": (
                    "Las normas internacionales, y por qué el abuso en línea causa un daño grave y "
                    "continuado."
                ),
                "lessons": [
                    {
                        "slug": "principles-and-standards",
                        "title": "Principios y normas internacionales",
                        "content_note": "",
                        "body": [
                            ("heading", "Las normas"),
                            (
                                "paragraph",
                                "<p>La justicia adaptada a los niños es una justicia "
                                "accesible, apropiada a la edad, rápida, diligente y adaptada "
                                "a los derechos y necesidades del niño. Se basa "
                                "en:</p><ul><li>la Convención sobre los Derechos del Niño de "
                                "las Naciones Unidas, en especial el interés superior del niño "
                                "(artículo 3), el derecho a ser escuchado (artículo 12) y la "
                                "protección contra la explotación y el abuso sexuales "
                                "(artículo 34);</li><li>las Directrices sobre la justicia en "
                                "asuntos concernientes a los niños víctimas y testigos de "
                                "delitos de las Naciones Unidas (2005);</li><li>las "
                                "Directrices del Consejo de Europa sobre una justicia adaptada "
                                "a los niños (2010);</li><li>el Convenio de Lanzarote (2007), "
                                "que establece medidas de protección para los niños víctimas "
                                "durante la investigación y el proceso.</li></ul>",
                            ),
                            ("heading", "Lo que las normas piden a los tribunales"),
                            (
                                "paragraph",
                                "<p>Estas normas no debilitan los derechos del acusado. Piden "
                                "a los tribunales que eviten a los niños todo daño evitable: "
                                "evitar retrasos, limitar el número de veces que se entrevista "
                                "o interroga a un niño, darle información que pueda entender, "
                                "proteger su intimidad y su identidad, permitir personas de "
                                "apoyo, y adaptar el entorno y la forma de las preguntas. "
                                "Medidas como las entrevistas grabadas y la videoconferencia "
                                "sirven a ambos fines: protegen al niño y a menudo mejoran la "
                                "calidad de la prueba.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>La dirección del proceso es donde estos principios se "
                                "hacen realidad: fijar fechas de juicio tempranas, decidir las "
                                "medidas de protección en una audiencia preliminar y "
                                "preguntarse en cada fase si se han tenido en cuenta las "
                                "necesidades del niño.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "La justicia adaptada a los niños es accesible, "
                                        "apropiada a la edad, rápida y adaptada al niño.",
                                        "El interés superior del niño y su derecho a ser "
                                        "escuchado rigen durante todo el proceso.",
                                        "Proteger al niño y garantizar el derecho del acusado "
                                        "a un juicio justo son compatibles.",
                                        "El retraso es en sí mismo una fuente de daño y debe "
                                        "gestionarse activamente.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Qué artículo de la Convención sobre los Derechos del "
                                        "Niño recoge el derecho del niño a ser escuchado?"
                                    ),
                                    "options": [
                                        {
                                            "text": "El artículo 12",
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Se aplica en los procedimientos "
                                                "judiciales que afectan al niño."
                                            ),
                                        },
                                        {
                                            "text": "El artículo 3",
                                            "correct": False,
                                            "feedback": (
                                                "El artículo 3 se refiere al interés superior del "
                                                "niño."
                                            ),
                                        },
                                        {
                                            "text": "El artículo 34",
                                            "correct": False,
                                            "feedback": (
                                                "El artículo 34 se refiere a la protección contra "
                                                "la explotación y el abuso sexuales."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "understanding-online-harm",
                        "title": "Comprender el daño en línea",
                        "content_note": (
                            "Esta lección trata del daño que la explotación y el abuso sexual en "
                            "línea causan a los niños. No contiene detalles explícitos."
                        ),
                        "body": [
                            ("heading", "El daño en línea es un daño real"),
                            (
                                "paragraph",
                                "<p>Puede ser tentador considerar los delitos en línea menos "
                                "graves que el abuso con contacto físico. Los testimonios de "
                                "sobrevivientes y la experiencia profesional indican lo "
                                "contrario. Cada elemento de material de abuso sexual infantil "
                                "registra el abuso de un niño real. Su circulación causa un "
                                "daño continuado: las sobrevivientes describen un miedo "
                                "duradero a ser reconocidas y una pérdida de control que no "
                                "termina con el abuso. Además, la demanda de material impulsa "
                                "el abuso de otros niños.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>El grooming y la sextorsión pueden causar un daño "
                                "psicológico grave sin ningún contacto físico: ansiedad, "
                                "depresión, autolesiones y, en algunos casos de sextorsión, "
                                "suicidio. El abuso transmitido en directo y dirigido desde el "
                                "extranjero es el abuso de un niño en tiempo real: quien lo "
                                "paga y lo dirige no es un observador lejano. Las imágenes que "
                                "se obligó a un niño a producir siguen siendo material de "
                                "abuso sexual infantil, y el niño que aparece en ellas es una "
                                "víctima.</p>",
                            ),
                            ("heading", "Por qué los relatos de los niños son como son"),
                            (
                                "paragraph",
                                "<p>Los niños víctimas de grooming suelen revelar el abuso "
                                "tarde, mantener el contacto con el agresor o hablar de él con "
                                "afecto. Los niños coaccionados para producir imágenes pueden "
                                "sentirse responsables y avergonzados. El trauma influye en "
                                "cómo se recuerdan y se cuentan los hechos. Son patrones "
                                "reconocidos, no señales de falta de fiabilidad, y los "
                                "tribunales deben desconfiar de las ideas preconcebidas sobre "
                                "cómo se comporta una víctima «auténtica».</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "La circulación del material causa un daño continuado.",
                                        "El grooming y la sextorsión pueden causar un daño "
                                        "grave sin contacto físico.",
                                        "Dirigir un abuso transmitido en directo es "
                                        "participar, no observar.",
                                        "La revelación tardía y el mantenimiento del contacto "
                                        "son frecuentes en el grooming.",
                                        "Un niño coaccionado para producir imágenes es una "
                                        "víctima, no un participante.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Un escrito califica la posesión de material de abuso como "
                                        "un delito «sin víctimas». ¿Qué muestran los hechos?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Cada elemento registra el abuso de un niño real; "
                                                "su circulación causa un daño continuado, y la "
                                                "demanda impulsa nuevos abusos."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Siempre hay un niño detrás del material."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "La posesión no tiene víctimas si el material "
                                                "nunca se comparte."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La posesión sostiene la demanda, y las "
                                                "sobrevivientes viven sabiendo que otros tienen "
                                                "sus imágenes."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Solo hay daño si la víctima se entera de la "
                                                "posesión."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Las sobrevivientes describen un miedo continuo a "
                                                "la circulación, sepan o no de un caso concreto."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Principios de una justicia adaptada a los niños: cuestionario",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "¿Qué características definen una justicia adaptada a los niños? "
                                "Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Accesible y apropiada a la edad",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Los niños deben poder entender y participar."
                                    ),
                                },
                                {
                                    "text": "Rápida y diligente",
                                    "correct": True,
                                    "feedback": "Correcto. El retraso es en sí mismo dañino.",
                                },
                                {
                                    "text": "Adaptada a los derechos y necesidades del niño",
                                    "correct": True,
                                    "feedback": "Correcto. Es el núcleo de estas normas.",
                                },
                                {
                                    "text": "Menos derechos para el acusado",
                                    "correct": False,
                                    "feedback": (
                                        "Las normas protegen a los niños sin debilitar el derecho "
                                        "a un juicio justo."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Cuál es el texto del Consejo de Europa de 2010 sobre este tema?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Las Directrices sobre una justicia adaptada a los niños"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Se aplican a todos los procedimientos en los "
                                        "que intervienen niños."
                                    ),
                                },
                                {
                                    "text": "El Convenio sobre la Ciberdelincuencia",
                                    "correct": False,
                                    "feedback": (
                                        "El Convenio de Budapest (2001) trata de la "
                                        "ciberdelincuencia y la prueba, no de la justicia adaptada "
                                        "a los niños."
                                    ),
                                },
                                {
                                    "text": "La Carta Social Europea",
                                    "correct": False,
                                    "feedback": (
                                        "La Carta trata de los derechos sociales y económicos."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Por qué el abuso transmitido en directo y dirigido desde el "
                                "extranjero puede tratarse con la misma gravedad que el abuso con "
                                "contacto?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Quien paga y dirige participa en el abuso de un niño en "
                                        "tiempo real."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Dirigir el abuso es participar, no observar."
                                    ),
                                },
                                {
                                    "text": "Porque siempre se graba.",
                                    "correct": False,
                                    "feedback": (
                                        "A menudo no se graba; la gravedad procede del papel del "
                                        "agresor."
                                    ),
                                },
                                {
                                    "text": "Porque siempre implica un viaje.",
                                    "correct": False,
                                    "feedback": (
                                        "No hay viaje: el agresor dirige el abuso a distancia."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué patrones reconocidos aparecen en los relatos de niños "
                                "víctimas de grooming? Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Revelación tardía",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La vergüenza, el miedo y la lealtad retrasan la "
                                        "revelación."
                                    ),
                                },
                                {
                                    "text": "Mantenimiento del contacto con el agresor",
                                    "correct": True,
                                    "feedback": "Correcto. El grooming crea dependencia.",
                                },
                                {
                                    "text": "Hablar del agresor con afecto",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El grooming crea apego de forma deliberada."
                                    ),
                                },
                                {
                                    "text": (
                                        "Relatos completos y coherentes desde la primera entrevista"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "El trauma y el grooming suelen producir relatos parciales "
                                        "y graduales."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Son incompatibles las medidas adaptadas a los niños con el "
                                "derecho a un juicio justo?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "No: bien aplicadas, protegen al niño y pueden mejorar la "
                                        "prueba sin menoscabo de la equidad del juicio."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Ambos objetivos pueden cumplirse a la vez."
                                    ),
                                },
                                {
                                    "text": "Sí: siempre perjudican al acusado.",
                                    "correct": False,
                                    "feedback": (
                                        "La defensa puede seguir contrastando plenamente la "
                                        "prueba, de forma adaptada."
                                    ),
                                },
                                {
                                    "text": "Solo cuando el niño tiene más de 16 años.",
                                    "correct": False,
                                    "feedback": (
                                        "La edad no crea un conflicto; se aplican los mismos "
                                        "principios."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "hearing-child-victims",
                "title": "Escuchar a los niños víctimas",
                "summary": "Adaptar las vistas al niño y controlar las preguntas de forma justa.",
                "lessons": [
                    {
                        "slug": "adapting-the-hearing",
                        "title": "Adaptar la vista",
                        "content_note": (
                            "Esta lección trata de la declaración de niños víctimas e incluye un "
                            "caso ficticio."
                        ),
                        "body": [
                            ("heading", "Planificar con antelación"),
                            (
                                "paragraph",
                                "<p>Las decisiones sobre cómo declarará un niño deben tomarse "
                                "pronto, en una audiencia preliminar o preparatoria, y no la "
                                "mañana del juicio. El tribunal necesita información sobre la "
                                "edad del niño, su desarrollo, sus necesidades de comunicación "
                                "y sus deseos, que a menudo aporta un intermediario o una "
                                "persona de apoyo.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Según su jurisdicción, las medidas pueden "
                                "incluir:</p><ul><li>una entrevista forense grabada admitida "
                                "como declaración principal del niño;</li><li>un "
                                "contrainterrogatorio grabado antes del juicio, para que la "
                                "participación del niño termine pronto;</li><li>el modelo "
                                "Barnahus, en el que una entrevista grabada en una casa "
                                "adaptada a los niños, seguida por el juez y las partes, puede "
                                "sustituir a la declaración en la "
                                "sala;</li><li>videoconferencia desde otra sala u otro "
                                "edificio;</li><li>mamparas, celebración a puerta cerrada y "
                                "prescindir de togas y pelucas donde se usen;</li><li>un "
                                "intermediario o apoyos para la comunicación;</li><li>una "
                                "persona de apoyo presente durante la declaración.</li></ul>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Una audiencia preparatoria",
                                    "text": (
                                        "<p>Este caso es ficticio y compuesto. Una niña de 9 años "
                                        "debe declarar en un caso de abuso transmitido en directo "
                                        "facilitado por un familiar. En una audiencia "
                                        "preparatoria, la intermediaria informa de que entiende "
                                        "preguntas breves y concretas, tiene dificultades con las "
                                        "nociones de tiempo y necesita una pausa cada 15 minutos. "
                                        "El juez dispone que el contrainterrogatorio se grabe "
                                        "cuatro semanas antes del juicio, lo limita a las "
                                        "cuestiones controvertidas, aprueba preguntas presentadas "
                                        "de antemano y organiza que la niña conozca antes la sala "
                                        "de videoconferencia. La defensa puede plantear todos los "
                                        "puntos de su tesis, de una forma que la niña pueda "
                                        "entender.</p>"
                                    ),
                                },
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Antes de que el niño declare",
                                    "items": [
                                        "Medidas decididas en una audiencia temprana",
                                        "Necesidades de comunicación del niño evaluadas",
                                        "Preguntas aprobadas de antemano cuando su sistema lo "
                                        "permita",
                                        "Pausas previstas",
                                        "El niño ha visto la sala y sabe quién estará presente",
                                        "Persona de apoyo confirmada",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Por qué decidir las medidas de protección en una "
                                        "audiencia temprana y no el día del juicio?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "El niño, sus cuidadores y las partes pueden "
                                                "prepararse, y se evitan retrasos y ansiedad "
                                                "innecesarios."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Decidir pronto da certidumbre a todos."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Porque las medidas no pueden cambiarse una vez "
                                                "iniciado el juicio."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Las medidas pueden revisarse, pero decidir pronto "
                                                "evita trastornos."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Para que la defensa no las conozca de antemano."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "La defensa participa en la decisión; la "
                                                "transparencia favorece la equidad."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "managing-questioning",
                        "title": "Controlar las preguntas",
                        "content_note": "Esta lección trata del interrogatorio de niños testigos.",
                        "body": [
                            ("heading", "El deber del juez"),
                            (
                                "paragraph",
                                "<p>El tribunal tiene el deber de asegurar que un niño testigo "
                                "pueda declarar en las mejores condiciones y no sea sometido a "
                                "preguntas opresivas, confusas o humillantes. Esto es "
                                "compatible con el derecho del acusado a contradecir la "
                                "prueba. La investigación sobre niños testigos muestra que las "
                                "preguntas sugestivas, compuestas y repetidas reducen la "
                                "exactitud, de modo que controlarlas protege la búsqueda de la "
                                "verdad además de al niño.</p>",
                            ),
                            (
                                "checklist",
                                {
                                    "title": "Preguntas que deben detenerse o reformularse",
                                    "items": [
                                        "Preguntas con varias partes",
                                        "Preguntas coletilla como «No dijo eso, ¿verdad?»",
                                        "Dobles negaciones o vocabulario complejo",
                                        "La misma pregunta repetida para obtener otra respuesta",
                                        "Insinuaciones de que el niño tiene la culpa o quería",
                                        "Preguntas innecesarias sobre la vida sexual del niño",
                                        "Comentarios en lugar de preguntas",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>Intervenga pronto y con calma. Explique al niño, con "
                                "palabras sencillas, que puede decir «no lo sé» o «no lo "
                                "entiendo», o pedir una pausa. Cuando la defensa necesite "
                                "plantear su tesis, permítalo de forma breve y sencilla: se "
                                "puede decir al niño lo que afirma el acusado y preguntarle si "
                                "es verdad. Esté atento a las señales de cansancio o angustia, "
                                "y conceda pausas antes de que el niño tenga que pedirlas.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Las preguntas sobre la actividad en línea del niño deben "
                                "ceñirse a las cuestiones controvertidas. Sugerir que el niño "
                                "debería haberse dado cuenta, por ejemplo por usar cierta "
                                "aplicación o responder a un mensaje, lo culpabiliza en lugar "
                                "de contrastar la prueba.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Cuando termine la declaración del niño, agradézcasela. "
                                "Asegúrese de que salga del edificio sin cruzarse con el "
                                "acusado y de que alguien le explique lo que viene después.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "Un abogado pregunta a un niño de 10 años: «No se lo "
                                        "dijiste a tu madre porque no pasó nada, ¿verdad?». ¿Qué "
                                        "debe hacer el juez?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Intervenir e indicar al abogado que haga "
                                                "preguntas breves, de una en una y no sugestivas."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. La cuestión puede seguir planteándose, "
                                                "de una forma que el niño entienda."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Permitirla: el contrainterrogatorio puede ser "
                                                "sugestivo."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Preguntas de este tipo confunden a los niños "
                                                "pequeños y reducen la exactitud; el tribunal debe "
                                                "exigir una forma más sencilla."
                                            ),
                                        },
                                        {
                                            "text": "Responder en nombre del niño.",
                                            "correct": False,
                                            "feedback": (
                                                "El juez controla la forma de las preguntas, pero "
                                                "no declara."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Escuchar a los niños víctimas: cuestionario",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "¿Qué medidas pueden ayudar a un niño a declarar en las mejores "
                                "condiciones? Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Un contrainterrogatorio grabado antes del juicio",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La participación del niño termina pronto, con "
                                        "el recuerdo más fresco."
                                    ),
                                },
                                {
                                    "text": "Un intermediario",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Los intermediarios ayudan a ajustar las "
                                        "preguntas a la comprensión del niño."
                                    ),
                                },
                                {
                                    "text": "Videoconferencia desde otra sala",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El niño no tiene que enfrentarse al acusado."
                                    ),
                                },
                                {
                                    "text": "Sesiones largas sin pausas, para terminar antes",
                                    "correct": False,
                                    "feedback": (
                                        "El cansancio reduce la exactitud y aumenta la angustia; "
                                        "prevea pausas."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "¿Qué tipo de pregunta es más adecuado para un niño pequeño?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Preguntas breves, de una en una y con palabras sencillas"
                                    ),
                                    "correct": True,
                                    "feedback": "Correcto. Una idea por pregunta.",
                                },
                                {
                                    "text": "Preguntas coletilla que sugieren la respuesta",
                                    "correct": False,
                                    "feedback": (
                                        "Las preguntas coletilla llevan a los niños pequeños a "
                                        "asentir."
                                    ),
                                },
                                {
                                    "text": "Preguntas con dobles negaciones",
                                    "correct": False,
                                    "feedback": (
                                        "Las dobles negaciones confunden a los adultos, y más aún "
                                        "a los niños."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Cómo puede plantearse de forma justa la tesis de la defensa a un "
                                "niño?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Diciéndole de forma sencilla lo que afirma el acusado y "
                                        "preguntándole si es verdad"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La tesis se plantea; solo se adapta la forma."
                                    ),
                                },
                                {
                                    "text": "Repitiendo las preguntas hasta que el niño asienta",
                                    "correct": False,
                                    "feedback": (
                                        "La repetición produce respuestas poco fiables y angustia."
                                    ),
                                },
                                {
                                    "text": (
                                        "No es posible: la tesis de la defensa no se plantea a "
                                        "niños testigos"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "El derecho del acusado a plantear su tesis se mantiene; "
                                        "se adapta la forma."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué buenas prácticas hay cuando un niño termina de declarar? "
                                "Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Agradecérselo al niño",
                                    "correct": True,
                                    "feedback": "Correcto. Reconoce lo que el niño ha hecho.",
                                },
                                {
                                    "text": "Asegurar que no se cruce con el acusado al salir",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Planifique la salida con tanto cuidado como la "
                                        "llegada."
                                    ),
                                },
                                {
                                    "text": "Explicarle lo que viene después",
                                    "correct": True,
                                    "feedback": "Correcto. La incertidumbre aumenta la angustia.",
                                },
                                {
                                    "text": "Preguntarle cómo cree que debería terminar el caso",
                                    "correct": False,
                                    "feedback": (
                                        "Nunca debe hacerse sentir a un niño responsable del "
                                        "resultado."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Para qué sirve una audiencia preparatoria sobre el "
                                "interrogatorio?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Para acordar de antemano cómo se interrogará al niño y "
                                        "qué medidas se aplican"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Prepara al tribunal, a las partes y al niño."
                                    ),
                                },
                                {
                                    "text": "Para escuchar por primera vez la declaración del niño",
                                    "correct": False,
                                    "feedback": "El niño no declara en esa audiencia.",
                                },
                                {
                                    "text": "Para decidir el veredicto",
                                    "correct": False,
                                    "feedback": (
                                        "Solo trata del desarrollo de la declaración del niño."
                                    ),
                                },
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "sentencing",
                "title": "Penas y medidas",
                "summary": (
                    "Valorar la gravedad en los casos en línea, las medidas de protección y "
                    "resoluciones que el niño pueda entender."
                ),
                "lessons": [
                    {
                        "slug": "assessing-seriousness",
                        "title": "Valorar la gravedad",
                        "content_note": (
                            "Esta lección trata en términos generales de los factores que influyen "
                            "en la gravedad de los delitos. No contiene detalles explícitos."
                        ),
                        "body": [
                            ("heading", "Daño y culpabilidad"),
                            (
                                "paragraph",
                                "<p>En los casos en línea, la pena sigue las directrices y la "
                                "legislación de su jurisdicción. En los distintos sistemas, la "
                                "gravedad suele reflejar el daño causado al niño y la "
                                "culpabilidad del agresor. En los casos en línea, el daño "
                                "incluye el daño continuado de la circulación y el miedo que "
                                "provoca en las personas sobrevivientes.</p>",
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Factores que suelen considerarse agravantes",
                                    "points": [
                                        "La muy corta edad o la especial vulnerabilidad del niño",
                                        "El abuso de una posición de confianza o autoridad, "
                                        "también dentro de la familia",
                                        "Producir material nuevo o dirigir el abuso, incluido "
                                        "el abuso transmitido en directo pagado desde el "
                                        "extranjero",
                                        "La planificación, el grooming o dirigirse a varios niños",
                                        "Las amenazas, la sextorsión o el pago",
                                        "La distribución, o el papel del agresor en una red",
                                        "La duración de la conducta y el volumen de material",
                                    ],
                                },
                            ),
                            (
                                "paragraph",
                                "<p>El volumen y la categorización son relevantes, pero una "
                                "colección pequeña no es un asunto menor: cada elemento "
                                "registra el abuso de un niño, y la posesión crea la demanda "
                                "que impulsa la producción. Apóyese en las descripciones "
                                "neutras y categorizadas de los peritos forenses. Rara vez es "
                                "necesario que el tribunal vea el material; cuando lo sea, "
                                "debe hacerse conforme a procedimientos controlados que "
                                "protejan a las víctimas y limiten la exposición. Las "
                                "atenuantes que reconozca su jurisdicción, como el "
                                "arrepentimiento sincero o una pronta conformidad, también se "
                                "ponderan, pero nunca reducen el daño causado.</p>",
                            ),
                            (
                                "paragraph",
                                "<p>Las declaraciones de impacto de la víctima ayudan al "
                                "tribunal a comprender el daño. Los niños y sus cuidadores "
                                "deben poder hacerlas de un modo que no les cause más "
                                "angustia, y nunca se les debe presionar para hacerlas. Cuando "
                                "los niños que aparecen en el material no han sido "
                                "identificados, el tribunal puede igualmente reconocer que se "
                                "causó daño a niños reales.</p>",
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Necesita el tribunal ver el material para valorar la "
                                        "gravedad?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Rara vez: las descripciones neutras y "
                                                "categorizadas suelen bastar, y cualquier "
                                                "visionado sigue procedimientos controlados."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Así se limita la exposición y se "
                                                "respeta la intimidad de las víctimas."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Siempre, para que el juez se forme una opinión "
                                                "independiente."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "El visionado sistemático aumenta la exposición y "
                                                "vuelve a vulnerar la intimidad de las víctimas."
                                            ),
                                        },
                                        {
                                            "text": "Nunca, en ninguna circunstancia.",
                                            "correct": False,
                                            "feedback": (
                                                "En ocasiones puede ser necesario, por ejemplo si "
                                                "se discute la categorización; entonces sigue "
                                                "procedimientos controlados."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "orders-and-reasons",
                        "title": "Medidas, fundamentación y protección tras la condena",
                        "content_note": "Esta lección incluye un caso ficticio de sextorsión.",
                        "body": [
                            ("heading", "Medidas de protección"),
                            (
                                "paragraph",
                                "<p>Además de la pena, los tribunales de muchas jurisdicciones "
                                "pueden imponer medidas que reducen el riesgo de nuevos "
                                "daños:</p><ul><li>prohibiciones que restringen el contacto "
                                "con niños, el uso de internet o de determinados dispositivos, "
                                "redactadas con la precisión suficiente para poder hacerse "
                                "cumplir;</li><li>obligaciones de inscripción en un registro o "
                                "de notificación;</li><li>órdenes de alejamiento y de no "
                                "comunicación que protejan a la víctima y a su "
                                "familia;</li><li>el decomiso y la destrucción de dispositivos "
                                "y material, para que el material de abuso nunca se "
                                "devuelva;</li><li>la indemnización a la víctima;</li><li>la "
                                "participación en programas de tratamiento acreditados cuando "
                                "existan.</li></ul>",
                            ),
                            ("heading", "Una fundamentación que el niño pueda entender"),
                            (
                                "paragraph",
                                "<p>Las resoluciones deben explicar la pena con claridad y, "
                                "cuando proceda, reconocer el daño sufrido por el niño con "
                                "palabras que no culpabilicen ni busquen el sensacionalismo. "
                                "Siga las Orientaciones de Luxemburgo: escriba «material de "
                                "abuso sexual infantil», nunca términos del entretenimiento "
                                "para adultos, y «grooming», nunca palabras que sugieran un "
                                "romance o una elección. Algunos tribunales entregan al niño o "
                                "a su familia una breve explicación en lenguaje sencillo. "
                                "Proteja la identidad del niño en las resoluciones publicadas "
                                "y deje claras las restricciones de publicación.</p>",
                            ),
                            (
                                "case_scenario",
                                {
                                    "title": "Redactar la resolución",
                                    "text": (
                                        "<p>Este caso es ficticio y compuesto. Un hombre es "
                                        "condenado por la sextorsión de tres adolescentes a los "
                                        "que contactó a través de plataformas de videojuegos. En "
                                        "la sentencia, la jueza describe su conducta como una "
                                        "selección deliberada de víctimas y amenazas, reconoce el "
                                        "miedo y la vergüenza de los adolescentes como un daño "
                                        "grave y afirma con claridad que no tienen ninguna "
                                        "responsabilidad. Impone una prohibición que lo limita a "
                                        "cuentas de mensajería y de juegos supervisadas, una orden "
                                        "de no comunicación y el decomiso de sus dispositivos. La "
                                        "resolución publicada usa seudónimos que no permiten "
                                        "identificar a los adolescentes.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_points",
                                {
                                    "title": "Puntos clave",
                                    "points": [
                                        "Las medidas deben ser precisas, proporcionadas y "
                                        "ejecutables.",
                                        "Asegúrese de que los dispositivos y el material se "
                                        "decomisen y destruyan.",
                                        "Use la terminología de las Orientaciones de "
                                        "Luxemburgo en las resoluciones.",
                                        "Proteja la identidad del niño en las resoluciones "
                                        "publicadas.",
                                    ],
                                },
                            ),
                            (
                                "self_check",
                                {
                                    "question": (
                                        "¿Por qué debe un tribunal ordenar el decomiso y la "
                                        "destrucción de los dispositivos que contienen material de "
                                        "abuso?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Para que el material nunca se devuelva ni vuelva "
                                                "a circular, protegiendo a los niños que aparecen "
                                                "en él."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correcto. Los archivos borrados a menudo pueden "
                                                "recuperarse, así que deben eliminarse los propios "
                                                "dispositivos."
                                            ),
                                        },
                                        {
                                            "text": "Como sanción económica adicional.",
                                            "correct": False,
                                            "feedback": "La finalidad es proteger, no castigar.",
                                        },
                                        {
                                            "text": (
                                                "Solo para que la policía pueda reutilizar los "
                                                "dispositivos."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Los dispositivos que contienen material de abuso "
                                                "se destruyen, no se reutilizan."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
                "quiz": {
                    "title": "Penas y medidas: cuestionario",
                    "pass_mark": 80,
                    "questions": [
                        {
                            "text": (
                                "¿Qué factores suelen considerarse agravantes? Seleccione todas "
                                "las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "El abuso de una posición de confianza",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La confianza hace posible el abuso y agrava el "
                                        "daño."
                                    ),
                                },
                                {
                                    "text": "Dirigir un abuso transmitido en directo",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El agresor participa en un abuso en tiempo real."
                                    ),
                                },
                                {
                                    "text": "Dirigirse a varios niños",
                                    "correct": True,
                                    "feedback": "Correcto. Más niños significa más daño.",
                                },
                                {
                                    "text": "Una pronta conformidad con la acusación",
                                    "correct": False,
                                    "feedback": (
                                        "Una pronta conformidad suele reducir la pena, y evita que "
                                        "el niño tenga que declarar."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Cómo debe valorarse en la condena un número pequeño de imágenes?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Como algo grave: cada elemento registra el abuso de un "
                                        "niño real, y la posesión alimenta la demanda"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. El volumen importa, pero nunca convierte un "
                                        "delito en algo trivial."
                                    ),
                                },
                                {
                                    "text": "Como algo trivial, que no merece sanción",
                                    "correct": False,
                                    "feedback": "Cada elemento registra el abuso de un niño.",
                                },
                                {
                                    "text": "Como relevante solo si las imágenes se compartieron",
                                    "correct": False,
                                    "feedback": (
                                        "La posesión en sí alimenta la demanda y daña a los niños "
                                        "que aparecen en el material."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": "¿Qué término debe figurar en las resoluciones?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Material de abuso sexual infantil",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Es el término que recomiendan las Orientaciones "
                                        "de Luxemburgo."
                                    ),
                                },
                                {
                                    "text": "Términos tomados del entretenimiento para adultos",
                                    "correct": False,
                                    "feedback": (
                                        "Esos términos sugieren legitimidad y las Orientaciones de "
                                        "Luxemburgo los desaconsejan."
                                    ),
                                },
                                {
                                    "text": "El término que usó el agresor",
                                    "correct": False,
                                    "feedback": (
                                        "Una resolución nunca debe adoptar el relato del agresor."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Qué medidas pueden proteger a los niños después de la condena? "
                                "Seleccione todas las que correspondan."
                            ),
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Prohibiciones redactadas con precisión",
                                    "correct": True,
                                    "feedback": "Correcto. La precisión las hace ejecutables.",
                                },
                                {
                                    "text": (
                                        "Órdenes de no comunicación con la víctima y su familia"
                                    ),
                                    "correct": True,
                                    "feedback": "Correcto. Protegen al niño de nuevos contactos.",
                                },
                                {
                                    "text": (
                                        "El decomiso y la destrucción de dispositivos y material"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. Impiden que el material vuelva a circular."
                                    ),
                                },
                                {
                                    "text": (
                                        "Devolver los dispositivos al agresor una vez borrados los "
                                        "archivos"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Los archivos borrados pueden recuperarse; el decomiso y "
                                        "la destrucción impiden que vuelvan a circular."
                                    ),
                                },
                            ],
                        },
                        {
                            "text": (
                                "¿Cómo deben tratarse las declaraciones de impacto de niños "
                                "víctimas?"
                            ),
                            "kind": "single",
                            "options": [
                                {
                                    "text": (
                                        "Facilitándolas de forma que no causen más angustia, sin "
                                        "presionar nunca al niño para hacerlas"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto. La decisión corresponde al niño y a sus "
                                        "cuidadores."
                                    ),
                                },
                                {
                                    "text": "Exigiéndolas en todos los casos",
                                    "correct": False,
                                    "feedback": (
                                        "Una declaración es una posibilidad, no una obligación."
                                    ),
                                },
                                {
                                    "text": "Haciendo que el niño las lea en audiencia pública",
                                    "correct": False,
                                    "feedback": (
                                        "Esto expone al niño a más angustia; existen otras formas."
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
