// Function words of English and Polish, written by hand: articles, auxiliaries, pronouns, prepositions,
// conjunctions, particles, numerals and common abbreviations, each reading with its usual translations and a
// short grammar note. The dictionaries list these words' rare senses first or miss them (the → "tym", is →
// "wyspa", w → "voc.", lecz → "cure!"), and their right reading depends on the words around them: a reading's
// condition says when it applies, and the first reading whose condition holds is shown first.
//
// One reading per line:  forms | part of speech | condition | translations (comma-separated) | note
//   forms: "/"-separated spellings; "=lemma" matches every form Morfologik gives that lemma (Polish).
//   condition (empty: always; tried in the order written, the reading without one is the fallback):
//     next:verb       the next word is a verb's base form (English: to help, will go; Polish: an infinitive)
//     next:participle the next word (after adverbs and "not") is a past participle (has fled, is hosted)
//     next:ing        the next word (after adverbs) is an -ing form (is running)
//     next:noun       the next word starts a noun phrase (determiner, adjective, noun, number)
//     next:adj        the next word is an adjective or adverb (more useful, so funny)
//     next:not        the next word is "not" or the word ends in n't
//     next:clause     the next word can start a clause (a pronoun, article or name)
//     next:period     the word is written with a period after it (an abbreviation: proc., tys.)
//     prev:verb       the word before is a verb (said that, told that)
//     start           the word starts the sentence or a clause (after a comma, colon or dash)
//     case:loc, case:acc, case:gen, case:dat, case:inst   (Polish) the next noun phrase can be in that case
import type { DictEntry, Sense } from '../../shared/types';

export const FUNCTION_WORDS = 'glosa-function-words';

export type Condition =
  | 'next:verb' | 'next:participle' | 'next:ing' | 'next:noun' | 'next:adj' | 'next:not' | 'next:clause' | 'next:period'
  | 'prev:verb' | 'start' | 'case:loc' | 'case:acc' | 'case:gen' | 'case:dat' | 'case:inst';

export interface Reading {
  pos: string;
  when: Condition | null;
  sense: Sense;
}

const ENGLISH = `
the | article | | (definite article) | no Polish equivalent: shown by word order or by ten, ta, to
a/an | article | | (indefinite article), jakiś, jeden | usually not translated; jakiś = some, jeden = one
to | particle | next:verb | (infinitive marker) | to + verb: the infinitive, not translated (to help = pomóc); in order to: aby, żeby
to | preposition | | do, na, dla | direction: do (to Warsaw = do Warszawy); recipient: dative or dla (to him = jemu)
of | preposition | | (genitive), z, od | of + noun: the Polish genitive (the leg of a table = noga stołu); one of = jeden z
in | preposition | | w | in + place: w + locative (in Poland = w Polsce); in + month/year: w; in two days = za dwa dni
in | adverb | | do środka, w środku | with no noun after it: inside
on | preposition | | na, w | on + surface: na + locative; on + day: w (on Monday = w poniedziałek); on + topic: o
at | preposition | | w, na, przy, o | at + place: w/na/przy; at + time: o (at five = o piątej)
for | preposition | | dla, na, przez, za | for + person: dla; for + time: przez (for a year); for + purpose: na; for + price: za
from | preposition | | z, od | from + place: z; from + person or time: od
with | preposition | | z | with + noun: z + instrumental (with him = z nim); the tool: instrumental alone (with a knife = nożem)
by | preposition | | przez, obok, do | passive agent: przez (by him = przez niego); by + time: do, przed; next to: obok, przy
about | preposition | | o, około | about + topic: o + locative; about + number: około
as | conjunction | next:adj | tak, jak | as … as: tak … jak (as clean as = tak czysty jak)
as | conjunction | next:clause | jak, ponieważ, gdy | as + clause: jak (as they say); since: ponieważ; while: gdy
as | preposition | | jako, jak | as + role: jako (as a teacher = jako nauczyciel); like: jak
into | preposition | | do, w | into + place: do + genitive, w + accusative
over | preposition | | nad, ponad, przez | above: nad; more than: ponad; across or during: przez
under | preposition | | pod, poniżej | under + noun: pod + instrumental; less than: poniżej
after | preposition | | po, za | after + time or event: po + locative; behind: za
before | preposition | | przed | before + noun: przed + instrumental; as a conjunction: zanim
between | preposition | | między | między + instrumental
through | preposition | | przez | przez + accusative
during | preposition | | podczas, w czasie | + genitive
without | preposition | | bez | bez + genitive
within | preposition | | w ciągu, w, wewnątrz | within a time: w ciągu; within a place: w, wewnątrz
against | preposition | | przeciw, przeciwko, o | against + dative; leaning against: o
among/amongst | preposition | | wśród, między | + genitive
until/till | preposition | | do, aż do | until + time: do; as a conjunction: dopóki (nie), aż
since | preposition | next:noun | od | since + time: od (since 2013 = od 2013)
since | conjunction | | ponieważ, odkąd | since + clause: ponieważ (because) or odkąd (from the time)
towards/toward | preposition | | w kierunku, do, wobec | direction: w kierunku; attitude: wobec
upon | preposition | | na, po | formal on
across | preposition | | przez, po drugiej stronie | przez + accusative
behind | preposition | | za | za + instrumental
around | preposition | | wokół, około | around + place: wokół; + number: około
per | preposition | | na | per year = na rok, rocznie
via | preposition | | przez | by way of
like | preposition | | jak, jak na | like + noun: jak (like a child = jak dziecko); to like: lubić
than | conjunction | | niż, od | comparison: niż (more than = więcej niż)
and | conjunction | | i, a, oraz | i joins; a contrasts or continues
or | conjunction | | lub, albo, czy | czy in questions
but | conjunction | | ale, lecz, jednak | ale, lecz: but; but for / all but: oprócz
nor | conjunction | | ani | neither … nor = ani … ani
if | conjunction | | jeśli, jeżeli, czy | condition: jeśli; whether: czy; hypothetical: gdyby
because | conjunction | | ponieważ, bo | because of = z powodu
so | adverb | next:adj | tak, taki | so + adjective: tak (so funny = tak zabawny)
so | conjunction | | więc, dlatego, tak | so + clause: więc; so that: żeby
that | conjunction | prev:verb | że | that after a verb: że (he said that = powiedział, że)
that | conjunction | next:clause | że | that + clause: że
that | pronoun | next:verb | który, która, które | relative: który, agreeing with the noun before (the company that makes = firma, która robi)
that | determiner | next:noun | ten, ta, to, tamten | that + noun: ten/ta/to (near), tamten (far)
that | pronoun | | to, tamto, że | to (that is = to jest)
this | determiner | next:noun | ten, ta, to | this + noun agrees in gender: ten rok, ta metoda, to miasto
this | pronoun | | to | this is = to jest
these | determiner | | te, ci | ci for men, te for the rest
those | determiner | | tamte, tamci, te, ci | tamci for men
when | conjunction | | kiedy, gdy | when + clause: kiedy, gdy; question: kiedy?
while | conjunction | | podczas gdy, gdy, chociaż | whereas: podczas gdy; although: chociaż
although/though | conjunction | | chociaż, choć, mimo że | as though: jak gdyby
unless | conjunction | | chyba że, jeśli nie | 
whether | conjunction | | czy | whether … or = czy … czy
where | adverb | | gdzie | where to: dokąd
why | adverb | | dlaczego, czemu | 
how | adverb | | jak | how much/many: ile
what | pronoun | | co, jaki | what + noun: jaki
which | pronoun | | który, która, które | 
who | pronoun | start | kto | question: kto
who | pronoun | | który, która, którzy, kto | relative: który (the people who = ludzie, którzy)
whom | pronoun | | którego, kogo | object form of who
whose | pronoun | | czyj, którego, której | 
I | pronoun | | ja | subject pronoun, often left out in Polish: I have = mam
me | pronoun | | mnie, mi | object form of I
you | pronoun | | ty, wy, pan, pani | one person: ty; more: wy; polite: pan/pani; generic you: not translated (tłumaczy się bezosobowo)
he | pronoun | | on | often left out in Polish
him | pronoun | | go, jego, niego, mu | object form of he
she | pronoun | | ona | 
her | determiner | next:noun | jej, swój | her + noun: jej (swój when it is the subject's own)
her | pronoun | | ją, jej, niej | object form of she
it | pronoun | | to, ono, (not translated) | a dummy subject is not translated: it is raining = pada
we | pronoun | | my | often left out in Polish: we have = mamy
us | pronoun | | nas, nam | object form of we
they | pronoun | | oni, one | oni for groups with men, one for the rest
them | pronoun | | ich, im, nich, je | object form of they
my | determiner | | mój, moja, moje, swój | swój when it is the subject's own
your | determiner | | twój, wasz, pana, pani, swój | 
his | determiner | | jego, swój | swój when it is the subject's own
its | determiner | | jego, jej, swój | 
our | determiner | | nasz, swój | 
their | determiner | | ich, swój | swój when it is the subject's own
myself | pronoun | | się, siebie, sam | reflexive: się; emphatic: (ja) sam
yourself | pronoun | | się, siebie, sam | reflexive: się; emphatic: sam
himself/herself/itself | pronoun | | się, siebie, sam | reflexive: się; emphatic: sam, sama
ourselves/themselves/yourselves | pronoun | | się, siebie, sami | reflexive: się; emphatic: sami
be | verb | next:participle | być, zostać | be + past participle: the passive (be done = być zrobionym, zostać zrobionym)
be | verb | | być | 
is | verb | next:participle | jest, zostaje | is + past participle: the passive (is hosted = jest hostowany)
is | verb | next:ing | jest, (continuous) | is + -ing: continuous, not translated (is running = biegnie)
is | verb | | jest, być | present of be
are | verb | next:participle | są, zostają | are + past participle: the passive (are protected = są chronieni)
are | verb | next:ing | są, (continuous) | are + -ing: continuous, not translated
are | verb | | są, jesteś, jesteście, być | present of be
am | verb | | jestem, być | present of be
was | verb | next:participle | był, została, został | was + past participle: the passive (was suspected = był podejrzewany)
was | verb | | był, była, było, być | past of be
were | verb | next:participle | byli, były, zostali | were + past participle: the passive
were | verb | | byli, były, byłeś, być | past of be
been | verb | next:participle | być, zostać | (have) been + past participle: the passive
been | verb | | być | past participle of be (has been = był)
being | verb | | będąc, bycie, być | 
have | verb | next:participle | (perfect auxiliary) | have + past participle: the perfect, not translated; the verb takes the past tense (have worked = pracowałem)
have | verb | next:verb | musieć | have to = musieć
have | verb | | mieć | 
has | verb | next:participle | (perfect auxiliary) | has + past participle: the perfect, not translated; the verb takes the past tense (has fled = uciekł)
has | verb | | ma, mieć | 3rd person of have
had | verb | next:participle | (past perfect auxiliary) | had + past participle: the past perfect; Polish uses the past tense (had gone = poszedł)
had | verb | | miał, miała, miało, mieć | past of have
having | verb | | mając, mieć | 
do | verb | next:not | (auxiliary) | do + not: negation, not translated: nie (do not go = nie idź)
do | verb | next:clause | (auxiliary) | do in questions: not translated (czy)
do | verb | | robić, zrobić | 
does | verb | next:not | (auxiliary) | does + not: negation: nie
does | verb | next:clause | (auxiliary) | does in questions: czy
does | verb | | robi, robić | 
did | verb | next:not | (auxiliary) | did + not: past negation: nie + past tense (did not go = nie poszedł)
did | verb | next:clause | (auxiliary) | did in questions: czy + past tense
did | verb | | zrobił, robił, robić | past of do
will | verb | | będzie, (future) | will + verb: the future (will go = pójdzie, będzie szedł)
would | verb | | by, (conditional) | would + verb: the conditional (would die = umarłby)
can | verb | | móc, umieć | can + verb: móc; know how to: umieć
could | verb | | mógł, mógłby, móc | past or conditional of can
may | verb | | móc, może | permission: móc; possibility: może
might | verb | | może, mógłby | possibility
must | verb | | musieć | 
should | verb | | powinien, powinno się | 
shall | verb | | (future), czy mam | 
ought | verb | | powinien | ought to = powinien
not | particle | | nie | nie before the verb; the object then takes the genitive
no | determiner | next:noun | żaden, nie ma, bez | no + noun: żaden; there is no = nie ma
no | particle | | nie | 
also | adverb | | też, także, również | 
too | adverb | next:adj | zbyt, za | too + adjective: za, zbyt (too late = za późno)
too | adverb | | też, także | 
only | adverb | | tylko, jedynie | 
just | adverb | | właśnie, tylko, dopiero co | just now: właśnie; only: tylko
even | adverb | | nawet | 
very | adverb | | bardzo | 
still | adverb | | wciąż, nadal, jednak | 
already | adverb | | już | 
yet | adverb | | jeszcze, jednak | not yet: jeszcze nie; but: jednak
then | adverb | | wtedy, potem, więc | 
there | adverb | next:verb | (there is: jest, są, istnieje) | there is/are: jest, są, istnieje; not "tam"
there | adverb | | tam | 
here | adverb | | tu, tutaj | 
now | adverb | | teraz | 
more | adverb | next:adj | bardziej | more + adjective: the comparative (more efficient = bardziej wydajny)
more | determiner | | więcej | more of = więcej; no more = już nie
most | adverb | next:adj | najbardziej | most + adjective: the superlative
most | determiner | | większość, najwięcej | 
less | adverb | | mniej | 
such | determiner | | taki | such a = taki
all | determiner | | wszystkie, wszyscy, cały, wszystko | all + countable: wszystkie/wszyscy; + mass: cały
some | determiner | | trochę, kilka, niektóre, jakiś | 
any | determiner | | jakikolwiek, każdy, żaden | in negation: żaden; whatever: jakikolwiek
every | determiner | | każdy | 
each | determiner | | każdy | each other = się, siebie
both | determiner | | obaj, obie, oba, oboje | both … and = zarówno … jak i
either | determiner | | każdy z dwóch, albo | either … or = albo … albo
neither | determiner | | żaden z dwóch, ani | neither … nor = ani … ani
many | determiner | | wiele, wielu, dużo | 
much | determiner | | dużo, wiele, bardzo | 
few | determiner | | niewiele, kilka | a few = kilka
several | determiner | | kilka, kilku | 
other | determiner | | inny, drugi | 
another | determiner | | inny, kolejny, jeszcze jeden | 
own | determiner | | własny, swój | 
`;

const POLISH = `
w/we | preposition | case:loc | in, at | w + locative: place (w Polsce = in Poland); w ciągu = within, during
w/we | preposition | case:acc | into, on, in | w + accusative: direction (w górę = up) or a day (w piątek = on Friday)
w/we | preposition | | in | w + locative: in; w + accusative: into, on (a day)
na | preposition | case:loc | on, at, in | na + locative: place (na stole = on the table, na uczelni = at university)
na | preposition | case:acc | for, onto, to | na + accusative: purpose or time (na innowacje = for innovation), direction (na koncert = to a concert)
na | preposition | | on, at, for | na + locative: on, at; na + accusative: onto, for
z/ze | preposition | case:inst | with | z + instrumental: with (z mlekiem = with milk)
z/ze | preposition | case:gen | from, of, out of | z + genitive: from, out of, made of (jeden z = one of)
z/ze | particle | case:acc | about, some | z + accusative of a number or measure: about (z tysiąc osób = about a thousand people)
z/ze | preposition | | with, from | z + instrumental: with; z + genitive: from, of
do | preposition | | to, into, until, for | do + genitive: direction (do domu = home), time limit (do piątku = until Friday), purpose (do picia = for drinking)
o | preposition | case:loc | about, of | o + locative: the topic (o Polsce = about Poland); time: at (o piątej)
o | preposition | case:acc | for, against, by | o + accusative: ask for (prosić o), against (o ścianę), by (o dwa = by two)
o | preposition | | about, at, for | o + locative: about; o + accusative: for, against
od/ode | preposition | | from, since, than | od + genitive: from (a person, a place), since (a time), than (comparison)
po | preposition | case:loc | after, around, along | po + locative: after (po obiedzie = after dinner), around (po mieście)
po | preposition | case:acc | for, up to | po + accusative: to fetch (po chleb = for bread), up to (po kolana)
po | preposition | | after, around, for | po + locative: after; po + accusative: for; po polsku = in Polish
za | preposition | case:inst | behind, beyond, after | za + instrumental: behind (za domem)
za | preposition | case:acc | for, in, by | za + accusative: in exchange for (za 1 zł = for 1 zloty), in (a time: za rok = in a year), by (za rękę)
za | adverb | next:adj | too | za + adjective or adverb: too (za dużo = too much)
za | preposition | | for, behind, in | za + accusative: for, in (time); za + instrumental: behind
przez/przeze | preposition | | by, through, for, across | przez + accusative: the agent of a passive (przez Partię = by the Party), through, for (a time: przez rok), because of
dla | preposition | | for | dla + genitive: for (a person, a purpose)
przy | preposition | | at, by, near, during | przy + locative: next to, at (przy stole), during (przy pracy)
pod/pode | preposition | case:inst | under, below, near | pod + instrumental: under (pod stołem), near (pod Krakowem)
pod/pode | preposition | | under, towards | pod + accusative: motion under; towards (pod koniec = towards the end); podszywać się pod = impersonate
nad/nade | preposition | case:inst | over, above, on | nad + instrumental: above; a topic of work (badania nad = research on); by (nad morzem = by the sea)
nad/nade | preposition | | over, above, to | nad + accusative: motion over or to (nad morze = to the seaside)
przed/przede | preposition | | before, in front of, from | przed + instrumental: before (przed wojną), in front of; protect from (chronić przed)
między | preposition | | between, among | między + instrumental
bez/beze | preposition | | without | bez + genitive; bez względu na = regardless of
u | preposition | | at, with, in | u + genitive: at someone's place (u mnie = at my place), in (u ludzi = in people)
według/wg | preposition | | according to | według + genitive
wobec | preposition | | towards, regarding, against, compared with | wobec + genitive: attitude (wobec Rosji), comparison of figures (3,1 wobec 3,4 = against 3.4)
wśród | preposition | | among, amid | wśród + genitive
podczas | preposition | | during | podczas + genitive; podczas gdy = while
mimo | preposition | | despite, in spite of | mimo + genitive; mimo że = although
oprócz | preposition | | besides, apart from, except | oprócz + genitive
zamiast | preposition | | instead of | zamiast + genitive
poza | preposition | | outside, beyond, apart from | poza + instrumental
około/ok | preposition | | about, around, approximately | około + genitive: about (około stu = about a hundred)
dzięki | preposition | | thanks to | dzięki + dative
przeciw/przeciwko | preposition | | against | przeciw + dative
ku | preposition | | towards, to | ku + dative
wokół/dookoła | preposition | | around | wokół + genitive
obok | preposition | | next to, beside, near | obok + genitive
spod | preposition | | from under, from near | spod + genitive
zza | preposition | | from behind | zza + genitive
sprzed | preposition | | from before, from in front of | sprzed + genitive
znad | preposition | | from above, from over | znad + genitive
spośród | preposition | | from among | spośród + genitive
ponad | preposition | | over, more than, above | ponad + accusative or instrumental
i | conjunction | | and | joins words and clauses; i … i = both … and
a | conjunction | | and, while, whereas | a continues or contrasts (ja tak, a ty? = I do, and you?)
ale | conjunction | | but | 
lecz | conjunction | | but | lecz: but (formal, after a negation: nie … lecz = not … but); not the imperative of leczyć here
oraz | conjunction | | and, as well as | formal and
lub | conjunction | | or | 
albo | conjunction | | or, either | albo … albo = either … or
czy | particle | start | whether, (question particle) | czy at a clause start: whether; opens a yes/no question (czy ma? = does it have?)
czy | conjunction | | or, whether | czy between words: or (Rosji czy Niemiec = of Russia or Germany)
że | conjunction | | that | introduces a clause: mówi, że … = says that …
iż | conjunction | | that | formal że
żeby/aby/ażeby | conjunction | | (in order) to, so that, that | purpose: żeby + infinitive = to (do); after wanting or asking: that
bo | conjunction | | because, for | 
ponieważ | conjunction | | because, since | 
gdy | conjunction | | when, as | 
kiedy | conjunction | | when | question: kiedy? = when?
jeśli/jeżeli/jeśliby | conjunction | | if | 
gdyby | conjunction | | if | hypothetical if: gdyby miał = if he had
więc | conjunction | | so, therefore | 
zatem | conjunction | | therefore, so, thus | 
jednak/jednakże | conjunction | | however, but, yet | 
ani | conjunction | | nor, neither, not even | ani … ani = neither … nor
natomiast | conjunction | | whereas, while, however | 
choć/chociaż | conjunction | | although, though, even if | chociaż also: at least
czyli | conjunction | | that is, i.e., or | 
niż | conjunction | | than | 
jak | conjunction | | as, like, how | jak twierdzi = as … says; question: jak? = how?
jakby | conjunction | | as if, as though | 
skoro | conjunction | | since, as, if | 
dopóki | conjunction | | as long as, while, until | dopóki nie = until
zanim | conjunction | | before | 
bowiem/albowiem | conjunction | | because, for, as | 
tylko | particle | | only, just | tylko że = except that
też | particle | | also, too | 
także | particle | | also, too, as well | 
również | particle | | also, too, as well | 
nawet | particle | | even | 
już | particle | | already, now, any more | już nie = no longer
jeszcze | particle | | still, yet, more | jeszcze nie = not yet; jeszcze raz = once more
właśnie | particle | | just, exactly, precisely | 
chyba | particle | | probably, perhaps, I think | chyba że = unless
nie | particle | | not, no | negation: before the verb (nie ma = there is no); its object takes the genitive
tak | particle | | yes, so, thus, like this | 
się | particle | | (reflexive), oneself, each other | się: reflexive, makes the verb intransitive or reciprocal (myć się = wash oneself; spotkać się = meet)
by | particle | | would, (conditional), in order to | conditional: zrobiłby = he would do; purpose: by = so that
niech | particle | | let | niech będzie = let it be
aż | particle | | until, as much as, even | aż do = all the way to, until
dopiero | particle | | only, not until | dopiero jutro = not until tomorrow
prawie | particle | | almost, nearly | 
bardzo | adverb | | very, very much | 
zwłaszcza | particle | | especially, particularly | 
przecież | particle | | after all, but | 
raczej | particle | | rather | 
no | particle | | well | 
=on | pronoun | | he, it, him | 3rd person masculine; jego/go/mu/niego/nim are its forms
=ona | pronoun | | she, it, her | 3rd person feminine
=ono | pronoun | | it | 3rd person neuter
=oni/=one | pronoun | | they, them | 
=ja | pronoun | | I, me | often left out: mam = I have
=ty | pronoun | | you | one person, familiar
=my | pronoun | | we, us | 
=wy | pronoun | | you | more than one person
jego | pronoun | next:noun | his, its | jego + noun: possessive (his, its)
jego | pronoun | | him, his | object form of on
jej | pronoun | next:noun | her, its | jej + noun: possessive
jej | pronoun | | her, hers | 
ich | pronoun | next:noun | their | ich + noun: possessive
ich | pronoun | | them, their | 
=siebie | pronoun | | oneself, each other, -self | siebie, sobie, sobą: reflexive; samego siebie = oneself
=swój | pronoun | | one's own, his, her, their, my, your | possessive of the clause's subject
=ten | pronoun | | this, that, the | ten, ta, to, te, ci, tego, tych …: this or that
to | pronoun | | this, it, that | to as subject or object: this, it
to | verb | | is, are, (it) is | X to Y: X is Y (trzy dni to mało = three days is not much)
=tamten | pronoun | | that | that one (far)
=który | pronoun | | which, who, that | relative: joins a clause to the noun before
=jaki | pronoun | | what, what kind of, which | 
=kto | pronoun | | who | 
co | pronoun | | what, that, which | co + clause: what; relative: which
=sam | pronoun | | oneself, alone, the same | ten sam = the same; sam + noun: by oneself
=każdy | pronoun | | every, each, everyone | 
=wszystek | pronoun | | all, everything, everyone | wszystko = everything; wszyscy = everybody
=inny | adjective | | other, different, another | 
=taki | pronoun | | such, such a, like this | taki sam = the same
=żaden | pronoun | | no, none, neither | with nie: żaden nie = none
=ktoś | pronoun | | somebody, someone | 
=coś | pronoun | | something | 
=nic | pronoun | | nothing | with nie: nic nie = nothing
=nikt | pronoun | | nobody, no one | 
=jakiś | pronoun | | some, a, a certain | 
=być | verb | next:participle | be, (passive) | być + passive participle: the passive (jest skażona = is contaminated)
=być | verb | | be | jest = is, są = are, był = was, będzie = will be
=zostać | verb | next:participle | be, (passive) | zostać + passive participle: the passive (zostanie wyłączonych = will be disabled)
=zostać | verb | case:inst | become, be | zostać + instrumental: become (został rzecznikiem = became spokesman)
=zostać | verb | | remain, stay, be left | 
=mieć | verb | next:verb | be to, have to, be supposed to | mieć + infinitive: is to, is supposed to (ma zniechęcać = is to discourage)
=mieć | verb | | have | mieć miejsce = take place
=móc | verb | | can, may, be able to | + infinitive
=musieć | verb | | must, have to | + infinitive
=chcieć | verb | | want | 
=powinien | verb | | should, ought to | 
=można | verb | | one can, it is possible, you can | można + infinitive: it is possible to
=trzeba | verb | | it is necessary, one must, you need to | 
=jeden | numeral | | one, a, the same | 
=dwa | numeral | | two | 
=trzy | numeral | | three | takes the genitive plural in dates and with men: trzech lat = three years
=cztery | numeral | | four | 
=pięć | numeral | | five | the noun after it is genitive plural (pięć dni = five days)
=sześć | numeral | | six | 
=siedem | numeral | | seven | 
=osiem | numeral | | eight | 
=dziewięć | numeral | | nine | 
=dziesięć | numeral | | ten | 
=sto | numeral | | hundred, a hundred | 
=kilka | numeral | | several, a few | the noun after it is genitive plural
=wiele | numeral | | many, much | 
proc | abbreviation | next:period | percent, per cent | proc. = procent
tys | abbreviation | next:period | thousand | tys. = tysiąc, tysięcy
mln | abbreviation | | million | mln = milion, milionów
mld | abbreviation | | billion | mld = miliard, miliardów
r | abbreviation | next:period | year | r. = rok, roku (w 2021 r. = in 2021)
br | abbreviation | next:period | this year | br. = bieżącego roku
zł | abbreviation | | zloty, złoty | zł = złoty, złotych
np | abbreviation | next:period | e.g., for example | np. = na przykład
tzw | abbreviation | next:period | so-called | tzw. = tak zwany
ul | abbreviation | next:period | street | ul. = ulica
godz | abbreviation | next:period | hour, o'clock | godz. = godzina
nr | abbreviation | | no., number | nr = numer
tj | abbreviation | next:period | i.e., that is | tj. = to jest
itd | abbreviation | next:period | etc. | itd. = i tak dalej
itp | abbreviation | next:period | and the like, etc. | itp. = i tym podobne
prof | abbreviation | next:period | professor, Prof. | 
dr | abbreviation | | doctor, Dr | dr = doktor
ws | abbreviation | next:period | regarding, on | ws. = w sprawie
`;

/** Readings of a table by form ("w", "jest") and, for lines written "=lemma", by lemma (Polish). */
export interface FunctionWordTable {
  byForm: Map<string, Reading[]>;
  byLemma: Map<string, Reading[]>;
}

function parseTable(text: string): FunctionWordTable {
  const byForm = new Map<string, Reading[]>();
  const byLemma = new Map<string, Reading[]>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const [forms, pos, when, translations, note] = line.split('|').map((f) => f.trim());
    const reading: Reading = {
      pos: pos!,
      when: (when || null) as Condition | null,
      sense: { translations: translations!.split(',').map((t) => t.trim()).filter(Boolean), note: note || null },
    };
    for (const form of forms!.split('/')) {
      const [map, key] = form.startsWith('=') ? [byLemma, form.slice(1)] : [byForm, form.toLowerCase()];
      const list = map.get(key) ?? [];
      list.push(reading);
      map.set(key, list);
    }
  }
  return { byForm, byLemma };
}

let tables: Record<'en' | 'pl', FunctionWordTable> | null = null;

/** The tables, parsed on first use (a few hundred lines: well under a millisecond). */
export function functionWordTables(): Record<'en' | 'pl', FunctionWordTable> {
  tables ??= { en: parseTable(ENGLISH), pl: parseTable(POLISH) };
  return tables;
}

/**
 * The function-word entry of a word from its readings, the chosen reading's sense first and the others after it
 * (each sense once: readings that share translations are merged away).
 */
export function functionWordEntry(word: string, lemma: string, readings: Reading[], chosen: Reading, formNote: string | null): DictEntry {
  const ordered = [chosen, ...readings.filter((r) => r !== chosen)];
  const seen = new Set<string>();
  const senses = ordered
    .filter((r) => {
      const key = r.sense.translations.join(',');
      return !seen.has(key) && seen.add(key);
    })
    .map((r) => r.sense);
  return { headword: word, lemma, formNote, pos: chosen.pos, ipa: null, senses, dictionary: FUNCTION_WORDS, match: 'exact' };
}

// Polish verbs whose meaning changes with się, the common ones of both aspects: lemma | translations | note.
const REFLEXIVE = `
odbyć/odbywać | take place, be held | odbyć się: take place (of an event)
zgłosić/zgłaszać | come forward, report, apply, sign up | zgłosić się: come forward; report (to someone); apply
okazać/okazywać | turn out, prove | okazać się: turn out (to be)
stać/stawać | become, happen | stać się: become; happen (co się stało? = what happened?)
znaleźć/znajdować | be, be found, find oneself | znaleźć się: end up, be (somewhere); znajdować się: be located
dowiedzieć/dowiadywać | find out, learn | 
zdarzyć/zdarzać | happen | 
wydać/wydawać | seem, appear | wydawać się: seem
udać/udawać | succeed, go | udać się: succeed (udało się = it worked); go (somewhere)
spodziewać | expect | 
bać | be afraid, fear | 
podobać | be liked, appeal | podobać się komuś: be liked by someone (podoba mi się = I like it)
uczyć/nauczyć | learn, study | 
starać/postarać | try, make an effort | 
zgodzić/zgadzać | agree | 
zdecydować/decydować | decide | 
pojawić/pojawiać | appear, show up | 
zmienić/zmieniać | change | 
skończyć/kończyć | end, finish | 
zacząć/zaczynać | begin, start | 
dziać | happen, go on | co się dzieje? = what is going on?
przyjrzeć/przyglądać | look closely at, watch | 
przyznać/przyznawać | admit, confess | 
odnieść/odnosić | refer to, respond to, relate to | 
nazywać/nazwać | be called | 
zająć/zajmować | deal with, take care of, be engaged in | 
martwić | worry | 
cieszyć | be glad, enjoy | cieszyć się czymś: enjoy something
przekonać/przekonywać | find out, be convinced | 
podzielić/dzielić | share | podzielić się czymś: share something
zapoznać/zapoznawać | acquaint oneself with, read | 
utrzymać/utrzymywać | stay, persist, hold on, make a living | 
przyzwyczaić/przyzwyczajać | get used to | 
zapisać/zapisywać | sign up, enrol | 
zalogować/logować | log in | 
skontaktować/kontaktować | contact, get in touch | 
zarejestrować/rejestrować | register, sign up | 
połączyć/łączyć | connect, join, merge | 
spotkać/spotykać | meet | 
wrócić/wracać | come back, return | 
śmiać/zaśmiać | laugh | 
modlić/pomodlić | pray | 
urodzić/rodzić | be born | 
nazywać | be called | 
odbić/odbijać | be reflected, bounce | 
rozwijać/rozwinąć | develop, grow | 
obawiać | fear, be afraid | 
opierać/oprzeć | be based on, rest on, resist | opierać się na: be based on
składać/złożyć | consist of, be made up | składać się z: consist of
kojarzyć/skojarzyć | be associated with | 
zakończyć/kończyć | end, conclude | 
wypowiedzieć/wypowiadać | speak out, comment | 
przygotować/przygotowywać | prepare, get ready | 
`;

/** Verb lemma → its reading with się. */
let reflexive: Map<string, Sense> | null = null;
export function reflexiveVerbs(): Map<string, Sense> {
  if (!reflexive) {
    reflexive = new Map();
    for (const line of REFLEXIVE.split('\n')) {
      if (!line.trim()) continue;
      const [lemmas, translations, note] = line.split('|').map((f) => f.trim());
      const sense: Sense = { translations: translations!.split(',').map((t) => t.trim()), note: note || null };
      for (const lemma of lemmas!.split('/')) if (!reflexive.has(lemma)) reflexive.set(lemma, sense);
    }
  }
  return reflexive;
}
