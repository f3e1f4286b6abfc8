/* test_places.c - the places stage: mentions resolved against the gazetteer
 * with context (nearby places, the dateline, other mentions), and
 * capitalised words that are not places left out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dateline.h"

static dl_record *parse(const char *s)
{
    dl_record *r = NULL;
    dl_options opt;
    memset(&opt, 0, sizeof opt);
    assert_int_equal(dl_record_parse(s, strlen(s), &opt, &r, NULL), DL_OK);
    return r;
}

/* The first place whose text is `text`, or NULL. */
static const dl_place *place(const dl_record *r, const char *text)
{
    for (size_t i = 0; i < dl_record_nplaces(r); i++)
        if (!strcmp(dl_record_place(r, i)->text, text))
            return dl_record_place(r, i);
    return NULL;
}

static void expect(const dl_record *r, const char *text, const char *cc,
                   const char *admin1, const char *kind)
{
    const dl_place *p = place(r, text);
    assert_non_null(p);
    if (cc)
        assert_string_equal(p->country, cc);
    else
        assert_null(p->country);
    if (admin1)
        assert_string_equal(p->admin1, admin1);
    assert_string_equal(p->kind, kind);
}

static void test_georgia_alone_is_the_country(void **state)
{
    (void)state;
    dl_record *r = parse("Talks between Georgia and Armenia resumed on Monday "
                         "after a break of two months.\n");
    expect(r, "Georgia", "GE", NULL, "country");
    expect(r, "Armenia", "AM", NULL, "country");
    dl_record_free(r);
}

static void test_georgia_after_a_us_city_is_the_state(void **state)
{
    (void)state;
    dl_record *r = parse("Police in Atlanta, Georgia, detained 40 people after "
                         "the march on Saturday.\n");
    expect(r, "Atlanta", "US", "US-GA", "city");
    expect(r, "Georgia", "US", "US-GA", "region");
    dl_record_free(r);
}

static void test_georgia_in_a_us_document_is_the_state(void **state)
{
    (void)state;
    dl_record *r = parse("Storms hit Savannah overnight. The governor of "
                         "Georgia declared an emergency in Atlanta and Macon.\n");
    expect(r, "Georgia", "US", "US-GA", "region");
    dl_record_free(r);
}

static void test_paris_texas_is_not_paris_france(void **state)
{
    (void)state;
    dl_record *r = parse("A tornado damaged 30 homes in Paris, Texas, late on "
                         "Tuesday.\n");
    expect(r, "Paris", "US", "US-TX", "city");
    expect(r, "Texas", "US", "US-TX", "region");
    dl_record_free(r);
    r = parse("Thousands marched in Paris on Saturday against the reform.\n");
    expect(r, "Paris", "FR", NULL, "city");
    const dl_place *p = place(r, "Paris");
    assert_true(p->has_coords);
    assert_string_equal(p->gazetteer_id, "2988507");
    dl_record_free(r);
}

static void test_unlisted_village_takes_the_country_named_after_it(void **state)
{
    (void)state;
    dl_record *r = parse("Armed men attacked civilians near Kirumba, in the "
                         "Democratic Republic of the Congo, on 12 March.\n");
    expect(r, "Kirumba", "CD", NULL, "other");
    expect(r, "Democratic Republic of the Congo", "CD", NULL, "country");
    dl_record_free(r);
    /* without "the", still not the Republic of Congo inside it */
    r = parse("Shelling in eastern Democratic Republic of Congo killed 20 people.\n");
    expect(r, "Democratic Republic of Congo", "CD", NULL, "country");
    dl_record_free(r);
}

/* The region after an unlisted village may come after a direction word
 * ("in the southern Kherson region"); the village takes its country even
 * when another country was named last. */
static void test_unlisted_village_in_a_region_after_a_direction(void **state)
{
    (void)state;
    dl_record *r = parse("Russia said its forces shot down drones. A man was "
                         "killed when shells hit the village of Tiahynka in "
                         "the southern Kherson region.\n");
    expect(r, "Tiahynka", "UA", "UA-65", "city");
    dl_record_free(r);
    /* a town the gazetteer lists among its small ones is that town */
    r = parse("Russia said its forces shot down drones. A man was "
              "killed when shells hit the village of Bilozerka in "
              "the southern Kherson region.\n");
    expect(r, "Bilozerka", "UA", "UA-65", "city");
    dl_record_free(r);
    r = parse("The group held out at Anlong Veng in north-western Cambodia.\n");
    expect(r, "Anlong Veng", "KH", NULL, "other");
    dl_record_free(r);
}

/* A region whose name is also an English word ("afar") is the region
 * before a type word; a region known in English by another name than
 * ISO's ("Amhara", ISO "Amara") is found by it. */
static void test_regions_by_type_word_and_english_name(void **state)
{
    (void)state;
    dl_record *r = parse("Forces attacked a camp in Berhale, Afar region, on 28 "
                         "January 2022, and shelled towns in the Amhara region.\n");
    expect(r, "Afar", "ET", NULL, "region");
    expect(r, "Berhale", "ET", NULL, "other");
    expect(r, "Amhara", "ET", NULL, "region");
    dl_record_free(r);
    r = parse("Shouts were heard from afar.\n");
    assert_int_equal(dl_record_nplaces(r), 0);
    dl_record_free(r);
}

/* A town or region before a verb of saying is a person ("Clinton said",
 * "Reno said"); a capital is its government ("Moscow said"), and a town
 * after a preposition stays one ("officials in Bakhmut said"). */
static void test_a_name_before_said_is_a_person_unless_a_capital(void **state)
{
    (void)state;
    dl_record *r = parse("Clinton said the attacks were evil. Reno said the "
                         "inquiry would go on. Officials in Bakhmut said the "
                         "town was shelled.\n");
    assert_null(place(r, "Clinton"));
    assert_null(place(r, "Reno"));
    expect(r, "Bakhmut", "UA", NULL, "city");
    dl_record_free(r);
    r = parse("Moscow said the strikes hit military targets.\n");
    expect(r, "Moscow", "RU", NULL, "city");
    dl_record_free(r);
    r = parse("HAVANA, Jan. 7 (AP) - Cuban officials met. Castro spoke in Havana and "
              "Santiago.\n");
    assert_null(place(r, "Castro"));
    dl_record_free(r);
}

/* A title capitalises every word: "Killings in Amhara Region" names no
 * unlisted place "Killings"; the body's "the town of Merawi" does. */
static void test_a_title_word_is_no_unlisted_place(void **state)
{
    (void)state;
    dl_record *r = parse("Human Rights Watch\n\nEthiopia: Federal Forces Implicated "
                         "in Killings in Amhara Region\n\nSoldiers executed 45 "
                         "civilians in the town of Merawi in the Amhara region.\n");
    assert_null(place(r, "Killings"));
    expect(r, "Merawi", "ET", NULL, "city");
    dl_record_free(r);
}

static void test_unlisted_village_in_a_dated_statement_from_goma(void **state)
{
    (void)state;
    dl_record *r = parse("Goma, 14 March 2021 - The governor condemned the "
                         "attack on the village of Kirumba, where 18 civilians "
                         "were killed. Families fled Kirumba overnight.\n");
    expect(r, "Goma", "CD", NULL, "city");
    expect(r, "Kirumba", "CD", NULL, "city");
    size_t n = 0;
    for (size_t i = 0; i < dl_record_nplaces(r); i++)
        n += !strcmp(dl_record_place(r, i)->text, "Kirumba");
    assert_int_equal(n, 2);
    dl_record_free(r);
}

/* "Wad al-Noura": a lower-case particle joined by a hyphen goes on with
 * the name (data/en/place_particles.txt) */
static void test_unlisted_name_with_an_arabic_article(void **state)
{
    (void)state;
    dl_record *r = parse("Khartoum, 5 May 2025 - Fighters attacked the village of "
                         "Wad al-Noura in Gezira state on Monday.\n");
    expect(r, "Wad al-Noura", "SD", NULL, "city");
    assert_null(place(r, "Wad"));
    dl_record_free(r);
}

/* "across the North East and North West" of a Nigerian statement: a
 * region of direction words alone abroad is no place; in its own
 * country it is one ("the North West region of Cameroon") */
static void test_direction_named_regions_abroad_are_no_place(void **state)
{
    (void)state;
    dl_record *r = parse("Abuja, 14 October 2024 - Troops arrested 31 suspects across "
                         "the North East and North West, and rescued 12 women in Zamfara "
                         "State.\n");
    assert_null(place(r, "North East"));
    assert_null(place(r, "North West"));
    expect(r, "Abuja", "NG", NULL, "city");
    dl_record_free(r);
    r = parse("Gusau, 2 March 2021 - It was the latest of the mass abductions from "
              "schools in the North-West.\n");
    assert_null(place(r, "North-West"));
    dl_record_free(r);
    r = parse("Separatists attacked a school in the North West region of Cameroon on "
              "Monday. Fighting also hit Bamenda.\n");
    const dl_place *p = place(r, "North West");
    assert_non_null(p);
    assert_string_equal(p->country, "CM");
    dl_record_free(r);
}

static void test_regions_by_their_english_names(void **state)
{
    (void)state;
    dl_record *r = parse("Fighting spread across Jonglei State, while talks "
                         "on Nagorno-Karabakh stalled.\n");
    expect(r, "Jonglei State", "SS", "SS-JG", "region");
    expect(r, "Nagorno-Karabakh", "AZ", NULL, "region");
    dl_record_free(r);
    r = parse("Settlers and soldiers clashed in the West Bank on Friday.\n");
    expect(r, "West Bank", "PS", NULL, "region");
    dl_record_free(r);
}

static void test_capitalised_words_that_are_not_places(void **state)
{
    (void)state;
    dl_record *r = parse("In May, Grace Adams of the Permanent Mission said "
                         "the Union would act. Mobile teams reached the "
                         "village.\n");
    assert_int_equal(dl_record_nplaces(r), 0);
    dl_record_free(r);
    /* a name after a word of kinship is a person's */
    r = parse("The boy's mother Elizabeth and his father Juan spoke.\n");
    assert_int_equal(dl_record_nplaces(r), 0);
    dl_record_free(r);
}

/* A region's adjective before a noun is no place (the Balkan province of
 * Turkmenistan is not "the Balkan states"), nor a name before a word that
 * makes it a thing ("Brent crude"); with its type word it stays one. */
static void test_blocked_names_are_no_places(void **state)
{
    (void)state;
    dl_record *r = parse("The Balkan states condemned the attack. Brent crude "
                         "rose in London after the attack.\n");
    assert_null(place(r, "Balkan"));
    assert_null(place(r, "Brent"));
    expect(r, "London", "GB", NULL, "city");
    dl_record_free(r);
    r = parse("Floods hit the Balkan province of Turkmenistan on Monday.\n");
    expect(r, "Balkan", "TM", NULL, "region");
    dl_record_free(r);
}

/* A town before a site named for it is named ("the Zaporizhzhia Nuclear
 * Power Plant", "Kabul International Airport"), unlike one inside another
 * name ("The Moscow Times"). */
static void a_town_before_its_site_is_a_place(void **state)
{
    (void)state;
    dl_record *r = parse("Drones struck the Zaporizhzhia Nuclear Power Plant, and a "
                         "blast hit Kabul International Airport, The Moscow Times "
                         "reported.\n");
    expect(r, "Zaporizhzhia", "UA", NULL, "city");
    expect(r, "Kabul", "AF", NULL, "city");
    assert_null(place(r, "Moscow"));
    dl_record_free(r);
    r = parse("A scientist at Florida International University said the Texas "
              "Air Corp. subsidiary had failed.\n");
    assert_null(place(r, "Florida"));
    assert_null(place(r, "Texas"));
    dl_record_free(r);
}

/* A demonym before a noun is an adjective, even when a region bears the
 * name (Ethiopia's Somali region); as a name it stays a place. */
static void test_a_demonym_before_a_noun_is_no_place(void **state)
{
    (void)state;
    dl_record *r = parse("Somali soldiers repelled the attack on the hotel.\n");
    assert_null(place(r, "Somali"));
    dl_record_free(r);
    r = parse("Clashes spread to Somali and Afar, Ethiopia, on Monday.\n");
    expect(r, "Somali", "ET", NULL, "region");
    dl_record_free(r);
    r = parse("Loyalty to the British royal family runs deep.\n");
    assert_null(place(r, "British"));
    dl_record_free(r);
    /* a country's own name before a noun stays the country */
    r = parse("Jets of the Myanmar military struck the village.\n");
    expect(r, "Myanmar", "MM", NULL, "country");
    dl_record_free(r);
}

static void test_united_nations_is_not_a_place(void **state)
{
    (void)state;
    dl_record *r = parse("The United Nations Security Council met in New "
                         "York on Friday.\n");
    assert_null(place(r, "United Nations"));
    assert_null(place(r, "United"));
    expect(r, "New York", "US", "US-NY", "city");
    dl_record_free(r);
}

static void test_historical_names_resolve_to_their_state(void **state)
{
    (void)state;
    dl_record *r = parse("Troops of the USSR left Burma? No: the Soviet Union "
                         "sent advisers to Bombay and Yugoslavia.\n");
    expect(r, "USSR", "SU", NULL, "country");
    expect(r, "Soviet Union", "SU", NULL, "country");
    expect(r, "Burma", "MM", NULL, "country");
    expect(r, "Yugoslavia", "YU", NULL, "country");
    const dl_place *b = place(r, "Bombay");
    assert_non_null(b);
    assert_string_equal(b->name, "Mumbai");
    assert_string_equal(b->country, "IN");
    dl_record_free(r);
}

static void test_dateline_country_breaks_ties(void **state)
{
    (void)state;
    dl_record *r = parse("Juba, 3 May 2014 - Clashes were reported in Bor and "
                         "Malakal, the mission said.\n");
    expect(r, "Juba", "SS", NULL, "city");
    expect(r, "Bor", "SS", NULL, "city");
    dl_record_free(r);
}

static void test_spans_point_at_the_original_text(void **state)
{
    (void)state;
    const char *s = "Protesters gathered in “Baku” on 20 January.\n";
    dl_record *r = parse(s);
    const dl_place *p = place(r, "Baku");
    assert_non_null(p);
    assert_memory_equal(s + p->span.start, "Baku", 4);
    assert_int_equal(p->span.end - p->span.start, 4);
    assert_non_null(p->rule);
    dl_record_free(r);
}

static void test_lookups_can_be_switched_off(void **state)
{
    (void)state;
    setenv("DATELINE_NO_GAZETTEER", "1", 1);
    dl_record *r = parse("Thousands marched in Baku.\n");
    unsetenv("DATELINE_NO_GAZETTEER");
    assert_int_equal(dl_record_nplaces(r), 0);
    dl_record_free(r);
}

static void test_town_in_a_province_elsewhere_is_unlisted_there(void **state)
{
    (void)state;
    dl_record *r = parse("Gunmen raided the town of Palma in Cabo Delgado "
                         "province. Aid reached Palma two days later.\n");
    const dl_place *p = place(r, "Palma");
    assert_non_null(p);
    assert_string_equal(p->country, "MZ");
    assert_string_equal(p->kind, "other");
    assert_null(p->gazetteer_id);
    for (size_t i = 0; i < dl_record_nplaces(r); i++)
        assert_string_not_equal(dl_record_place(r, i)->country, "ES");
    dl_record_free(r);
}

/* "the enclave of X", "the municipality of X" name an unlisted place as
 * "the town of X" does. */
static void test_more_units_name_unlisted_places(void **state)
{
    (void)state;
    dl_record *r = parse("Sarajevo, 11 July 2020\n\nIn July 1995 forces overran the "
                         "UN-protected enclave of Srebrenica.\n");
    const dl_place *p = place(r, "Srebrenica");
    assert_non_null(p);
    assert_string_equal(p->country, "BA");
    dl_record_free(r);
    r = parse("Sarajevo, 11 July 2020\n\nShells fell on the municipality of "
              "Zvornik.\n");
    assert_non_null(place(r, "Zvornik"));
    dl_record_free(r);
    r = parse("Yangon, 15 March 2024\n\nAn airstrike hit a village in Minbya "
              "township.\n");
    assert_non_null(place(r, "Minbya"));
    dl_record_free(r);
}

/* "Gaza City" means the city, "Tigray Region" the region, whatever else
 * shares the name (a province of Mozambique is also Gaza). */
static void test_a_type_word_picks_the_kind(void **state)
{
    (void)state;
    dl_record *r = parse("Airstrikes hit Gaza City overnight.\n");
    const dl_place *p = place(r, "Gaza City");
    assert_non_null(p);
    assert_string_equal(p->country, "PS");
    assert_string_equal(p->kind, "city");
    dl_record_free(r);
    r = parse("Aid reached Tigray Region.\n");
    p = dl_record_place(r, 0);
    assert_non_null(p);
    assert_string_equal(p->kind, "region");
    dl_record_free(r);
}

/* A city's name before a type word names the region named for it
 * ("Kherson oblast": ISO's "Khersonska oblast"), or the region of that
 * name ("Maguindanao province", "the Florida state"); a lower-case type
 * word stays out of the name. Not a region merely around the city (the
 * oblast of Lutsk is Volynska). */
static void test_a_type_word_after_a_city_names_its_region(void **state)
{
    (void)state;
    dl_record *r = parse("Shelling killed four civilians in Kherson oblast. Drones struck "
                         "the Kharkiv region and Donetsk Oblast. In the Zaporizhzhia "
                         "region, two were injured. Troops clashed in Maguindanao "
                         "province. Protesters marched in the Lutsk region.\n");
    expect(r, "Kherson", "UA", "UA-65", "region");
    expect(r, "Kharkiv", "UA", "UA-63", "region");
    expect(r, "Donetsk Oblast", "UA", "UA-14", "region");
    expect(r, "Zaporizhzhia", "UA", "UA-23", "region");
    expect(r, "Maguindanao", "PH", NULL, "region");
    expect(r, "Lutsk", "UA", NULL, "city");
    dl_record_free(r);
    r = parse("Shelling hit Kherson on Monday.\n");
    expect(r, "Kherson", "UA", "UA-65", "city");
    dl_record_free(r);
}

/* A gazetteer name that resolves to nothing here ("Abu", a town in India)
 * and begins a longer capitalised name before a type word is part of that
 * unlisted place; alone it is still the town. */
static void test_a_dropped_first_word_joins_the_unlisted_name(void **state)
{
    (void)state;
    dl_record *r = parse("Shelling hit the Abu Shouk camp near El Fasher, Sudan.\n");
    expect(r, "Abu Shouk", "SD", NULL, "other");
    assert_null(place(r, "Shouk"));
    dl_record_free(r);
    r = parse("Pilgrims travelled to Abu in Rajasthan.\n");
    expect(r, "Abu", "IN", NULL, "city");
    dl_record_free(r);
    /* a word of its kind between the name and "camp" */
    r = parse("Attacks on the Zamzam displacement camp near El Fasher, Sudan, "
              "killed nine civilians.\n");
    expect(r, "Zamzam", "SD", NULL, "other");
    dl_record_free(r);
    /* GeoNames writes an ayn as a left quote ("‘Afrīn"): it folds away */
    r = parse("Shelling hit Afrin on Monday.\n");
    expect(r, "Afrin", "SY", NULL, "city");
    dl_record_free(r);
    r = parse("Troops raided Tulkarem on Monday.\n");
    expect(r, "Tulkarem", "PS", NULL, "city");
    dl_record_free(r);
    /* English spellings of towns GeoNames writes otherwise */
    r = parse("Rockets hit Sderot and Kiryat Shmona on Monday.\n");
    expect(r, "Sderot", "IL", NULL, "city");
    expect(r, "Kiryat Shmona", "IL", NULL, "city");
    dl_record_free(r);
    /* an NGO's office abroad is no home when its headline names the
     * country: the unlisted town is that country's */
    r = parse("Human Rights Watch\n\nUzbekistan: No Justice\n\n(Berlin, May 12, 2015) - "
              "Troops fired on a crowd in the town of Kuvasoyak, and 500 refugees fled into "
              "Kyrgyzstan, the group said.\n");
    expect(r, "Kuvasoyak", "UZ", NULL, "city");
    dl_record_free(r);
    r = parse("Human Rights Watch\n\nUzbekistan: Ten Years On\n\n(Berlin, May 12, 2015) - "
              "Troops fired on a crowd in the eastern city of Andijan, and 500 refugees fled "
              "into Kyrgyzstan.\n");
    expect(r, "Andijan", "UZ", NULL, "city");
    dl_record_free(r);
    /* a state known by its Arabic transliteration (variants.txt) */
    r = parse("The RSF attacked a village in Al Jazirah State on 5 June.\n");
    expect(r, "Al Jazirah State", "SD", "SD-GZ", "region");
    dl_record_free(r);
    /* a site's town after "in", of the text's own country; none from a
     * regional office's dateline alone */
    r = parse("(Bangkok, March 2, 2024) - Airstrikes hit villages in Sagaing Region, "
              "Myanmar. Jets bombed a monastery in Pazigyi.\n");
    expect(r, "Pazigyi", "MM", NULL, "other");
    dl_record_free(r);
    r = parse("Dakar, 8 February 2024 - Gunmen opened fire on a market in Kasanga.\n");
    assert_null(place(r, "Kasanga"));
    dl_record_free(r);
    /* a police station: a kind of place only after "police" */
    r = parse("Pretoria, 20 March 2010\n\nPolice opened fire outside the Sharpeville "
              "police station.\n");
    expect(r, "Sharpeville", "ZA", NULL, "other");
    dl_record_free(r);
    r = parse("Ships docked at the Guantanamo Naval Station in Cuba.\n");
    assert_null(place(r, "Naval Station"));
    dl_record_free(r);
    /* regions news names that ISO 3166-2 does not list */
    r = parse("Troops killed 17 militants in North Waziristan.\n");
    expect(r, "North Waziristan", "PK", NULL, "region");
    dl_record_free(r);
    r = parse("Forces demolished 15 homes in East Jerusalem.\n");
    expect(r, "East Jerusalem", "PS", NULL, "region");
    dl_record_free(r);
    r = parse("The Zamzam displacement crisis deepened.\n");
    assert_null(place(r, "Zamzam"));
    dl_record_free(r);
}

/* A country listed with a country is one too: Niger after "Nigeria and" is
 * the state, not Niger State of Nigeria. */
static void test_a_country_listed_with_a_country(void **state)
{
    (void)state;
    dl_record *r = parse("Abuja, 12 March 2021\n\nThe Governments of Nigeria and Niger "
                         "condemn the abduction.\n");
    expect(r, "Niger", "NE", NULL, "country");
    dl_record_free(r);
    r = parse("Abuja, 12 March 2021\n\nGunmen attacked villages in Kaduna and Niger "
              "states.\n");
    const dl_place *p = place(r, "Niger");
    assert_true(p == NULL || strcmp(p->country, "NE") != 0);
    dl_record_free(r);
}

/* Gaza's towns as news spells them: "ou" and "ei" meet GeoNames' "u" and
 * "ay", and a name is known without its article ("Al Burayj"). */
static void test_arabic_spellings_meet_the_gazetteer(void **state)
{
    (void)state;
    dl_record *r = parse("Airstrikes hit Khan Younis, Deir al-Balah, Beit Hanoun, "
                         "Nuseirat and Bureij overnight.\n");
    expect(r, "Khan Younis", "PS", NULL, "city");
    expect(r, "Deir al-Balah", "PS", NULL, "city");
    expect(r, "Beit Hanoun", "PS", NULL, "city");
    expect(r, "Nuseirat", "PS", NULL, "city");
    expect(r, "Bureij", "PS", NULL, "city");
    dl_record_free(r);
    /* names of variants.txt that news uses for places GeoNames spells
     * otherwise */
    r = parse("Shelling hit Stepanakert in Azerbaijan.\n");
    expect(r, "Stepanakert", "AZ", NULL, "city");
    dl_record_free(r);
    r = parse("Protesters were shot in Zahedan, Sistan and Baluchestan province.\n");
    expect(r, "Sistan and Baluchestan", "IR", "IR-11", "region");
    dl_record_free(r);
    /* Soviet-era names in statements on the events of those years */
    r = parse("Pogroms followed in Kirovabad in November 1988, and the earthquake "
              "destroyed Leninakan.\n");
    expect(r, "Kirovabad", "AZ", NULL, "city");
    expect(r, "Leninakan", "AM", NULL, "city");
    dl_record_free(r);
    r = parse("The earthquake struck 70 km south-west of Marrakech, Morocco.\n");
    expect(r, "Marrakech", "MA", NULL, "city");
    dl_record_free(r);
    r = parse("Fighting reached El Geneina and Wad Madani.\n");
    expect(r, "El Geneina", "SD", NULL, "city");
    expect(r, "Wad Madani", "SD", NULL, "city");
    dl_record_free(r);
    /* regions news names that ISO 3166-2 lists otherwise or not at all */
    r = parse("Fighting was reported in Iraqi Kurdistan, in Transnistria and in "
              "South Ossetia.\n");
    expect(r, "Iraqi Kurdistan", "IQ", NULL, "region");
    expect(r, "Transnistria", "MD", "MD-SN", "region");
    expect(r, "South Ossetia", "GE", NULL, "region");
    dl_record_free(r);
    /* Russian-derived English forms ("Gomel" is GeoNames' Homyel') */
    r = parse("Police detained protesters in Minsk, Gomel and Grodno; shelling "
              "hit Kharkov and Gorlovka.\n");
    expect(r, "Gomel", "BY", NULL, "city");
    expect(r, "Grodno", "BY", NULL, "city");
    expect(r, "Kharkov", "UA", "UA-63", "city");
    expect(r, "Gorlovka", "UA", NULL, "city");
    dl_record_free(r);
    /* English names of cities GeoNames calls Darnah and Okap */
    r = parse("Floods hit Derna in eastern Libya; clashes erupted in Cap-Haïtien.\n");
    expect(r, "Derna", "LY", NULL, "city");
    expect(r, "Cap-Haïtien", "HT", NULL, "city");
    dl_record_free(r);
}

/* A region that holds a place named beside it in its sentence is that
 * region: "Miami ... across Florida" in a story from Havana is the US
 * state, not the Cuban town. */
static void test_a_region_holding_its_neighbour_wins(void **state)
{
    (void)state;
    dl_record *r = parse("HAVANA, Jan. 7 (AP) - Cuban officials met in Havana. Exiles in "
                         "Miami and across Florida protested.\n");
    expect(r, "Florida", "US", "US-FL", "region");
    dl_record_free(r);
    r = parse("The Academy may move to Ashburn village, Virginia, near Washington.\n");
    expect(r, "Virginia", "US", "US-VA", "region");
    dl_record_free(r);
}

static void test_a_name_keeps_one_sense_in_a_document(void **state)
{
    (void)state;
    dl_record *r = parse("Crowds gathered in Macon, Georgia, on Friday. The "
                         "Georgia Emergency Management Agency opened shelters "
                         "as Georgia braced for the storm.\n");
    for (size_t i = 0; i < dl_record_nplaces(r); i++) {
        const dl_place *p = dl_record_place(r, i);
        if (!strcmp(p->text, "Georgia"))
            assert_string_equal(p->country, "US");
    }
    dl_record_free(r);
}

static void test_acronyms_are_not_towns(void **state)
{
    (void)state;
    dl_record *r = parse("The UN and the AU condemned the attack in Mogadishu.\n");
    assert_null(place(r, "UN"));
    assert_null(place(r, "AU"));
    expect(r, "Mogadishu", "SO", NULL, "city");
    dl_record_free(r);
}

static void test_transliterations_meet(void **state)
{
    (void)state;
    dl_record *r = parse("Airstrikes hit Sana'a and Saada overnight, Yemeni "
                         "officials said.\n");
    expect(r, "Sana'a", "YE", NULL, "city");
    expect(r, "Saada", "YE", NULL, "city");
    dl_record_free(r);
    /* Ukrainian names in the national transliteration meet GeoNames' */
    r = parse("Troops repelled attacks near Avdiivka and Kupiansk, the General "
              "Staff said.\n");
    expect(r, "Avdiivka", "UA", NULL, "city");
    expect(r, "Kupiansk", "UA", NULL, "city");
    dl_record_free(r);
}

static void test_small_town_abroad_without_support_is_dropped(void **state)
{
    (void)state;
    dl_record *r = parse("Police arrested 14 people in Whitehall after the "
                         "march through central London.\n");
    expect(r, "London", "GB", NULL, "city");
    const dl_place *p = place(r, "Whitehall");
    assert_true(p == NULL || strcmp(p->country, "US") != 0);
    dl_record_free(r);
    /* a known issuer's country points home as a named place does */
    r = parse("Metropolitan Police Service\n\nArrests following disorder in "
              "Whitehall\n\nOfficers made 126 arrests in Whitehall during the day.\n");
    p = place(r, "Whitehall");
    assert_true(p == NULL || strcmp(p->country, "US") != 0);
    dl_record_free(r);
}

static void test_type_words_name_regions_and_unlisted_places(void **state)
{
    (void)state;
    dl_record *r = parse("Fighting in the Tigray Region of Ethiopia spread to "
                         "the Humera area. Two villagers near the Kafta "
                         "district were detained.\n");
    expect(r, "Tigray Region", "ET", "ET-TI", "region");
    expect(r, "Kafta", "ET", NULL, "other");
    dl_record_free(r);
}

static void test_country_named_like_its_capital_is_the_country(void **state)
{
    (void)state;
    dl_record *r = parse("Troops landed in Panama before dawn.\n");
    expect(r, "Panama", "PA", NULL, "country");
    dl_record_free(r);
}

static void test_half_of_a_hyphenated_name_is_not_a_city(void **state)
{
    (void)state;
    dl_record *r = parse("Shelling hit Ostrava-Dolna and Kramatorsk overnight, "
                         "near the Armenia-Azerbaijan border.\n");
    assert_null(place(r, "Ostrava"));
    expect(r, "Kramatorsk", "UA", NULL, "city");
    expect(r, "Armenia", "AM", NULL, "country");
    expect(r, "Azerbaijan", "AZ", NULL, "country");
    dl_record_free(r);
}

static void test_english_names_of_foreign_cities(void **state)
{
    (void)state;
    dl_record *r = parse("Geneva, 8 May 2019\n\nTalks resumed in Washington "
                         "and Cologne.\n");
    expect(r, "Geneva", "CH", NULL, "city");
    expect(r, "Washington", "US", "US-DC", "city");
    expect(r, "Cologne", "DE", NULL, "city");
    dl_record_free(r);
}

/* The names each side uses for one region resolve to its entry, the
 * text keeping its own word */
static void test_other_names_of_a_listed_region(void **state)
{
    (void)state;
    dl_record *r = parse("Yerevan, 27 September 2023\n\nThe war against Artsakh began on "
                         "27 September 2020. Fighting in Karabakh went on.\n");
    expect(r, "Artsakh", "AZ", NULL, "region");
    expect(r, "Karabakh", "AZ", NULL, "region");
    dl_record_free(r);
}

/* The seat of a second-level subdivision whose population GeoNames does
 * not give is a small town too: Al Qamishli, Afghanistan's district
 * centres. */
static void test_district_seats_of_unknown_size(void **state)
{
    (void)state;
    dl_record *r = parse("DAMASCUS, 12 March 2016 - Clashes were reported in Qamishli "
                         "and Hasakah on Friday.\n");
    expect(r, "Qamishli", "SY", NULL, "city");
    dl_record_free(r);
    r = parse("KABUL, 3 May 2019 - Fighting went on in Zurmat and Spin Boldak "
              "on Friday.\n");
    expect(r, "Zurmat", "AF", NULL, "city");
    expect(r, "Spin Boldak", "AF", NULL, "city");
    dl_record_free(r);
}

/* "U.S" without its last dot: the run goes on over the dot, though no
 * name begins with "U" and a space. */
static void test_dotted_initials_without_last_dot(void **state)
{
    (void)state;
    dl_record *r = parse("The bombings at U.S embassies in Kenya and Tanzania killed "
                         "more than 200 people.\n");
    expect(r, "U.S", "US", NULL, "country");
    dl_record_free(r);
}

/* A small town (under 15,000 people) is named where a place is plainly
 * meant and something points to its country: after "in" or "the town
 * of", listed after another, in a pair that fits; not at a sentence's
 * start, in capitals, before a type word, or with nothing of its country
 * around. */
static void test_small_towns_where_a_place_is_meant(void **state)
{
    (void)state;
    dl_record *r = parse("Thousands fled from Srebrenica to Tuzla in July 1995; "
                         "others were killed in villages around Srebrenica and "
                         "Bratunac.\n");
    expect(r, "Srebrenica", "BA", NULL, "city");
    expect(r, "Bratunac", "BA", NULL, "city");
    dl_record_free(r);
    r = parse("The king arrived in Kennebunkport, Maine, on Thursday.\n");
    expect(r, "Kennebunkport", "US", "US-ME", "city");
    dl_record_free(r);
    /* nothing of Bosnia around: no place */
    r = parse("Delegates met in Srebrenica on Monday.\n");
    assert_null(place(r, "Srebrenica"));
    dl_record_free(r);
    /* a sentence's start, not after a preposition */
    r = parse("Srebrenica is remembered in Tuzla every year.\n");
    assert_null(place(r, "Srebrenica"));
    dl_record_free(r);
    /* "Cuba's" is the country's, though a town is named Cubas */
    r = parse("Saying nothing was certain, Cuba's government called a rally "
              "in Havana.\n");
    expect(r, "Cuba", "CU", NULL, "country");
    dl_record_free(r);
    /* the Arabic article before a name known without it is the name's */
    r = parse("Gunmen killed 40 people in a village in Sudan's El Gezira state "
              "and shelled Al Gezira again.\n");
    expect(r, "El Gezira", "SD", NULL, "region");
    expect(r, "Al Gezira", "SD", NULL, "region");
    assert_null(place(r, "Al"));
    dl_record_free(r);
    /* a small town in a pair qualifies nothing ("Bear, Stearns") */
    r = parse("An analyst with Bear, Stearns & Co. in New York said so.\n");
    assert_null(place(r, "Bear"));
    assert_null(place(r, "Stearns"));
    dl_record_free(r);
}

/* A word before "of" names the kind: "the town of Khojaly" is the town,
 * "the district of Khojaly" the district, "the Thai province of Surin" the
 * province. */
static void test_the_town_of_or_the_district_of(void **state)
{
    (void)state;
    dl_record *r = parse("Armed units attacked the town of Khojaly in Azerbaijan.\n");
    expect(r, "Khojaly", "AZ", NULL, "city");
    dl_record_free(r);
    r = parse("Shelling hit villages of the district of Khojaly in Azerbaijan.\n");
    expect(r, "Khojaly", "AZ", "AZ-XCI", "region");
    dl_record_free(r);
    r = parse("Refugees crossed into the Thai province of Surin on Sunday.\n");
    expect(r, "Surin", "TH", NULL, "region");
    dl_record_free(r);
    /* a name that is also a word ("sake") after "the town of" */
    r = parse("Clashes around the town of Sake displaced thousands towards Goma.\n");
    expect(r, "Sake", "CD", NULL, "city");
    dl_record_free(r);
}

/* A plural type word after a list types every name of it; a typed name
 * keeps its kind though the dateline names the city. */
static void test_a_plural_type_word_types_its_list(void **state)
{
    (void)state;
    dl_record *r = parse("KYIV, Ukraine (AP) - Air defenses shot down 38 drones over "
                         "the Kyiv, Poltava and Kharkiv regions. Russia said it "
                         "destroyed 27 drones over the Belgorod and Kursk regions.\n");
    expect(r, "Poltava", "UA", "UA-53", "region");
    expect(r, "Kharkiv", "UA", "UA-63", "region");
    expect(r, "Belgorod", "RU", NULL, "region");
    expect(r, "Kursk", "RU", NULL, "region");
    const dl_place *k = NULL;
    for (size_t i = 0; i < dl_record_nplaces(r); i++)
        if (!strcmp(dl_record_place(r, i)->text, "Kyiv"))
            k = dl_record_place(r, i); /* the last: the list's */
    assert_non_null(k);
    assert_string_equal(k->kind, "region");
    dl_record_free(r);
}

/* A place the gazetteer lacks takes the kind its word names
 * (data/en/place_unit_kinds.txt): a town or village is a city, as the
 * gazetteer's small towns are; a province a region; an area stays other */
static void test_an_unlisted_place_takes_the_kind_its_word_names(void **state)
{
    (void)state;
    dl_record *r = parse("Kyiv, 3 March 2024 - Shelling hit the village of Vrelkovo, "
                         "the town of Ostrenivka and the area of Sokolny Yar on Monday.\n");
    expect(r, "Vrelkovo", "UA", NULL, "city");
    expect(r, "Ostrenivka", "UA", NULL, "city");
    expect(r, "Sokolny Yar", "UA", NULL, "other");
    dl_record_free(r);
    r = parse("Kabul, 3 March 2024 - Fighting spread across the province of Dastrak.\n");
    expect(r, "Dastrak", "AF", NULL, "region");
    dl_record_free(r);
}

/* "southern Serb Kosovo province": a national adjective before a place is
 * no part of a longer name; Kosovo, which ISO 3166 gives no code, is a
 * region of no country */
static void test_a_national_adjective_before_a_place(void **state)
{
    (void)state;
    dl_record *r = parse("Police killed 51 ethnic Albanians in southern Serb Kosovo "
                         "province.\n");
    expect(r, "Kosovo", NULL, NULL, "region");
    dl_record_free(r);
    r = parse("Clashes broke out in Iraqi Kurdistan on Monday.\n");
    expect(r, "Iraqi Kurdistan", "IQ", NULL, "region");
    dl_record_free(r);
}

/* "US$160 million", "HK$5 million": a currency, no place; "(Sanaa
 * time)": a zone */
static void test_a_currency_is_no_place(void **state)
{
    (void)state;
    dl_record *r = parse("The UN appealed for US$160 million, and donors in Hong Kong "
                         "pledged HK$5 million.\n");
    assert_null(place(r, "US"));
    assert_null(place(r, "HK"));
    expect(r, "Hong Kong", "HK", NULL, "country");
    dl_record_free(r);
    /* a saint's name is no town */
    r = parse("Worshippers gathered at St. Sebastian's Church in Negombo and at Saint "
              "Anthony's Shrine, with visitors from the United States.\n");
    assert_null(place(r, "Sebastian"));
    assert_null(place(r, "Anthony"));
    expect(r, "Negombo", "LK", NULL, "city");
    dl_record_free(r);
    r = parse("Fighting reached St. Petersburg.\n");
    expect(r, "St. Petersburg", "RU", NULL, "city");
    dl_record_free(r);
    /* a person named like a country but for a doubled letter */
    r = parse("The Prime Minister, David Cameron, apologised. Troops entered Cameroon.\n");
    assert_null(place(r, "Cameron"));
    expect(r, "Cameroon", "CM", NULL, "country");
    dl_record_free(r);
    /* nor is a clock's zone */
    r = parse("At approximately 9 p.m. (Sanaa time), U.S. forces struck 14 missiles. "
              "Moscow time is three hours ahead.\n");
    assert_null(place(r, "Sanaa"));
    assert_null(place(r, "Moscow"));
    dl_record_free(r);
}

/* "Adana, Adıyaman, Gaziantep, Hatay and Kilis": a list closed by "and",
 * no pair of a town and the region it lies in; pairs listed stay pairs;
 * a number word before a type word is no place */
static void test_a_list_of_places_is_no_chain_of_pairs(void **state)
{
    (void)state;
    dl_record *r = parse("Ankara, 21 February 2023 - Eleven provinces were affected: "
                         "Adana, Elazig, Gaziantep, Hatay and Kilis.\n");
    expect(r, "Gaziantep", "TR", "TR-27", "city");
    assert_null(place(r, "Eleven"));
    dl_record_free(r);
    r = parse("Protests took place in Athens, Georgia, and Macon, Georgia.\n");
    expect(r, "Athens", "US", "US-GA", "city");
    dl_record_free(r);
    r = parse("The airline flies to 42 cities in New Mexico, Arizona, Wyoming, Colorado "
              "and Texas.\n");
    expect(r, "Wyoming", "US", "US-WY", "region");
    dl_record_free(r);
}

/* a body of water is no town, region or country of its name: "the River
 * Nile", "the Red Sea", "the Gulf of Aden", "Lake Chad"; "River Nile
 * State", "Red Sea state" stay the regions */
static void test_water_is_no_place_of_its_name(void **state)
{
    (void)state;
    dl_record *r = parse("Some 40 bodies were recovered from the River Nile. Houthi "
                         "attacks hit ships in the Red Sea and the Gulf of Aden, and "
                         "Boko Haram raided islands on Lake Chad.\n");
    assert_null(place(r, "River Nile"));
    assert_null(place(r, "Red Sea"));
    assert_null(place(r, "Aden"));
    assert_null(place(r, "Chad"));
    dl_record_free(r);
    r = parse("Fighting spread to Red Sea state and River Nile State.\n");
    expect(r, "Red Sea", "SD", NULL, "region");
    expect(r, "River Nile State", "SD", NULL, "region");
    dl_record_free(r);
}

/* a place's name inside a person's: "Ali Hassan al-Majid" (Hassan is a
 * town of India), "Hamad bin Khalifa"; "in Mosul al-Jadida" is Mosul */
static void test_a_name_going_on_after_a_particle_is_a_persons(void **state)
{
    (void)state;
    dl_record *r = parse("Ali Hassan al-Majid was executed in Baghdad on 25 January 2010. "
                         "Sheikh Khalid bin Hassan received him.\n");
    assert_null(place(r, "Hassan"));
    expect(r, "Baghdad", "IQ", NULL, "city");
    dl_record_free(r);
    r = parse("Fighting in Mosul al-Jadida continued on Monday.\n");
    expect(r, "Mosul", "IQ", NULL, "city");
    dl_record_free(r);
}

/* "the cities of X and Y": towns, none a town and its region; "the
 * villages of X and Y" name unlisted villages */
static void test_the_cities_of_a_list(void **state)
{
    (void)state;
    dl_record *r = parse("Police arrested suspects in the cities of Tangier, Tetouan and "
                         "Meknes.\n");
    expect(r, "Tangier", "MA", NULL, "city");
    expect(r, "Tetouan", "MA", NULL, "city");
    dl_record_free(r);
    r = parse("M23 elements killed civilians in the villages of Kishishe and Bambo, in "
              "Rutshuru territory.\n");
    expect(r, "Kishishe", NULL, NULL, "city"); /* no country told */
    dl_record_free(r);
    /* a plural unit before one name names the district they lie in */
    r = parse("Aid reached remote villages of Jajarkot in Karnali Province on Monday.\n");
    const dl_place *j = place(r, "Jajarkot");
    assert_true(!j || strcmp(j->kind, "city"));
    dl_record_free(r);
}

/* the two places a road joins, named with a hyphen before it, are both
 * places; a hyphenated name stays none */
static void test_the_places_a_road_joins(void **state)
{
    (void)state;
    dl_record *r = parse("Traffic on the Kabul-Kandahar highway stopped. Linda "
                         "Thomas-Greenfield spoke.\n");
    expect(r, "Kabul", "AF", NULL, "city");
    assert_non_null(place(r, "Kandahar"));
    assert_null(place(r, "Greenfield"));
    dl_record_free(r);
}

/* an acronym in running text before a type word is a body's, no unlisted
 * place: "a MINUSMA camp in Kidal", "the IDP camp" */
static void test_an_acronym_before_a_type_word_is_no_place(void **state)
{
    (void)state;
    dl_record *r = parse("Mortar fire hit a MINUSMA camp in Kidal and the IDP camp near "
                         "Gao on 5 June.\n");
    assert_null(place(r, "MINUSMA"));
    assert_null(place(r, "IDP"));
    expect(r, "Kidal", "ML", NULL, "city");
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_name_going_on_after_a_particle_is_a_persons),
        cmocka_unit_test(test_an_acronym_before_a_type_word_is_no_place),
        cmocka_unit_test(test_the_places_a_road_joins),
        cmocka_unit_test(test_the_cities_of_a_list),
        cmocka_unit_test(test_water_is_no_place_of_its_name),
        cmocka_unit_test(test_a_list_of_places_is_no_chain_of_pairs),
        cmocka_unit_test(test_a_currency_is_no_place),
        cmocka_unit_test(test_an_unlisted_place_takes_the_kind_its_word_names),
        cmocka_unit_test(test_a_national_adjective_before_a_place),
        cmocka_unit_test(test_georgia_alone_is_the_country),
        cmocka_unit_test(test_other_names_of_a_listed_region),
        cmocka_unit_test(test_unlisted_name_with_an_arabic_article),
        cmocka_unit_test(test_direction_named_regions_abroad_are_no_place),
        cmocka_unit_test(test_half_of_a_hyphenated_name_is_not_a_city),
        cmocka_unit_test(test_georgia_after_a_us_city_is_the_state),
        cmocka_unit_test(test_georgia_in_a_us_document_is_the_state),
        cmocka_unit_test(test_paris_texas_is_not_paris_france),
        cmocka_unit_test(test_unlisted_village_takes_the_country_named_after_it),
        cmocka_unit_test(test_unlisted_village_in_a_dated_statement_from_goma),
        cmocka_unit_test(test_unlisted_village_in_a_region_after_a_direction),
        cmocka_unit_test(test_regions_by_type_word_and_english_name),
        cmocka_unit_test(test_a_name_before_said_is_a_person_unless_a_capital),
        cmocka_unit_test(test_a_title_word_is_no_unlisted_place),
        cmocka_unit_test(test_regions_by_their_english_names),
        cmocka_unit_test(test_capitalised_words_that_are_not_places),
        cmocka_unit_test(test_united_nations_is_not_a_place),
        cmocka_unit_test(test_a_demonym_before_a_noun_is_no_place),
        cmocka_unit_test(test_blocked_names_are_no_places),
        cmocka_unit_test(a_town_before_its_site_is_a_place),
        cmocka_unit_test(test_historical_names_resolve_to_their_state),
        cmocka_unit_test(test_dateline_country_breaks_ties),
        cmocka_unit_test(test_spans_point_at_the_original_text),
        cmocka_unit_test(test_lookups_can_be_switched_off),
        cmocka_unit_test(test_town_in_a_province_elsewhere_is_unlisted_there),
        cmocka_unit_test(test_more_units_name_unlisted_places),
        cmocka_unit_test(test_a_type_word_picks_the_kind),
        cmocka_unit_test(test_a_type_word_after_a_city_names_its_region),
        cmocka_unit_test(test_a_dropped_first_word_joins_the_unlisted_name),
        cmocka_unit_test(test_a_country_listed_with_a_country),
        cmocka_unit_test(test_arabic_spellings_meet_the_gazetteer),
        cmocka_unit_test(test_a_region_holding_its_neighbour_wins),
        cmocka_unit_test(test_a_name_keeps_one_sense_in_a_document),
        cmocka_unit_test(test_acronyms_are_not_towns),
        cmocka_unit_test(test_transliterations_meet),
        cmocka_unit_test(test_small_town_abroad_without_support_is_dropped),
        cmocka_unit_test(test_type_words_name_regions_and_unlisted_places),
        cmocka_unit_test(test_country_named_like_its_capital_is_the_country),
        cmocka_unit_test(test_english_names_of_foreign_cities),
        cmocka_unit_test(test_district_seats_of_unknown_size),
        cmocka_unit_test(test_dotted_initials_without_last_dot),
        cmocka_unit_test(test_small_towns_where_a_place_is_meant),
        cmocka_unit_test(test_the_town_of_or_the_district_of),
        cmocka_unit_test(test_a_plural_type_word_types_its_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
