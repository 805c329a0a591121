"""Seed the terminology glossary from the Luxembourg Guidelines (2016), per shipped language.

Staff can add and change terms in the admin afterwards. A trailing * matches any ending.
"""

from django.db import migrations

DEFAULT_GLOSSARY = {
    "en": [
        ("child pornography", "child sexual abuse material (CSAM)"),
        ("child porn", "child sexual abuse material (CSAM)"),
        ("kiddie porn", "child sexual abuse material (CSAM)"),
        ("child prostitute*", "child exploited in prostitution"),
        ("child prostitution", "sexual exploitation of children in prostitution"),
        ("child sex tourism", "sexual exploitation of children in travel and tourism"),
        ("cybersex", "live-streamed child sexual abuse"),
        ("sexting gone wrong", "self-generated sexual images; sexual extortion"),
    ],
    "fr": [
        ("pédopornographi*", "matériel d'abus sexuel sur enfant"),
        ("pornographie infantile", "matériel d'abus sexuel sur enfant"),
        ("pornographie enfantine", "matériel d'abus sexuel sur enfant"),
        ("prostitution infantile", "exploitation sexuelle d'enfants à des fins de prostitution"),
        ("enfant* prostitué*", "enfant victime d'exploitation sexuelle dans la prostitution"),
        ("tourisme sexuel impliquant des enfants",
         "exploitation sexuelle des enfants dans le contexte des voyages et du tourisme"),
    ],
    "es": [
        ("pornografía infantil", "material de abuso sexual infantil"),
        ("prostitución infantil",
         "explotación sexual de niñas, niños y adolescentes en la prostitución"),
        ("niñ* prostitut*", "niña o niño víctima de explotación sexual"),
        ("turismo sexual infantil",
         "explotación sexual de niñas, niños y adolescentes en viajes y turismo"),
    ],
    "pt-br": [
        ("pornografia infantil", "material de abuso sexual infantil"),
        ("prostituição infantil", "exploração sexual de crianças e adolescentes"),
        ("criança* prostituta*", "criança ou adolescente em situação de exploração sexual"),
        ("turismo sexual infantil",
         "exploração sexual de crianças e adolescentes no contexto de viagens e turismo"),
    ],
    "ar": [
        ("إباحية الأطفال", "مواد الاعتداء الجنسي على الأطفال"),
        ("المواد الإباحية للأطفال", "مواد الاعتداء الجنسي على الأطفال"),
        ("المواد الإباحية المتعلقة بالأطفال", "مواد الاعتداء الجنسي على الأطفال"),
        ("بغاء الأطفال", "الاستغلال الجنسي للأطفال في البغاء"),
        ("دعارة الأطفال", "الاستغلال الجنسي للأطفال في البغاء"),
    ],
    "zh-hans": [
        ("儿童色情", "儿童性虐待材料"),
        ("儿童卖淫", "在卖淫活动中对儿童的性剥削"),
        ("雏妓", "遭受卖淫性剥削的儿童"),
    ],
    "ru": [
        ("детск* порнограф*", "материалы сексуального насилия над детьми"),
        ("детск* порно", "материалы сексуального насилия над детьми"),
        ("детск* проституци*", "сексуальная эксплуатация детей в проституции"),
        ("малолетн* проститутк*", "ребёнок, ставший жертвой сексуальной эксплуатации"),
    ],
    "vi": [
        ("khiêu dâm trẻ em", "tài liệu xâm hại tình dục trẻ em"),
        ("mại dâm trẻ em", "bóc lột tình dục trẻ em trong mại dâm"),
    ],
    "sq": [
        ("pornografi* e fëmijëve", "material i abuzimit seksual të fëmijëve"),
        ("pornografi* fëmijësh*", "material i abuzimit seksual të fëmijëve"),
        ("pornografi* me fëmijë", "material i abuzimit seksual të fëmijëve"),
        ("prostitucion* i fëmijëve", "shfrytëzim seksual i fëmijëve në prostitucion"),
    ],
    "sr-latn": [
        ("dečj* pornografij*", "materijal seksualnog zlostavljanja dece"),
        ("dečij* pornografij*", "materijal seksualnog zlostavljanja dece"),
        ("dečj* prostitucij*", "seksualna eksploatacija dece u prostituciji"),
    ],
}


def seed(apps, schema_editor):
    DiscouragedTerm = apps.get_model("languages", "DiscouragedTerm")
    for language, terms in DEFAULT_GLOSSARY.items():
        for term, replacement in terms:
            DiscouragedTerm.objects.get_or_create(
                language=language, term=term,
                defaults={"replacement": replacement,
                          "note": "Luxembourg Terminology Guidelines (2016)"},
            )


class Migration(migrations.Migration):
    dependencies = [("languages", "0001_glossary")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
