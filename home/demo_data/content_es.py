"""Spanish demo guidance, a full translation of content_en, to the content guidelines."""

HOME = {
    "title": "Proteger a niñas, niños y adolescentes en internet",
    "intro": (
        "Orientación clara y serena para madres, padres y personas cuidadoras, docentes y jóvenes "
        "sobre la explotación y el abuso sexual infantil en línea, y dónde pedir ayuda en tu país."
    ),
    "help_title": "Pide ayuda ahora",
    "help_text": (
        "Si un niño o una niña está en peligro inmediato, llama al número de emergencias de tu "
        "país. Para denunciar material de abuso sexual infantil, conseguir que se retire una "
        "imagen o hablar con alguien de forma confidencial, busca los servicios de tu país."
    ),
}

AUDIENCES = {
    "parents": {
        "title": "Madres, padres y personas cuidadoras",
        "intro": (
            "Pasos prácticos para ayudar a tu hijo o hija a estar seguro en internet, las señales "
            "a las que prestar atención y qué hacer si algo ya ha ocurrido."
        ),
        "body": [
            ("heading", "Hablar es la primera protección"),
            (
                "paragraph",
                (
                    "<p>Un niño o una niña que puede hablar con una persona adulta tranquila e "
                    "interesada está más protegido que quien solo es vigilado. No hace falta ser "
                    "experto en aplicaciones ni en videojuegos. Pregunta a tu hijo o hija qué le "
                    "gusta hacer en internet, con quién habla y qué haría si algo le pareciera "
                    "raro. Mantén la puerta abierta conservando la calma cuando te cuente cosas, "
                    "aunque lo que diga te preocupe.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Cinco cosas que puedes hacer esta semana",
                    "steps": [
                        (
                            "Pide a tu hijo o hija que te enseñe un juego o una aplicación que le "
                            "guste y pasa diez minutos usándolo con él o ella."
                        ),
                        (
                            "Acuerda con tu hijo o hija con quién puede hablar en internet y qué "
                            "hacer si alguien desconocido se pone en contacto."
                        ),
                        (
                            "Revisa con tu hijo o hija la configuración de privacidad: perfil "
                            "privado, sin compartir la ubicación y mensajes solo de amistades."
                        ),
                        (
                            "Dile, con tus propias palabras, que siempre puede acudir a ti y que "
                            "no se meterá en líos por contártelo."
                        ),
                        (
                            "Busca los servicios de ayuda de tu país para saber adónde acudir si "
                            "algún día los necesitas."
                        ),
                    ],
                },
            ),
            (
                "warning_signs",
                {
                    "title": "Señales de que algo puede ir mal",
                    "signs": [
                        (
                            "Se vuelve reservado con un móvil, un juego o una cuenta, o cambia "
                            "rápido de pantalla cuando te acercas"
                        ),
                        (
                            "Una nueva amistad en internet de la que no quiere hablar, o regalos, "
                            "créditos de juego o dinero que no te explicas"
                        ),
                        "Parece ansioso, retraído o asustado después de estar conectado",
                        "Menciona a un amigo mayor que le entiende mejor que su familia",
                        "Pide dinero o tarjetas regalo de repente, o vende sus cosas",
                        "Borra cuentas o evita un dispositivo que antes le encantaba",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Una sola señal no significa que tu hijo o hija esté sufriendo daño. El "
                    "estado de ánimo cambia por muchas razones. Si notas varias señales, o algo no "
                    "te cuadra, elige un momento tranquilo para hablar.</p>"
                ),
            ),
            ("heading", "Si tu hijo o hija te cuenta que ha pasado algo"),
            (
                "paragraph",
                (
                    "<p>Mantén la calma, escucha y agradécele que te lo haya contado. Déjale claro "
                    "que no es su culpa y que no se ha metido en ningún lío: la responsabilidad es "
                    "de la persona que le hizo daño o le amenazó. No le quites los dispositivos "
                    "como castigo, porque quien teme perder el móvil suele dejar de contar las "
                    "cosas. No borres todavía los mensajes y <strong>nunca copies ni reenvíes "
                    "imágenes</strong>, ni siquiera para denunciarlas.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Pide ayuda ahora",
                    "text": (
                        "Encuentra las líneas de denuncia, las líneas de ayuda y los servicios de "
                        "retirada de imágenes de tu país en la página «Denunciar y pedir ayuda»."
                    ),
                },
            ),
        ],
        "age_bands": {},
    },
    "teachers": {
        "title": "Docentes",
        "intro": (
            "Planes de clase listos para usar por franja de edad, preguntas para el debate y qué "
            "hacer cuando un alumno o una alumna te cuenta que está sufriendo daño."
        ),
        "body": [
            ("heading", "Enseñar seguridad en internet sin miedo"),
            (
                "paragraph",
                (
                    "<p>La prevención funciona mejor cuando es regular, adecuada a la edad del "
                    "grupo y centrada en lo que los niños y niñas pueden hacer: reconocer la "
                    "presión, contar los secretos que les hacen sentir incómodos y saber qué "
                    "personas adultas y qué servicios pueden ayudarles. Evita las historias que "
                    "asustan y no uses nunca casos ni imágenes reales. Céntrate en las "
                    "habilidades, no en el impacto.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Antes de dar una clase sobre seguridad en internet",
                    "steps": [
                        (
                            "Lee el protocolo de protección de la infancia de tu centro y "
                            "comprueba quién es la persona responsable de protección."
                        ),
                        (
                            "Avisa a la persona responsable de protección de cuándo será la clase, "
                            "porque después puede haber revelaciones."
                        ),
                        (
                            "Fija normas con el grupo: nadie cuenta historias personales propias "
                            "ni ajenas durante la clase, y quien quiera hablar puede hacerlo "
                            "después en privado con una persona adulta de confianza."
                        ),
                        (
                            "Ten preparados los nombres de las personas adultas de confianza del "
                            "centro y la línea de ayuda a la infancia de tu país, para "
                            "compartirlos al final de cada clase."
                        ),
                        "Planifica una actividad tranquila y positiva para cerrar la clase.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": (
                        "Nunca pidas a los niños y niñas que cuenten sus experiencias en clase"
                    ),
                    "text": (
                        "Las clases enseñan qué hacer y adónde acudir. No son el lugar para "
                        "preguntar por experiencias propias. Si un alumno o una alumna empieza a "
                        "contar algo personal, detenle con delicadeza, dile que te gustaría hablar "
                        "justo después de la clase y sigue el protocolo de protección."
                    ),
                },
            ),
            ("heading", "Si un alumno o una alumna te cuenta algo"),
            (
                "steps",
                {
                    "title": "Cómo responder a una revelación",
                    "steps": [
                        (
                            "Escucha con calma. Deja que hable con sus propias palabras; no hagas "
                            "preguntas que sugieran respuestas ni insistas en los detalles."
                        ),
                        "Tranquilízale: ha hecho bien en contártelo y no es su culpa.",
                        (
                            "No prometas guardar el secreto. Explica que se lo contarás a la "
                            "persona cuyo trabajo es ayudar a protegerle."
                        ),
                        (
                            "No mires, copies, reenvíes ni guardes ninguna imagen, ni siquiera "
                            "como prueba."
                        ),
                        (
                            "Anota lo que te ha dicho, con sus palabras, la fecha y la hora, lo "
                            "antes posible."
                        ),
                        (
                            "Informa a la persona responsable de protección ese mismo día y sigue "
                            "sus indicaciones."
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Pide ayuda ahora",
                    "text": (
                        "Encuentra las líneas de denuncia, las líneas de ayuda y los servicios de "
                        "retirada de imágenes de tu país en la página «Denunciar y pedir ayuda»."
                    ),
                },
            ),
        ],
        "age_bands": {},
    },
    "young-people": {
        "title": "Jóvenes",
        "intro": (
            "Respuestas claras para estar seguro en internet y qué hacer si algo ha salido mal. "
            "Pase lo que pase, nunca es tu culpa."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Esta parte de la web es para ti. Elige tu edad más abajo para encontrar "
                    "consejos escritos para ti. Si algo te preocupa ahora mismo, no hace falta que "
                    "lo leas todo. Ve directamente a la página de ayuda.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Si ha pasado algo",
                    "text": (
                        "Nunca es tu culpa. Deja de hablar con esa persona. No pagues ni envíes "
                        "nada más. Guarda los mensajes y cuéntaselo a una persona adulta de "
                        "confianza. Puedes denunciarlo y conseguir que se retiren las imágenes."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Qué hacer ahora mismo",
                    "steps": [
                        "Deja de responder a esa persona.",
                        "No pagues y no envíes nada más.",
                        (
                            "Guarda los mensajes y el nombre de usuario de esa persona. Haz "
                            "capturas de pantalla del chat, no de las imágenes."
                        ),
                        "Cuéntaselo a una persona adulta de confianza.",
                        (
                            "Denuncia la cuenta en la aplicación o el juego, y denúncialo a una "
                            "línea de denuncia o a la policía."
                        ),
                        (
                            "Pide que se retiren las imágenes con Take It Down (en todo el mundo) "
                            "o Report Remove (Reino Unido, menores de 18 años)."
                        ),
                    ],
                },
            ),
        ],
        "age_bands": {
            "8-10": {
                "title": "De 8 a 10 años",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Internet puede ser divertido. Puedes jugar, aprender y hablar con "
                            "tus amigos. Pero algunas personas en internet no son quienes dicen "
                            "ser.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Recuerda estas reglas",
                            "steps": [
                                "No digas tu nombre real, tu colegio ni tu dirección.",
                                "Chatea solo con personas que conoces en la vida real.",
                                (
                                    "Si alguien te pide que guardes un secreto, cuéntaselo a una "
                                    "persona adulta de confianza."
                                ),
                                (
                                    "Si algo te pone triste, te da miedo o te confunde, para y "
                                    "cuéntaselo a una persona adulta."
                                ),
                                "No te vas a meter en ningún lío por contarlo.",
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Una buena sorpresa, como un regalo de cumpleaños, se puede guardar "
                            "un ratito. Un secreto que te preocupa nunca está bien. Cuéntaselo a "
                            "una persona adulta de confianza, como tu madre, tu padre, quien te "
                            "cuida o tu profe.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "Siempre puedes contárselo a alguien",
                            "text": (
                                "Nunca es tu culpa. Una persona adulta de confianza te puede "
                                "ayudar. También puedes llamar a una línea de ayuda para niños y "
                                "niñas. Allí te escuchan y te tratan con cariño."
                            ),
                        },
                    ),
                ],
            },
            "11-13": {
                "title": "De 11 a 13 años",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Los juegos, los chats y las redes sociales son una parte "
                            "importante de tu vida. La mayoría de la gente que conoces en internet "
                            "es de fiar. Pero algunas personas adultas se hacen pasar por jóvenes "
                            "para acercarse a niños y niñas. Esto se llama grooming.</p>"
                        ),
                    ),
                    (
                        "warning_signs",
                        {
                            "title": "Ten cuidado si alguien en internet",
                            "signs": [
                                "te hace muchos cumplidos o regalos, como créditos para un juego",
                                "quiere pasar la conversación a una aplicación privada",
                                "te pide que mantengas en secreto lo que habla contigo",
                                "te pide fotos tuyas",
                                "dice que nadie te entiende como esa persona",
                                "se enfada o te amenaza cuando dices que no",
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Si te pasa esto, no es tu culpa. No has hecho nada malo. Deja de "
                            "chatear, guarda los mensajes y cuéntaselo a una persona adulta de "
                            "confianza. También puedes bloquear y denunciar la cuenta.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "Habla con alguien",
                            "text": (
                                "Cuéntaselo a una persona adulta de confianza o contacta con una "
                                "línea de ayuda para jóvenes. No te vas a meter en ningún lío."
                            ),
                        },
                    ),
                ],
            },
            "14-17": {
                "title": "De 14 a 17 años",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Sabes moverte por internet. Pero la presión en línea puede llegar "
                            "muy rápido: alguien que te pide imágenes, alguien a quien nunca has "
                            "visto que dice conocerte, o alguien que amenaza con difundir algo si "
                            "no pagas. Esto último se llama extorsión sexual o sextorsión. Es un "
                            "delito, y la culpa siempre es de quien lo comete.</p>"
                        ),
                    ),
                    (
                        "steps",
                        {
                            "title": "Si alguien te está amenazando",
                            "steps": [
                                "Deja de responder. No discutas ni negocies.",
                                (
                                    "No pagues y no envíes nada más. Pagar casi nunca acaba con "
                                    "las amenazas."
                                ),
                                (
                                    "Haz capturas del chat, del nombre de usuario y del enlace al "
                                    "perfil. No guardes ninguna imagen."
                                ),
                                "Bloquea y denuncia la cuenta cuando hayas guardado las pruebas.",
                                (
                                    "Cuéntaselo a una persona adulta de confianza y denúncialo a "
                                    "la policía o a una línea de denuncia."
                                ),
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Si se ha difundido una imagen tuya, o temes que pase, hay "
                            "herramientas que ayudan a retirarla. <strong>Take It Down</strong> "
                            "funciona en todo el mundo: crea una huella digital de la imagen en tu "
                            "propio dispositivo, así que nunca tienes que enviar la imagen a "
                            "nadie. <strong>Report Remove</strong> es para menores de 18 años en "
                            "el Reino Unido.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "help",
                            "title": "Nunca es tu culpa",
                            "text": (
                                "No te has metido en ningún lío y no estás solo ni sola. Encuentra "
                                "una línea de ayuda, una línea de denuncia y servicios de retirada "
                                "de imágenes de tu país en la página de ayuda."
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
            "Cómo los agresores se ganan la confianza de un niño o una niña para abusar de él o de "
            "ella o explotarle, las señales a las que prestar atención y cómo responder."
        ),
    },
    "sexual-extortion": {
        "title": "Extorsión sexual (sextorsión)",
        "intro": (
            "Cuando alguien amenaza con difundir imágenes sexuales de un niño o una niña si no "
            "paga o envía más, y qué hacer de inmediato."
        ),
    },
    "self-generated-images": {
        "title": "Imágenes sexuales autogeneradas",
        "intro": (
            "Imágenes que niños, niñas y adolescentes toman de sí mismos, a menudo bajo presión o "
            "tras un engaño, y cómo conseguir que se retiren sin culpar a nadie."
        ),
    },
    "live-streamed-abuse": {
        "title": "Abuso sexual infantil transmitido en directo",
        "intro": (
            "Qué es el abuso sexual infantil transmitido en directo, los patrones que conviene "
            "conocer y cómo denunciarlo."
        ),
    },
    "gaming-and-chat": {
        "title": "Videojuegos y chats",
        "intro": (
            "Cómo estar seguro en los juegos en línea, los chats de voz y las aplicaciones de "
            "mensajería, donde muchos niños y niñas conocen a personas desconocidas."
        ),
    },
    "reporting": {
        "title": "Denunciar",
        "intro": (
            "Cómo denunciar material de abuso sexual infantil, grooming y amenazas, de forma "
            "anónima cuando sea posible, y dónde pedir que se retiren imágenes."
        ),
    },
}

GUIDES = {
    "talking-with-your-child": {
        "title": "Hablar con tu hijo o hija sobre la seguridad en internet",
        "summary": (
            "Las conversaciones abiertas y frecuentes son la mejor protección. Cómo empezar, qué "
            "decir a cada edad y cómo conseguir que siga hablando contigo."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Los niños y niñas que se sienten capaces de contar a su madre, su padre o "
                    "quien les cuida cuando algo va mal en internet están mucho más protegidos que "
                    "quienes solo son vigilados. Los filtros y la configuración ayudan, pero no "
                    "detectan a una persona que se va ganando poco a poco la confianza de un niño. "
                    "Tu hijo o hija sí puede detectarla, si sabe en qué fijarse y sabe que vas a "
                    "reaccionar con calma.</p>"
                ),
            ),
            ("heading", "Empieza pronto y haz que sea algo normal"),
            (
                "paragraph",
                (
                    "<p>Habla de su vida en internet como hablas del colegio o de sus amistades: a "
                    "menudo, brevemente y con interés. Las conversaciones cortas en el coche o "
                    "durante una comida funcionan mejor que una única charla larga y seria. Haz "
                    "preguntas abiertas y escucha más de lo que hablas. Si no entiendes un juego o "
                    "una aplicación, pídele que te lo enseñe: a los niños les encanta ser los "
                    "expertos.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Para empezar la conversación",
                    "steps": [
                        "¿Qué es lo mejor que has visto o jugado en internet esta semana?",
                        "¿Con quién te gusta hablar en tus juegos o aplicaciones?",
                        "¿Alguna vez alguien en internet te ha pedido algo que te pareció raro?",
                        (
                            "¿Qué harías si alguien a quien solo conoces por internet te pidiera "
                            "que guardaras un secreto?"
                        ),
                        (
                            "Si a un amigo o una amiga le estuvieran presionando en internet, ¿qué "
                            "le dirías que hiciera?"
                        ),
                    ],
                },
            ),
            ("heading", "Qué decir a cada edad"),
            (
                "paragraph",
                (
                    "<p><strong>Menos de 10 años:</strong> hazlo sencillo. La gente en internet no "
                    "siempre es quien dice ser. Las buenas sorpresas están bien, pero un secreto "
                    "que te preocupa hay que contárselo siempre a una persona "
                    "adulta.</p><p><strong>De 11 a 13 años:</strong> habla de las amistades en "
                    "internet, de los cumplidos y regalos que esconden algo a cambio, y de qué "
                    "hacer si alguien pide fotos.</p><p><strong>De 14 a 17 años:</strong> habla de "
                    "la presión para compartir imágenes, de la sextorsión y de los servicios que "
                    "ayudan a retirar imágenes. Deja claro que le vas a ayudar, no a castigar.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Haz que sea seguro contarte las cosas",
                    "steps": [
                        (
                            "Dilo en voz alta: «Pase lo que pase en internet, me lo puedes contar "
                            "y no te vas a meter en ningún lío»."
                        ),
                        "No amenaces con quitarle los dispositivos si te cuenta un problema.",
                        (
                            "Mantén la calma si te cuenta algo preocupante. Respira y di: «Gracias "
                            "por contármelo»."
                        ),
                        (
                            "Acuerda con tu hijo o hija otras personas adultas de confianza a las "
                            "que pueda acudir si le cuesta hablar contigo."
                        ),
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Preguntas frecuentes",
                    "items": [
                        {
                            "question": "¿Debería leer los mensajes de mi hijo o hija?",
                            "answer": (
                                "<p>Con los más pequeños, es razonable sentarse a su lado mientras "
                                "están conectados y usar el control parental. Con adolescentes, "
                                "vigilar a escondidas puede dañar la confianza y hacer que acudan "
                                "menos a ti. Acuerda las normas abiertamente y explica por qué son "
                                "importantes.</p>"
                            ),
                        },
                        {
                            "question": "Mi hijo dice que me preocupo demasiado. ¿Qué hago?",
                            "answer": (
                                "<p>Mantén las conversaciones cortas y ligeras, comparte algo que "
                                "hayas aprendido y vuelve al tema más adelante. Los niños y niñas "
                                "suelen recordar que estás dispuesto a hablar, aunque pongan los "
                                "ojos en blanco.</p>"
                            ),
                        },
                        {
                            "question": "¿Y si mi hijo o hija ya ha compartido una imagen?",
                            "answer": (
                                "<p>Responde sin culpar. Nunca es culpa de un niño o una niña que "
                                "alguien le presione o le engañe. Lee nuestra guía sobre "
                                "sextorsión y usa la página de ayuda para encontrar servicios que "
                                "retiran imágenes.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Pide ayuda ahora",
                    "text": (
                        "Encuentra las líneas de denuncia, las líneas de ayuda y los servicios de "
                        "retirada de imágenes de tu país en la página «Denunciar y pedir ayuda»."
                    ),
                },
            ),
        ],
    },
    "recognising-grooming": {
        "title": "Cómo reconocer el grooming",
        "summary": (
            "Cómo los agresores se ganan la confianza de un niño o una niña en internet, las "
            "señales de alerta para familias y docentes, y qué hacer si te preocupa."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>El grooming es cuando alguien se gana la confianza de un niño o una niña, "
                    "y a menudo la de las personas adultas de su entorno, para abusar sexualmente "
                    "de él o de ella o explotarle. En internet puede ocurrir en cualquier lugar "
                    "donde los niños hablan con otras personas: juegos, redes sociales, "
                    "aplicaciones de mensajería y sitios de transmisión en directo. El agresor "
                    "puede hacerse pasar por alguien de edad parecida, o no ocultar que es mayor y "
                    "presentarse como un mentor o un amigo especial.</p>"
                ),
            ),
            ("heading", "Cómo suele desarrollarse el grooming"),
            (
                "paragraph",
                (
                    "<p>El grooming rara vez empieza con algo que parezca raro. Suele seguir un "
                    "patrón:</p><ul><li><strong>Atención:</strong> mensajes amables, cumplidos, "
                    "ayuda en un juego, regalos o créditos de juego.</li><li><strong>Confianza y "
                    "aislamiento:</strong> pasar a una aplicación privada, insinuar que la familia "
                    "o las amistades no lo entenderían.</li><li><strong>Secreto:</strong> pedir "
                    "que las conversaciones sean secretas.</li><li><strong>Poner a prueba los "
                    "límites:</strong> preguntas personales, peticiones de fotos, conversaciones "
                    "sexuales introducidas poco a poco.</li><li><strong>Control:</strong> usar lo "
                    "que el niño o la niña ha compartido para presionarle o amenazarle.</li></ul>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Señales de que un niño o una niña puede estar sufriendo grooming",
                    "signs": [
                        "Pasa más tiempo conectado, a menudo de noche, y lo oculta",
                        "Una nueva amistad de internet de la que habla mucho, o nada",
                        (
                            "Regalos, dinero, créditos de juego, o un móvil o una tarjeta SIM "
                            "nuevos sin explicación"
                        ),
                        "Usa un lenguaje o tiene conocimientos sexuales inesperados para su edad",
                        (
                            "Cambios de humor: ansiedad, aislamiento, irritabilidad o disgusto "
                            "después de estar conectado"
                        ),
                        "Se aleja de su familia y amistades, o dice que nadie le entiende",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Estas señales pueden tener otras explicaciones. Lo importante es notar los "
                    "cambios y darle al niño o la niña una oportunidad tranquila de hablar.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Si te preocupa",
                    "steps": [
                        (
                            "Habla con el niño o la niña en un momento tranquilo y en privado. Haz "
                            "preguntas abiertas como: «¿Con quién has estado chateando "
                            "últimamente?»."
                        ),
                        (
                            "Escucha sin culpar. Quien comete grooming es siempre responsable, "
                            "nunca el niño o la niña."
                        ),
                        (
                            "No te enfrentes tú al presunto agresor. Puedes poner en riesgo al "
                            "niño o la niña y perder pruebas."
                        ),
                        (
                            "Guarda pruebas: nombres de usuario, enlaces a perfiles, fechas y "
                            "capturas de los mensajes. No copies ni reenvíes ninguna imagen."
                        ),
                        (
                            "Denúncialo a la policía y a la plataforma. Docentes: informen a la "
                            "persona responsable de protección ese mismo día."
                        ),
                        "Busca apoyo para el niño o la niña, y para ti, en una línea de ayuda.",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Preguntas frecuentes",
                    "items": [
                        {
                            "question": (
                                "¿Puede cometer grooming alguien a quien el niño o la niña ya "
                                "conoce?"
                            ),
                            "answer": (
                                "<p>Sí. El grooming puede venir de alguien a quien el niño, la "
                                "niña o la familia ya conocen, incluidas personas en posiciones de "
                                "confianza. Las mismas señales y los mismos pasos sirven.</p>"
                            ),
                        },
                        {
                            "question": (
                                "Mi hija dice que esa persona es solo una amiga. ¿Aun así debo "
                                "denunciarlo?"
                            ),
                            "answer": (
                                "<p>Si una persona adulta busca contacto secreto con un niño o una "
                                "niña, le pide imágenes o introduce conversaciones sexuales, "
                                "denúncialo. No necesitas estar seguro: la policía y las líneas de "
                                "denuncia están formadas para valorar lo que compartes.</p>"
                            ),
                        },
                        {
                            "question": "¿Denunciar puede empeorar las cosas para mi hijo o hija?",
                            "answer": (
                                "<p>Denunciar es la forma de detener a los agresores. Informa a la "
                                "policía de cualquier amenaza para que pueda proteger a tu hijo o "
                                "hija. Una línea de ayuda puede explicarte qué esperar.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Pide ayuda ahora",
                    "text": (
                        "Encuentra las líneas de denuncia, las líneas de ayuda y los servicios de "
                        "retirada de imágenes de tu país en la página «Denunciar y pedir ayuda»."
                    ),
                },
            ),
        ],
    },
    "if-your-child-is-being-sexually-extorted": {
        "title": "Si tu hijo o hija sufre sextorsión",
        "summary": (
            "Alguien amenaza con difundir imágenes sexuales de tu hijo o hija si no paga o envía "
            "más. Qué hacer primero, qué decir y cómo conseguir que se retiren las imágenes."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>La extorsión sexual, a menudo llamada sextorsión, es cuando alguien "
                    "amenaza con difundir imágenes sexuales de un niño o una niña si no paga, no "
                    "envía más imágenes o no hace lo que le exigen. A veces las imágenes son "
                    "reales; a veces son falsas, o la persona no tiene ninguna imagen. Los "
                    "agresores suelen hacerse pasar por jóvenes, van muy rápido y provocan pánico. "
                    "Es un delito, y tu hijo o hija es la víctima.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Lo primero, mantén la calma",
                    "text": (
                        "Tu hijo o hija puede sentir miedo y vergüenza. Tu calma es lo que más le "
                        "ayuda. Dile: «No es tu culpa. No te has metido en ningún lío. Lo vamos a "
                        "resolver juntos»."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Qué hacer ahora",
                    "steps": [
                        (
                            "Corta todo contacto con esa persona. No respondas, no discutas ni "
                            "negocies."
                        ),
                        (
                            "No pagues ni envíes nada más. Pagar rara vez acaba con las amenazas y "
                            "a menudo trae nuevas exigencias."
                        ),
                        (
                            "Guarda pruebas: capturas de los mensajes, del nombre de usuario, del "
                            "enlace al perfil y de cualquier dato de pago que pidiera. No hagas "
                            "capturas ni guardes o reenvíes ninguna imagen sexual."
                        ),
                        (
                            "Una vez guardadas las pruebas, bloquea la cuenta y denúnciala en la "
                            "plataforma."
                        ),
                        (
                            "Denúncialo a la policía. En muchos países también puedes hacerlo ante "
                            "una línea de denuncia."
                        ),
                        (
                            "Pide que se retiren las imágenes. Take It Down funciona en todo el "
                            "mundo para imágenes tomadas antes de los 18 años; Report Remove ayuda "
                            "a jóvenes en el Reino Unido."
                        ),
                        "Busca apoyo para tu hijo o hija y para ti en una línea de ayuda.",
                    ],
                },
            ),
            ("heading", "Cómo hablar con tu hijo o hija"),
            (
                "paragraph",
                (
                    "<p>Deja que te cuente lo que ha pasado a su ritmo. Evita preguntas que suenen "
                    "a reproche, como «¿Por qué lo enviaste?». Los agresores saben manipular muy "
                    "bien a los jóvenes, y cualquiera puede caer en un engaño. Tranquilízale: esto "
                    "pasará, hay ayuda y no tiene que resolverlo en soledad.</p><p>Si tu hijo o "
                    "hija parece muy angustiado o habla de hacerse daño, quédate a su lado y "
                    "contacta de inmediato con una línea de ayuda o con los servicios de "
                    "emergencia.</p>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Señales de que tu hijo o hija puede estar sufriendo sextorsión",
                    "signs": [
                        (
                            "Miedo, pánico o angustia repentinos relacionados con el móvil o con "
                            "un mensaje"
                        ),
                        "Pide dinero o tarjetas regalo sin un motivo claro",
                        "Se aísla de su familia y amistades, o no quiere ir al instituto",
                        "Borra cuentas de repente, o es muy reservado con una de ellas",
                        "Dice que se siente atrapado o que su vida se ha acabado",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Preguntas frecuentes",
                    "items": [
                        {
                            "question": "¿Difundirán las imágenes si dejamos de responder?",
                            "answer": (
                                "<p>Muchos agresores se rinden cuando no obtienen respuesta, pero "
                                "nadie puede garantizarlo. Por eso importan la denuncia y los "
                                "servicios de retirada de imágenes: ayudan a frenar la difusión si "
                                "las imágenes llegan a compartirse.</p>"
                            ),
                        },
                        {
                            "question": "¿Se meterá mi hijo o hija en problemas por las imágenes?",
                            "answer": (
                                "<p>Los niños y niñas explotados son víctimas. La policía y las "
                                "líneas de denuncia se centran en la persona que les amenazó. Si "
                                "tienes dudas, una línea de ayuda puede explicarte cómo funciona "
                                "en tu país.</p>"
                            ),
                        },
                        {
                            "question": "¿Debemos borrarlo todo?",
                            "answer": (
                                "<p>No hasta haber guardado las pruebas descritas arriba y haber "
                                "presentado las denuncias. Después puedes bloquear la cuenta y "
                                "revisar con tu hijo o hija la configuración de tu hijo o hija.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Pide ayuda ahora",
                    "text": (
                        "Encuentra las líneas de denuncia, las líneas de ayuda y los servicios de "
                        "retirada de imágenes de tu país en la página «Denunciar y pedir ayuda»."
                    ),
                },
            ),
        ],
    },
    "gaming-and-chat-safety": {
        "title": "Videojuegos y chats: guía para familias",
        "summary": (
            "Los juegos y las aplicaciones de chat son donde muchos niños y niñas conocen a "
            "personas desconocidas. Qué configuración revisar, qué señales vigilar y cómo seguir "
            "implicado."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Los juegos en línea son espacios sociales. Los niños y niñas chatean por "
                    "texto y por voz, forman equipo con personas que no conocen e intercambian "
                    "objetos. La mayor parte es positiva. Pero los agresores también usan los "
                    "juegos para contactar con niños, a menudo ofreciendo ayuda, créditos u "
                    "objetos del juego, y después llevando la conversación a una aplicación de "
                    "mensajería privada donde a las personas adultas les cuesta más verla.</p>"
                ),
            ),
            ("heading", "Conoce los juegos a los que juega tu hijo o hija"),
            (
                "paragraph",
                (
                    "<p>Pídele que te enseñe cómo funciona el juego, con quién juega y cómo "
                    "funciona el chat. Revisa la clasificación por edades y las funciones de "
                    "seguridad. Jugar juntos de vez en cuando le demuestra que te interesa, no que "
                    "desconfías, y le facilita acudir a ti más adelante.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Configuración que revisar juntos",
                    "steps": [
                        (
                            "Limita el chat a amistades, o desactiva el chat de voz y de texto "
                            "para los más pequeños."
                        ),
                        (
                            "Haz el perfil privado y usa un apodo que no muestre su nombre real, "
                            "su edad ni dónde vive."
                        ),
                        "Desactiva la ubicación compartida.",
                        "Pon límites de gasto o exige tu aprobación para las compras.",
                        (
                            "Aprende a bloquear y denunciar a un jugador, y practícalo con tu hijo "
                            "o hija."
                        ),
                        "Revisa con tu hijo o hija la lista de amistades de vez en cuando.",
                    ],
                },
            ),
            (
                "warning_signs",
                {
                    "title": "Señales a las que prestar atención",
                    "signs": [
                        (
                            "Un jugador conocido en internet que le da muchos objetos, créditos o "
                            "atención"
                        ),
                        "Le piden pasar a otra aplicación o a un servidor privado",
                        "Juega a horas poco habituales o esconde la pantalla",
                        (
                            "Se disgusta después de jugar, o de repente se niega a jugar a su "
                            "juego favorito"
                        ),
                        "Compras sin explicación o peticiones de tarjetas regalo",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Acuerda en familia unas pocas normas sencillas: por la noche los "
                    "dispositivos se cargan fuera de los dormitorios; nadie pasa a un chat privado "
                    "con alguien a quien solo conoce de un juego; y quien reciba peticiones de "
                    "fotos, datos personales o secretos se lo cuenta a una persona adulta de la "
                    "familia. Explica que estas normas sirven para que el juego siga siendo "
                    "divertido y seguro, no para espiar.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Preguntas frecuentes",
                    "items": [
                        {
                            "question": "¿Es más arriesgado el chat de voz que el de texto?",
                            "answer": (
                                "<p>El chat de voz es más difícil de revisar después y puede "
                                "sentirse más personal. Para los más pequeños, es sensato "
                                "desactivarlo o limitarlo a amistades que conocen en la vida "
                                "real.</p>"
                            ),
                        },
                        {
                            "question": "¿Debería prohibir los juegos en línea?",
                            "answer": (
                                "<p>Prohibir los juegos suele hacer que se juegue a escondidas. "
                                "Una configuración segura, tu interés y unas normas claras "
                                "protegen mejor, y hacen que sigan acudiendo a ti cuando algo va "
                                "mal.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Pide ayuda ahora",
                    "text": (
                        "Encuentra las líneas de denuncia, las líneas de ayuda y los servicios de "
                        "retirada de imágenes de tu país en la página «Denunciar y pedir ayuda»."
                    ),
                },
            ),
        ],
    },
    "live-streamed-abuse-awareness": {
        "title": (
            "Abuso sexual infantil transmitido en directo: lo que deben saber las personas adultas"
        ),
        "summary": (
            "Cómo se usa la transmisión en directo para abusar de niños y niñas y explotarles, los "
            "patrones documentados por las líneas de denuncia y la policía, y cómo denunciar."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>El abuso sexual infantil transmitido en directo es un abuso que se emite "
                    "en tiempo real por videollamada o en plataformas de streaming. Como ocurre en "
                    "directo, puede dejar menos rastro que las imágenes, por lo que estar alerta y "
                    "denunciar es especialmente importante. Esta guía describe patrones, no actos, "
                    "para que las personas adultas puedan reconocer los riesgos y actuar.</p>"
                ),
            ),
            ("heading", "Patrones que conviene conocer"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Presión durante un vídeo en directo:</strong> un agresor "
                    "contacta con un niño o una niña a través de un juego, una aplicación o un "
                    "sitio de streaming, se gana su confianza y después le presiona durante una "
                    "videollamada. Pueden engañarle, halagarle o amenazarle.</li><li><strong>Abuso "
                    "pagado desde el extranjero:</strong> a veces llamado «trata virtual», es "
                    "cuando agresores de un país pagan por ver cómo se abusa de niños y niñas en "
                    "otro. A veces este abuso lo facilitan familiares u otras personas adultas "
                    "cercanas al niño o la niña.</li><li><strong>Quién sufre el daño:</strong> las "
                    "víctimas son sobre todo niñas, y muchas tienen menos de 12 años.</li></ul>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Señales que pueden indicar un riesgo",
                    "signs": [
                        (
                            "Un niño o una niña que usa a solas una webcam o una aplicación de "
                            "streaming en su dormitorio, sobre todo de noche"
                        ),
                        (
                            "Regalos, dinero o créditos enviados por personas que solo conoce por "
                            "internet"
                        ),
                        (
                            "Le piden emitir en privado o unirse a videollamadas con personas "
                            "adultas desconocidas"
                        ),
                        (
                            "Miedo, secretismo o angustia relacionados con una cámara o una "
                            "aplicación de streaming"
                        ),
                        "Comenta que alguien ve sus directos y le pide que haga cosas",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Reducir el riesgo en casa y en el centro educativo",
                    "steps": [
                        (
                            "Con los más pequeños, mantén los dispositivos con cámara en espacios "
                            "comunes."
                        ),
                        (
                            "Revisa la configuración de transmisión en directo de las aplicaciones "
                            "que usa: quién puede ver, comentar y enviar regalos."
                        ),
                        (
                            "Explica que hay personas en internet que pueden pedir a niños y niñas "
                            "que hagan cosas ante la cámara, y que deben parar y contárselo a una "
                            "persona adulta."
                        ),
                        (
                            "Enséñales que pueden terminar cualquier llamada, en cualquier "
                            "momento, sin dar explicaciones."
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Si ves o sospechas abuso transmitido en directo",
                    "steps": [
                        (
                            "Si un niño o una niña está en peligro inmediato, llama al número de "
                            "emergencias de tu país."
                        ),
                        (
                            "Denúncialo enseguida a la policía y a la plataforma, con el nombre de "
                            "usuario, el enlace, la fecha y la hora."
                        ),
                        "Denúncialo a una línea de denuncia; muchas aceptan denuncias anónimas.",
                        (
                            "No grabes, no hagas capturas ni compartas la transmisión. En su "
                            "lugar, describe por escrito lo que viste."
                        ),
                        (
                            "Si eres docente, informa a la persona responsable de protección ese "
                            "mismo día."
                        ),
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Preguntas frecuentes",
                    "items": [
                        {
                            "question": "¿Puedo denunciar de forma anónima?",
                            "answer": (
                                "<p>Sí, la mayoría de las líneas de denuncia aceptan denuncias "
                                "anónimas. En la Internet Watch Foundation, por ejemplo, cerca del "
                                "80 % de las denuncias del público son anónimas, y las denuncias "
                                "anónimas siguen siendo anónimas.</p>"
                            ),
                        },
                        {
                            "question": "¿Por qué no debo grabar la transmisión como prueba?",
                            "answer": (
                                "<p>Grabar, copiar o compartir material de abuso vuelve a hacer "
                                "daño al niño o la niña y puede ser un delito, aunque la intención "
                                "sea buena. La policía y las líneas de denuncia trabajan con las "
                                "plataformas para asegurar las pruebas mediante los procedimientos "
                                "adecuados.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Pide ayuda ahora",
                    "text": (
                        "Encuentra las líneas de denuncia, las líneas de ayuda y los servicios de "
                        "retirada de imágenes de tu país en la página «Denunciar y pedir ayuda»."
                    ),
                },
            ),
        ],
    },
    "someone-is-threatening-to-share-my-images": {
        "title": "Alguien amenaza con difundir mis imágenes",
        "summary": (
            "Si alguien dice que va a difundir tus fotos o vídeos si no pagas o envías más, eso es "
            "sextorsión. No es tu culpa, y puedes pedir ayuda ahora."
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "No te has metido en ningún lío",
                    "text": (
                        "Nunca es tu culpa. La persona que te amenaza está cometiendo un delito. A "
                        "muchos jóvenes les pasa esto, y hay ayuda."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Esto se llama extorsión sexual o sextorsión. Alguien tiene una imagen "
                    "tuya, o dice que la tiene, y amenaza con enviarla a tus amistades, a tu "
                    "familia o publicarla en internet si no pagas, no envías más imágenes o no "
                    "haces lo que quiere. A menudo se hace pasar por alguien de tu edad. Intenta "
                    "que entres en pánico para que actúes rápido. Tómate un momento. Tienes más "
                    "opciones de las que quiere hacerte creer.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Qué hacer ahora",
                    "steps": [
                        "Deja de responder. No discutas, no supliques, no negocies.",
                        (
                            "No pagues y no envíes nada más. Pagar casi nunca detiene las "
                            "amenazas. Lo normal es que traiga más exigencias."
                        ),
                        (
                            "Guarda pruebas. Haz capturas del chat, del nombre de usuario y del "
                            "enlace al perfil. No hagas capturas ni guardes ninguna imagen desnuda."
                        ),
                        (
                            "Bloquea la cuenta cuando hayas guardado las pruebas, y denúnciala en "
                            "la aplicación."
                        ),
                        (
                            "Cuéntaselo a una persona adulta de confianza: tu madre, tu padre, "
                            "quien te cuida, un profesor o profesora, el orientador u orientadora, "
                            "u otra persona adulta con quien te sientas seguro."
                        ),
                        (
                            "Denúncialo a la policía o a una línea de denuncia. Puedes hacerlo "
                            "acompañado de una persona adulta."
                        ),
                        "Pide que se retiren las imágenes (mira más abajo).",
                    ],
                },
            ),
            ("heading", "Conseguir que se retiren las imágenes"),
            (
                "paragraph",
                (
                    "<p>Aunque una imagen ya se haya difundido, puedes actuar. <strong>Take It "
                    "Down</strong>, gestionado por el National Center for Missing &amp; Exploited "
                    "Children, funciona en todo el mundo para imágenes tomadas antes de que "
                    "cumplieras 18 años. Crea una huella digital de la imagen en tu propio "
                    "dispositivo, así que nunca tienes que enviar la imagen a nadie. Las "
                    "plataformas que participan usan esa huella para encontrar y eliminar "
                    "copias.</p><p>Si vives en el Reino Unido y tienes menos de 18 años, "
                    "<strong>Report Remove</strong>, de Childline y la Internet Watch Foundation, "
                    "puede ayudarte a retirar imágenes, y Childline puede acompañarte mientras "
                    "tanto.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Si sientes que no puedes más, no estás solo ni sola. Habla con alguien "
                    "ahora: una persona adulta de confianza o una línea de ayuda. Si estás "
                    "pensando en hacerte daño, llama enseguida al número de emergencias de tu país "
                    "o a una línea de ayuda. Esta sensación pasará, y hay gente que quiere "
                    "ayudarte.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Preguntas que quizá te hagas",
                    "items": [
                        {
                            "question": "¿Me voy a meter en problemas?",
                            "answer": (
                                "<p>No. Eres víctima de un delito. La policía, las líneas de "
                                "denuncia y las líneas de ayuda están para ayudarte, no para "
                                "culparte.</p>"
                            ),
                        },
                        {
                            "question": "¿Y si ya he pagado?",
                            "answer": (
                                "<p>No pasa nada. Mucha gente paga porque tiene miedo. Deja de "
                                "pagar ahora, guarda los datos del pago como prueba y "
                                "denúncialo.</p>"
                            ),
                        },
                        {
                            "question": "¿Y si no quiero contárselo a mi familia?",
                            "answer": (
                                "<p>Elige a otra persona adulta de confianza, como un profesor o "
                                "profesora, el orientador u orientadora o algún familiar. También "
                                "puedes hablar primero con una línea de ayuda. Te ayudarán a "
                                "pensar cómo contárselo a alguien.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Pide ayuda ahora",
                    "text": (
                        "Encuentra las líneas de denuncia, las líneas de ayuda y los servicios de "
                        "retirada de imágenes de tu país en la página «Denunciar y pedir ayuda»."
                    ),
                },
            ),
        ],
    },
    "a-friend-online-is-asking-for-secrets": {
        "title": "Un amigo de internet me pide que guarde secretos",
        "summary": (
            "Si alguien que conociste en internet te pide que guardes secretos, que envíes fotos o "
            "que sigas hablando con esa persona en otra aplicación, puedes parar y contárselo a "
            "una persona adulta. No te vas a meter en ningún lío."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Hacer amigos en internet puede ser divertido. Pero a veces una persona en "
                    "internet no es quien dice ser. Puede decir que tiene tu edad cuando en "
                    "realidad es una persona adulta. Puede ser muy simpática al principio. Después "
                    "empieza a pedir cosas.</p>"
                ),
            ),
            (
                "warning_signs",
                {
                    "title": "Ten cuidado si un amigo de internet",
                    "signs": [
                        "te pide que no cuentes a nadie lo que habla contigo",
                        "te hace regalos, como monedas o skins de un juego",
                        "quiere hablar en otra aplicación",
                        "te pide fotos tuyas",
                        "te pregunta dónde vives o a qué colegio vas",
                        "dice que tu familia no lo entendería",
                        "te hace sentir miedo, culpa o confusión",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Un amigo de verdad no te pide que guardes secretos a las personas adultas "
                    "que te cuidan. Si alguien lo hace, es una señal de que algo va mal. "
                    "<strong>Nunca es tu culpa.</strong> No has hecho nada malo.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Qué hacer",
                    "steps": [
                        "Deja de chatear con esa persona.",
                        "No envíes fotos ni nada de lo que te pida.",
                        "No borres los mensajes. Una persona adulta te puede ayudar a guardarlos.",
                        (
                            "Cuéntaselo a una persona adulta de confianza, como tu madre, tu "
                            "padre, quien te cuida o tu profe."
                        ),
                        (
                            "Bloquéala y denúnciala en el juego o la aplicación, con tu persona "
                            "adulta."
                        ),
                    ],
                },
            ),
            ("heading", "Secretos buenos y secretos malos"),
            (
                "paragraph",
                (
                    "<p>Un secreto bueno es una sorpresa bonita, como un regalo de cumpleaños. Se "
                    "cuenta pronto y hace feliz a la gente. Un secreto malo te hace sentir "
                    "preocupación, tristeza o miedo. Nunca tienes que guardar un secreto malo. "
                    "Cuéntaselo a una persona adulta, aunque te hayan dicho que no lo hagas.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Preguntas que quizá te hagas",
                    "items": [
                        {
                            "question": "¿Y si ya he enviado una foto?",
                            "answer": (
                                "<p>No te has metido en ningún lío. Cuéntaselo a una persona "
                                "adulta de confianza. Te puede ayudar a que no vaya a más y a que "
                                "se retire la foto.</p>"
                            ),
                        },
                        {
                            "question": "¿Y si me dijo que pasaría algo malo si lo contaba?",
                            "answer": (
                                "<p>Quien dice eso quiere asustarte. Contárselo a una persona "
                                "adulta es lo correcto. Las personas adultas y la policía pueden "
                                "protegerte.</p>"
                            ),
                        },
                        {
                            "question": (
                                "¿A quién se lo cuento si no puedo contárselo a mi familia?"
                            ),
                            "answer": (
                                "<p>Puedes contárselo a tu profe, a otro familiar, al orientador u "
                                "orientadora del colegio o a otra persona adulta de confianza. "
                                "También puedes llamar a una línea de ayuda para niños y niñas.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Alguien te puede ayudar",
                    "text": (
                        "Pide a una persona adulta que abra contigo la página «Denunciar y pedir "
                        "ayuda». Allí están las líneas de ayuda para niños y niñas de tu país."
                    ),
                },
            ),
        ],
    },
    "i-shared-an-image-and-regret-it": {
        "title": "Compartí una imagen y me arrepiento",
        "summary": (
            "Si enviaste una foto o un vídeo desnudo o sexual y ojalá no lo hubieras hecho, no "
            "estás solo ni sola y se puede hacer algo. Cómo conseguir que se retire y quién puede "
            "ayudarte."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Muchos jóvenes envían una imagen y luego se arrepienten. Quizá te sentiste "
                    "presionado, quizá te engañaron o quizá confiabas en esa persona. Pase lo que "
                    "pase, nunca es tu culpa si alguien la difunde, te amenaza o te pide más. Y "
                    "puedes hacer algo ahora mismo.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Qué puedes hacer ahora",
                    "steps": [
                        (
                            "No envíes nada más, aunque la persona insista o prometa borrar lo que "
                            "tiene."
                        ),
                        (
                            "Si te sientes seguro para hacerlo, pide a la persona que borre la "
                            "imagen. Si se niega o te amenaza, deja de responder."
                        ),
                        (
                            "Guarda los mensajes y el nombre de usuario por si tienes que "
                            "denunciar. No guardes ni reenvíes la imagen."
                        ),
                        (
                            "Cuéntaselo a una persona adulta de confianza. Te puede ayudar con los "
                            "siguientes pasos."
                        ),
                        (
                            "Usa una herramienta de retirada para evitar que la imagen se difunda "
                            "(mira más abajo)."
                        ),
                        (
                            "Denuncia la cuenta en la aplicación si alguien difunde la imagen o te "
                            "amenaza."
                        ),
                    ],
                },
            ),
            ("heading", "Cómo conseguir que se retire una imagen"),
            (
                "paragraph",
                (
                    "<p><strong>Take It Down</strong> es un servicio gratuito del National Center "
                    "for Missing &amp; Exploited Children. Funciona en todo el mundo para imágenes "
                    "o vídeos tomados antes de que cumplieras 18 años. Eliges la imagen en tu "
                    "propio dispositivo. El servicio la convierte en una huella digital, llamada "
                    "hash. Solo se comparte la huella. Las plataformas que participan la usan para "
                    "encontrar y eliminar copias. No tienes que dar tu "
                    "nombre.</p><p><strong>Report Remove</strong> es para jóvenes menores de 18 "
                    "años en el Reino Unido. Lo gestionan Childline y la Internet Watch "
                    "Foundation. Puedes denunciar una imagen, y Childline puede acompañarte "
                    "mientras se resuelve.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Estas herramientas funcionan gracias a los hashes. Un hash es como una "
                    "huella dactilar de una imagen. Las líneas de denuncia y las empresas usan "
                    "hashes especiales que siguen coincidiendo aunque la imagen se cambie de "
                    "tamaño o se modifique un poco. Eso les ayuda a encontrar copias y "
                    "eliminarlas.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Preguntas que quizá te hagas",
                    "items": [
                        {
                            "question": "¿Me voy a meter en problemas por haber hecho la foto?",
                            "answer": (
                                "<p>Las leyes cambian de un país a otro, pero servicios como Take "
                                "It Down y Report Remove existen para ayudar a los jóvenes, no "
                                "para castigarles. Si alguien te presionó o difundió tu imagen, es "
                                "esa persona la que ha actuado mal.</p>"
                            ),
                        },
                        {
                            "question": "¿Y si ya está en todas partes?",
                            "answer": (
                                "<p>Muchas veces se siente así, pero las herramientas de retirada "
                                "y las líneas de denuncia pueden eliminar muchas copias. Actúa "
                                "ahora y sigue denunciando cualquier copia nueva que veas o de la "
                                "que te enteres.</p>"
                            ),
                        },
                        {
                            "question": "¿Y si alguien del instituto la tiene?",
                            "answer": (
                                "<p>Cuéntaselo a un profesor o profesora o a otra persona adulta "
                                "de confianza del centro. Los centros tienen una persona "
                                "responsable de protección cuyo trabajo es ayudarte y evitar que "
                                "la imagen se siga compartiendo.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Cuídate",
                    "text": (
                        "Sentir vergüenza o ansiedad es normal, y se irá haciendo más fácil. "
                        "Hablar ayuda, ya sea con un amigo o amiga, con una persona adulta de "
                        "confianza o con una línea de ayuda."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Pide ayuda ahora",
                    "text": (
                        "Encuentra las líneas de denuncia, las líneas de ayuda y los servicios de "
                        "retirada de imágenes de tu país en la página «Denunciar y pedir ayuda»."
                    ),
                },
            ),
        ],
    },
    "how-to-report": {
        "title": "Cómo denunciar el abuso en internet",
        "summary": (
            "Dónde y cómo denunciar material de abuso sexual infantil, grooming y amenazas, qué "
            "pasa después y cómo mantener el anonimato."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Denunciar ayuda a detener a quienes hacen daño a niños y niñas y a que se "
                    "retiren imágenes. No hace falta estar seguro antes de denunciar. Personas "
                    "formadas revisarán lo que compartas y decidirán qué hacer. Muchos sitios te "
                    "dejan denunciar sin dar tu nombre.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Dónde denunciar",
                    "steps": [
                        (
                            "Si un niño o una niña está en peligro ahora mismo, llama al número de "
                            "emergencias de tu país."
                        ),
                        (
                            "Denuncia la cuenta o el contenido en la aplicación, el juego o la "
                            "web, con su botón de denuncia."
                        ),
                        (
                            "Denuncia el material de abuso sexual infantil ante una línea de "
                            "denuncia. La red INHOPE tiene líneas de denuncia en decenas de países."
                        ),
                        "Denuncia el grooming, las amenazas o la sextorsión ante la policía.",
                        (
                            "Para que se retiren imágenes de alguien menor de 18 años, usa Take It "
                            "Down, o Report Remove en el Reino Unido."
                        ),
                    ],
                },
            ),
            ("heading", "Qué incluir en una denuncia"),
            (
                "paragraph",
                (
                    "<ul><li>La dirección web (el enlace) de la página, o el nombre de la "
                    "aplicación o del juego.</li><li>El nombre de usuario o el perfil de la "
                    "persona.</li><li>La fecha y la hora.</li><li>Una breve descripción, con tus "
                    "palabras, de lo que pasó.</li></ul><p>Las capturas de los mensajes pueden "
                    "ayudar. <strong>Nunca descargues, hagas capturas, copies ni reenvíes imágenes "
                    "sexuales de niños o niñas, ni siquiera para denunciarlas.</strong> Da el "
                    "enlace en su lugar.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Puedes mantener el anonimato",
                    "text": (
                        "La mayoría de las líneas de denuncia aceptan denuncias anónimas. En la "
                        "Internet Watch Foundation, cerca del 80 % de las denuncias del público "
                        "son anónimas. Si denuncias de forma anónima, tu denuncia sigue siendo "
                        "anónima."
                    ),
                },
            ),
            ("heading", "Qué pasa después"),
            (
                "paragraph",
                (
                    "<p>Analistas de la línea de denuncia revisan cada denuncia. Si encuentran "
                    "material de abuso sexual infantil, trabajan con las empresas y la policía "
                    "para que se retire y para ayudar a encontrar al niño o la niña y al agresor. "
                    "Las imágenes ya conocidas se detectan con huellas especiales llamadas hashes "
                    "perceptuales (PhotoDNA es un sistema muy utilizado), que siguen coincidiendo "
                    "aunque la imagen se cambie de tamaño o se comprima. Las empresas que "
                    "encuentran coincidencias las comunican a las líneas de denuncia y a la "
                    "policía.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "Preguntas frecuentes",
                    "items": [
                        {
                            "question": "¿Necesito pruebas para denunciar?",
                            "answer": (
                                "<p>No. Denuncia lo que viste o lo que te preocupa. Comprobarlo es "
                                "trabajo de las líneas de denuncia y de la policía.</p>"
                            ),
                        },
                        {
                            "question": (
                                "¿Puede denunciar una persona joven sin una persona adulta?"
                            ),
                            "answer": (
                                "<p>Sí. Los jóvenes pueden denunciar ante una línea de denuncia y "
                                "hablar con una línea de ayuda por su cuenta. También puede ayudar "
                                "tener al lado a una persona adulta de confianza.</p>"
                            ),
                        },
                        {
                            "question": "¿Sabrá esa persona que la he denunciado?",
                            "answer": (
                                "<p>Las plataformas no dicen a nadie quién le ha denunciado. Las "
                                "líneas de denuncia mantienen anónimas las denuncias anónimas.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Pide ayuda ahora",
                    "text": (
                        "Encuentra las líneas de denuncia, las líneas de ayuda y los servicios de "
                        "retirada de imágenes de tu país en la página «Denunciar y pedir ayuda»."
                    ),
                },
            ),
        ],
    },
    "when-a-pupil-tells-you": {
        "title": "Cuando un alumno o una alumna te cuenta un abuso en internet",
        "summary": (
            "Cómo responder cuando un alumno o una alumna revela grooming, sextorsión o que se ha "
            "difundido una imagen, y qué necesita de ti la persona responsable de protección."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>El alumnado suele elegir a un docente de confianza para contar algo que le "
                    "ha pasado en internet. Puede contártelo después de una clase, en una nota o "
                    "con indirectas. Cómo respondas en esos primeros minutos importa: una "
                    "respuesta tranquila, que muestre que le crees, ayuda al alumno o la alumna y "
                    "protege cualquier investigación.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "En el momento",
                    "steps": [
                        (
                            "Busca un lugar tranquilo donde nadie pueda oír la conversación, sin "
                            "dejar de estar a la vista de otros compañeros de trabajo."
                        ),
                        (
                            "Escucha. Deja que use sus propias palabras. No le interrumpas ni "
                            "insistas en los detalles."
                        ),
                        (
                            "Di: «Gracias por contármelo. No es tu culpa. Has hecho bien en "
                            "decírmelo»."
                        ),
                        (
                            "No prometas guardar el secreto. Explica a quién se lo vas a contar y "
                            "por qué."
                        ),
                        (
                            "Si necesitas saber si ahora está a salvo, haz solo preguntas "
                            "abiertas, como: «¿Hay algo más que quieras contarme?»."
                        ),
                        (
                            "No pidas ver su móvil, y nunca mires, copies, reenvíes ni guardes "
                            "ninguna imagen."
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Justo después",
                    "steps": [
                        (
                            "Anota lo que dijo, con sus palabras, la fecha, la hora y quién estaba "
                            "presente. Registra hechos, no opiniones."
                        ),
                        (
                            "Informa a la persona responsable de protección ese mismo día, en "
                            "persona si es posible. Si hay un riesgo inmediato, actúa en el acto."
                        ),
                        (
                            "Si hay imágenes en un dispositivo del centro, no las abras. Aparta el "
                            "dispositivo e informa a la persona responsable de protección."
                        ),
                        (
                            "No contactes tú con el presunto agresor ni con la familia del alumno "
                            "o la alumna, salvo que la persona responsable de protección te lo "
                            "pida."
                        ),
                        (
                            "Mantén la información confidencial y compártela solo con quien "
                            "necesite conocerla."
                        ),
                    ],
                },
            ),
            ("heading", "Qué hará la persona responsable de protección"),
            (
                "paragraph",
                (
                    "<p>La persona responsable de protección decide, de acuerdo con el protocolo "
                    "del centro y los procedimientos locales, si hay que contactar con la familia, "
                    "con los servicios de protección de la infancia o con la policía, y cómo "
                    "apoyar al alumno o la alumna. Cuando hay imágenes de por medio, sigue las "
                    "directrices nacionales y puede ayudarle a usar servicios como Take It Down o "
                    "Report Remove.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Nunca pidas revelaciones en clase",
                    "text": (
                        "Si un alumno o una alumna empieza a contar algo personal durante una "
                        "clase, detenle con delicadeza, dile que te gustaría hablar justo después "
                        "y sigue estos pasos. El resto del grupo no debe oír los detalles."
                    ),
                },
            ),
            (
                "faq",
                {
                    "title": "Preguntas frecuentes",
                    "items": [
                        {
                            "question": "¿Y si no estoy seguro de que sea un abuso?",
                            "answer": (
                                "<p>Comunícalo igualmente. Valorarlo es trabajo de la persona "
                                "responsable de protección. Pequeñas informaciones de varias "
                                "personas adultas pueden aclarar la situación.</p>"
                            ),
                        },
                        {
                            "question": "¿Y si un alumno me habla de un amigo?",
                            "answer": (
                                "<p>Actúa de la misma manera: dale las gracias, no investigues por "
                                "tu cuenta, anótalo e informa a la persona responsable de "
                                "protección.</p>"
                            ),
                        },
                        {
                            "question": "¿Cómo me cuido yo?",
                            "answer": (
                                "<p>Escuchar una revelación puede afectar. Pide a la persona "
                                "responsable de protección supervisión o apoyo; no tienes que "
                                "cargar con ello en soledad.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "help",
                    "title": "Pide ayuda ahora",
                    "text": (
                        "Encuentra las líneas de denuncia, las líneas de ayuda y los servicios de "
                        "retirada de imágenes de tu país en la página «Denunciar y pedir ayuda»."
                    ),
                },
            ),
        ],
    },
}

RESOURCES = {
    "lesson-trusted-adults-8-10": {
        "title": (
            "Plan de clase, 8–10 años: secretos buenos, secretos que preocupan y personas adultas "
            "de confianza"
        ),
        "summary": (
            "Una clase de 45 minutos que ayuda a reconocer peticiones preocupantes en internet y a "
            "nombrar a las personas adultas a quienes contarlo. Con preguntas para el debate y el "
            "procedimiento con la persona responsable de protección."
        ),
        "age_band": "8-10",
        "body": [
            (
                "paragraph",
                (
                    "<p>Esta clase ayuda a niños y niñas de 8 a 10 años a distinguir entre buenas "
                    "sorpresas y secretos que preocupan, a notar la presión de personas en "
                    "internet y a nombrar a personas adultas de confianza. Usa una historia "
                    "ficticia y nunca pregunta por experiencias propias. Descarga abajo el plan "
                    "para imprimir.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Plan de la clase (45 minutos)",
                    "steps": [
                        (
                            "Introducción (5 minutos): acordar las normas. Nada de historias "
                            "personales; cualquiera puede hablar después en privado con una "
                            "persona adulta."
                        ),
                        (
                            "Calentamiento (10 minutos): por parejas, clasificar tarjetas con "
                            "dibujos en «buena sorpresa» y «secreto que preocupa»."
                        ),
                        (
                            "Historia (10 minutos): leer la historia ficticia de Sam y el jugador "
                            "simpático."
                        ),
                        "Debate (10 minutos): en grupos pequeños, comentar las preguntas de abajo.",
                        (
                            "Personas adultas de confianza (5 minutos): cada niño o niña dibuja el "
                            "contorno de su mano y escribe una persona adulta de confianza en cada "
                            "dedo."
                        ),
                        "Cierre (5 minutos): repetir el mensaje clave y mostrar dónde pedir ayuda.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Preguntas para el debate",
                    "steps": [
                        (
                            "¿Cómo se sintió Sam cuando el jugador le pidió que sus conversaciones "
                            "fueran secretas?"
                        ),
                        "¿Es una buena sorpresa o un secreto que preocupa? ¿Cómo lo sabes?",
                        "¿Qué podría hacer Sam ahora? ¿A quién se lo podría contar?",
                        (
                            "¿Qué le dirías a un amigo o una amiga que estuviera en la situación "
                            "de Sam?"
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": (
                        "Nunca pidas a los niños y niñas que cuenten sus experiencias en clase"
                    ),
                    "text": (
                        "La historia es ficticia para que nadie tenga que hablar de sí mismo. Si "
                        "un niño o una niña empieza a contar algo personal, detenle con delicadeza "
                        "y ofrécele hablar justo después de la clase."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Procedimiento con la persona responsable de protección",
                    "steps": [
                        (
                            "Antes de la clase, informa a la persona responsable de protección de "
                            "cuándo será."
                        ),
                        (
                            "Si un niño o una niña empieza a contar algo durante la clase, detenle "
                            "con delicadeza y habla en privado justo después."
                        ),
                        (
                            "Escucha con calma, no insistas en los detalles y no prometas guardar "
                            "el secreto."
                        ),
                        "Anota lo que dijo, con sus palabras, la fecha y la hora.",
                        (
                            "Informa a la persona responsable de protección ese mismo día y sigue "
                            "sus indicaciones."
                        ),
                    ],
                },
            ),
        ],
        "document_title": (
            "Plan de clase: secretos buenos, secretos que preocupan y personas adultas de "
            "confianza (8–10 años)"
        ),
        "document_text": [
            "Edad: de 8 a 10 años. Duración: 45 minutos. Temas: grooming, videojuegos y chats.",
            (
                "Objetivos: al final de la clase, los niños y niñas saben distinguir entre una "
                "buena sorpresa y un secreto que preocupa; reconocer cuándo alguien en internet "
                "les pide algo que no parece bien; y nombrar al menos a tres personas adultas de "
                "confianza a quienes podrían contarlo."
            ),
            (
                "Preparación: lee el protocolo de protección de la infancia del centro e informa a "
                "la persona responsable de protección de cuándo será la clase. Imprime las "
                "tarjetas con dibujos (un regalo de cumpleaños, una fiesta sorpresa, un mensaje "
                "que dice «no se lo digas a tu madre», una petición de foto, monedas de un juego "
                "regaladas por un desconocido). Ten a mano el nombre de la línea de ayuda a la "
                "infancia de tu país."
            ),
            (
                "Normas (5 minutos): acuerda con el grupo que se habla de la historia, no de uno "
                "mismo ni de personas conocidas; que nos escuchamos; y que quien quiera hablar de "
                "algo puede hacerlo en privado con una persona adulta de confianza después de la "
                "clase."
            ),
            (
                "Calentamiento (10 minutos): por parejas, clasifican las tarjetas en dos montones: "
                "«buena sorpresa» y «secreto que preocupa». Pide a algunas parejas que expliquen "
                "su elección. Destaca la diferencia clave: una buena sorpresa se cuenta pronto y "
                "hace feliz a la gente; un secreto que preocupa te hace sentir incomodidad, y "
                "alguien te dice que no lo cuentes."
            ),
            (
                "Historia (10 minutos), ficticia y compuesta: Sam, de 9 años, juega a un juego de "
                "construcción en línea. Otro jugador es muy simpático, le ayuda a construir y le "
                "regala monedas del juego. Al cabo de un tiempo, el jugador dice que sus "
                "conversaciones son especiales y deben ser secretas, le pide pasar a otra "
                "aplicación y le pide una foto. Sam se siente confundido y un poco preocupado."
            ),
            (
                "Preguntas para el debate (10 minutos), en grupos pequeños: ¿Cómo se sintió Sam "
                "cuando el jugador le pidió que sus conversaciones fueran secretas? ¿Es una buena "
                "sorpresa o un secreto que preocupa, y cómo lo sabes? ¿Qué podría hacer Sam ahora? "
                "¿A quién se lo podría contar? ¿Qué le dirías a un amigo o una amiga en la "
                "situación de Sam?"
            ),
            (
                "Mensajes clave: la gente en internet no siempre es quien dice ser. Un amigo de "
                "verdad no te pide que guardes secretos a las personas adultas que te cuidan. Si "
                "algo en internet te preocupa, para, no envíes nada y cuéntaselo a una persona "
                "adulta de confianza. No te vas a meter en ningún lío. Nunca es tu culpa."
            ),
            (
                "Personas adultas de confianza (5 minutos): cada niño o niña dibuja el contorno de "
                "su mano y escribe o dibuja una persona adulta de confianza en cada dedo: en casa, "
                "en el colegio y en su entorno. Se quedan con su dibujo; no lo recojas ni lo "
                "expongas."
            ),
            (
                "Cierre (5 minutos): repite los mensajes clave. Enseña al grupo cómo bloquear y "
                "denunciar en un juego, y comparte el nombre de la línea de ayuda a la infancia de "
                "tu país y de las personas adultas de confianza del colegio. Termina con una "
                "actividad tranquila y positiva."
            ),
            (
                "Protección: nunca pidas a los niños y niñas que cuenten sus experiencias en "
                "clase. Si alguien empieza a contar algo personal, detenle con delicadeza y "
                "ofrécele hablar justo después de la clase. Escucha con calma, no insistas en los "
                "detalles y no prometas guardar el secreto. No mires, copies ni reenvíes ninguna "
                "imagen. Anota lo que dijo, con sus palabras, la fecha y la hora, e informa a la "
                "persona responsable de protección ese mismo día."
            ),
            (
                "Seguimiento: envía una nota breve a las familias para que sepan que la clase se "
                "ha dado y puedan seguir la conversación, con un enlace a la guía para familias "
                "sobre cómo hablar con tu hijo o hija sobre la seguridad en internet."
            ),
        ],
    },
    "lesson-pressure-and-sextortion-14-17": {
        "title": "Plan de clase, 14–17 años: presión, sextorsión y pedir ayuda",
        "summary": (
            "Una clase de 50 minutos para reconocer la presión para compartir imágenes y la "
            "sextorsión, apoyar a una amistad sin culpar y usar los servicios de retirada de "
            "imágenes. Con preguntas para el debate y el procedimiento con la persona responsable "
            "de protección."
        ),
        "age_band": "14-17",
        "body": [
            (
                "paragraph",
                (
                    "<p>Esta clase ayuda al alumnado de 14 a 17 años a reconocer las tácticas que "
                    "se usan en la sextorsión, a saber qué hacer si le pasa a él o a una amistad y "
                    "a conocer cómo se pueden retirar imágenes. Usa un caso ficticio y compuesto, "
                    "y nunca pregunta por experiencias propias. Descarga abajo el plan para "
                    "imprimir.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Plan de la clase (50 minutos)",
                    "steps": [
                        (
                            "Introducción (5 minutos): acordar las normas y explicar dónde se "
                            "puede pedir apoyo en privado."
                        ),
                        (
                            "Tácticas (10 minutos): en grupos, enumerar cómo alguien en internet "
                            "puede ganarse la confianza y después presionar."
                        ),
                        "Caso (10 minutos): leer el caso ficticio de Alex.",
                        "Debate (15 minutos): los grupos trabajan las preguntas de abajo.",
                        (
                            "Pedir ayuda (5 minutos): repasar qué hacer ya, cómo denunciar y cómo "
                            "retirar imágenes."
                        ),
                        "Cierre (5 minutos): mensajes clave y dónde pedir ayuda.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Preguntas para el debate",
                    "steps": [
                        (
                            "¿Qué tácticas usó la cuenta para ganarse la confianza de Alex y "
                            "después para provocarle pánico?"
                        ),
                        (
                            "¿Por qué alguien en la situación de Alex podría sentir que no puede "
                            "contárselo a nadie? ¿Qué le ayudaría?"
                        ),
                        "¿Qué debería hacer Alex en la próxima hora? ¿Qué no debería hacer?",
                        "Si Alex te lo contara, ¿qué le dirías y qué harías como amigo o amiga?",
                        (
                            "¿Cómo puede la forma en que se habla de las víctimas hacer más "
                            "difícil pedir ayuda?"
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "safety",
                    "title": "Nunca pidas al alumnado que cuente sus experiencias en clase",
                    "text": (
                        "Mantén el debate centrado en el caso ficticio. Si un alumno o una alumna "
                        "empieza a contar algo personal, detenle con delicadeza y ofrécele hablar "
                        "en privado justo después de la clase."
                    ),
                },
            ),
            (
                "steps",
                {
                    "title": "Procedimiento con la persona responsable de protección",
                    "steps": [
                        (
                            "Antes de la clase, informa a la persona responsable de protección de "
                            "cuándo será."
                        ),
                        (
                            "Si alguien te cuenta algo, escucha con calma, no insistas en los "
                            "detalles y no prometas guardar el secreto."
                        ),
                        (
                            "Nunca mires, copies, reenvíes ni guardes imágenes, y no pidas ver su "
                            "móvil."
                        ),
                        "Anota lo que dijo, con sus palabras, la fecha y la hora.",
                        (
                            "Informa a la persona responsable de protección ese mismo día; actúa "
                            "de inmediato si hay un riesgo inmediato."
                        ),
                    ],
                },
            ),
        ],
        "document_title": "Plan de clase: presión, sextorsión y pedir ayuda (14–17 años)",
        "document_text": [
            (
                "Edad: de 14 a 17 años. Duración: 50 minutos. Temas: sextorsión, imágenes sexuales "
                "autogeneradas, denuncia."
            ),
            (
                "Objetivos: al final de la clase, el alumnado sabe describir tácticas habituales "
                "de la sextorsión; explicar qué hacer, y qué no hacer, si le pasa a él o a una "
                "amistad; y nombrar los servicios para denunciar abusos y retirar imágenes, como "
                "Take It Down y, en el Reino Unido, Report Remove."
            ),
            (
                "Preparación: lee el protocolo de protección de la infancia del centro e informa a "
                "la persona responsable de protección de cuándo será la clase. Consulta los "
                "servicios de ayuda de tu país en la página «Denunciar y pedir ayuda». Asegúrate "
                "de que el alumnado sabe con qué personal puede hablar en privado."
            ),
            (
                "Normas (5 minutos): hablamos del caso, no de nosotros ni de personas conocidas; "
                "no culpamos a las víctimas; respetamos las opiniones de los demás; quien quiera "
                "hablar puede hacerlo en privado con una persona adulta de confianza después de la "
                "clase."
            ),
            (
                "Tácticas (10 minutos): en grupos, el alumnado enumera formas en que alguien en "
                "internet puede ganarse la confianza (halagos, hacerse pasar por alguien de la "
                "misma edad, intereses comunes, regalos) y después presionar (urgencia, amenazas, "
                "decir que ya tiene imágenes, exigir dinero). Destaca que estas tácticas buscan "
                "provocar pánico y vergüenza."
            ),
            (
                "Caso (10 minutos), ficticio y compuesto: Alex, de 15 años, recibe un mensaje "
                "amable de una cuenta que parece ser de un estudiante de otro instituto. Tras unos "
                "días de charla, la cuenta le pide una imagen íntima. Poco después, la cuenta dice "
                "que enviará imágenes de Alex a todos sus seguidores si no paga en una hora."
            ),
            (
                "Preguntas para el debate (15 minutos): ¿Qué tácticas usó la cuenta para ganarse "
                "la confianza de Alex y después para provocarle pánico? ¿Por qué alguien en la "
                "situación de Alex podría sentir que no puede contárselo a nadie, y qué le "
                "ayudaría? ¿Qué debería hacer Alex en la próxima hora, y qué no debería hacer? Si "
                "Alex te lo contara, ¿qué le dirías y qué harías como amigo o amiga? ¿Cómo puede "
                "la forma en que se habla de las víctimas hacer más difícil pedir ayuda?"
            ),
            (
                "Qué hacer ya (5 minutos): dejar de responder; no pagar ni enviar nada más; "
                "guardar pruebas con capturas del chat, del nombre de usuario y del enlace al "
                "perfil, pero nunca de las imágenes; bloquear y denunciar la cuenta; contárselo a "
                "una persona adulta de confianza; denunciarlo a la policía o a una línea de "
                "denuncia."
            ),
            (
                "Retirar imágenes: Take It Down, del National Center for Missing & Exploited "
                "Children, funciona en todo el mundo para imágenes tomadas antes de los 18 años. "
                "Crea una huella digital (hash) de la imagen en el propio dispositivo de la "
                "persona joven, así que la imagen nunca se envía a nadie. En el Reino Unido, "
                "Report Remove, de Childline y la Internet Watch Foundation, ayuda a menores de 18 "
                "años a retirar imágenes, con el apoyo de Childline."
            ),
            (
                "Mensajes clave: la sextorsión es un delito y nunca es culpa de la víctima. Pagar "
                "casi nunca acaba con las amenazas. Hay ayuda, y las imágenes se pueden retirar. "
                "Una amistad que escucha sin juzgar y ayuda a contárselo a una persona adulta de "
                "confianza marca la diferencia."
            ),
            (
                "Cierre (5 minutos): repite los mensajes clave y comparte los servicios de ayuda "
                "de tu país y los nombres del personal de confianza. Recuerda al alumnado que "
                "puede hablar con alguien en privado en cualquier momento."
            ),
            (
                "Protección: nunca pidas al alumnado que cuente sus experiencias en clase. Si "
                "alguien empieza a contar algo personal, detenle con delicadeza y ofrécele hablar "
                "en privado justo después. Escucha con calma, no insistas en los detalles y no "
                "prometas guardar el secreto. Nunca mires, copies, reenvíes ni guardes imágenes, y "
                "no pidas ver su móvil. Anota lo que dijo, con sus palabras, la fecha y la hora, e "
                "informa a la persona responsable de protección ese mismo día, o de inmediato si "
                "hay un riesgo inmediato."
            ),
            (
                "Seguimiento: informa a las familias de que la clase se ha dado, con un enlace a "
                "la guía para familias sobre la sextorsión, para que puedan seguir la conversación "
                "en casa con calma y sin culpar."
            ),
        ],
    },
}

HELP_PAGE = {
    "title": "Denunciar y pedir ayuda",
    "intro": (
        "Elige tu país para encontrar líneas de denuncia de material de abuso sexual infantil, "
        "líneas de ayuda para niños, niñas y personas adultas, servicios de retirada de imágenes y "
        "ayuda confidencial para quien está preocupado por sus propios pensamientos o conductas."
    ),
    "fallback_text": (
        "Todavía no tenemos servicios para este país. Los directorios internacionales de abajo te "
        "ayudan a encontrar una línea de denuncia o una línea de ayuda a la infancia cerca de ti. "
        "Si un niño o una niña está en peligro inmediato, llama al número de emergencias de tu "
        "país."
    ),
}

SERVICES = {
    "gb-iwf": {
        "name": "Internet Watch Foundation (IWF)",
        "description": (
            "La línea de denuncia del Reino Unido para el material de abuso sexual infantil en "
            "internet. Puedes denunciar de forma anónima; sus analistas revisan cada denuncia y "
            "trabajan para que se retire el material."
        ),
        "hours": "Denuncia en línea en cualquier momento.",
    },
    "gb-childline": {
        "name": "Childline",
        "description": (
            "Ayuda gratuita y confidencial para niños, niñas y jóvenes en el Reino Unido, por "
            "teléfono y en línea, sobre cualquier cosa que les preocupe."
        ),
        "hours": "Consulta la web para ver el horario del teléfono y del chat.",
    },
    "gb-report-remove": {
        "name": "Report Remove (Childline e IWF)",
        "description": (
            "Ayuda a jóvenes menores de 18 años en el Reino Unido a retirar de internet imágenes y "
            "vídeos desnudos o sexuales de sí mismos, con el apoyo de Childline."
        ),
        "hours": "En línea en cualquier momento.",
    },
    "gb-ceop": {
        "name": "CEOP Safety Centre (National Crime Agency)",
        "description": (
            "Denuncia abusos sexuales en internet, o la preocupación por cómo alguien se comunica "
            "con un niño o una niña en línea, ante el equipo de protección de la infancia de la "
            "National Crime Agency del Reino Unido."
        ),
        "hours": "Denuncia en línea en cualquier momento. En caso de emergencia, llama al 999.",
    },
    "gb-stop-it-now": {
        "name": "Stop It Now (Reino Unido e Irlanda)",
        "description": (
            "Ayuda confidencial y anónima para cualquier persona preocupada por sus propios "
            "pensamientos o conductas sexuales hacia niños y niñas, o por los de otra persona. La "
            "gestiona la Lucy Faithfull Foundation."
        ),
        "hours": "Consulta la web para ver el horario del teléfono y del chat.",
    },
    "us-cybertipline": {
        "name": "CyberTipline del NCMEC",
        "description": (
            "El sistema nacional de denuncia de Estados Unidos para la explotación sexual infantil "
            "en línea, incluido el material de abuso sexual infantil, la sextorsión y el grooming. "
            "Lo gestiona el National Center for Missing & Exploited Children."
        ),
        "hours": "Denuncia en línea en cualquier momento.",
    },
    "us-stop-it-now": {
        "name": "Stop It Now (Estados Unidos)",
        "description": (
            "Ayuda confidencial para personas adultas preocupadas por sus propios pensamientos o "
            "conductas hacia niños y niñas, y para familias y otras personas preocupadas por "
            "alguien."
        ),
        "hours": "Consulta la web para ver el horario del teléfono.",
    },
    "br-safernet": {
        "name": "SaferNet Brasil",
        "description": (
            "La línea de denuncia de Brasil para denuncias anónimas de material de abuso sexual "
            "infantil y otros delitos en línea contra los derechos humanos, con una línea de ayuda "
            "para niños, niñas, jóvenes y familias."
        ),
        "hours": "Denuncia en línea en cualquier momento.",
    },
    "fr-point-de-contact": {
        "name": "Point de Contact",
        "description": (
            "Línea de denuncia francesa, miembro de la red INHOPE, para denuncias anónimas de "
            "contenidos ilícitos en internet, incluido el material de abuso sexual infantil."
        ),
        "hours": "Denuncia en línea en cualquier momento.",
    },
    "fr-3018": {
        "name": "3018 (e-Enfance)",
        "description": (
            "La línea de ayuda nacional francesa, gratuita y confidencial, para niños, niñas, "
            "jóvenes y familias que sufren violencia digital, incluida la sextorsión y la difusión "
            "de imágenes. Puede ayudar a retirar contenidos."
        ),
        "hours": "Consulta la web para ver el horario actual.",
    },
    "fr-pharos": {
        "name": "PHAROS (Ministerio del Interior de Francia)",
        "description": (
            "Plataforma oficial francesa para denunciar a la policía contenidos ilícitos en "
            "internet, incluido el material de abuso sexual infantil."
        ),
        "hours": "Denuncia en línea en cualquier momento.",
    },
    "es-anar": {
        "name": "Fundación ANAR",
        "description": (
            "Ayuda gratuita y confidencial para niños, niñas, adolescentes y familias en España "
            "ante cualquier problema, incluido el abuso en internet."
        ),
        "hours": "Consulta la web para ver el horario actual.",
    },
    "es-incibe-017": {
        "name": "017, línea de ayuda en ciberseguridad (INCIBE)",
        "description": (
            "Línea de ayuda gratuita y confidencial del Instituto Nacional de Ciberseguridad para "
            "jóvenes, familias y educadores, con orientación sobre la sextorsión y la difusión de "
            "imágenes."
        ),
        "hours": "Consulta la web para ver el horario actual.",
    },
    "jo-child-helplines": {
        "name": (
            "Líneas de ayuda a la infancia en Jordania (directorio de Child Helpline International)"
        ),
        "description": (
            "Usa el directorio de Child Helpline International para encontrar la línea de ayuda a "
            "la infancia que atiende a Jordania y comprobar sus datos de contacto actuales."
        ),
        "hours": "Consulta el directorio para ver los datos actuales.",
    },
    "jo-hotlines": {
        "name": "Líneas de denuncia (directorio de INHOPE)",
        "description": (
            "El directorio de INHOPE recoge sus líneas de denuncia miembro por país. Si no hay una "
            "línea para Jordania, puedes denunciar el material de abuso sexual infantil ante una "
            "línea de otro país."
        ),
        "hours": "En línea en cualquier momento.",
    },
    "take-it-down": {
        "name": "Take It Down (NCMEC)",
        "description": (
            "Servicio gratuito que ayuda a retirar o frenar la difusión en internet de imágenes o "
            "vídeos desnudos, semidesnudos o sexualmente explícitos tomados antes de los 18 años. "
            "Funciona en todo el mundo, la imagen nunca sale de tu dispositivo y puedes mantener "
            "el anonimato."
        ),
        "hours": "En línea en cualquier momento.",
    },
    "inhope-directory": {
        "name": "Directorio de líneas de denuncia de INHOPE",
        "description": (
            "Encuentra la línea de denuncia de material de abuso sexual infantil de tu país. Las "
            "líneas miembro de INHOPE trabajan en decenas de países, y muchas aceptan denuncias "
            "anónimas."
        ),
        "hours": "En línea en cualquier momento.",
    },
    "chi-directory": {
        "name": "Child Helpline International",
        "description": (
            "Directorio de líneas de ayuda a la infancia de todo el mundo, donde niños, niñas y "
            "jóvenes pueden hablar con alguien de forma confidencial."
        ),
        "hours": "Consulta el directorio para ver el horario de cada línea.",
    },
    "stop-it-now-global": {
        "name": "Stop It Now",
        "description": (
            "Ayuda confidencial para personas preocupadas por sus propios pensamientos o conductas "
            "sexuales hacia niños y niñas. Stop It Now ofrece servicios en varios países; su web "
            "explica dónde pedir ayuda."
        ),
        "hours": "Consulta la web para ver el horario del teléfono.",
    },
}
