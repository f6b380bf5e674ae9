"""The extractor against every golden file: precision and recall on checkable claims (targets 95 %),
and the listing, day, hedge and direction of every claim it finds.

The editor's set (de11..de43, en06..en37) is held to the figures measured when it was added
(2026-11-29, extractor version 8 with the tester branch's cue rows): precision 86.9 %, recall
82.5 %, and the fifteen slot errors listed below. They are floors that may only rise: each listed
error or missed claim is a defect the extractor still has (the tester branch's report names the
class of each), never the truth. When a fix removes one, delete it from the list. Raised to 96.9 %
and 91.9 % when the closes of finished sessions stopped being read as last prices (branch pass).
Lowered to the figures measured when de24..de31 and en18..en25 joined the set (2026-11-29, branch
tester2: tickers, tables, recaps, corrections, distances to moving averages, volumes): each of the
new defects is listed below with its class; the answers were not changed to fit the product. Raised
from 81.4 % and 71.4 % by the cue and sign rows of tests/test_second_editor_cues.py. Lowered to the
figures measured when de32..de37 and en26..en31 joined the set (2026-11-30, branch tester3: moves
in money, relative clauses, 'vor einem Jahr' / 'a year ago', earnings days, 'im gleichen Zeitraum',
euro price pages derived from Hong Kong and New York); their defects are listed with their class. Raised
to 92.9 % and 92.0 % when a weekday told in the past tense stopped resolving after publication, then to
93.6 % and 93.6 % with volumes as a kind and past tenses beyond the move verbs (branch slots).
Lowered to the figures measured when de38..de43 and en32..en37 joined the set (2026-11-30, branch
tester4: chart analyses with supports, RSI and moving averages, price-target tables, euro quotes of
L&S/gettex/Stuttgart, results days, the year in HKD, USD and EUR, traders' quotes and ranges, the
Hang Seng Tech and Golden Dragon indices, moves in cents, question headlines, teasers); their
defects are listed with their class. Raised to 92.6 % and 92.8 % by that branch's fixes, merged with
the slots branch's (true numbers called wrong in de38..en37: 16 -> 0). Lowered to the figures measured
when de44..de48 and en38..en42 joined the set (2026-11-30, branch tester5: finanzen.net, 4investors,
Der Aktionär and boerse.de pieces with Frankfurt/Tradegate euro prices, wire, Motley Fool, Benzinga, IBD
and Bloomberg styles, several days per article); their defects are listed with their class. Raised to
90.7 % and 91.2 % when the year restated in euros in a clause of its own and 'ending the week down'
were read (tests/test_fifth_editor_fixes.py), then to 91.2 % and 91.8 % with a sum and a percentage
joined by 'and', a return since a dated close with its price between, and a moving average told
against the current price. True numbers called imprecise in de38..en42: 6 -> 2 when a claim within 0.3 %
of a derived euro parity counts as accurate (tolerances.csv, derived_accurate_rel). Precision 91.4 % when
a headline's ticker named the venue of an IBD-style note (true called wrong: 3 -> 1); 91.5 % and 91.9 %
with 'im Tief' / 'im Hoch' as the day's extremes; precision 92.5 % when supports, stops, questions and
bond yields in basis points stopped being judged (non-claims judged: 9 -> 2); 92.6 % and 92.1 % with
more weak preterites of a recap ('am Dienstag folgte ein Plus'). True numbers called imprecise 1 -> 0
when a German price may rest on the ADR's previous close (measure: derived last price). 92.7 % and 92.5 %
when an IBD-style price without its currency ('edged down 0.4% to 157.44') took the listing's (missed 3 -> 0).
Lowered to the figures measured when de49..de53 and en43..en47 joined the set (2026-11-30, branch tester6:
live tickers and live blogs with time stamps, weekly and monthly reviews with 'Vorwoche'/'Vormonat', several
stocks in one paragraph and in lists, pre-market notes, ADR parity and euro conversions by a stated rate, hedges
at the band edges, numbers written as words, dates in full and in figures): 86.2 % and 86.2 %; their defects
are listed with their class, the answers were not changed to fit the product. True numbers called wrong
25 -> 9 when a ticker's time-stamped entry stopped taking the day an earlier entry looked back to
(tests/test_sixth_editor_fixes.py), then 25 -> 6 with a move told for a named month ('gewann im Juli 2,9
Prozent', 'rose 6.4% in July', 'im Vormonat') read as that month's (87.0 % and 87.0 %), then 6 -> 5 when the
day of a since-return's base ('seit dem Jahrestief vom 13. Januar') stopped dating the other numbers of its sentence;
87.3 % and 87.3 % when an abbreviated month ('on Aug. 29') and a US date in figures ('On 9/1') named their day (and
the date an extreme with its level was set, 'high of HK$174.20 set on Jan. 29', dated that level only); true called
wrong 5 -> 1 when a sentence of a period's move up to publication ('Baidu gained 8.5% over the week') ended the earlier
day told before it ('rose 18.5% on Monday alone') for the sentences after it, then 1 -> 0 when a list under an intro
naming a period ('How the ADRs fared this week:') took that period for its items' moves. Set out of scope 5 -> 3 with
'liegt ... vorn' and the present plurals 'legen ... zu', 'geben ... nach', 'büßen ... ein', 'gewinnen' as moves
(directions.csv); precision 87.2 % (from 87.3 %): a ticker's mid-session 'Tencent liegt 1,5 Prozent vorn', no
longer out of scope, is found as the day's move where the answer says intraday (its verdict is right). Precision
88.2 % when an exchange rate ('7,80 HKD je US-Dollar', '1.1647 dollars per euro') and a price the text converts
('umgerechnet 140,62 US-Dollar je ADR', 'equals EUR 112.41') stopped being judged as quotes (non-claims judged
7 -> 1). 89.1 % and 88.2 % when a ticker entry's clock time ('4:02 p.m. ET:', '+++ Hongkong, 10:10 Uhr +++')
dates it to the publication day and, after a session's close, makes its moves that session's whole (wrong numbers
called accurate 13 -> 9); recall 88.3 % with an index's whole level, grouped, after its move ('is down about 1%
at 25,090'). Lowered to the figures measured when de54..de56 and en48..en50 joined the set (2026-11-30, branch
tester7: quarterly-results days with revenue in yuan next to the share moves, 'vorbörslich' and 'premarket', a Frankfurt
euro price beside the Hong Kong close and the New York close of other days, the ADR's move then Hong Kong's next
session, the year and twelve months in HKD, USD and EUR, 'the worst day since April' / 'größter Tagesverlust seit
Ende Juli', market values and fair values): 88.2 % and 87.8 %; their defects are listed with their class, the
answers were not changed to fit the product. True called wrong 2 -> 0 (88.5 % and 88.1 %) when a period restated in
another currency without 'gerechnet' ('in Hongkong-Dollar sind es 85 Prozent') or with the gain after it ('in euro
terms the gain is roughly 37%') kept the period (tests/test_seventh_editor_fixes.py).
Non-claims judged 6 -> 4 (88.7 %) when 'Einnahmen' ('die Einnahmen aus dem Werbegeschäft gingen um 15 Prozent
zurück') and 'a 7% fall in revenue to 31.2 billion yuan' were read as company figures (both had been called wrong
as the share's move). Wrong called accurate 10 -> 6 (88.8 % and 88.2 %) when a stock's past move in a text stamped
after its session's close ('4:15 p.m. ET': 'Nvidia slipped 2.1%') read close to close, not within the day's range,
and 'Die ADRs eröffneten ... gut 4 Prozent tiefer' became an opening move (it had been a day's move).
True called imprecise 3 -> 2 when a sentence's day stayed in play past its since-clause ('am Donnerstag ..., der
größte Tagesverlust seit Ende Juli. Der Hang Seng gab ...'). 88.9 % and 88.3 % when 'at times' in a clause about
trading outside the session ('Vorbörslich lagen die ADRs zeitweise knapp 3 Prozent im Plus') stopped making the
figure an intraday move checked against the session's range. 89.0 % and non-claims judged 4 -> 3 with an
analyst's fair value ('sieht den fairen Wert der ADRs bei 105 Dollar') as a target. 89.5 % and 88.8 % when the day's
high or low named in a price's clause ('im Tageshoch kosteten sie 166,37 Dollar') beat the price's verb (it had
been a last price, or the close of the move before it, so that a true high would have been called wrong).
Wrong called accurate 6 -> 5 when a period's move dated by an earlier sentence ('auf Jahressicht kommen die ADRs
auf knapp 80 Prozent' after Hong Kong's Wednesday) was bound, as one dated by publication is, to the ADR's session
the text reported (it had been read as of any of five sessions). Set out of scope 3 -> 0 (recall 89.1 %) when a
distance to a 52-week extreme told across a clause or sentence was read as that distance: pointing back to the
extreme of the sentence before ('Von dort ist sie knapp 24 Prozent entfernt'), told as the rise still needed
('Bis zum 52-Wochen-Hoch ... fehlen noch gut 16 Prozent', measured as high / price - 1), or after an inserted
clause ('Vom 52-Wochen-Hoch bei 683 HKD, erreicht am 2. Oktober, ist der Titel fast 20 Prozent entfernt')
(tests/test_open_defect_fixes.py). Wrong called accurate 5 -> 4 when a day's move told with the price it
went to ('fell 4.8% to HK$154.40 after touching HK$153.00', the session not known closed) was measured as the
move to that price (-4.2 %), not anywhere in the day's range (down to -5.1 %): it was not the touch word.
4 -> 3 when a day's range beside a close the sentence reports finished ('gab 1,7 Prozent auf 505,50 HKD nach
und bewegte sich zwischen 500 und 521,50 HKD') was read on that session only, not maybe the one before (whose
low was 500). A move told in the pluperfect ('Am Vortag hatte Baidu noch 2,7 Prozent verloren, Alibaba hatte
1,5 Prozent gewonnen') is an earlier session's whole move, read close to close ('verloren' now closes the
pluperfect bracket, which also ends the de40 '0,9' slot error). Non-claims judged 3 -> 1 (precision 89.7 %) when a
yield's or a currency's words before the number ('the 10-year Treasury yield fell 8 bps this week to 4.06%')
beat a period word after them, as economic data's did for a month, and a percentage after a value the text
converts ('worth about $135.18 per ADR, 3.3% above the ADRs' close') became that conversion's gap to a quote.
1 -> 0 (89.8 %) when a bracketed note stopped being the cue of a number after its bracket and a list's label
reached past its items ('Support: $142.50 (Friday's low), then $130': 130 is a support level, not a low).
The eighth testers' batch, merged the same morning:
Lowered to the figures measured when de57..de60 and
en51..en54 joined the set (2026-11-30, branch tester8: Hong Kong market wraps naming several stocks with the Hang Seng's
move and level, an 'Aktie der Woche' with a chart commentary (50-/200-Tage-Linie, RSI, support and resistance), an
analyst's target cut and the price reaction in one sentence, dividend and buyback news with the moves, a Reuters-style
BUZZ item 'at the time of writing', numbers as words ('fast verdoppelt', 'ein Sechstel', 'zweistellig', 'roughly half',
'roughly doubled') and hedges at band edges): 87.4 % and 86.6 %; their defects are listed with their class, the answers
were not changed to fit the product. True called wrong 11 -> 4 when a weekday in an 'after' clause with a subject of
several words ('after its New York-listed shares jumped roughly 6% on Friday') stopped dating the main clause and the
sentences after it, and its venue stopped naming the main clause's listing (tests/test_eighth_editor_fixes.py); 4 -> 3
when 'seit dem vergangenen Freitag' / 'since last Friday' became a since-return from that day's close (in a weekend's
review the Friday a week before), told up to the writer's today. True called imprecise 3 -> 2 when 'das Hongkonger
Papier', 'die Hongkonger Aktie', 'der Hongkonger Baidu-Papiere' named the Hong Kong listing (venues.csv). 87.3 % and
86.4 %: a Hong Kong price after 'added 5.5%', now of the right day, is read as a last price where the set says close.
True called wrong 3 -> 1 when 'last year' / 'im vergangenen Jahr' named the calendar year before publication and 'in its
final week' (of a past year) a past period, both unmeasured (unverifiable) instead of judged as the day's move; 1 -> 0
when an opening word after a comma ('..., im frühen Handel war das Papier ...') stopped making the move before it an
opening move. Wrong called accurate 9 -> 7 (87.6 % and 86.8 %) when a past move naming no day in a text stamped with its
time ('14.10.2025 – 12:30 Uhr', 'November 13, 2025, 6:30 p.m. ET') after its listing's session had closed was read as
that whole session's, close to close, and its price as the close (it had been checked against the day's range); 7 -> 6
(88.0 % and 87.1 %) when a participle clause after a finished main clause ('bucked the trend, rising 2.2% to $159.84')
was read as told in the past (session_words.csv); 6 -> 5 when a session a text stamped after its close reports finished
('Alibaba gab um 4,3 Prozent auf 155,60 HKD nach' at 12:30 in Frankfurt) bound a year's move naming no day to it, as a
named day does (it had been read, in euros, on any of five sessions). Non-claims judged 6 -> 3 (88.2 %) when 'Ein
Widerstand wartet bei', 'gilt die Marke von ... als erste Unterstützung' and 'expect the shares to reach $140' stopped
being judged as level breaks and prices (cues.csv). Set out of scope 4 -> 3 (88.2 % and 87.2 %) with a distance to a
moving average named by a pronoun ('Die 200-Tage-Linie liegt bei rund 139 HKD; der Abstand zu ihr beträgt ...'); it
is unverifiable, as every moving average is (not measured yet). Missed 12 -> 0 when ratios written in words ('fast
verdoppelt', 'mehr als halbiert', 'rund ein Sechstel', 'zwei Drittel', 'ein zweistelliges Minus', 'roughly half', 'more
than doubled', 'a third'; number_words.csv) became percentages, and 'Seit dem Hoch vom 2. Oktober bei 141,40 HKD' a
return since that day's high: 88.0 % and 88.2 % (precision from 88.2 %: some ratios are found as a kind the answer
does not give); true called imprecise 2 -> 4 (the band of such a word is that of a whole percent, see below). 88.1 %
and 88.2 % when a whole named past year ('last year', 'in 2024') was measured and the year-to-date cue reached 90
characters ('Seit Jahresbeginn hat sich ... fast verdoppelt, Baidu liegt gut 58 Prozent vorn'). Set out of scope
3 -> 2 (88.4 % recall) when a participle inserted between commas (', erreicht am 2. Oktober,') stopped ending the
clause of a distance to the high it dates (clause_words.csv).
Both branches merged (fix8's distances, moves to a stated price and non-claims,
tester8's articles and fixes; 99 articles): 88.4 % and 88.6 %, true called wrong 0, true called imprecise 4,
wrong called accurate 3, missed 0, set out of scope 0, non-claims judged 0.
The ninth testers' batch (branch tester9), measured on its own before merging:
Lowered to the figures measured when de61..de63 and en55..en59 joined the set (2026-11-30, branch tester9: US-session
reports of the ADRs with 'rose as much as ... before paring gains', losing and winning streaks ('a fifth straight
loss', 'over the nine sessions', 'den vierten Handelstag in Folge'), 'lowest close since', the Hong Kong session told
from New York's evening, Golden Dragon index and KWEB/FXI moves without quotes, 'percentage points'/'Prozentpunkte',
figures first ('An 11.3% jump on Wednesday took ...'), headlines with figures, datelines, correction notes, a Der
Aktionär short take with Kursziel and Stop-Loss): 88.5 % and 87.7 %; their defects are listed with their class, the
answers were not changed to fit the product. Raised to 89.6 % and 88.8 % by that branch's fixes
(tests/test_ninth_editor_fixes.py): true called wrong 13 -> 0, true called imprecise 3 -> 0, set out of scope 6 -> 1,
non-claims judged 3 -> 0 (the base day of 'since its Oct. 3 close' and 'its lowest close since early September' date
no other number; moves over N sessions and gaps in percentage points found and left unverifiable; a period heading a
clause a colon ends; 'an early drop of', 'Im Tageshoch ... gewonnen' as intraday moves; correction notes, 'der
nächste Widerstand', a headline's dash and 'on earnings'); wrong called accurate 0 -> 1: 'Meituan dropped 1.9%', once
misdated to the since-base's day, now meets the older class of a past-tense move that keeps the day's range.
89.7 % and 88.9 % when 'at one point' and 'before paring gains' made a move intraday (en30 'at one point was down
3.4%').
All three branches merged (fix8, tester8, tester9; 107 articles): 88.5 % and 88.8 %, true called wrong 0, true
called imprecise 4, wrong called accurate 4, missed 0, set out of scope 1, non-claims judged 0.
True called imprecise 4 -> 2 when a ratio in words took a tenth of its figure as its precision (bands.csv
ratio_word: 'rund ein Sechstel' of -17.5 %, 'roughly doubled' of +94.7 %).
fix10: German weekday compounds with a part of the day ('am Mittwochmorgen', 'Dienstagabend') read (slot errors
77 -> 71);
'knapp'/'gut' reach at most one unit of the figure's last significant digit (de41 'knapp 76' of +73.8 % imprecise);
a session the text said ended ('The Hang Seng index ended down') makes later past-tense moves of that market and day
whole-session moves (en55 'Meituan dropped 1.9%' no longer accurate; 4 more prices read as closes): 88.8 % and 89.1 %,
wrong called accurate 4 -> 2. A review's period named in its opening ('Wochenbilanz', 'Monatsrückblick Juli') governs
its moves told without a day, and a move after one told for a named period in its sentence takes that period: 89.5 % and
89.8 %, true called imprecise 2 -> 1 (de50 '2,0' of -1.949 %, a rounding edge, newly measured as the week's). A
headline's figure and the body's same figure both judged (en55 4.3 no longer set out of scope): 89.6 % and 90.0 %. A
completed session's move on the venue in play is not read on the euro parity (de49 1,5 no longer wrong called
accurate: 2 -> 1). 'besser'/'beat'/'outperformed' and 'schlechter'/'lagged' give a gap in percentage points its
direction (slot errors 76 -> 74). A percentage stated to fewer than two decimals may be rounded again from a screen's
two (bands.csv screen_decimals: de50 '2,0' of -1.949 %, shown as -1,95 %): true called imprecise 1 -> 0. A figure
before the text names any venue ('Baidu's stock rockets 11%' heading a story about the ADRs) is of the venue the text
names first (slot errors 74 -> 69).
The tenth testers' batch (branch tester10): lowered to the figures measured when de64..de67 and en60..en63 joined the
set (2026-11-30: generated quote-page boilerplate: MarketBeat holdings and 'trading down' notes with moving averages,
1-year and twelve-month lows and highs, P/E, quick and current ratios, EPS beats and price targets; an RTTNews
'currently trading at ..., up $X or Y percent' note with its 52-week range; an Investing.com 'Stock market today' with
bullets; wallstreet-online, finanzen.net (L&S, 'Gewinne von X Prozent würde die Aktie machen ...', 'Abschläge von
...'), Aktiencheck and Finanztrends pieces with 'in den letzten 30 Tagen', 'auf Sicht von 12 Monaten', 'Performance
seit Jahresbeginn', KGV, Dividendenrendite and Marktkapitalisierung; PDD, NIO and JD.com beside Alibaba and Baidu):
86.9 % and 87.7 %; their defects are listed with their class, the answers were not changed to fit the product.
Raised to 88.4 % and 88.7 % by that branch's fixes (tests/test_tenth_editor_fixes.py): true called wrong 11 -> 1, set
out of scope 1 -> 0, non-claims judged 8 -> 0, wrong called accurate 2 -> 0 ('twelve month high', '1-year low', 'in a
range of $X - $Y in the past 52 weeks' as 52-week extremes; finanzen.net's 'Gewinne von X Prozent würde ... erreichen'
and 'beträgt der Abschlag' as distances; a participle's date ('am 20. Februar markierten', ', markiert am 2.
Oktober,') dating no other number; PDD and NIO known without quotes; 'um 7,47 EUR im Plus' as a move in money; ratios,
consensus estimates and 'price objective' not judged; 'up from' no longer inside 'Group from'; a Saturday review's
past move to a price read as Friday's close; an index said to close on a named day read to its close). 88.6 % and 88.9
% when 'in den letzten 30 Tagen' became the past month's move (it had been a move over 30 sessions, unverifiable).
88.7 % and 89.0 %, true called imprecise 3 -> 2, when 'Zum Start in den Handelstag hatte die Aktie bei 107,20 EUR
notiert' became an opening price and a German listing's open, derived from the listing it mirrors, unverifiable
(Frankfurt opens at 08:00, hours after Hong Kong and before New York).
Both branches merged with the session's lead fixes (2026-11-30): 89.8 % and 90.1 % on the 115 articles, true called
wrong 0, true called imprecise 0, wrong called accurate 1, set out of scope 0, non-claims judged 0. en61's body
'shares traded down 4.1% during mid-day trading on Tuesday' is judged as it stands beside the headline's same figure,
the convention of en55 that fix10 made the product's (its answer had called it a repeat).
90.0 % and 90.1 % when an ordinal ('a sixth consecutive loss', 'a fifth straight gain': three in en55, en57, en59)
stopped being read as a fraction of a price.

The eleventh testers' English batch (branch tester11): lowered to the figures measured when en64..en69 joined the set
(2026-11-30: an SCMP-style Hong Kong morning story 'as of 11.30am' with 'per cent', HK$ prices mid-session, a four-day
winning run and the ADR's close restated in HK dollars; a CNBC 'biggest moves midday' list with 'Nasdaq 100 -' as an
item's label; a Barron's feature with a four-year high 'hit on Oct. 2', 'has since slipped about 6%', moving averages,
'Since the start of September', P/E and targets; a Yahoo Finance trending-ticker note with after-hours and premarket
moves and 'between 15% and 20%'; an Investopedia explainer with past closes on named dates, 'nearly doubled their money'
and the ADR parity in HK dollars; a Nikkei Asia close with 'a three-day winning run to 2.8%' and 'since the start of
November'): 88.0 % and 88.3 %; their defects are listed with their class, the answers were not changed to fit the
product. Raised to 89.0 % and 89.3 % by that branch's fixes (tests/test_eleventh_editor_fixes_en.py): true called wrong
6 -> 1, true called imprecise 4 -> 1, set out of scope 2 -> 0, non-claims judged 2 -> 0 (a run counted in sessions, 'a
four-day winning run', 'over the nine sessions', measured from the close that many sessions back; 'since the start of
September' measured from August's last close, in September as the month's move; two percentages a range word joins,
'between 15% and 20%', one figure; 'within 1.4% of the four-year high it hit on Aug. 25' a distance whose day dates no
other number; 'has since slipped'; 'peaked at'; 'was off 0.4%'; 'a 4% rally that followed news of ... sales' no company
figure; 'equivalent to HK$99.44 a share' a conversion; a pluperfect aside on another venue ending with its paragraph;
'In New York overnight' before an earlier event's day; English stamps on a 24-hour clock with JST; a period's move up to
a session still trading when the text was written read anywhere in that day's range). Three answer labels were brought
to the project's kinds, their truth unchanged (listed below). Wrong called accurate 1 -> 0 for the batch when a day's
move naming no day in a text written while its session traded ('Shares of the chipmaker added 1.5%' at 12:31 PM EDT) was
read on that session or the one before only, not on the five before it, and 'a day earlier', 'the prior session' named
the session before. True called wrong 1 -> 0 (89.1 % and 89.5 %) when 'Anyone who bought at that April close has nearly
doubled their money' became a holder's gain (unverifiable), and a venue across 'while' ('Hong Kong shares (9888.HK) fell
1.9% ... while its U.S. shares slipped 0.7%') stopped naming the number's listing. The answer labels: 'since the start
of September' in a text of 11 September and 'since the start of November' in one of 26 November are month_return (month
to date), and 'between 15% and 20%' is one range claim quoted from its lower end ('15% and 20'), as 'zwischen 40.000 und
50.000' is. True called imprecise 1 -> 0 when the South China Morning Post's stamp ('Published: 12:10pm, 8 Sep 2025',
Hong Kong time without a zone) was read and a period's move up to the session trading then was measured at the price the
text last reported for that listing ('jumped 10.2 per cent to HK$106.90 ... nearly 30 per cent this year'), else
anywhere in the day's range.
Moving averages measured (branch averages: the window the words name, the simple average of its closes up to the
session, the exponential one and both up to the session before permitted, 1 % of a level and 0.5 pp of a distance
either way): precision and recall unchanged (the extraction only gained the window); of the editor's 28 true
moving-average figures 25 accurate and 3 unverifiable (de47 '2', de66 '584,21' and '10,6': 0700.HK misses 14 and 7 of
the 200 sessions, more than the three gaps a window may have); of its 6 deliberately wrong distances 2 wrong and 4
imprecise (de28 '30', de43 '7' on the derived euro listing's wider allowance; en36 '62', en40 '12' within 10 % of
the observed distance, the tolerance of every percentage), none accurate. No answer changed.
The eleventh testers' batch (branch tester12): lowered to the figures measured when de68..de73 joined the set
(2026-11-30: a dpa-AFX 'Aktien Asien Schluss' and an 'Aktien New York Schluss' wrap, a Der Aktionär hot take on Baidu's
two listings with a Tradegate price, a boerse.de chart analysis with GD50/GD200, RSI, supports and a buy-signal level, a
question-and-answer guide with euro prices before New York opens, a morning newsletter with a list of closes; streaks,
'binnen drei Handelstagen', 'seit Anfang September', 'auf Monatssicht', 'der größte Tagesgewinn seit März', a high
reached on a named day, 'zwischen 8 und 9 Prozent', 'um bis zu 6,2 Prozent', clock times, 'vorbörslich',
'nachbörslich', yields, exchange rates and funds' names with figures): 89.0 % and 89.4 % (from 89.8 % and 90.1 %); their
defects are listed with their class, the answers were not changed to fit the product. Raised to 89.6 % and 89.9 %
by that branch's fixes (tests/test_eleventh_editor_fixes_de.py): true called wrong 1 -> 0, true called imprecise
3 -> 0, wrong called accurate 3 -> 1, set out of scope 1 -> 0, non-claims judged 3 -> 0 (a high reached on a named day
as that day's high and the distance to it; the ends of a range of percentages each claiming the range, given to the
names in order; a German ADR price also read on the parity of the Hong Kong close; a list of closes under
'(Schlusskurse Dienstag):' and a distance to the 52-week high bound to the session the text reported; 'Dow Jones
Industrial', S&P/ASX 200, Kospi; an exchange rate 'bei 7,12 je US-Dollar', a German bond yield and a buy or sell
signal's level as no market claims). 'seit Anfang November' and 'since the start of October' became returns from the
close before the month began (they had been the window 1..10 November, dating the other numbers of their sentence),
and moves over a count of sessions ('binnen drei Handelstagen', 'over the nine sessions', de62's 'In den vier Tagen')
are measured from the close that many sessions before the day reported (they had stayed unmeasured). de73's '16'
('liegt damit rund 16 Prozent unter dem ... Hoch') is dated in its answer to Wednesday, the day its own note computed
it on (115.10, the Wednesday close), not to publication. 89.9 % and 90.2 % when 'in der Woche' named the week
('Der Nasdaq 100 gewann in der Woche 1,1 Prozent') and 'Wochenplus'/'Wochenminus' (and the month's and year's) gave
a move its sign over a comparative beside it ('mit einem Wochenplus von 8,1 Prozent kaum schwächer'); a week's move
ending on the last session of a week with a holiday may also be read Friday to Friday.
Both eleventh batches merged with the session's probed rules (2026-11-30): 89.9 % and 90.0 % on the 127 articles
(1,294 found, 144 missed, 145 spurious), true called wrong 0, true called imprecise 0, wrong called accurate 1 (en34),
missed 1 (de71's second name of a range, see below), set out of scope 0, non-claims judged 0.
The twelfth testers' German batch (branch tester14): lowered to the figures measured when de74..de79 joined the set
(2026-11-30: a finanzen.net 'Aktie im Plus' note with Vortag, Eröffnung, Tageshoch/-tief and Volumen and the Hong Kong
share converted to euros; a wallstreet-online 'Trading-Idee' with entry, stop and targets, implied volatility and beta,
the IPO price of 2005; a Euro am Sonntag 'Depot-Check' with a reader's purchase price, the record high of October 2020,
the IPO price of 2014, 'mehr als verdoppelt', 'fast ein Drittel', 'seit dem Hoch Anfang Oktober', market value and KGV;
a tagesschau.de market report led by the DAX with its 200- and 50-day lines, Nasdaq, Nvidia and the China ADRs; a Hang
Seng report with a picture caption, a price table written as text lines, one figure for two names ('Beide Aktien legten
um rund 3 Prozent zu'), a paragraph without a subject after another stock's and 'seit Quartalsbeginn'; a question-and-
answer page on Tencent with 'jeweils knapp 2 Prozent', 'auf Sicht von drei Monaten' and 'mehr als halbiert'): 89.5 %
and 89.5 % (from 89.9 % and 89.9 %); their defects are listed with their class, the answers were not changed to fit the
product. Raised to 90.1 % and 90.2 % by that branch's fixes (tests/test_twelfth_editor_fixes_de.py): true called wrong 2
-> 0, true called imprecise 2 -> 0, wrong called accurate 2 -> 0, set out of scope 4 -> 0, non-claims judged 3 -> 0 (a
holder's gain since the IPO, 'Wer beim Börsengang ... zum Zug kam, hat sein Geld ... mehr als verdoppelt', a
since-return left unmeasured; 'Seit dem Hoch Anfang Oktober bei 192,67 Dollar ... 18 Prozent' a since-return, not a
day's move; of two weekdays a sentence reports ('am Freitag die Wall Street und am Montag die Börsen in Asien') the
later one carried; an index level in whole points may have its decimals cut off; 'In den Handel war sie bei 121,00 HKD
gestartet' an opening price; a sentence naming no subject with a level in points ('Am Ende stand ein Plus von 0,6
Prozent auf 25.405 Punkte') the last index's; an index's moving average in points and the distance told after it ('der
DAX liegt gut 7 Prozent darüber'); a price before 'über/unter ihrer 50-Tage-Linie' no average; the market an index was
just reported for the venue in play; a trading idea's 'Einstieg bei', a reader's 'zu 260 Euro gekauft' and 'kostete ein
Euro' no claims). 90.2 % and 90.3 % with 'für den Leitindex' as the index's role, 'seit Quartalsbeginn' reaching 70
characters and 'gut 7 Prozent darüber' / '8 Prozent darunter' as a sign (directions.csv).
The twelfth testers' English batch (branch tester13): lowered to the figures measured when en70..en75 joined the set
(2026-11-30: a MarketWatch 'underperforms competitors' note with a 52-week high in dollars, volume against its 50-day
average, 'Alibaba and Baidu each lost about 2.7%', 'Both are still up more than 15% month-to-date', a market value, P/E,
beta and implied volatility; a Zacks 'What You Should Know' note with 'the search engine company', 'over the course of
the past month' and sector moves; an AP Asia wrap with the Hang Seng's moving average, 'week-to-date', 'so far this
month', 'X and Y each rose about 2%', Nikkei and Kospi, oil and the yen; a Reuters BUZZ with a headline carrying the
move, 'week-to-date', 'month-to-date', 'over the past five sessions', 'Up to last close ... in the past month',
an all-time high of 2021 and an IPO price of 2005; a newsletter with a price table written as text lines, a
subject-less paragraph ('Shares rose 3% to $162.51 at Alibaba'), 'quarter-to-date', 'in the past month', 'in four
sessions', 'half its value', 'a third of its value', 'more than doubled since its April low'; an FAQ page with photo
captions, an all-time high of 2020 and 'about double' the 2014 IPO price): 88.8 % and 88.8 % (from 89.9 % and 89.9 %);
their defects are listed below with their class, the answers were not changed to fit the product.
Raised to 89.0 % and 89.0 % by that branch's fixes (tests/test_twelfth_editor_fixes_en.py): true called wrong 7 -> 3
when 'the search engine company' named Baidu (epithets.csv; its figures had been Alibaba's, of the sentence before),
'over the course of the past month' named the past month (cues.csv), and an index's moving average told in points after
its words ('its 50-day moving average of 26,118', 'der 200-Tage-Linie bei 23.180,50 Punkten') became a moving average
(it had been the index's level). True called wrong 3 -> 1 when a month's peak with its year ('its March 2025 peak of
HK$183.50') became that month's high and each of two such prices in a sentence took its own month (dates.py), and bare
shares opening a paragraph ('Shares rose 3% to $162.51 at Alibaba') took the company named right after the move and
price (subject_words.csv owner_after; they had been Baidu's, of the paragraph before): wrong called accurate 4 -> 3 (the
ADRs' 'down 6.2% week-to-date' after it, read as Baidu's, now Alibaba's), 89.1 % and 89.0 %. True called wrong 1 -> 0
(89.2 % and 89.1 %) when 'in four sessions' counted its sessions (cues.csv), a run told in the pluperfect in a clause
its conjunction opens after the day reported ('jumped 7.9% on Friday, ... after four straight losses had cut the stock
10.1% in four sessions') ended the session before that day ('cut' a participle, tenses.csv), and a day named between a
move and the next move ('fell 1% on Friday and has lost 6% over the past three sessions') kept the period after them
from the first move (it had been read over the three sessions). 89.3 % and 89.2 % when a day before a distance to the
all-time high ('At Tuesday's close, the stock is down about 58% from that all-time high', of 2020) stopped making the
record the 52-week high (en75 '58', beyond the quotes held, had been called wrong against the 52-week high; it is a
gap, unverifiable, as its answer says). True called imprecise 1 -> 0 when a move of a place's market right after its
noun ('led by a 2.6% surge in Hong Kong', after a headline on the Hang Seng) became the move of the index the text spoke
of last, when that index is the place's ('surge', 'rally', 'slump', 'plunge', 'climb', 'retreat' move nouns in
subject_words.csv; it had been Alibaba's); the body's same figure after it is now a repeat (set out of scope 3 -> 4).
Wrong called accurate 3 -> 1 when the Associated Press's stamp with its clock first ('Updated 4:40 AM EST, January 28,
2026') was read (a finished US session's 'Alibaba's U.S.-listed shares gained 1.8%' had been read anywhere in its
range), and a day's whole move named as such ('outpaced the Nasdaq's daily gain of 0.53%', 'daily gain' in
session_words.csv) in a text stamped after the close was read close to close whatever the tense of its verb.
Missed 6 -> 4 and set out of scope 4 -> 3 (89.2 % and 89.3 %) with 'quadrupled' and 'half its value' as ratios in words
(number_words.csv) and 'snaps back' as a rise (directions.csv); a ratio in words naming no day ('Nvidia shares have
doubled', 'has lost half its value') is a move over an undated period (unmeasured), never the session's move; a record
'set in February 2021' dates no other number of its sentence (it had dated 'in the past month' and 'YTD' to 2021), and
'Up to last close' names the session before. Non-claims judged 6 -> 2 (89.5 % and 89.3 %) when oil 'a barrel' and
a rate in 'Japanese yen' after the number became economic data, 'PT' a price target, and 'listed in New York in
September 2014 at $68 a share' an offer price (cues.csv; they had been judged as Baidu's and Alibaba's prices).
Missed 4 -> 2 and non-claims judged 2 -> 1 (89.6 % and 89.5 %) when an index's level with its decimals heading a row of
a price table written as text ('NDX     25,075.77  +2.1%') became its level (metrics.TABLE_ROW_HEAD), so that the body's
same level is its repeat. 'NASDAQ Composite Index' in capitals named the Nasdaq Composite (companies.csv: slot errors
-2, its two true figures judged instead of unverifiable). Set out of scope 3 -> 2 (89.6 % and 89.5 %) when Zacks's
headline 'Baidu (BIDU) Stock Moves 1.72%' became the day's move, up unless signed (directions.csv). Left open for the
batch: the body's repeat of a caption's or a lead's figure (the product's convention, the set's answers call both
claims), 'about double that price' (a gap either way), and the difference '1.3 million below its 50-day average
volume' judged as an average volume (unverifiable).
Both twelfth batches merged with the session's probed rules (2026-11-30): 89.8 % and 89.7 % on the 139 articles
(1,470 found, 168 missed, 167 spurious), true called wrong 0, true called imprecise 0, wrong called accurate 1 (en34),
missed 2 (de71 '9', en75 'double'), set out of scope 2 (en72 '2.6', en75 '4.9', repeats of a lead's or caption's
figure), non-claims judged 1 (en70 '1.3', a volume's difference to its average).
Lowered to the figures measured when de80..de85 joined the set (2026-11-30, branch tester16: a finanzen.net-style
ticker with clock times, a weekly outlook with the week's review under a heading without its colon, a chart analysis
with GD 50/200, RSI and a dated low as support, Nvidia from a euro investor's view on Tradegate and Xetra, a dpa-AFX
Asia report with Nikkei, CSI 300 and JD.com without quotes, a short portrait with a key-figures box and iFlytek
without quotes): 89.1 % and 89.0 % on the 145 articles (1,536 found, 189 missed, 187 spurious); the batch alone
76.7 % and 75.9 % (66 found, 21 missed, 20 spurious), true called wrong 5 (the DAX's 'büßt ... mehr als 3 Prozent
ein' without a sign; two weekly list items under 'So lief die Woche' read as days' moves; the Nasdaq's year in a
second clause read as a day; a distance to the 50-day line after 'vom 19. März' read on that day; a euro investors'
year-to-date return read in dollars), true called imprecise 5, wrong called accurate 1 (a Hong Kong session's peak
read in euros), missed 0, set out of scope 5, non-claims judged 4 (a profit's fall, a savings plan's 50 euros, a
strategist's year-end 25,000 points, a list item's repeat). With that branch's rules (tests/test_fifteenth_batch_de.py:
split verbs in the present, 'hochschnellten', 'Prozent weniger als am Vortag', 'Gewinnrückgang', a heading over
bulleted items as a list's intro, a pronoun clause after an index's move, an earlier calendar date as an aside for its
paragraph, 'Verlaufstief vom 19. März bei', euro-area investors, a close's clock time, 'Sparplan', a year-end index
target, 'startet ... in den Handel', 'iFlytek Co. Ltd.', a session's peak on its venue, a period opening the sentence
framing its next clause, and the probes' rules after them): 90.3 % and 90.2 % (1,556 found, 169 missed, 168
spurious); the batch 94.3 % and 94.3 %,
true called wrong 0, true called imprecise 1 (de83 '149,10', Xetra's close), wrong called accurate 0, missed 0, set
out of scope 0 (de84 '0,8' after 'um 0,8 Prozent vor' closing its clause was read as the CSI 300's rise: unverifiable),
non-claims judged 0; other articles' claims set right on the way: de44 '153,20' (a dated
low), de44 '15', de56 '5', de60 '40' (a second clause's year); three slot entries below were stale (de67 '137,60',
'68', en42 '1.9' were already right before the branch) and are removed.
en76..en81 joined the set (2026-11-30, branch tester15: an earnings-day live blog with time stamps, a weekly wrap across
Hong Kong and New York with a table of the week, a technical note with RSI, moving averages and a trading plan, a Q&A
explainer of the ADR/Hong Kong gap, a newsletter digest of one-line items, an index report led by the Hang Seng and the
Nasdaq; 100 true figures, 15 wrong, 12 that must stay unverifiable). First run on the 145 articles: 88.1 % and 88.7 %;
the six alone 64.7 % and 72.0 % (77 found, 30 missed, 42 spurious); on the six, true called wrong 9, true called
imprecise 1, wrong called accurate 1, missed 2, set out of scope 1, non-claims judged 15. Final, after that branch's
rules (tests/test_fifteenth_batch_en.py: depositary shares and 'It' naming their subject, an index's extreme after 'as
high as', a sign for 'x% below', a period cue right after another percentage, a list's day kept past its item's
year-to-date figure, a day in an 'including' clause, a question naming its answer's period, a venue leading into the
next number, a conditional close or break as a chart level, a worked computation, a parity gap and a fee as no quotes,
a table under 'THE WEEK IN NUMBERS', a number with the other sign no repeat): 88.9 % and 89.3 % (1,558 found, 187
missed, 194 spurious); the six 75.7 % and 81.3 % (87 found, 20 missed, 28 spurious); true called wrong 1, true called
imprecise 0, wrong called accurate 1, missed 0, set out of scope 1, non-claims judged 9 (all nine judged accurate: the
week's table figures judged again, a restated close, a conversion). The real corpus unchanged (100 %, 36 of 36).
Both fifteenth batches merged with the twelfth session's probed rules (2026-11-30): 89.5 % and 89.9 % on the 151
articles (1,647 found, 185 missed, 193 spurious), true called wrong 1 (en79 '13.6'), true called imprecise 1 (de83
'149,10'), wrong called accurate 2 (en34, en80 '1.7'), missed 2, set out of scope 2 (en78 '12' is judged now, without
a sign), non-claims judged 10.
de86..de91 joined the set (2026-11-30, branch tester18: a boerse.de 'Aktie im Fokus' with the day's course as a list
and the Tradegate price, a DER AKTIONÄR 'Jetzt kaufen?' with target, stop and performance since the recommendation, a
Reuters 'Asiens Börsen' with the Nikkei, Shanghai and the Hang Seng Tech without quotes, a trading idea with a
knock-out's term sheet, a quarterly report with the ADRs after hours and Hong Kong the day after, a reader's question
on a savings plan with dividend and several years; 45 true, 12 wrong, 6 that must stay unverifiable). First run on
the 157 articles: 89.4 % and 90.0 % (1,705 found, 190 missed, 202 spurious); the six alone 86.6 % and 92.1 % (58
found, 5 missed, 9 spurious); on the six, true called wrong 1 (de91 '21', a distance 'darunter'), true called
imprecise 0, wrong called accurate 1 (de86 '91,55', the day before's high in a list of the day's course), missed 0,
set out of scope 1 (de86 'Umsatz: 121,1 Mio. Aktien'), non-claims judged 5 (a savings plan's sums and a knock-out's
price, all but one called wrong). Final, after that branch's rules (tests/test_sixteenth_batch_de.py: 'darunter' /
'darüber' pointing back to an extreme, a savings plan's sums as amounts, a company named as a web address, 'Die Börse
in Shanghai', a day's course and open of a session the text said ended, 'Umsatz: ... Aktien' as volume, a derivative's
term sheet, 'seither' / 'seitdem' / 'since then' after a dated event as a move since that day): 89.8 % and 90.2 % (1,709
found, 186 missed, 194 spurious); the six 98.4 % and 98.4 % (62 found, 1 missed, 1 spurious: de91's record high
read as a price); true called wrong 0, true called imprecise 0, wrong called accurate 0, missed 0, set out of scope 0,
non-claims judged 0 on the six. The real corpus unchanged (100 %, 36 of 36).
en82..en87 joined the set (2026-11-30, branch tester17: a Benzinga-style premarket movers item, a Reuters-style Hong
Kong close with sectors and mainland indices, an Investing.com-style 52-week low alert, a CNBC-style midday movers
list, an earnings preview with an options-implied move, price targets and last quarter's reaction, a long valuation
piece whose few market figures sit among revenue, margins, multiples and buybacks; 57 true figures, 14 wrong, 11 that
must stay unverifiable). First run on the 157 articles: 89.1 % and 89.7 % (1,717 found, 197 missed, 209 spurious); the
six alone 81.4 % and 85.4 % (70 found, 12 missed, 16 spurious); on the six, true called wrong 1, true called imprecise
2, wrong called accurate 1, missed 0, set out of scope 0, non-claims judged 4, and 6 figures without quotes given to
another stock and called wrong (three sector moves, Micron, Arm, AMD), Nasdaq 100 futures judged on the index's
session (accurate). Final, after that branch's rules (tests/test_sixteenth_batch_en.py: the day written right after a
move in a clause that named an earlier event's day, a dated peak or low without 'intraday' read on that day's extreme
or its close, an extreme set on the day of writing dating the sentences after it, a date in slashes with its clock and
zone as the time of writing, a sector heading its move, an epithet right after a company's name, a data source as no
subject, an options-implied move as a forecast, an analysts' average as a target, an earnings estimate as no price,
index futures as premarket, AMD's full name, a session reported binding the period moves of its market): 89.5 % and
89.9 % (1,721 found, 193 missed, 201 spurious); the six 90.2 % and 90.2 % (74 found, 8 missed, 8 spurious); true
called wrong 0, true called imprecise 1 (en86 '186.52'), wrong called accurate 0, missed 0, set out of scope 0,
non-claims judged 0, no figure without quotes given to another stock (AMD is a listings.csv row now, named 'Advanced
Micro Devices' too). The other 151 articles unchanged (1,647 found, 185 missed, 193 spurious); the real corpus
unchanged (100 %, 36 of 36, no false accusation). Eight slot errors of other batches closed by the last rule (de50
'2,3', de51 'ein Fünftel', de58 '2,4', en44 '9.5', '1.5', '1.4', en77 '7.2': periods now as of the session the text
reported on their market) are removed from the open list.
Both batches merged with the thirteenth session's probed rules (tests/test_probed_volume_moves_and_bases.py): the 163
articles at 89.8 % and 90.2 % (1,783 found, 194 missed, 202 spurious); floors unchanged.
Lowered when en88..en91 joined the set (2026-11-30, branch tester19: an AInvest-style AI-written intraday note with a
turnover rank, a Reuters-style Hong Kong midday report with the index at the lunch break, a Bloomberg-style story on
the ADRs' discount to Hong Kong with per-ADR conversions and a table, a personal-finance 'if you had invested $1,000'
piece as of Thursday's close with a company without quotes (PDD) and one more (Xiaomi, the China Enterprises index)
in the midday report that must stay unverifiable): 37 true, 8 wrong, 3 unverifiable market numbers. First run on the
167 articles: 88.7 % and 89.7 % (1,817 found, 208 missed, 232 spurious); on the four, true called wrong 4 (en88 '54':
'54% below its level of a year ago' read as the day's move; en91 '65', '4%', '21': a stake's return read as the day's
move, the figures as of Thursday's close read on Friday's session), true called imprecise 0, wrong called accurate 0,
missed 0, set out of scope 0, non-claims judged 15 (en90: the parity conversions and the table's restated closes;
en91: the $1,000 stakes read as prices, a savings rate). Final, after that branch's rules
(tests/test_seventeenth_batch_en.py: a level of a year ago as the twelve months' base, what a stake would be worth as
a return since the day bought and the sum put in as no price, the close a text's opening says its figures are as of,
the worth of N shares and a gap below or above parity as conversions):
89.3 % and 90.0 % (1,823 found, 202 missed, 219 spurious); on the four, true called wrong 0, true called imprecise 0,
wrong called accurate 1 (en91 '25', see the open list: the base of a year's move), missed 0, set out of scope 1 (en91
'82.27'), non-claims judged 8 (en90's restated prices and table, en91's savings rate; all listed open; en90's
'HK$964.80' for eight shares, called wrong, and '1.9% below parity', called imprecise, are conversions now).
The other 163 articles unchanged; the real corpus unchanged (100 %, 36 of 36, no false accusation).
Lowered to the figures measured when de92..de95 joined the set (2026-11-30, branch tester20: a finanzen.net 'So viel
Gewinn/Verlust hätte ein Investment ... eingebracht', a finanzen.net 'NASDAQ-Handel ... am Nachmittag' with its 52-week
high and low and the distances to them, a dpa-AFX 'Aktien New York Schluss' with China stocks and a figure at the
European close, a pre-market indication on Lang & Schwarz before 9 with the Hong Kong close and the evening before in
New York; 94 numbers: 41 true, 7 wrong, 5 without quotes, 41 no market claims). First run: the four 67.9 % and 67.9 %
(36 found, 17 missed, 17 spurious), the 167 articles 89.3 % and 89.6 % (1,819 found, 211 missed, 219 spurious); true
called wrong 4 (de92 '178,56', '54,12', de95 '2,8', '148,05'), true called imprecise 3 (de93 '40,53', de95 '123,20',
'1,7'), wrong called accurate 1 (de95 '2,7'), missed 0, set out of scope 2 (de92 '51,94', '80,70'), non-claims judged 2
(de92 '10.000', '4.587,83', called wrong as Meituan's close), and Xiaomi's and Pop Mart's moves given to Meituan, the
tech-heavy index's move at the European close given to Nvidia. Final (tests/test_seventeenth_batch_de.py: a sentence
that only looks ahead, 'dürfte an ihre Verluste vom Vortag anknüpfen', no longer sets the day in play, so 'am Vorabend'
counts back from publication; what a sum of money became, 'Aus 10.000 HKD wurden 4.587,83 HKD', is an amount, also
before a move in its sentence; Xiaomi and Pop Mart are companies without quotes; 'der technologielastige Index', 'der
breiter gefasste Index' are the last index named): the four 72.5 % and 69.8 % (37 found, 16 missed, 14 spurious), the
167 articles 89.4 % and 89.7 % (1,820 found, 210 missed, 216 spurious); true called wrong 2, true called imprecise 3,
wrong called accurate 1, set out of scope 2, non-claims judged 0 (each left open below with its reason). The other 163
articles unchanged (1,783 found, 194 missed, 202 spurious); the real corpus unchanged (100 %, 36 of 36, no false
accusation).
All four batches merged with the thirteenth session's probed rules: the 171 articles (85 German, 86 English) at 88.9 %
and 89.5 % (1,860 found, 218 missed, 233 spurious), the floors set to that; de92 '54,12' ('Aus 10.000 HKD wurden ...,
das entspricht einem Minus von 54,12 Prozent') is an undated since-return now, unverifiable.
Lowered to the figures measured when en97..en101 joined the set (2026-12-01, branch tester22: an AASTOCKS quote note of
ALIBABA-W (09988) and BIDU-SW (09888) with its prices in bare '$' and the stamp '2025/10/30 16:25 HKT', a Nikkei Asia
piece on Meituan's results rally and Tencent with conversions to US dollars, an SCMP Hang Seng midday and close wrap
with the Hang Seng Tech index, a Caixin results-day story with the reaction in Hong Kong, New York and Frankfurt, an
RTHK two-paragraph radio wrap; 154 numbers: 85 true, 16 wrong, 3 without quotes, 50 no market claims). First run: the
176 articles 88.8 % and 89.3 % (1,949 found, 233 missed, 245 spurious), the five 89 found, 15 missed, 12 spurious;
on the five, true called wrong 7 (en97 '172.1', '1.1', '186.2', '165.4', '119.2', '141.4': the bare '$' read as the
US dollar and the ADRs checked; en100 '17': 'below the peak of HK$186.20' read as the day's move), true called
imprecise 8 (en97, the ADRs again), wrong called accurate 4 (en97 '50', '0.42', en99 '3.9', en101 '1.8': moves judged
on a day's range), missed 3 (en101 '25,121', '25,564', '178.56'), set out of scope 0, non-claims judged 0. Final
(tests/test_eighteenth_batch_en_hk.py: a bracketed HKEX code names Hong Kong and a bare '$' beside it is the Hong Kong
dollar; 'below the peak'; 'up 0.64% or $1.1'; 'touched a high of ... and a low of ...'; '10-day SMA'; the stamp
'2025/10/30 16:25 HKT'; 'US dollars' after a price; the overnight session carried to the next sentence; 'the tech
gauge'): the 176 articles 89.2 % and 89.7 % (1,958 found, 224 missed, 237 spurious), the five 97 found, 7 missed, 5
spurious; on the five, true called wrong 0, true called imprecise 0, wrong called accurate 1 (en97 '169.5'), missed 2
(en101's index range), set out of scope 0, non-claims judged 0 (each left open below with its reason). The other 171
articles 88.9 % and 89.6 % (1,861 found, 217 missed, 232 spurious; were 1,860, 218, 233: a 'hit a high of' read).
Merged with the fourteenth session's probed rules (tests/test_probed_windows_and_templates.py): 89.2 % and 89.8 %
(1,959 found, 223 missed, 238 spurious), the precision floor 0.891 as measured: de92's 'Zum Schlusskurs vom 19.03.2026
von 80,70 HKD wären diese ... wert' is a close now (found; it had been a forecast), and 'Damit wäre der Wert der
Investition um 51,94 Prozent gestiegen' an undated look-back (unverifiable), where the answer gives the twelve months
from the purchase date (a kind the product does not carry from 'Am 19.03.2025 ...': spurious, no longer set out of
scope); en46's 'Over the past five sessions ... 9.5%' stays wrong (counted in sessions), de93's 'Abschläge von 40,53
Prozent' is read from the price the text gave at 16:08 (no longer true called imprecise).
Lowered to the figures measured when en92..en96 joined the set (2026-12-01, branch tester21: a MarketWatch-style
automated note on Baidu's ADRs against its competitors with the 52-week high in dollars and the volume against its
50-day average, a Zacks 'What You Should Know' close note on Alibaba, a Yahoo Finance trending ticker with premarket,
after-hours and Hong Kong moves, a Barron's column on the Nasdaq 100 and Nvidia over four weeks with a weekly table, a
CNN-style live page with entries stamped in ET; 194 numbers: 88 true, 17 wrong, 10 without quotes or outside the daily
bars, 79 no market claims). First run: the five 75.2 % and 73.9 % (85 found, 30 missed, 28 spurious); true called
wrong 12 (en95 five, en96 seven: the live page was read as published at its first entry's 4:10 a.m.), true called
imprecise 6, wrong called accurate 4, missed 1, set out of scope 2, non-claims judged 1. Final
(tests/test_eighteenth_batch_en.py: a clock-first stamp with its weekday, 'Updated 4:20 p.m. ET, Wed March 25, 2026',
and no dateline running across a blank line into an entry's clock; 'the tech-heavy index'; 'this past week', 'in the
week ended March 20'; a weekday with its date beside it, 'on Friday, March 20'; 'its Oct. 29 record close' dating the
record only; 'down 8.4% for 2026'; "from Tuesday's close of $175.64" a close; the figure of an index's name, 'the
Nasdaq 100's RSI', no quantity; a clause going on with the role's verb alone, ', and has dropped 7.3%'): the five
79.6 % and 78.3 % (90 found, 25 missed, 23 spurious); true called wrong 2, true called imprecise 2, wrong called
accurate 3, missed 1, set out of scope 1, non-claims judged 0 (each left open below with its reason; en95's 'some
7.8%' answer corrected to carry its hedge). The other 171 articles 89.0 % and 89.7 % (1,863 found, 215 missed, 230
spurious; were 1,860, 218, 233: en55's 'The benchmark ..., and was down as much as 2.2%' is the Hang Seng's now, not
Alibaba's, read as the index's move with its intraday hedge like the 0.8% before it, where the answer names an intraday
move); the 176 at 88.5 % and 89.1 % (1,953 found, 240 missed, 253 spurious), the floors set to that.
Both branches merged with the fourteenth session's rules (en92..en101, 181 articles: 85 German, 96 English): 88.8 % and
89.3 % (2,052 found, 245 missed, 258 spurious), the floors set to that; the week rows of both kept apart as the session
split them ('this past week', 'in the week ended' with the weeks, 'over the past five sessions' counted in sessions).
Lowered to the figures measured when de96..de100 joined the set (2026-12-01, branch tester23: an onvista 'Alibaba-Aktie:
...' with the Tradegate price in euros, the Hong Kong close, a list of chart figures and analysts' counts; a
Handelsblatt 'Börse Hongkong' with the Hang Seng's open, low and close and single stocks in a bulleted list; an n-tv
Börsenticker of '+++ 09:05 +++' entries, newest first, with the Dax and Nvidia in euros and dollars; a
Börse-Online-Wochenrückblick published on a Saturday; a Finanztrends/Börse-Stuttgart sentiment report on Tencent and
Meituan at 11:30; 153 numbers: 100 true, 19 wrong, 1 without quotes, 33 no market claims). First run: the five 82.2 %
and 80.8 % (97 found, 23 missed, 21 spurious), the 176 articles 88.5 % and 89.0 % (1,957 found, 241 missed, 254
spurious); on the five, true called wrong 1 (de99 '1,4': 'Nvidia legten um 1,4 Prozent ... zu' in the weekly review,
read as Friday's move after 'Der Nasdaq 100 beendete die Woche ...'), true called imprecise 0, wrong called accurate 3
(de97 'verdoppelt' on the ADR's +102.7 %, de98 '22.470' on the range of a session two days back, de100 '3,4' inside Hong
Kong's range of a session closed at publication), missed 1 (de96 '52', 'Umgesetzt wurden ... rund 52 Millionen Aktien'),
set out of scope 1 (de97 '107', 'gehandelten Aktien' beside 'Umsatz' read as a company's revenue), non-claims judged 0.
Final (tests/test_eighteenth_batch_de.py: an index's period move ends the earlier day in play as a stock's does; a
German ticker's stamp without a zone is German time; a period's move read on a session's range only on the claim's own
listing, not another whose session had closed; a sentence going on with 'damit' speaks of the listing of the one before,
no guess; 'Umgesetzt wurden', 'gehandelten Aktien', 'turnover of ... shares' are volumes; the day of the extreme a
distance is measured from dates no other clause; a hedge before a signed figure): the five 83.3 % and 83.3 % (100 found,
20 missed, 20 spurious), the 176 articles 88.6 % and 89.2 % (1,960 found, 238 missed, 253 spurious); on the five, true
called wrong 0, true called imprecise 1 (de98 '10', 'gut 10 Prozent' for -10.57 %, see the open list), wrong called
accurate 0, missed 0, set out of scope 0, non-claims judged 0. The other 171 articles unchanged (1,860 found, 218
missed, 233 spurious); their verdicts too, and their slot errors (one, de39 '192,67', was fixed and came back with the
narrower rule that keeps de41's 'Das Jahrestief vom 13. Januar lag bei ...').
tester23's batch merged with tester21's, tester22's and the fourteenth session's rules (186 articles: 90 German, 96
English): 88.6 % and 89.0 % (2,152 found, 265 missed, 278 spurious), the floors set to that; an overnight word inside a
sentence ('obwohl die ADRs am Vorabend 1,8 Prozent verloren hatten') no longer carries that session to the next item
(tester22's rule is for a sentence headed by one: de97's Tencent '1,5' had been read on the evening before).
The eighteenth German batch (branch tester24) added de101..de105, written in the house styles of a Der-Aktionär 'Hot
Stock' note (Meituan's jump after its results, its target, stop and the Tradegate price in euros), a Euro-am-Sonntag
column on Tencent's week and year in euros and Hong Kong dollars, a 4investors chart analysis of Alibaba in Hong Kong
(GD 50/200, RSI, support and resistance, 52-week high and low), a FAZ report on Baidu after its results in Hong Kong,
New York and Frankfurt, and a Focus-Money 'Aktie des Tages' on Nvidia and the Nasdaq 100 with its fact box; 91 market
numbers (76 true, 15 wrong). First run: the five 91.8 % and 85.7 % (78 found, 13 missed, 7 spurious), the 176 articles
89.0 % and 89.3 % (1,938 found, 231 missed, 240 spurious); true called wrong 3 (de101 '22', de105 '3,4', '23.740'),
true called imprecise 2 (de102 '8', de105 '6'), wrong called accurate 0, missed 3 (de101 '253', de102 '59', de103
'47,7'), set out of scope 5 (de102 '26', de103 '153,30', de104 '9,3', de105 '3', '151,70'), non-claims judged 2 (de103
'147,00', de104 '87,03'). Final (tests/test_eighteenth_batch_de_charts.py: a weekday or 'Vortag' going back from the
day in play is a look back for the rest of its paragraph; 'Seit dem Verlaufstief vom ...' is a dated since-return after
a colon too; 'In Euro gerechnet verlor ...' restates the period before in euros, a colon before a capital ends a
venue's clause; 'das Technologiebarometer' is the last index named; 'umgesetzt wurden ... Millionen Stück' is a volume;
'per Schlusskurs unter' is a chart condition; 'entspricht einem ADR-Preis von' a conversion; a moving average 'über dem
aktuellen Kurs' the price's distance below it; 'trennen' a distance to the extreme the clause leads with; a level
bracketed '(Hoch vom 23. Februar)' that day's high; 'notiert ... Prozent höher' after a low the distance above it; the
price an extreme's words lead into is that extreme; a session's low or high named with its day before its level keeps
that day, 'das Tief vom 20. Februar bei' is a day's low; 'Am Vortag hatte sie ...' counts back from the day in play;
'5,6 Prozent mehr als am Vortag' is a move up): the five 97.8 % and 96.7 % (88 found, 3 missed, 2 spurious), the 176
articles (90 German, 86 English) 89.3 % and 89.9 % (1,949 found, 220 missed, 234 spurious), the floors set to that; of
the five's problems only de105 '151,70' stays open (set out of scope, below). The other 171 articles one better
(1,861 found, 217 missed, 232 spurious: a day's high 'Hoch vom ... bei' found; four slot errors fewer).
All four batches merged with the fourteenth session's rules (191 articles: 95 German, 96 English): 88.9 % and 89.4 %
(2,241 found, 267 missed, 279 spurious), the floors set to that; a price right before a conditional is a forecast again
unless a day is named before it in its sentence ('Erst ein Ausbruch über 153,30 HKD würde ...' stays a chart condition,
'Zum Schlusskurs vom 19.03.2026 von 80,70 HKD wären diese ... wert' a close); tester24's technology barometers are rows
of tester22's tech role (the last technology index named).
The nineteenth German batch (branch tester28) added de111..de115, written in the house styles of a tagesschau.de 'Asiens
Börsen' report (the Hang Seng, Tencent, Meituan and Alibaba in percent only, Monday to Friday), a Handelszeitung column
on Nvidia (dollars and euros, the year 2025, the record high and its distance, GD 50/200, RSI), a DerStandard.at market
report (ATX and Erste Group without quotes, DAX points, the Nasdaq 100, Nvidia's open, low and close, Tradegate in
euros), a Spiegel short on Baidu's fall in New York and Hong Kong the next morning (year to date on both) and a Capital
column on Alibaba (a performance list of 3/6/12 months in euros, the gain since the April 2025 low, the 52-week high,
the 200-day line in euros, RSI, a price target); 85 market numbers (66 true, 13 wrong, 6 that must stay unverifiable).
First run: the five 75.3 % and 75.3 % (64 found, 21 missed, 21 spurious), the 196 articles 88.5 % and 88.9 % (2,305
found, 288 missed, 300 spurious); on the five, true called wrong 1 (de115 '28', the gain since a dated low), true called
imprecise 4 (de115 '17', '16': a list's line with 'minus' after its label; '125', '15': the 200-day line '(GD 200)' told
'in Euro gerechnet'), wrong called accurate 0 (but de113's ATX and Erste Group moves, which must stay unverifiable, were
judged on Nvidia), missed 0, set out of scope 1 (de113 '4.468,20', the ATX), non-claims judged 1 (de115 '106',
'Umgerechnet kostet ...'). Final (tests/test_nineteenth_batch_de_charts.py: 'Vom Zwischentief bei ... am 9. April 2025'
dates a since-return; a list's label reaches past a sign word or hedge; a bracketed '(GD 200)' is part of the line's
name, 'verläuft in Euro gerechnet bei' a level before its distance; ATX and Erste Group are subjects without quotes;
'Umgerechnet kostet ...' a conversion; 'Über die ganze Woche gerechnet' a week, 'zurückgefallen' down; a German dateline
with the month's name or a dotted clock with 'Uhr' gives the time of writing; a finished session's close ends that
session for the rest of the text, so its open told later is that day's): the five 88.2 % and 88.2 % (75 found, 10
missed, 10 spurious) with no verdict problem left, the 196 articles (100 German, 96 English) 88.9 % and 89.3 % (2,316
found, 277 missed, 289 spurious), the floors kept at 0.889 and 0.893; true called wrong 4 -> 3, true called imprecise
12 -> 8, wrong called accurate 8 -> 7 (the ATX rule first exposed de113's wrong open '177,10' as accurate on the day
before's open, 9; the finished-session rule then removed it and en92's '128.10'), set out of scope 6 -> 5, non-claims
judged 20 -> 19. The 191 articles before unmoved but for en92.
The nineteenth German batch (branch tester27) added de106..de110, written in the house styles of a dpa-AFX 'Aktien Asien
Ausblick' before Hong Kong's open (the Hang Seng's close, high and points, its future, Meituan's jump and Tencent's
fall, the ADRs in New York the evening before, the Nasdaq 100), an ARIVA.DE course report on Alibaba in Frankfurt and on
Tradegate in euros (the day's course, open, span and volume so far, Hong Kong and New York beside it, GD 50, RSI), a
Börsen-Zeitung note on Tencent's and Meituan's week and year with the Hang Seng's points (a week's move in points, the
52-week high and low with the days they were set), a wallstreet-online list of the Nasdaq 100's tops and flops (per
cent, price, volume; Nvidia and Baidu, Intel and Micron without quotes), and a boerse-frankfurt.de note on Alibaba's
Frankfurt day in euros (close, span, the euro 52-week high) beside Hong Kong and New York; 105 market numbers (78 true,
18 wrong, 9 without quotes or outside the daily bars that must stay unverifiable). First run: the five 88.5 % and 81.0 %
(85 found, 20 missed, 11 spurious), the 196 articles 88.9 % and 89.0 % (2,326 found, 287 missed, 290 spurious); true
called wrong 3 (de107 '2,8', de108 '188', '7,5'), true called imprecise 2 (de107 '130,05', de109 '2,0'), wrong called
accurate 2 (de108 '1,6', de109 '3,82'), missed 1 (de108 '59'), set out of scope 10 (de107 '1.310', '0,5', de109 eight
figures of its list beside 'Umsatz'), non-claims judged 2 (de106 '127', de110 '134'). Final
(tests/test_nineteenth_batch_de.py: a set-on clause after a German level, 'Vom 52-Wochen-Tief bei 73,60 HK$, erreicht am
4. März, ...', dates the extreme only; 'am Vortag' counts back from a day told before it, not from a later clause's
Monday; an index's week in points is the week's move, read in points; a German text without a clock reads a past-tense
move of a session it said had ended close to close, as an English one does; 'Mill.' and 'Bill.' are scale words ending
no sentence; 'Umsatz bis 17:35 Uhr: 1.310 Stück' is a volume so far; a price restated 'je in Hongkong gehandelter Aktie'
or 'je ADR' a few words after 'entspricht' is a conversion; a close bracketed right after the move's base day, 'als am
Vortag (Schlusskurs: 130,05 EUR)', is that day's): the five 91.7 % and 83.8 % (88 found, 17 missed, 8 spurious), the 196
articles (100 German, 96 English) 89.0 % and 89.1 % (2,329 found, 284 missed, 287 spurious), the floors set to that; of
the five's problems de107 '0,5', de109 '2,0', '3,82' and the list beside 'Umsatz' stay open (below). The other 191
articles unchanged (2,241 found, 267 missed, 279 spurious; their verdicts too).
The nineteenth English batch (branch tester26) added en107..en111, written in the house styles of a Bloomberg 'Five
Things to Start Your Day: Asia' item (Hang Seng futures, overnight ADR moves, the Nasdaq 100 and the DAX), a Motley Fool
'Down 24% From Its High, Is Alibaba Stock a Buy?' (both listings, 52-week highs, year to date, one, three and six
months, moving averages), a Reuters 'GLOBAL MARKETS' wrap (Nasdaq 100, Nvidia, DAX, the euro, Hang Seng, Tencent,
Meituan), a Business Insider explainer on Baidu's ADR and Hong Kong shares (parity, a week, Monday, since Aug. 20) and a
Fortune/Yahoo 'stocks making the biggest moves after hours' list (Nvidia, Baidu, Alibaba, Chewy); 87 market numbers (71
true, 14 deliberately wrong, 2 unverifiable). First run: the five 80.5 % and 79.5 % (70 found, 18 missed, 17 spurious),
the 196 articles 88.6 % and 89.0 % (2,311 found, 285 missed, 296 spurious); true called wrong 8 (en107 '3', '126.06',
en108 '25.2', '23', en109 '14', en110 '6.4', '46', '42'), true called imprecise 0, wrong called accurate 1 (en111
'112.53'), missed 4 (en107 '24,204', '21,864', '23,179', en109 '23,587'), set out of scope 1 (en110 '109', whose answer
was wrong: a conversion, 'would be worth around 109 euros', corrected), non-claims judged 3 (en109 '0.5', '1.1531',
en110 '127.57'). Final (tests/test_nineteenth_batch_en_hk.py: an overnight move after sentences telling an earlier
session is the New York session before publication; 'down 23% from its 52-week high' is a distance, and a percentage
after it no second one; a period closing the clause before a colon governs every percentage after it; '-ing' forms of
strong move verbs carry their sign; a dated look-back heading the sentence governs each move after it, not the one of
its own 'when' clause; a currency as a wrap sentence's subject is out of scope; 'below that peak' after 'peaked at' is a
distance to a past peak, unverifiable): the five 88.2 % and 86.2 % (75 found, 12 missed, 10 spurious), the 196 articles
(95 German, 101 English) 88.9 % and 89.3 % (2,317 found, 278 missed, 288 spurious), the floors set to that; the other
191 articles unchanged. Of the five's problems still open: true called wrong 0, true called imprecise 2 (en110 '46',
'42'), wrong called accurate 1 (en111 '112.53'), missed 4, non-claims judged 1 (en110 '127.57'), each with its reason
below.
The nineteenth English batch (branch tester25) added en102..en106, written in the house styles of a Kiplinger 'Stock
Market Today' on Nvidia's earnings day (Nasdaq-100, Nasdaq Composite, S&P 500, closing list), a TipRanks note on
Baidu's ADR (price target, upside, year to date, 52-week range, RSI), a Morningstar analyst note on Alibaba (fair value,
ADR and Hong Kong, Tradegate euros, past month and three months, 52-week closing high, 200-day average), a The Standard
Hong Kong close (Hang Seng points, turnover, Tencent's open and close, Meituan near its 52-week low, Nvidia overnight)
and an IBD 'stock of the day' on Nvidia (buy point, 50- and 200-day lines, 52-week high, volume against its average);
85 market numbers (69 true, 13 wrong, 3 without quotes that must stay unverifiable). First run: the five 86.4 % and
89.4 % (76 found, 9 missed, 12 spurious), the 196 articles 88.8 % and 89.4 % (2,317 found, 276 missed, 291 spurious);
true called wrong 10 (en102 '5.5', '184.89', '184.32', '5.8', '5'; en103 '74.71', '165.30', '24'; en104 '10'; en106
'22'), true called imprecise 1 (en104 '8.3'), wrong called accurate 5 (en102 '1.5', en104 '3.1', en105 '567', en106
'175.63', '0.9'), missed 0, set out of scope 0, non-claims judged 2 (en104 '19', en105 '26,000'). Final
(tests/test_nineteenth_batch_en.py: an event after a session's end, 'posted results after Wednesday's close', dates the
event only; 'Over the past 52 weeks, the stock has traded between ... and ...' is the 52-week low and high, and '24%
below that peak' the distance to the extreme its own sentence named; 'set in early October' dates the extreme only; a
percentage above an average right after a volume's count of shares is the volume's; a count of months heading a
sentence governs every percentage after it; 'Here's how the main indexes finished:' announces the close, and a latest
price restating a close told before it is its repeat): the five 92.0 % and 95.3 % (81 found, 4 missed, 7 spurious),
the 196 articles (95 German, 101 English) 89.3 % and 89.6 % (2,324 found, 269 missed, 279 spurious), the floors set to
that; true called wrong 1, true called imprecise 2, wrong called accurate 3 and non-claims judged 2 of the five stay
open (below). The other 191 articles better too (2 more found, 7 fewer spurious: en74's closes under 'Here's how our
watchlist closed on Friday:' found; en98's quarter's reference right; five restated closes of en77, en79 and en90
repeats now, non-claims judged 21 -> 16).
The four nineteenth batches merged with the session's own rules (elliptical extremes, quote-box labels, a clock time
beside a weekday, 'pc' and German halves, an index after 'on the'; the probing tests in
tests/test_probed_ellipsis_and_number_forms.py), 211 articles (105 German, 106 English): 89.4 % and 89.4 % (2,565
found, 305 missed, 304 spurious), the floors set to that; verdict problems of the whole set: true called wrong 4, true
called imprecise 13, wrong called accurate 12, missed 9, set out of scope 14, non-claims judged 17, each listed below
with its reason.
The twentieth German batch (branch tester29) added de116..de120, written in the house styles of an NZZ Finanzmeldung
(Alibaba in Hong Kong and New York, Swiss spelling 'eingebüsst', 'HK-$', decimal points, thin-space points, a Franken
conversion as context, a 52-week high dated in a relative clause, GD 200, RSI), a Börse-Online Aktiencheck on Baidu in
euros (a '52-Wochen-Spanne:' label, the distance to the high, GD 50/200 and their distances, Hong Kong without quotes),
a Reuters 'Aktien Asien' (the Hang Seng's close, early gain and range in points, Tencent, Meituan, Alibaba, the Nikkei
and MSCI without quotes), a Helaba morning note (DAX, Nasdaq 100, Nvidia, Tradegate, futures, chart levels, ifo) and a
Euro-am-Sonntag weekly review with a table of closes, week and year-to-date moves; 108 market numbers (19 wrong, 5 that
must stay unverifiable). First run: the five 82.4 % and 69.4 % (75 found, 33 missed, 16 spurious), the 216 articles
89.2 % and 88.7 % (2,640 found, 338 missed, 320 spurious); on the five, true called wrong 4 (de116 '15': the day of a
relative clause 'das am 3. Oktober erreicht wurde' dated the distance, and 'HK-$' read as a US dollar sign; de118
'26.373': an index's range in points read as moves; de120 '3', '5': a subjectless sentence after the Hang Seng given to
Alibaba, a year's move ended on the results' Wednesday), true called imprecise 3 (de117 '40': 'und damit' after the
RSI bound it to the euro listing; de120 '0,8' 'über dem Stand der Vorwoche', '4'), wrong called accurate 1 (de120
'148,05', a stale close after a week's move), missed 19 (de117 '141,21' after 'Spanne:', de120's table), set out of
scope 1 (de116 '0,9', Swiss 'eingebüsst'), non-claims judged 3 (de119 '22.000', '23.200': 'eine wichtige
Unterstützung', 'der erste Widerstand'; '88,4' the ifo's previous month). Final (tests/test_twentieth_batch_de.py):
the five 90.1 % and 75.9 % (82 found, 26 missed, 9 spurious), the 216 articles (110 German, 106 English) 89.6 % and
89.0 % (2,651 found, 327 missed, 309 spurious), the floors set to that; the 211 articles before one better too (2,569
found, 301 missed, 300 spurious: de99's closes after a week's move, de109 '2,0' and de74 '18' right); verdict problems
of the whole set: true called wrong 4 -> 4 (all older), true called imprecise 16 -> 12, wrong called accurate 13 -> 13
(de120 '148,05' right, de120 '4,5' exposed once dated to its Thursday), missed 28 -> 27, set out of scope 15 -> 14,
non-claims judged 20 -> 18.
The twentieth English batch (branch tester31) added en112..en116, written in the house styles of an AP markets wrap
(Nvidia's rebound, the Nasdaq composite in per cent and points, the Nasdaq 100, S&P 500 and Nikkei without quotes, the
Hang Seng's day and week, the DAX, a Treasury yield), an FT 'Markets live' post on Alibaba (Hong Kong's close and
range, the ADRs overnight, the parity per Hong Kong share, the week, the year, the October closing high and the
distance to it, moving averages, RSI, volume in 'mn', the euro price in Frankfurt), a Dow Jones Market Talk on Baidu's
results day (close, premarket, open, intraday low and move, 52-week high, RSI, Hong Kong without quotes, after hours),
a Nasdaq.com pre-market movers list with its table (BABA, NVDA, BIDU, MU) and a Barron's stocks-to-watch piece on
Meituan and Tencent (the surge, its high, volume, 50-day line, RSI, 52-week low, year, twelve months, a since-return,
the 200-day line, Frankfurt in euros); 159 numbers (70 true, 15 wrong, 28 that must stay unverifiable, 46 no market
claims; en113's 'up about 7.5pc since the start of the year' was first answered true against 2025-12-30, corrected to
wrong against the half day's close 142.80 before the first commit). First run: the five 84.9 % and 79.6 % (90 found, 23
missed, 16 spurious), the 216 articles 89.2 % and 89.0 % (2,655 found, 328 missed, 320 spurious); true called wrong 3
(en112 '3', en113 '185.10', '16'), true called imprecise 1 (en112 '490'), wrong called accurate 0, missed 7 (en113 '70',
en115's six table figures), set out of scope 2 (en115 '118.95', '2.40'), non-claims judged 2 (en112 '4.24', en113
'155.10'). Final (tests/test_twentieth_batch_en.py: 'ended the week' runs to the week's Friday, not to a weekday told
before it; 'the closing high it set in October' is October's high and 'from which it now stands 16pc lower' the distance
to it; a Treasury yield's cue reaches its earlier level after 'from'; 'was worth ... a share' is a conversion; '70mn'
is read with its scale; 'near' before a number is a hedge): the five 88.6 % and 82.3 % (93 found, 20 missed, 12
spurious), the 216 articles (105 German, 111 English) 89.4 % and 89.1 % (2,658 found, 325 missed, 316 spurious), the
floors set to that; of the five's problems true called imprecise 1, missed 6 and set out of scope 2 stay open (below).
The other 211 articles unchanged (2,565 found, 305 missed, 304 spurious; their verdicts too; en95's two 'near' hedges
now right, en78's chart level 'near HK$526' hedged where its answer names none).
The twentieth German batch (tester30; de121..de125: a t-online ticker on Alibaba in Frankfurt and on Tradegate in
euros with New York the evening before, a Manager Magazin piece on Nvidia after its five-trillion record, a finanzen100
chart check on Tencent with GD 38/100/200, RSI, supports and resistances, a Focus Money note on Baidu's results with
pre-market, after-hours, Hong Kong the day after and Frankfurt, a Börsenbrief with short items and a table of the
week's and month's moves; 94 true figures, 15 wrong, 4 that must stay unverifiable): on the first run the five 74.6 %
and 75.2 % (85 found, 28 missed, 29 spurious), the 216 articles (110 German, 106 English) 88.8 % and 88.8 % (2,650
found, 333 missed, 333 spurious); on the five, true called wrong 14 (a table's 'Woche' and '1 Monat' columns read as
the day's moves, 'In nur drei Handelstagen', 'In Euro gerechnet beträgt das Plus', 'Vom Jahrestief im April, als die
Aktie zeitweise unter 87 Dollar kostete'), true called imprecise 4 (the table; an RSI read on the Wednesday a chart
level's label '(Hoch vom Mittwoch)' named), wrong called accurate 2, missed 3 (a table's index levels in 'Pkt.'), set
out of scope 1 ('Der Umsatz fiel mit 17,2 Mio. Aktien'), non-claims judged 5. Raised by that branch's fixes
(tests/test_twentieth_batch_de_charts.py) to 89.4 % and 89.6 % (2,673 found, 310 missed, 314 spurious), the floors
set to that; the five 91.5 % and 95.6 % (108 found, 5 missed, 10 spurious): true called wrong 0, true called
imprecise 0, missed 0, set out of scope 0; wrong called accurate 2 and non-claims judged 5 stay open (below). No other
article's reading moved.
Twentieth batch, English, Hong Kong and regional (tester32: en117..en121, tests/test_twentieth_batch_en_hk.py): a South
China Morning Post close with the Hang Seng's points, Alibaba's and Baidu's morning session and the midday break, an EJ
Insight column on Tencent's and Meituan's 52-week extremes and moving averages, a Straits Times regional wrap with
Nvidia overnight and the STI and Nikkei without quotes, a CMC Markets update on the DAX and the Nasdaq 100 (support,
RSI, futures before the open, stamped in BST), a Livemint explainer on the Nasdaq's and Nvidia's week (stamped in IST):
117 market figures (92 true, 18 wrong, 7 futures and index figures without quotes that must stay
unverifiable). First run: the five 82.0 % and 77.8 % (91 found, 26 missed, 20 spurious), the 216 articles 89.1 % and
88.9 % (2,656 found, 331 missed, 324 spurious); true called wrong 12 (en117 '26,470.18'; en118 '7.4'; en119 '6.1',
'2.5', '10.6'; en120 '7.5', '1.2', '24,650'; en121 '3.7', '6.6', '23,958.47', '5.5'), true called imprecise 1 (en117
'1.2'), wrong called accurate 0, missed 6, set out of scope 3, non-claims judged 2. Final (a close announced earlier in
the paragraph does not cover a move placed at the midday break; 'building on a 7.9 per cent surge on Feb 6' is an
earlier event, and an overnight session is carried with no day in play; 'from a week ago' is the week's return;
datelines '30 March 2026, 07:40 BST' and '07 Mar 2026, 09:15 AM IST' are times of writing, '7.5% under its 200-day
average' a fall; a figure told in the present beside a during word is the session trading at writing; an index's role
keeps its subject across a relative clause; 'and is now up' is told as of writing; 'the following day' is the session
after the day named before; the Straits Times Index, Nifty IT and Sensex are indices without quotes; 'holds as
support' a view): the five 87.3 % and 82.1 % (96 found, 21 missed, 14 spurious), with no true figure called wrong or
imprecise and no wrong one called accurate; the 216 articles (105 German, 111 English) 89.3 % and 89.1 % (2,661 found,
326 missed, 318 spurious), the floors set to that; the other 211 articles unchanged in their kinds and verdicts. Missed
6, set out of scope 3 and a non-claim judged of the five stay open (below).

The sixteenth session merged the four twentieth batches (tester29: de116..de120, tester30: de121..de125, tester31:
en112..en116, tester32: en117..en121) with its own probes of a market as a whole and of yardsticks
(tests/test_probed_markets.py: 'Hong Kong stocks fell 1.7%', 'Asian shares', 'the broader market', 'der Gesamtmarkt'
are subjects without quotes, unverifiable; 'outperformed the Hang Seng, rising 2.1%' and 'the biggest gainer on the
Hang Seng Tech index, up 2.1%' are the company's; none of the golden claims moved but en89's 'fell', a market's
direction no longer given to Tencent). The merge itself found two defects, mended there: the two table rules of
tester29's and tester30's batches together made de120's index closes the week's move in points (three true figures
called wrong; the close column wins now), and the financials cue 'margin' matched inside 'marginally' (en120's week
set out of scope). Measured on the 231 articles (115 German, 116 English): 89.6 % and 88.9 % (2,952 found, 369
missed, 344 spurious), the floors set to that; verdict problems of the whole set: true called wrong 4, true called
imprecise 13, wrong called accurate 15, missed 36, set out of scope 18, non-claims judged 24, each listed below with
its reason (entries no longer produced were removed: de109 '2,0', de120's three closes, en121 '0.3', five restated
prices of en77, en79 and en90 now repeats; nine slot errors gone).
The twenty-first German batch (tester33: de126..de130, tests/test_twentyfirst_batch_de.py): a Handelsblatt live blog
(newest entry first) on the DAX, the Nasdaq and Nasdaq 100, the Hang Seng and Alibaba in Frankfurt by parity, a dpa-AFX
'Aktie im Fokus' on Alibaba (Tradegate, Xetra volume, Hong Kong's day and Vortag, 50- and 200-day lines), a Der-Aktionär
piece on Baidu's week (moving averages, RSI, year high, a euro restatement), a Der Standard/APA report on Asia's markets
(the Hang Seng in points and 'Einheiten', Tencent, Meituan, the Nikkei without quotes) and a finanzen.ch weekly outlook
in Swiss spelling with apostrophe thousands (Nvidia, the Nasdaq 100, week, month, year to date): 87 market figures (74
true, 11 wrong, 2 unverifiable). First run: the five 81.0 % and 78.2 % (68 found, 19 missed, 16 spurious); true called
wrong 9 (all of de129: 'Während der Hongkonger Markt an die Erholung vom Vortag anknüpfte' had dated the report of
Wednesday's session to Tuesday), true called imprecise 0, wrong called accurate 0, missed 0, set out of scope 4. Six
fixes, most harmful first: a move named with its day as an attribute ('die Erholung vom Vortag', 'die Verluste vom
Montag', "the previous day's gains") is an earlier event whose day dates nothing after it (earlier_events.csv); an
index's day's high and low in points ('Das Tageshoch lag bei 22.880 Punkten', 'im Tief', "the day's high", not
'schloss auf Tageshoch') are its extremes (cues.csv); a distance told either way ('gut 5 Prozent entfernt', '5% away')
takes its side only from its own clause (metrics.own_clause_direction); the same figure for another moving average is
no repeat (linking: the window in the repeat's key); 'Vom 52-Wochen-Tief bei 74,71 Dollar aus dem April 2025 ... um 66
Prozent erholt' is the distance to the low, not the day's move (cues.csv); an index's level reached 'bis auf' at some
moment of the session is its day's high or low by its sign word (frames). One answer corrected: de128's 'rund 108 Euro'
is a restatement of the New York close in euros, no market claim by the project's convention (as de102's '56,10'),
not a true price. Final: the five 84.7 % and 82.8 % (72 found, 15 missed, 13 spurious), true called wrong 0, true
called imprecise 0, wrong called accurate 0, missed 0, set out of scope 2 (below); the 236 articles (120 German, 116
English) 89.6 % and 88.9 % (3,031 found, 377 missed, 350 spurious; before the batch, on the 231: 89.6 % and 88.9 %,
2,953 found, 368 missed, 343 spurious), the floors set to that; other articles moved only for the better (six
more found: index extremes of de97, de106, de109 and three others), their verdicts unchanged.

Twenty-first batch, English (tester35: en122..en126, tests/test_twentyfirst_batch_en.py): a Reuters Hong Kong midday
report (the Hang Seng in points and per cent at the break, Meituan, Tencent and Alibaba by midday, the Hang Seng Tech
and the CSI 300 without quotes), an Investopedia Markets News piece (Nvidia and the Nasdaq 100, the record and the
52-week extremes, moving averages, the RSI, volume), a Motley Fool 'Why Baidu stock sank today' (the ADSs as of 1:15
p.m. ET, year to date, five sessions, 52-week extremes, Hong Kong past its quotes), a Bloomberg Asia stocks brief
stamped 'GMT+8' before Hong Kong's open (futures, the Hang Seng, Tencent, Meituan, the Nasdaq 100 and the DAX
overnight) and a Seeking Alpha news item (BABA and BIDU premarket and after hours, the Hong Kong closes, a parity and a
euro conversion): 80 true, 17 wrong, 8 futures, premarket, after-hours or unquoted figures that must stay
unverifiable. First run on those five: 86 found, 24 missed, 21 spurious (answers as first written; the key takeaways'
and closing summary's restated moves, a restated close and two conversions were then marked repeat and
price_conversion as the older answers do, and two unquoted indices given their symbols); true called wrong 8 (en122
'521.79', '3.5', '519.00'; en123 '46'; en124 '129.20'; en126 '171.00', '176.06', '4.8'), true called imprecise 3,
wrong called accurate 4 (en123 '23,132.77', '176.5'; en125 '549'; en126 '122.76'), missed 1, set out of scope 5 (the
restated figures). Fixed: a relative clause in the simple past between commas ('Tencent, which closed at HK$532 on
Monday, fell 3.5% to HK$519.00') dates only its own figure and ends only its own session; a price below or above a
named close ('opened at $129.20, well below Wednesday's close of $132.65'); an index's move in points during the
session read on the session's range; a price or index level named as a close by its noun ('from a close of
23,132.77 on Monday'); a stamp's offset after GMT ('8:05 AM GMT+8'); a hedged comparison base ('rose to 46 from about
34 on Monday'). Now on those five: 86 found, 19 missed, 21 spurious; true called wrong 1, true called imprecise 3,
wrong called accurate 3, missed 1, non-claims judged 2 (each listed below with its reason). Measured on the 236
articles (115 German, 121 English): 89.3 % and 88.7 % (3,040 found, 386 missed, 363 spurious), the floors set to that;
verdict problems of the whole set: true called wrong 5, true called imprecise 16, wrong called accurate 18, missed 37,
set out of scope 18, non-claims judged 26.

Twenty-first batch, English, second part (tester36: en127..en131, tests/test_twentyfirst_batch_en_b.py): a Yahoo
Finance stock-movers roundup (Alibaba, Baidu, Nvidia, the Nasdaq 100's close and day high, volume against its
three-month average, a January peak), a CNBC midday movers list (items led by a name and a dash, premarket against
midday, Thursday's post-earnings slide, FedEx without quotes), a Standard (Hong Kong) markets column of a Friday
morning (the Hang Seng's close, points and day's range, turnover, Tencent, Alibaba, Meituan, a move from a dated
close), a MarketWatch automated 'falls, underperforms market' piece on Nvidia (the Nasdaq Composite, a third losing
day and the move over it, the 52-week high in dollars, the 50-day average volume) and a Benzinga technical analysis
of Nvidia stamped before Monday's open (20/50/200-day SMAs as a bulleted list, RSI and its oversold threshold,
support and resistance, Tradegate in euros): 100 market figures (74 true, 16 wrong, 10 that must stay unverifiable:
premarket trades, indices and companies without quotes). First run: the five 83.8 % and 83.0 % (83 found, 17
missed, 16 spurious), the 236 articles 89.4 % and 88.7 % (3,036 found, 385 missed, 359 spurious); on the five, true
called wrong 5 (en128 '1.5', '2.6', '1.2': a day an earlier list item named carried into the next items, and
Thursday's possessive move with a hyphenated word; en129 '9.8': 'from its close of HK$158.60 on February 12' read as
the day's move; en130 '8.9': 'its third consecutive day of losses, a stretch over which it has shed 8.9%' read as the
day's move), true called imprecise 0, wrong called accurate 0, missed 1 (en131 '186.49': two bulleted lines read as a
range), set out of scope 1 (en128 '7.1': 'post-earnings' read as earnings), non-claims judged 1 (en131 '30', the
RSI's oversold threshold). Final (a dash-led list item starts from the intro's day; a weekday's move looked back to
may hold a hyphenated word; 'post-'/'pre-earnings' is no company figure; a move from a close priced before its date,
and one over a run its ordinal counts, are since-returns measured on their base; a hyphen opening the next line is a
bullet, no range's dash; an RSI threshold is no reading; a move 'before the open' is premarket; the distance to a
named month's peak is measured on that month): the five 88.0 % and 88.0 % (88 found, 12 missed, 12 spurious) with no
verdict problem left; the 236 articles (115 German, 121 English) 89.6 % and 89.0 % (3,043 found, 378 missed, 355
spurious), the floors set to that; verdict problems of the whole set: true called wrong 4, true called imprecise 13,
wrong called accurate 15, missed 34 (en118's two bulleted moving averages found), set out of scope 18, non-claims
judged 24. No other article's kinds or verdict problems moved; en127's '24' and en129's '25' (distances to a January
and an October peak) are measured now instead of unverifiable. Answers corrected after the first run, to the set's
conventions: a day's high takes no hedge (en127 '25,189.17', '187.62'; en129 '534.50'), 'as much as' is 'intraday'
(en128 '10.9', '1'), and en129's '25 percent below its October peak' is a distance_past_peak, as en127's January one.
Twenty-first batch, German, second set (tester34: de131..de135, tests/test_twentyfirst_batch_de_b.py): an n-tv
Börsenticker of 31 March 2026 (Dax, Nasdaq 100 and Nvidia, clock-stamped entries, the Vortagesschluss, a pluperfect
stale close), a 4investors chart check on Tencent of Friday 20 March stamped 18:10 Uhr (day's range, GD 20/50/100/200,
RSI, 52-week extremes and distances, supports and resistances), a Capital piece on Alibaba of Saturday 28 February
(Hong Kong and New York, twelve months, February, a depositary share's ratio, the 2021 peak and the market value), a
Börse Stuttgart market report of 22 January (Baidu, Alibaba and Nvidia in euros, Stuttgart turnover and spreads,
pre-market) and a newsletter of Saturday 25 October 2025 with 'Stand:' lines and a short table on Meituan, Baidu and
the Hang Seng (close, day, week, year to date): 114 market figures (93 true, 16 wrong, 5 that must stay
unverifiable or beyond the quotes).
First run: the five 97.9 % and 80.0 % (92 found, 23 missed, 2 spurious), the 236 articles (120 German,
116 English) 89.3 % and 88.6 % (3,045 found, 391 missed, 364 spurious); on the five, true called wrong 1 (de133 '2,7':
'Die ADS, von denen jede acht Hongkong-Aktien entspricht, schlossen ... ein Minus von 2,7 Prozent' read in Hong
Kong), true called imprecise 2 (de131 '10', 'Für den März summiert sich das Minus auf gut 10 Prozent', read as the
year to date; de133 '6,7', a week ended on the Thursday of a closing pluperfect clause), wrong called accurate 2
(de134 '6,8'; de135 '100,00', Thursday's close in the table's 'Schluss' column), set out of scope 4 (one of them the
answer's own error: the table's '+3,6' restates the lede's week, a repeat, corrected), non-claims judged 2. Final (a
depositary share's ratio names no venue; 'für den März' is the month's move of the index named after it; a closing
pluperfect clause keeps its day; a price under a table's 'Schluss' column is that session's close; 'Stand: 24.10.2025'
pins the session; an index's Tageshoch and Tagestief in points; a text stamped in the European evening reads Hong
Kong's day as the session that ended): the five 98.0 % and 86.8 % (99 found, 15 missed, 2 spurious), true called
wrong 0, true called imprecise 0, missed 0; the 236 articles 89.7 % and 89.0 % (3,058 found, 377 missed, 351 spurious),
the floors set to that; verdict problems of the whole set: true called wrong 4, true called imprecise 13, wrong
called accurate 15 (en91 '25' gone), missed 36, set out of scope 21, non-claims judged 26; detail errors 311 -> 280.
Wrong called accurate 1, set out of scope 3 and non-claims judged 2 of the five stay open (below).
The seventeenth session's merge (the four batches above and the session's own rules: a figure after ', nach' with its
own day, an apposition's day, a named earlier day's move close to close, windows of weeks and months measured, 'and
remain ... below' as of writing): the 251 articles (125 German, 126 English) 89.4 % and 88.8 % (3,311 found, 416
missed, 392 spurious), the floors set to that; verdict problems of the whole set: true called wrong 5, true called
imprecise 16, wrong called accurate 17, missed 35, set out of scope 23, non-claims judged 28, each listed below with
its reason (de120 '4,5' gone: Thursday's move named in its own sentence of a Sunday's text is read close to close).
With the twenty-second batches (tester37, tester38) and the session's last rules (a past month's or year's price read
on that month or year, a year's end as its last session, a count of shares beside 'Umsatz' a volume): the 261 articles
(130 German, 131 English) 89.10 % and 88.43 % (3,448 found, 451 missed, 422 spurious), the floors 0.890 and 0.884;
verdict problems of the whole set: true called wrong 5, true called imprecise 16, wrong called accurate 18, missed 39,
set out of scope 26 (de138's '18,8 Millionen Stück' a volume now), non-claims judged 29.
Twenty-second batch, German (tester37: de136..de140, tests/test_twentysecond_batch_de.py): a finanzen.net afternoon
update on Alibaba of Thursday 26 February stamped 15:42 Uhr (Tradegate in euros with the day's high, low and open so
far, New York the evening before, Hong Kong's close, the 52-week extremes), a WirtschaftsWoche piece on Baidu of
Saturday 21 March (year to date, three months, two weeks, the January high, the April low), a wallstreet-online
chart analysis on Meituan of Friday 13 March stamped 17:35 Uhr (day's range, open, volume, week, GD 50/200, RSI,
52-week high), a FAZ 'Asiens Börsen' report of Tuesday 24 February without a clock (Hang Seng in points, Tencent,
Alibaba, Meituan, the Nikkei without quotes) and a weekly outlook of Saturday 28 March on Nvidia, the Nasdaq 100 and
the DAX (a table, weeks, March, records, 'nach ... Punkten am Vortag'): 80 market figures (64 true, 10 wrong, 6
without quotes, the Nikkei's or a German venue's so far in the session, that must stay unverifiable).
First run: the five 76.9 % and 76.9 % (60 found, 18 missed, 18 spurious), the 256 articles (130 German, 126 English)
89.2 % and 88.6 % (3,371 found, 434 missed, 410 spurious); on the five, true called wrong 0, true called imprecise 0,
wrong called accurate 1 (de139 '147,00', the day's low given as the close after 'Der Hang-Seng-Index schloss ...'),
set out of scope 2 (de136 '21', de138 '18,8'), non-claims judged 2 (the answer's own error: de140's '23.133' and
'22.301', the table's levels restated in sentences of their own, are index levels as in de120, corrected). Final
('einbüßte' at the end of a German subordinate clause is a fall; a German text without a clock that says Hong Kong's
session of the day closed was written after it, so its stocks' past-tense moves end on their closes): the five 83.3 %
and 81.2 % (65 found, 15 missed, 13 spurious), wrong called accurate 0, set out of scope 2; the 256 articles 89.3 %
and 88.7 % (3,376 found, 431 missed, 405 spurious), the floors set to that; verdict problems of the whole set: true
called wrong 5, true called imprecise 16, wrong called accurate 17, missed 35, set out of scope 25, non-claims judged
28. No other article's verdicts moved.
Twenty-second batch, English (tester38: en132..en136, tests/test_twentysecond_batch_en.py): a Reuters GLOBAL MARKETS
wrap of Friday 27 March (the Hang Seng's close and range, Thursday's Nasdaq 100 and Nvidia, futures, the DAX, moves over
the past two weeks, a pluperfect close, a late-October peak), an Investor's Business Daily piece on Alibaba's and
Baidu's ADRs (50-day lines, 52-week highs, a buy point, IBD ratings, a dated plunge, five sessions to Tuesday), a Forbes
'Alibaba stock is down 35% from its high' explainer (three, six and twelve months, year to date, Friday's low, the
Frankfurt euro parity, a house valuation), an evening close report in The Standard's style (the Hang Seng's points and
range, Meituan's 13.9 % jump and volume, Tencent's range, two weeks, year to date) and a Zacks 'heading into today' note
on Baidu (the prior close, open and range, past month against the sector, 52-week high): 92 market figures (74 true, 12
wrong, 6 that must stay unverifiable: futures, the Nikkei, the S&P 500, a sector, a 2022 fall). First run: the five 78.9
% and 77.2 % (71 found, 21 missed, 19 spurious); the 256 articles 89.2 % and 88.6 % (3,382 found, 437 missed, 411
spurious); on the five, true called wrong 6 (en135's Meituan and Tencent figures read on Tuesday after 'The benchmark
had jumped 2.8 percent on Tuesday'; en134 '3', 'even after a 3% rebound on Monday' read as the year to date of 'Year to
date,' heading the sentence), true called imprecise 2 (en135 Tencent's range, on Tuesday), wrong called accurate 0,
missed 4 (two index day ranges in points), set out of scope 2, non-claims judged 3 (en134's valuation '$165 per share'
and its '30% above the current market price', and the ECB rate). Final (an index's earlier day told in the pluperfect
dates no later sentence; a house valuation per share and its distance to the current market price are analyst targets; a
period heading the sentence does not govern a later clause naming its own day): true called wrong 0, true called
imprecise 0, wrong called accurate 1 (en135 '495.20', let through once Wednesday was read), missed 4, set out of scope
2, non-claims judged 1; the 256 articles (125 German, 131 English) 89.2 % and 88.5 % (3,381 found, 438 missed, 410
spurious: en135's '90' and '505.50' are last prices on the publication day now, no longer Tuesday's closes; the verdicts
are right), the floors set to that; verdict problems of the whole set: true called wrong 5, true called imprecise 16,
wrong called accurate 18, missed 39, set out of scope 25, non-claims judged 29. No other article's verdict problems or
kinds moved.
Twenty-third batch, English, second set (tester42: en142..en146, tests/test_twentythird_batch_en_b.py): a Reuters BUZZ
item on Alibaba's ADRs before Monday's open (premarket move and price, 'set for its biggest one-day percentage drop
since Nov. 8', Friday's close and high, Thursday's jump, Hong Kong's close, a Frankfurt parity, the year to date, LSEG
ratings), an FXStreet-style Tencent price forecast stamped in GMT (close, five sessions, year to date, day's range and
volume, 20/50/100/200-day SMAs, RSI and its midline, 52-week high, the June 2025 low, a pivot, a correction line), a
Nikkei Asia Hong Kong close (the Hang Seng in points, per cent and its day's range without a unit, an early gain,
Meituan, Alibaba and Tencent with their months to date, a pluperfect 'On Wednesday, the index had added ...', the ADRs
overnight, the Hang Seng Tech and the Nikkei without quotes), a Motley Fool 'Why Alibaba Stock Is Down 5% in 2025 (So
Far)' (Key Points, the year to date, the October high, the 2020 all-time high and 2022 and 2024 figures before the
quotes held, past month, Hong Kong, market value) and a Business Insider live markets blog with headed entries ('2:30
p.m. ET: Nvidia extends gains'; the Nasdaq 100's close, high, open and Monday's close, Nvidia's close, intraday high,
previous close and a quote box, the DAX in Frankfurt's afternoon): 96 market figures (70 true, 18 wrong, 8 that must
stay unverifiable). First run: the five 75.3 % and 76.0 % (73 found, 23 missed, 24 spurious); true called wrong 10
(en144's Meituan and Tencent figures read on Wednesday after 'On Wednesday, the index had added 157.40 points'; en146's
11:15 a.m. and 2:30 p.m. entries read as the close; en145 'down 5% from where it finished 2024' read as the day's move),
true called imprecise 1 (en144 Meituan's low, on Wednesday), wrong called accurate 0, missed 4 (en144's index range
without a unit, en146's index open, en143's comparison volume), set out of scope 0, non-claims judged 4 (en143's RSI
midline, pivot and repeated RSI, en146's repeated high). Eight fixes, most harmful first: a day fronted and set off by a
comma in the pluperfect is background; a live blog's stamp printed as its entry's heading line times the paragraphs
under it; a move 'from where it finished 2024' is the year to date (an older year-end a look-back); a quote box's
'Previous close:' item dates itself only and a dash joins a range after a range word; an RSI's midline and a pivot point
are chart levels; an index's range written without a unit in grouped thousands is its low and high (also found in en101,
en107, en132, en135: the open problem of an index's day range without a currency); an index that 'opened at 23,208'
tells its open; a move 'for the year' after a past year named is that year's. Final: the five 82.3 % and 82.3 % (79
found, 17 missed, 17 spurious), true called wrong 0, true called imprecise 0, wrong called accurate 0, missed 1, set out
of scope 1, non-claims judged 1 (below); the 266 articles (130 German, 136 English) 89.0 % and 88.6 % (3,538 found, 457
missed, 436 spurious; on the first run with the five, 88.8 % and 88.1 %, 3,521 found, 474 missed, 446 spurious), the
floors 0.890 and 0.885; verdict problems of the whole set: true called wrong 5, true called imprecise 16, wrong called
accurate 18, missed 32 (eleven index ranges and opens of other articles found), set out of scope 27, non-claims judged
30. No other article's verdicts worsened.

de146..de150 (2026-12-01, branch tester40): an onvista piece on Baidu with a price table for Hong Kong (Tuesday) and New
York (Monday), its year to date in both, the 52-week high, GD 50 and RSI; a 'Euro am Sonntag' weekly review dated on
its Saturday (the Hang Seng's week, Monday and Friday, year to date; Alibaba in Hong Kong and New York, Meituan's new
52-week low and distance to the high, Tencent); a finanznachrichten.de note on Baidu in Frankfurt at 16:45 CET in euros
(the day's gain on the parity, the ADR's Tuesday, Monday and Friday, year to date, 52-week high, Wednesday's open); a
Handelsblatt background on Alibaba against its 2020 record (2021, twelve months, April 2025 low, market value, a
Frankfurt price); a trader's blog on Tencent (range, volume, the week's recap, GD 20/50/200, RSI, stop and own target):
137 numbers, 92 market figures (74 true, 13 wrong, 5 that must stay unverifiable). First run (with two answers brought
to the project's conventions: an 'umgerechnet' euro price is a conversion, a table restating the lede's close a
repeat): the five 94.1 % and 87.0 % (80 found, 12 missed, 5 spurious); the 266 articles 89.2 % and 88.4 % (3,528
found, 463 missed, 427 spurious); on the five, true called wrong 1 (de150 'Auf Wochensicht steht damit ein Minus von
rund 3 Prozent' after today's close and a recap ending 'gestern': the week read up to yesterday), true called imprecise
2 (de150's year to date likewise; de146's distance to the 52-week high in Hong Kong read on the New York table's
Monday), wrong called accurate 1 (de150 '559,95', listed), missed 0, set out of scope 7 (de149: the ADRs and the Hong
Kong sentence after 'der Finanztochter Ant' had no subject), non-claims judged 0. Final (a period's move or a
distance to the 52-week extreme going on with 'damit' runs up to the latest session the text told on its own venue;
depositary shares after an unknown unit are the parent's; 'das Hoch' after the day's low and a particle is the day's
high; de147's new 52-week low answered as de136's): true called wrong 0, true called imprecise 0, wrong called
accurate 1, missed 0, set out of scope 2 (listed), non-claims judged 0; the five 96.7 % and 94.6 % (87 found, 5
missed, 3 spurious); the 266 articles (135 German, 131 English) 89.3 % and 88.6 % (3,535 found, 456 missed, 425
spurious), the floors set to that; verdict problems of the whole set: true called wrong 5, true called imprecise 16,
wrong called accurate 19, missed 39, set out of scope 28, non-claims judged 29. No other article's verdict problems or
kinds moved.
Twenty-third batch, German (tester39: de141..de145, tests/test_twentythird_batch_de.py): a Börsen-Zeitung report on
Alibaba of Wednesday 4 February (Hong Kong's close, the 'Vortagesschluss', the day's range, the year to date, the year's
highest close, the Frankfurt ADR in euros in the evening and the day before, New York's close and open), a boerse.de
'Aktie des Tages' on Tencent of 11 March (Tuesday's 7.3 % jump, open, high, a list with the 52-week high and its
distance after a bracketed date, the 52-week low of April 2025 without raw prices, February, year to date, GD 50, RSI,
the euro price), a Focus Money piece on Nvidia stamped 'Donnerstag, 30.10.2025, 07:45' (the record close and high, the
move since last Friday's close, Tuesday, year to date, GD 50, RSI, the Nasdaq 100, Tradegate in euros, twelve months, 5
trillion dollars), a Reuters midday report on Hong Kong of Thursday 12 February without a clock ('zur Mittagspause': the
Hang Seng and the Hang Seng Tech at the break, Meituan, Alibaba, Tencent, the ADRs overnight) and a boerse.ARD evening
'Marktbericht' of 25 February stamped 18:05 Uhr (the DAX's close, high, Tuesday, year to date; the Nasdaq 100 'bei
Handelsschluss in Europa'; Alibaba's ADR pre-market; Hong Kong's close): 71 market figures (55 true, 12 wrong, 4 without
quotes: the Hang Seng Tech's move and level, a pre-market indication, Tencent's 52-week low before its raw prices).
First run: the five 77.5 % and 77.5 % (55 found, 16 missed, 16 spurious); the 266 articles (135 German, 131 English)
88.9 % and 88.2 % (3,503 found, 467 missed, 438 spurious); on the five, true called wrong 3 (de143 '11', 'Seit dem
Schlusskurs vom vergangenen Freitag', read as Friday's move; de144 '1,9' and de145 '25.250', a midday move and the
Nasdaq 100 'bei Handelsschluss in Europa' read as closes), true called imprecise 7 (de144's six figures at the midday
break, de145 '1,1'), wrong called accurate 0, missed 0, set out of scope 1 (de142 '19', its sentence cut at '(2.'),
non-claims judged 1 (de143 '500', 'Bestellungen über 500 Milliarden Dollar' after a move). Final (a text whose opening
reports a market at its midday break is written at that break; 'seit dem Schlusskurs vom vergangenen Freitag' a
since-return; a sum in billions after a move no price; 'bei Handelsschluss in Europa' a moment of New York's session; a
bracket opening with a day ends no sentence, and a day written after a 52-week extreme is the extreme's, not its
distance's): the five 80.3 % and 80.3 % (57 found, 14 missed, 14 spurious), no verdict problem left; the 266 articles
88.96 % and 88.29 % (3,505 found, 465 missed, 435 spurious), the floors set to that; verdict problems of the whole set:
true called wrong 5, true called imprecise 15 (en122 '3.6' gone: the Reuters midday report is read at its break), wrong
called accurate 18, missed 39, set out of scope 26, non-claims judged 28 (de122 '5', 'unter die Marke von 5 Billionen
Dollar', gone). One answer corrected: de143 '11' is a since_return (the project's kind for 'seit dem Schlusskurs vom
Freitag'), not a week_return.

Twenty-third batch, English (tester41: en137..en141, tests/test_twentythird_batch_en.py): an AP 'How major US stock
indexes fared' close story (the Nasdaq composite and Nasdaq 100 in points and per cent, Nvidia, lists under 'On
Wednesday:', 'For the week:' and 'For the year:' with a blank line between one-line items), a South China Morning Post
Hong Kong close (the Hang Seng's open, low, lunch-break level, week and year, turnover, Alibaba, Tencent and Meituan
with a past March's closing high), a Barron's 'Alibaba stock is falling' premarket piece (Hong Kong overnight, year to
date, 52-week high, 50-day average, RSI), a MarketBeat report on Baidu (open, low, volume against the average, 50- and
200-day averages, 12-month low and high) and a Financial Times 'Markets wrap' (the Dax's open, week and distance to its
record close, the Nasdaq 100 in the afternoon, the Hang Seng's week and year, Meituan and Tencent): 108 market figures
(88 true, 17 wrong, 3 that must stay unverifiable: Hang Seng Tech, two premarket figures). First run: the five 73.4 %
and 74.1 % (80 found, 28 missed, 29 spurious); the 266 articles 88.7 % and 88.0 % (3,528 found, 479 missed, 451
spurious); on the five, true called wrong 10 (en137's week and year lists in money and per cent read as Wednesday's
moves, '3.4% below the closing high it set on Oct. 29' read as a day's move; en138's index open '0.9 per cent higher at
27,019.74' as the day's move and level, '56 per cent below the closing high of HK$183.50 it reached last March' as a
move and a price of the day; en141's headline 'weekly losses as Dax sinks 2%' as the week), true called imprecise 3,
wrong called accurate 1 (en138 'after touching HK$149.80 in early trade' passed on Wednesday's range), missed 1, set out
of scope 1, non-claims judged 2. Final (one-line list items under a period's intro take its period, in money too, and
'For the week:' is the week so far; a distance below 'the closing high it set/reached' and that high's level of a named
month; an index's open keeps its kind; a price inside a finished session's range is that session's; period words right
before 'as' leave the next clause's move alone; 'starting the day up' is the open's move): the five 88.1 % and 88.9 %
(96 found, 12 missed, 13 spurious), true called wrong 0, true called imprecise 0, wrong called accurate 0, missed 1, set
out of scope 1, non-claims judged 2; the 266 articles (130 German, 136 English) 89.2 % and 88.6 % (3,551 found, 456
missed, 428 spurious: open_move recall 60.6 % -> 90.9 % over the whole set, index_move spurious 32 -> 15), the floors
set to that; verdict problems of the whole set: true called wrong 5, true called imprecise 16, wrong called accurate 18,
missed 40, set out of scope 27, non-claims judged 31. No other article's verdict problems moved.
Twenty-fourth batch, German (tester43: de151..de153, tests/test_twentyfourth_batch_de.py): a Spiegel-Wirtschaft piece
on Alibaba and the Hang Seng stamped '26.02.2026, 16.12 Uhr' (the index's close in per cent and points, 'Im Verlauf war
er bis auf ... gefallen', its open 'über der Marke von 27.000 Punkten', Vortag; Alibaba's close on its low, 'im Verlauf'
high, Vortag, 52-week high and distance, year to date; the ADRs 'Zur Startglocke' and Wednesday), a Tradegate day
overview of Wednesday 25 March at 22:05 (Meituan and Baidu in euros: close, change, Vortag, day's high and low with
clock times, turnover in shares; Meituan's Hong Kong jump, high and volume; Baidu's Nasdaq close and a stale Tuesday
close) and a Saturday 'Monatsrückblick März' of 28 March (the DAX, the Nasdaq 100, Nvidia and the Hang Seng: Friday,
'Wochenbilanz', 'seit Ende Februar', year to date): 55 market figures (44 true, 9 wrong, 2 turnovers that must stay
unverifiable). First run: the three 83.6 % and 83.6 % (46 found, 9 missed, 9 spurious); the 284 articles 89.1 % and
88.8 % (3,836 found, 485 missed, 470 spurious); on the three, true called wrong 2 (de151 '27.000', 'über der Marke von'
without its hedge, judged as the open's exact level; de152 '91,55', 'im Verlauf ging es bis auf ... nach oben' read as
the close), true called imprecise 1 (de152 '8,70', listed), wrong called accurate 0, missed 0, set out of scope 0,
non-claims judged 0. Final ('im Verlauf (des Tages/Handels) ... bis auf/zu' a moment of the session, an index's its
day's high or low; 'über/unter der Marke von' a hedge of size): the three 85.5 % and 85.5 % (47 found, 8 missed, 8
spurious; left: 'seit Ende Februar' read as an undated since-return, though judged right; 'Zur Startglocke' not the
open; a stock's 'im Verlauf bis auf' an intraday price rather than its day's high), true called wrong 0, true called
imprecise 1, the rest 0; the 284 articles (143 German, 141 English) 89.13 % and 88.82 % (3,838 found,
483 missed, 468 spurious: de129's Hang Seng high 'Im Verlauf war das Börsenbarometer bis auf 25.390 Punkte geklettert'
found too), the floors kept at 0.891 and 0.888; verdict problems of the whole set: true called wrong 4, true called
imprecise 14, wrong called accurate 15, missed 33, set out of scope 22, non-claims judged 31. No other article's
verdict problems moved.

Twenty-fourth batch, English (tester44: en147..en149, tests/test_twentyfourth_batch_en.py): a CNBC 'Asia markets'
close (the Hang Seng's day, Thursday's fall, a move 'in its final hour of trade', week and year, Hang Seng Tech,
Tencent's close and intraday peak, Meituan, Alibaba in Hong Kong and its ADR overnight, the Nikkei and Kospi, the
Nasdaq 100 and Nvidia overnight), a Yahoo Finance quote summary of BIDU (the price line and after-hours line, the
'Previous Close / Open / Day's Range / 52 Week Range / Volume / Avg. Volume' table under 'Currency in USD', then notes
on the week, year, 52-week distances, moving averages, RSI, Hong Kong and Frankfurt in euros) and a Kiplinger-style
history of Baidu's stock (2021 and 2022 prices before the quotes held, the 2024 and 2025 closes, the 2025 return, the
low for the past year, January's high, the current price, the distance from that high, year to date, 12 months, the
Frankfurt price in euros): 62 market figures (43 true, 8 wrong, 11 that must stay unverifiable). First run (before the
answers' signed quotes '-4.75', '(-3.99%)' were written as the numbers the extractor spans): the three 67.3 % and
56.5 % (35 found, 27 missed, 17 spurious); the 284 articles 89.0 % and 88.5 % (3,829 found, 499 missed, 474
spurious); on the three, true called wrong 1 (en149 'hit its low for the past year at $74.71 on April 9, 2025' read
as the current price), true called imprecise 1 (en147 'up 1.1% in its final hour of trade' checked against the close),
wrong called accurate 0, missed 14 (en148's table, whose figures carry no currency sign), set out of scope 0,
non-claims judged 0. Final ('in its final hour of trade' / 'in der letzten Handelsstunde' is a move during the session;
'its low/high for the past year' / 'tiefsten Stand der letzten zwölf Monate' is the 52-week extreme): the three 76.9 %
and 64.5 % (40 found, 22 missed, 12 spurious), true called wrong 0, true called imprecise 0, wrong called accurate 0,
missed 12 (en148's table), set out of scope 0, non-claims judged 0; the 284 articles (140 German, 144 English) 89.0 %
and 88.5 % (3,830 found, 498 missed, 473 spurious), the floors set to that; verdict problems of the whole set: true
called wrong 4, true called imprecise 13, wrong called accurate 15, missed 45, set out of scope 22, non-claims judged
31. No other article's verdict problems moved.
The eighteenth session's own fixes on main, probed with sentences of its own (tests/test_probed_prior_sessions.py,
test_probed_month_prices.py, test_session_ties.py, test_probed_index_points.py, test_probed_conjunct_venues.py,
test_probed_quote_list_turnover.py, test_probed_standfirst.py, test_probed_week_before.py): another stock's move 'in the
prior session' in the simple past counts back from the time of writing (en126 '4.8' no longer called wrong, its stale
'122.76' caught); 'traded at $300 in 2021', ', nach 270 Dollar im Jahr 2021' and 'By 2022, the stock had sunk below
$60' are prices of that year; an undated day's low beside an undated move and price of its sentence is of their
session (en135 '495.20' caught), and one in a text stamped after the close is that session's (en97 '169.5' caught); an
index's move in whole points may drop its decimals (en112 '490'); a venue word leading into the next conjunct's number
across a share word (en104 '8.3'); a quote list's '(Umsatz: 2,15 Mio.)' is the volume (de109's eight figures no longer
out of scope, its '3,82' caught); an index's close naming no day is read on closes; standfirst bullets under a
headline are a summary; 'a 4.2% drop the week before' a week's move (en95 '4.2' no longer called wrong) and 'fell 3%
this week to $171.24' the week's close. With the six testers' batches merged, the 287 articles (143 German, 144 English)
measure 89.1 % and 88.6 % (3,882 found, 501 missed, 475 spurious), floors 0.890 and 0.885; verdict problems of the
whole set: true called wrong 3, true called imprecise 14, wrong called accurate 15, missed 45, set out of scope 22,
non-claims judged 30.
Twenty-fifth batch, German (tester45: de154..de158, tests/test_twentyfifth_batch_de.py): a dpa-AFX 'Börsentag auf
einen Blick' of Friday 27 February 'Stand: 07:15 Uhr' (Hong Kong's afternoon: the Hang Seng, Tencent, Alibaba; New
York's Thursday: the Nasdaq 100, Nvidia's close, low and year to date, the Alibaba ADRs and their volume; the DAX's
Thursday, high, year to date and a broker's pre-market indication; a calendar of clock times), a finanzen.net 'Was
Analysten von der Alibaba-Aktie erwarten' of Tuesday 10 February 08:41 (Monday's closes in Hong Kong and New York, a
stale Friday close, the ADR's high, Tradegate in euros, week, year to date, 52-week high and low, targets with their
upside, Tuesday's Hong Kong price), a Stock3 chart analysis of Meituan on Sunday 22 March (the week's move, candle
high, low and open, the 52-week low and the distance from it, Monday's and Friday's moves, Friday's low and volume, GD
50/200 and their distances, RSI, support and resistance lists), a Finanz und Wirtschaft piece on Tencent's results
of Thursday 19 March (day's move, close, low, open and its move, volume, the Hang Seng in Swiss thousands '25'500',
'Im ersten Quartal' as the year to date, the week, the '52-Wochen-Höchst', the 200-day line, market value in HK$ and
francs, a Frankfurt price) and a Sunday 'Wochenausblick' newsletter of 26 October 2025 (a table of closes, week and
'seit 1.1.' for Alibaba, Baidu, Tencent, Meituan, the Hang Seng and the Nasdaq 100; the ADRs' week): 95 market
figures (74 true, 17 wrong, 4 that must stay unverifiable: a pre-market indication in points and per cent, Tencent's
and Meituan's 2025 year to date without a 2024 close held). First run: the five 70.6 % and 75.8 % (72 found, 23
missed, 30 spurious); the 292 articles 88.67 % and 88.30 % (3,954 found, 524 missed, 505 spurious); on the five, true
called wrong 10 (de158's 'seit 1.1.' column read as the week under 'Die Wochenbilanz im Überblick'; de157's Hang Seng
read on Wednesday after 'fast dreimal so viel wie am Vortag', its distance to the '52-Wochen-Höchst' as a day's move
in October; de154's Hong Kong afternoon read as Friday's close, the 'Stand: 07:15 Uhr' not read; de156 'rutschte bis
auf 78,15 HKD und ging 1,9 % tiefer aus dem Handel' read as the close; de155 'am Vortag', listed), true called
imprecise 2 (de156 'beendete die abgelaufene Handelswoche mit einem Plus von 4,2 %' as a day's move; de155, listed),
wrong called accurate 2 (de157's open move beside its opening price measured up to the day's low; de158 'die
Baidu-ADR legten um 3,3 Prozent zu' after a move 'im Wochenverlauf' read as a day's), missed 0, set out of scope 1,
non-claims judged 7 (de156's support and resistance lists under plural labels). Nine fixes, most harmful first: a
table column 'seit 1.1.'/'Since Jan. 1' is the year to date, over an intro's period; a quantity 'so viel wie am
Vortag'/'more than on Friday' dates no sentence after it; 'Stand: 07:15 Uhr' after a date in words stamps the time of
writing; the Swiss 'Höchst'/'Tiefst' of a 52-week extreme; 'beendete die (abgelaufene) Handelswoche'/'ended the
trading week' is the week's move; a price after 'bis auf'/'as low as' before the session's end told after it is no
close; a move at the open beside its opening price is the move to that price (with the real open's reading kept: en43
'7.8' found by the set); a day's move after a period's move in its sentence takes the period also where the period
names no date, unless a day's move comes first or its words say 'on the day' (en109's 'while Meituan gave back 3.7%'
kept, found by the set); plural chart labels 'Unterstützungen:'/'Widerstände:' reach all their items, an item with a
bracket naming its extreme staying that extreme (de123 '541,50'). One answer corrected: en71's sector and S&P 500
gains 'over the course of the past month' were typed index_move against their own note and reference (now
past_month_return, unverifiable either way). Final: the five 84.5 % and 86.3 % (82 found, 13 missed, 15 spurious),
true called wrong 1, true called imprecise 1, wrong called accurate 0, missed 0, set out of scope 1, non-claims judged
2 (listed); the 292 articles (148 German, 144 English) 89.08 % and 88.57 % (3,966 found, 512 missed, 486 spurious),
the floors kept at 0.890 and 0.885; verdict problems of the whole set: true called wrong 4, true called imprecise 15,
wrong called accurate 15, missed 45, set out of scope 23, non-claims judged 30 (de123's '502,00' and '559,75' no longer
judged). No other article's verdict problems moved.
Twenty-fifth batch, German, second set (tester46: de159..de163, tests/test_twentyfifth_batch_de_b.py): a Handelsblatt
'Dax aktuell' evening ticker of Thursday 19 March (entries from 13:20 to 21:10 CET: Nvidia before the bell and in
early trade, the Nasdaq 100's open and close, the Alibaba ADRs' open and close after results, Alibaba in Frankfurt in
euros against the Vortagesschluss, the DAX's close, low, year and Wednesday), a Börse Online piece on Baidu after its
results (21.08.2025, 11:42: the ADRs' Wednesday, low and after-hours move, Hong Kong's Thursday close, low, volume and
year, Frankfurt in euros and its Vortagesschluss, a list of the year, the 52-week high and its distance, the 200-day
line and RSI), an ariva 'Hot Stock' note on Nvidia's record high stamped '10.10.25 08:31' (the high, close, open 'über
dem Mittwochsschluss', volume, market value in Billionen, Tradegate in euros, a list of the year, week, 52-week low,
50- and 200-day lines, RSI, a quote box), a German Reuters 'Hongkonger Börse schließt' of Friday 20 March (the Hang
Seng's close, low, week and year, the Hang Seng Tech and Shanghai without quotes, Tencent and Meituan 'zum
Handelsschluss', 'im Wochenverlauf', Thursday, volumes, 'in der Spitze') and a direct bank's customer magazine on five
years of Alibaba ('Alle Kurse: Schlusskurse vom 11. März 2026': 2021 and 2022 before the quotes, 2025, the year in
dollars and euros, 'vor einem Jahr', the 52-week extremes, the 200-day line, 'Relative Stärke (RSI, 14 Tage)'): 86
market figures (62 true, 15 wrong, 9 that must stay unverifiable). First run: the five 84.9 % and 84.9 % (73 found, 13
missed, 13 spurious); the 292 articles 89.0 % and 88.5 % (3,955 found, 514 missed, 488 spurious); on the five, true
called wrong 1 (de161 '192,23', an open 'über dem Mittwochsschluss' read on Wednesday), true called imprecise 2 (de161
'33', the distance to the 200-day line read on Friday's session, not yet traded at 08:31; de163 '139,02', 'Vor einem
Jahr' counted from publication, not from the close the text states), wrong called accurate 0, missed 1 (de163 '43',
'Relative Stärke (RSI, 14 Tage)'), set out of scope 0, non-claims judged 1 (de161's quote box restating the close).
Final (a weekday's close in one word after a comparison is the base; a two-digit year's stamp, '10.10.25 08:31', gives
the time of writing; 'Alle Kurse: Schlusskurse vom ...' states the close; a currency another clause restates its
figure in, 'in Euro gerechnet', leaves the number the venue in play; 'Relative Stärke (RSI ...)' is the RSI): the five
86.0 % and 86.0 % (74 found, 12 missed, 12 spurious; left: kinds only, 'im frühen Handel' read as the open, an open
'starten ... bei' and a German 'Vortagesschluss' read as last prices, 'in der Spitze bis auf' as an intraday price,
'Wer damals eingestiegen ist, liegt ... im Minus' as an unmeasured since-return), every verdict problem class 0; the
292 articles (148 German, 144 English) 89.0 % and 88.5 % (3,956 found, 513 missed, 487 spurious), floors kept at 0.890
and 0.885; verdict problems of the whole set: true called wrong 3, true called imprecise 14, wrong called accurate 15,
missed 45, set out of scope 22, non-claims judged 30. No other article's verdict problems moved.

Twenty-fifth batch, English (tester47: en150..en154, tests/test_twentyfifth_batch_en.py): a Bloomberg 'First Word'
short on Hong Kong tech at 10:15 a.m. local time (Meituan 'as much as', Alibaba and Tencent intraday, the Hang Seng and
Hang Seng Tech, Friday's closes after the Lunar New Year break, the ADRs in New York, Frankfurt in euros, the distance
from the October high), a Seeking Alpha premarket brief on BABA (premarket, Thursday's close and volume '33.4M', the
50-day average '12M', Hong Kong without quotes, a 'Prior close / range / 52-week range / YTD / 5-day' list, the past
month and the distance from the 52-week high 'set in early October'), a Zacks close note on BIDU (close, change, S&P
500, Dow and Nasdaq, open and range, volume, past month against the sector and the Nasdaq, 52-week high, '1.5% above
where it ended 2025', the 50-day average, estimates), a Livemint 'Global market' piece of a Monday morning in India
(Nikkei, Topix, Kospi, Kosdaq, the Hang Seng in early trade and on Friday, Gift Nifty, Friday's Nasdaq Composite,
Nasdaq 100, S&P 500, Dow, Nvidia, Alibaba, Baidu and DAX, the weeks) and an Investing.com technical analysis of Nvidia
published on a Saturday (close, day and week, range, the Nasdaq 100, volume and its 50-day average, 50- and 200-day
averages, RSI, 52-week high and low with distances, year to date, a classic pivot table 'R2: / R1: / Pivot: / S1: /
S2:', Tradegate in euros, market value): 88 market figures (62 true, 12 wrong, 14 that must stay unverifiable). First
run: the five 84.6 % and 87.5 % (77 found, 11 missed, 14 spurious); the 292 articles 89.0 % and 88.5 % (3,959 found,
512 missed, 489 spurious); on the five, true called wrong 2 (en151 'lost about 19% over the past month and now sit
about 35% below the 52-week high set in early October': the month dated to early October 2025, in Hong Kong; en152
'1.5% above where it ended 2025' read as Tuesday's move), true called imprecise 1 (en154 'down 2.2% on the day and 3%
lower for the week': the 3% took the day's words), wrong called accurate 1 (en152 '50-day moving average of $138.50',
listed), missed 3 (en151 '33.4M shares' and '12M', en153 Gift Nifty), set out of scope 0, non-claims judged 6 (en154's
five pivot levels, one called wrong, one imprecise; en151's 'Prior close' restated). Final (the month or day an extreme
was set after its participle dates that extreme only; 'above where it ended 2025' / 'über dem Stand vom Jahresende' the
year to date; a day's cue right after another percentage is not a later one's with a period of its own; a pivot
table's labels are technical levels; a capital M or B glued to a number is millions or billions; '5-day:', '1-month:',
'1 Woche:' labels name their periods; 'prior close' and 'prev. close' let the previous-day patterns be searched, so a
quote box's 'Prior close' is the session before and a repeat of the body's close): the five 94.3 % and 93.2 % (82
found, 6 missed, 5 spurious), true called wrong 0, true called imprecise 0, wrong called accurate 1, missed 1, set out
of scope 0, non-claims judged 0; the 292 articles (143 German, 149 English) 89.20 % and 88.66 % (3,964 found, 507
missed, 480 spurious: week_return recall 85.7 % -> 86.5 %, volume 94.7 % -> 96.1 %, volume_average 57.1 % -> 64.3 %,
day_change spurious 109 -> 106, last_price spurious 155 -> 150, close spurious 7 -> 6), the floors set to 0.891 and
0.886; verdict problems of the whole set: true called wrong 3, true called imprecise 14, wrong called accurate 16,
missed 46, set out of scope 22, non-claims judged 30. No other article's verdict problems moved.
Tester48 added en155..en159 (2026-12-01): a MarketWatch story on Nvidia's four-day losing streak, its longest since
February, and its record close, with Microsoft and Apple, the Nasdaq 100 and the DAX; a Benzinga 'What's going on with
Alibaba stock?' item at last check on a Monday with the 52-week extremes, RSI, moving averages and a Tradegate price; a
Proactive Investors Hang Seng close with Baidu, Tencent, Alibaba and Meituan in Hong Kong, turnover and the ADRs
overnight; an RTHK brief with the morning session's peak in points and the lunch break; a Morningstar-style note on
Baidu against its fair value estimate with a three-year move, the 52-week range and a quote table (15 of their 92
market figures wrong). Measured first (answers corrected where the kind broke the project's convention: 'this week' on
a Friday is week_to_date_return, Microsoft and Apple their listings, a three-year move since_return as cues.csv reads
years): the five 81.9 % and 83.7 % (77 found, 15 missed, 17 spurious), true called wrong 0, true called imprecise 1
(en159 '36'), wrong called accurate 0, missed 0, set out of scope 1 (en158 '3.5': 'Among the blue chips' read as a
count of chips), non-claims judged 2 (en155 '30', the oversold level; en159 '30', a discount to the fair value), and an
unverifiable three-year move judged as the day's and called wrong (en159 '8'); the whole set 88.9 % and 88.5 % (3,959
found, 516 missed, 492 spurious). Fixed (tests/test_twentyfifth_batch_en_b.py): 'Over three years' / 'auf drei Jahre
gerechnet' is a move over years (since_return), never the day's; 'blue chips' no count of chips; a discount or premium
to a fair value or price target an analyst's figure (en104 '19' too); 'the 30 level that traders treat as oversold' a
convention (en139 '30' too); a hedge before a currency's code ('at about EUR 107.80', 'nearly HKD 540') the number's.
Final: the five 84.9 % and 85.9 % (79 found, 13 missed, 14 spurious), true called imprecise 1 (en159 '36', see its
entry), all other classes 0; the 292 articles (143 German, 149 English) 89.05 % and 88.51 % (3,961 found, 514 missed,
487 spurious), floors kept at 0.890 and 0.885; verdict problems of the whole set: true called wrong 3, true called
imprecise 15, wrong called accurate 15, missed 45, set out of scope 22, non-claims judged 28.
The nineteenth session's own fixes on main (before the merges of tester45..48), each measured on the 287 articles then
in the set: 'after having been up nearly 5% as recently as Wednesday' is the period of the clause before as of that
day, and a perfect participle's clause keeps its day to itself (en102 '5' no longer called wrong;
tests/test_probed_standing_until.py); a close, open or last price naming no day in a text stamped after its listing's
close is that session's (en111's stale '112.53' caught; tests/test_probed_closed_stamp.py); a table's header naming a
subject per column gives each cell its subject, a period over the row labels ('Week ended') each row's moves, and a
German row label '25.03.' its day (en95's weekly table: '3.2' no longer called wrong, '3.0' and '4.2' no longer
imprecise, the wrong '0.4' caught, its '-2.0%' a repeat of the body; tests/test_probed_table_columns.py); 'am Vortag'
in a causal clause after a named day that is the session before publication is read on either (de92 '178,56' no longer
called wrong; tests/test_probed_causal_previous_day.py). The 287 articles went from 89.1 % / 88.6 % (3,882 found, 501
missed, 475 spurious) to 89.3 % / 88.8 % (3,890 found, 493 missed, 466 spurious), true called wrong 3 -> 0, wrong
called accurate 15 -> 13. After the four merges the 307 articles (153 German, 154 English) measure 89.3 % and 88.7 %
(4,209 found, 535 missed, 506 spurious), floors 0.892 and 0.887. Then 'am Vortag' in a sentence's first clause on
another venue than the day in play's, told in the simple past, is read on the day before publication too (de155 '0,3'
no longer called wrong, '163,00' no longer imprecise nor judged as a non-claim;
tests/test_probed_previous_day_in_play.py): the 307 articles 89.3 % and 88.7 % (4,209 found, 535 missed, 505
spurious); verdict problems of the whole set: true called wrong 0, true called imprecise 13, wrong called accurate 14,
missed 46, set out of scope 24, non-claims judged 27.
Twenty-sixth batch, German (tester49: de164..de168, tests/test_twentysixth_batch_de.py): a 'Der Aktionär' piece on
Alibaba stamped '24.02.2026 - 11:30 Uhr' (Hong Kong's close and intraday low, Xetra and Tradegate in euros, Monday's ADR
close, the 50- and 200-day lines in dollars, RSI, the year's high and the distance to it, the 52-week high, year to
date, volume, the magazine's target and stop), an n-tv evening report of Tuesday 24 March at 18:05 (the DAX's close,
low, high, Monday and year to date in points and per cent; the Nasdaq 100's open; Nvidia 'im frühen Handel', Monday's
close, the record high and the distance to it; Alibaba's ADR pre-market and Monday), a boerse.de Friday evening week
table of 26 September 2025 (the Hang Seng's close, week, 52-week high in points and distance; Alibaba, Tencent, Meituan
and Baidu, the table's closes and week moves), a wallstreet-online 'Aktie im Fokus' on Baidu of Wednesday 25 March at
08:10 (Lang & Schwarz at 8, the German close, the ADR's New York close, range and volume 'am Vorabend', week, year to
date, 52-week high and distance, 200-day line, RSI) and a FAZ report on Hong Kong's exchange of Friday 27 February (the
Hang Seng's day, week, February, January 'im Vormonat' and year to date, the Hang Seng Tech, Tencent, Alibaba and
Meituan in HK$): 85 market figures (71 true, five of them German prices judged on the ADR's or Hong Kong's parity, 12
wrong, 2 that must stay unverifiable: the Hang Seng Tech, a pre-market move). First run: the five 90.6 % and 89.5 % (77
found, 9 missed, 8 spurious); the 312 articles (158 German, 154 English) 89.31 % and 88.74 % (4,286 found, 544 missed,
513 spurious); on the five, true called wrong 4 (de166 '27.058', an index's 52-week high in points read as its level;
de167 '1,7' and '112,53', the headline's 'nach schwachem Dienstag' made Tuesday the day in play, so 'am Vorabend' went
back to Monday; de168 '7', 'nachdem er im Vormonat ... gestiegen war' read as February, the month the other clause
names), set out of scope 1 (de166's table '166,50' restating the body: its answer corrected to a repeat, as de120's,
de125's and en90's tables are answered), no other class. Final (an index's 52-week high or low in points right after its
words; an earlier day named by how it went, 'nach schwachem Dienstag', 'after a weak Tuesday', an earlier event's day;
'im Vormonat' beside a month named in another clause each move's own clause's month): the five 91.8 % and 91.8 % (78
found, 7 missed, 7 spurious) with no verdict problem left; the 312 articles 89.33 % and 88.78 % (4,287 found, 542
missed, 512 spurious), the floors set to 0.893 and 0.887; verdict problems of the whole set: true called wrong 0, true
called imprecise 13, wrong called accurate 14, missed 46, set out of scope 24, non-claims judged 27 (those of the set
before the batch, unchanged). Tried and rolled back: judging a table's cell that restates the body on its own
(non-claims judged 27 -> 37, the set's other tables answer such cells as repeats); 'im frühen Handel' / 'in early
trading' read as a move or price during the session rather than the open (4,292 found, 507 spurious, but it breaks
tests/test_extract_linking.py, which keeps 'In early trade, Tencent dipped 0.8% to HK$611' a last price and an index's
early move its open's move).
Tester51 added en160..en164 (2026-12-01): an AP 'Asian shares' story (the Hang Seng in points and per cent, its open and
low, Alibaba, Tencent and Meituan in Hong Kong, the Nikkei, Kospi and S&P 500 without quotes, the Nasdaq composite,
Nvidia and the ADR on Wall Street's session before); an Investor's Business Daily Nvidia chart analysis after the Martin
Luther King Jr. Day holiday (50-day and 200-day lines, 'the 50-day' alone, a buy point, volume against its 50-day
average, 'more than 16% off' the 52-week high, 2025's move); a Reuters GLOBAL MARKETS wrap stamped 4:52 PM GMT (the Hang
Seng and Tencent, the DAX with 'since Friday's close', the STOXX 600, the Nasdaq 100 in early afternoon trade and
Wednesday's close, week to date for each); a TipRanks BABA piece (targets and upside, Monday's close and range, a
derived Frankfurt price, Hong Kong after the quotes held end, five sessions, year and month to date, the 52-week range,
RSI, moving averages); an FT-style Hong Kong tech piece of 17 October 2025 (the Hang Seng's worst day since April, the
Hang Seng Tech without quotes, Meituan, Baidu, Alibaba, Tencent, 'losses for October', Baidu's ADR and its Frankfurt
parity). Measured first: the five 84.7 % and 86.5 % (83 found, 13 missed, 15 spurious), true called wrong 10 (en160
'163.37'; en161 '0.9'; en162 '1.7', '2', '22,612.97', '1.3', '23,850', '1.1', '2.6'; en164 '15.2'), true called
imprecise 2 (en162 '1.5', '7.7'), wrong called accurate 2 (en161 '166.40', en163 '12'), missed 0, set out of scope 0,
non-claims judged 0, and en162's STOXX 600 move judged on the DAX (imprecise); the 312 articles (153 German, 159
English) 89.19 % and 88.68 % (4,292 found, 548 missed, 520 spurious). Fixed (tests/test_twentysixth_batch_en.py): a
weekday right after 'since'/'seit' is the start of that since-return only and dates no other figure of the sentence;
'for the week so far', 'so far in the week', 'on the week to date' are the week to date; a comma and a conjunction after
a period's words end its reach where the later move is told with the price it went to; a thousands separator ends no
clause that owns its day (', having risen 0.7% to 24,162.98 on Wednesday'), and a pluperfect relative clause right after
such a clause keeps its day; 'topped out at' the day's high; a move noun told for a named month ('its losses for
October') that month's return; a distance to 'the 50-day' or 'its 200-day' alone a moving-average distance; the STOXX
600 an index without quotes. Tried and reverted: the week so far as a permitted reading of a mid-week 'for the week'
(three deliberately wrong German week figures passed). Final: the five 90.8 % and 92.7 % (89 found, 7 missed, 9
spurious), true called wrong 1 (en162 '1.1', see its entry), wrong called accurate 2 (see their entries), all other
classes 0; the 312 articles 89.32 % and 88.80 % (4,298 found, 542 missed, 514 spurious), the floors set to 0.893 and
0.888; verdict problems of the whole set: true called wrong 1, true called imprecise 13, wrong called accurate 16,
missed 46, set out of scope 24, non-claims judged 27. No other article's verdict problems moved.
Tester52 added en165..en169 (2026-12-01): a Business Insider piece on Nvidia's record high and its $5 trillion market
value (day move, Tuesday's gain, past month, year to date, 52-week low, volume against its 30-day average, RSI, the
200-day average); a Caixin Global Hang Seng brief the day after the Chung Yeung holiday (Alibaba, Baidu, Meituan and
Tencent in HK$, 'the benchmark', turnover, a dated high); a Forbes 'Alibaba stock is up 12% this year' piece before New
York's open (year to date, the 52-week extremes and distances, a year ago, the 200-day average, Tradegate in euros, the
Hong Kong listing and its ADS parity); a Dow Jones Market Talk roundup with four-digit ET stamps (Baidu after hours,
Nvidia premarket, the DAX's close and its intraday low); a Yahoo Finance live blog of the Nasdaq 100, Nvidia and Alibaba
from before the bell to the close (15 of their 93 market figures wrong). Measured first: the five 73.4 % and 74.2 % (69
found, 24 missed, 25 spurious), true called wrong 3 (en166 '0.6': the list after 'The market was closed Wednesday'
dated to the holiday; en168 '23,730.92': the DAX item after a Monday item read on Monday; en169 '2.5': 'heading into
Thursday's report' ending the year to date on the Thursday before), true called imprecise 3 (en166 '172.10', en167
'113', en169 '0.9' around midday read as the close), wrong called accurate 4 (en166 '1.9' and en169 '15' on the wrong
day, en168 '124.07' a stale close read as a price in Monday's range, en169 '6.7' to a record close matched by the
intraday high), non-claims judged 1 (en168 '26,000', a year-end forecast); the whole set 89.0 % and 88.4 % (4,278
found, 559 missed, 530 spurious). Fixed (tests/test_twentysixth_batch_en_b.py): a newswire's four-digit stamp with its
zone ('0712 ET - ...') opens a ticker entry; a moment named right after a move ('0.4% earlier in the session', 'about
0.9% around midday') reads it in the day's range; 'heading into', 'going into', 'in the lead-up to' lead a coming event;
a day named without a claim on which the venue in play had no session is no day in play; 'closes down 1.8% at' (a
newswire's present) a completed move whose price is the close; a premarket cue does not reach a clause naming its own
day, and the price a dated move went to takes that day; 'expect ... to end the year at' a forecast. Final: the five
76.3 % and 76.3 % (71 found, 22 missed, 22 spurious), true called imprecise 1 (en167 '113'), wrong called accurate 1
(en169 '6.7'), all other classes 0; no other article's figures or verdict problems moved. The 312 articles (153
German, 159 English) 89.0 % and 88.5 % (4,280 found, 557 missed, 527 spurious), floors 0.890 and 0.884; verdict
problems of the whole set: true called wrong 0, true called imprecise 14, wrong called accurate 15, missed 46, set out
of scope 24, non-claims judged 27.
Twenty-sixth batch, German, second set (tester50: de169..de173, tests/test_twentysixth_batch_de_b.py): a Focus Money
'Aktie der Woche' on Nvidia stamped '25.03.2026, 06:00' (the record high of 29 October intraday and on closes, the
distance to it, Tuesday's close and move, the year, Friday's low, Monday, five sessions, a chart list with the 50- and
200-day lines, RSI, the 52-week low and volume, the 'under 30' oversold level, market value in Billionen, a conversion
to euros), a Sunday 'Euro am Sonntag' review of 1 February (Alibaba's Friday, week and January in Hong Kong against
'dem Jahresschluss 2025 von 142,80 HK-Dollar', the ADRs, Frankfurt in euros and 'in Euro gerechnet', the DAX's week,
Thursday low, Friday and January, the Hang Seng's January and week, a closing table 'Schlusskurse 30.1.' with week and
January columns), an NZZ note in Swiss style of 3 February, 11.40 Uhr (prices written '161.00 HK-$', levels '26 834,77',
'Tiefst' and 'Höchst', Monday's moves, 'nach dem Rückschlag vom Vortag (–2,2%)', 'Gegenüber dem Vorjahr', 'im
Jahresvergleich', the distance from the 3 October high, the ADRs in New York), an Onvista profile of Tencent (Friday's
close, 'seit vergangenem Freitag', Tuesday's and Wednesday's moves, a key-figures block with open, high, low, Vortag,
52W-Hoch, 52W-Tief inside a gap of the quotes held, volume, the distance from the 52-week high, year, RSI, a conversion)
and a tagesschau.de 'Chinesische Tech-Aktien unter Druck' of 17 October 2025 (the Hang Seng, Alibaba, Baidu and Meituan
on the day and the week, a new 52-week low 'und schloss 4,3 Prozent tiefer', Thursday's ADRs, 'seit dem vergangenen
Freitag'): 87 market figures (73 true, 13 wrong, 1 that must stay unverifiable). Answers corrected before the fixes
(not to fit the product): 'umgerechnet gut 151 Euro' and 'umgerechnet rund 61 Euro' are price conversions as the set
reads them, 'seit (dem) vergangenen Freitag' a since_return with a dated base, Tencent's RSI 51.4 (not 52.3: the missing
16 February row skipped), so its '52' is wrong. First run: the five 70.0 % and 72.4 % (63 found, 24 missed, 27
spurious), the 312 articles 88.9 % and 88.4 % (4,272 found, 559 missed, 532 spurious); on the five, true called wrong
10, true called imprecise 2, wrong called accurate 3, missed 0, set out of scope 3, non-claims judged 6. Fixed: 'seit
vergangenem/letztem Freitag' is a move since that Friday (it also stopped that weekday dating the key-figures block);
'Jahresschluss 2025 von' / 'Vorjahresschluss bei' the year's last close and 'gegenüber dem Jahresschluss' the year to
date; a distance cue before the number does not take a percentage told after 'und schloss' / 'and closed'; a bracketed
move right after a move's noun and its day ('Rückschlag vom Vortag (–2,2%)', "Thursday's gain (+0.3%)") is that day's;
'in Euro gerechnet' yields to the period its clause names ('Seit Jahresanfang beträgt das Plus in Euro gerechnet ...');
'im Jahresvergleich' of a share or index is twelve months. Final: the five 76.4 % and 78.2 % (68 found, 19 missed, 21
spurious); true called wrong 3, true called imprecise 1, wrong called accurate 3, missed 0, set out of scope 3,
non-claims judged 5 (listed below with their reasons); the 312 articles (158 German, 154 English) 89.05 % and 88.53 %
(4,277 found, 554 missed, 526 spurious), floors set to 0.890 and 0.885; verdict problems of the whole set: true called
wrong 3, true called imprecise 14, wrong called accurate 17, missed 46, set out of scope 27, non-claims judged 32. No
other article's verdict problems moved.
Twenty-seventh batch, English (tester55: en170..en174, tests/test_twentyseventh_batch_en.py): a CNBC market wrap of 26
February 2026 stamped 4:21 PM EST (the Nasdaq Composite called 'the tech-heavy Composite' beside the Nasdaq 100,
Nvidia's results-day slide with open, low, volume against its 50-day average, market value and the 52-week high, Baidu's
five sessions and RSI beside the oversold 30, Alibaba's open, close and year, Tradegate in euros, the DAX), a
MarketWatch automated 'Baidu Inc. ADR stock underperforms Tuesday when compared to competitors' note (the S&P 500
without quotes, the 52-week high in dollars, competitors, volume against its 50-day average), an SCMP Hong Kong close of
30 October 2025 after the Chung Yeung holiday (the Hang Seng's intraday high, year and distance from its 2 October
closing high, the day's range, Meituan's year and 52-week high, the ADRs overnight), a Motley Fool 'Why Alibaba Stock
Soared Today' with key points, a quote widget, 'As of 2:45 p.m. ET', Hong Kong's close, Frankfurt in euros, the 50-day
average and twelve months, and a Benzinga pre-market movers list stamped without a zone (pre-market moves and prices,
Nasdaq futures, Monday's closes, Hong Kong's Tuesday, OTC ADRs): 92 market figures (76 true, 16 wrong) and 13 that must
stay unverifiable. First run: the five 87.5 % and 86.7 % (91 found, 14 missed, 13 spurious); true called wrong 2 (en170
'1.2', '22,878.38': 'The tech-heavy Composite' given to Nvidia), true called imprecise 0, wrong called accurate 3 (en170
'32', an RSI passed on the simple average two sessions back; en174 '14', Baidu's year to a Tuesday close not yet made,
'79.20', a Hong Kong price read as a last price inside the day's range), missed 0, set out of scope 1 (en170 '0.4',
'adding 0.4%' without a sign), non-claims judged 0; the 332 articles 88.94 % and 88.48 % (4,610 found, 600 missed, 573
spurious). Fixed: an index called by the last word of its name ('the tech-heavy Composite', 'der Composite';
index_roles.csv short_name) is the last index named whose name holds it; 'adding' a rise (directions.csv); a text
without a clock telling a New York stock's pre-market trade of its day was written then, after 04:00 New York time (Hong
Kong's session of the day had closed: its moves went to the close; a figure naming no day on a listing not yet open is
as of its session before, `linking.as_of_session_before_premarket`); an RSI naming no day is of the latest session or
the one before. Final: the five 91.4 % and 91.4 % (96 found, 9 missed, 9 spurious), every verdict problem class 0 on the
five; the 332 articles (163 German, 169 English) 89.02 % and 88.58 % (4,615 found, 595 missed, 569 spurious), floors
0.890 and 0.885; verdict problems of the whole set: true called wrong 4, true called imprecise 14, wrong called accurate
20, missed 46, set out of scope 27, non-claims judged 32 (as before the batch: no other article's verdict problem
moved). Slot errors closed on the way: en131's chart figures, en82's and en115's 52-week extremes under a pre-market
trade are as of the session before, as their answers say (removed from the open list).
Twenty-seventh batch, English, second set (tester56: en175..en179, tests/test_twentyseventh_batch_en_b.py): a Barron's
stock pick on Nvidia of Tuesday 24 March before the open (Monday's close, move, open, range and volume, the record close
and the distance to it, the year to date against the Nasdaq 100's, the index's close, Friday's slide, the 50- and
200-day averages, RSI, twelve months, the 52-week low and the distance to it, valuation and target, Frankfurt in
euros); a Nikkei Asia close of 26 February (the Hang Seng's open, close, low, year and February; Alibaba's close, early
price, week and 52-week high; Meituan at a 52-week low; Tencent's year; the ADRs and the Nasdaq 100 overnight; the
Nikkei Stock Average, no quotes); a Seeking Alpha brief on Baidu of 30 October 2025 with a key-figures block ('Prior
close', 'Open', 'Day's range', '52-week range', 'Volume: 3.72M', 'YTD', '1M') and Hong Kong reopening 'after
Wednesday's Chung Yeung holiday'; an Investing.com technical summary of Alibaba (moving-average table MA5..MA200, RSI,
MACD, STOCH, ATR, Tuesday's low, Tradegate in euros); The Standard's Hong Kong midday report of 24 February ('421
points, or 1.6 percent, to 26,661 at the midday break', the Hang Seng Tech, turnover, Monday's close, Tencent, Alibaba
and Meituan by midday, Alibaba's ADRs overnight): 104 market figures (87 true, 15 wrong, 2 that must stay
unverifiable). First run: the five 85.7 % and 80.8 % (84 found, 20 missed, 14 spurious); true called wrong 13 (en179's
whole midday report dated to Monday by its lede ', handing back a large part of Monday's rally': 9; en176 '1.4' after
'opened higher at ... but ended the day down' read as the move at the open; en177 '2.7' and '120.60' dated to the Hong
Kong holiday; en177 '1M: -7.6%' read as the day's move), true called imprecise 0, wrong called accurate 0, missed 6
(en178's bare moving-average cells), set out of scope 1, non-claims judged 1 (en177's per-ADS conversion judged as a
price); the whole set 88.9 % and 88.4 % (4,603 found, 606 missed, 574 spurious). Answers corrected (not to fit the
product): the Nikkei Stock Average and the Hang Seng Tech keep their listings ^N225 and ^HSTECH, unverifiable, as the
set's answers name them. Fixed: a clause looking back at a weekday's move may run six words from its comma; a move told
while its session trades with the price it went to is not read in the intraday range of an earlier session whose
range never held that price (else en179's sign-swapped Meituan move passed once dated right); 'ended the day down',
'finished the session higher', 'beendete den Tag mit einem Minus' the session's move; a quote box's '5D:', '1M:',
'3M:', '6M:', '1Y:'; a market holiday after 'after'/'following' and a weekday ('after Wednesday's Chung Yeung
holiday', 'nach dem Feiertag am Mittwoch') dates nothing; 'up 1.7% on the day after opening at' and 'its low of the
day after touching' are that session's, not 'a day after'; 'Nikkei Stock Average' the Nikkei 225; 'MA50' a moving
average's window; 'one ADS ... is worth about' a conversion. Final: the five 89.6 % and 82.7 % (86 found, 18 missed, 10
spurious); true called wrong 0, true called imprecise 0, wrong called accurate 0, missed 6, set out of scope 2 (listed
below), non-claims judged 0; no other article's figures or verdict problems moved (en144's Nikkei figure lost its slot
error). The 332 articles (163 German, 169 English) 88.99 % and 88.40 % (4,605 found, 604 missed, 570 spurious),
floors 0.889 and 0.884; verdict problems of the whole set: true called wrong 4, true called imprecise 14, wrong called
accurate 20, missed 52, set out of scope 29, non-claims judged 32.
Twenty-seventh batch, German (tester53: de174..de178, tests/test_twentyseventh_batch_de.py): a Handelsblatt live blog of
Friday 20 March 2026 with entries stamped 17:45 to 09:10 Uhr, newest first (the DAX's close, day low, week and open
with 'Nach dem Vortagesverlust von 2,8 Prozent', Nvidia's open, intraday move and price, Thursday's Nvidia and Nasdaq
100, Alibaba on Tradegate in euros and its ADRs' Thursday, the Hang Seng and Tencent after Hong Kong's close), a Börse
Online chart check on Tencent of 10 March, 17:32 Uhr (close, open, high, volume against the 20-session average, week,
year, 50- and 200-day lines and the distance, 'RSI binnen eines Tages von 37 auf 58', the 52-week high as the rise
still needed, a 52-week low inside the quotes' gap, supports and resistances with 'Tagestief vom Dienstag', Frankfurt
in euros), a dpa-AFX ticker on Baidu in Hong Kong of 27 October 2025, 09:41 Uhr ('Zum Handelsschluss', the day high,
volume, a stale Friday close, the Hang Seng, Friday's ADRs, week, year, 'Vom Hoch Anfang Oktober', 'Kurs: 110,40
EUR'), a Capital column on Nvidia of 27 March without a time (the record close of 29 October and the distance from it,
Thursday and Wednesday, year, 'Im März allein', the DAX's year, 'Wer vor einem Jahr eingestiegen ist', the Nasdaq 100's
twelve months, the 200- and 50-day lines, RSI, market value, German venues in euros) and a Der Standard piece from
Vienna of 27 February, 11:30, in Austrian German ('im Feber', 'Ende Jänner', 'heuer', 'ein Sechstel', the Hang Seng's
February and year, the ADRs' Thursday and week so far, the 52-week high, the 200-day line, a price target): 90 market
figures (74 true, 14 wrong, 2 that must stay unverifiable). Answers corrected after the first run (not to fit the
product): 'Ende Jänner hatte die Aktie noch 173,50 Hongkong-Dollar gekostet' is true (a close of 28 January inside the
end-of-January window, not a stale close the words prove wrong), 'kostet die Aktie an deutschen Börsen knapp 149 Euro' a
German venue's price (not a conversion). First run: the five 82.8 % and 80.9 % (72 found, 17 missed, 15 spurious), the
332 articles 88.87 % and 88.39 % (4,591 found, 603 missed, 575 spurious); on the five, true called wrong 5, true called
imprecise 0, wrong called accurate 1, missed 0, set out of scope 3, non-claims judged 1. Fixed: Austrian 'Feber' (and
'Jänner' in the named-month cue rows) is February's month ('im Feber summiert sich das Minus auf knapp 3 Prozent'); a
move named with the day before in its noun ('Nach dem Vortagesverlust von 2,8 Prozent eröffnet der Dax') is the
session before's, signed by its noun, and an open or intraday word of the main clause no longer takes a number inside
an earlier event's phrase; points an index named in a later clause owns ('hatte sie 1,0 Prozent verloren, der Nasdaq 100
schloss ... bei 24.355 Punkten') no longer make the stock's move the last index's; a named month heading its sentence
reaches 50 characters ('Im März allein beläuft sich das Minus der Aktie auf 5,4 Prozent'). Tried and reverted: chart
figures bound to a session the text reports (fixed de177 '4' but let en118 '1' and en140 '138.64' through). Final: the
five 90.8 % and 87.8 % (79 found, 11 missed, 8 spurious); true called wrong 2, true called imprecise 0, wrong called
accurate 0, missed 0, set out of scope 3, non-claims judged 0 (listed below with their reasons); the 332 articles (168
German, 164 English) 89.01 % and 88.51 % (4,598 found, 597 missed, 568 spurious), floors set to 0.890 and 0.885;
verdict problems of the whole set: true called wrong 6, true called imprecise 14, wrong called accurate 20, missed 46,
set out of scope 30, non-claims judged 32. No other article's figures or verdict problems moved.
Twenty-seventh batch, German, second set (tester54: de179..de183, tests/test_twentyseventh_batch_de_b.py): a
WirtschaftsWoche 'Börsenwoche' of Friday 20 March 2026, 22:40 (the DAX's week 'hat die Woche mit einem Minus von rund
4,6 Prozent beendet', Friday, low, year, the record of 13 January and the distance to it, the Nasdaq 100's Friday and
week, Nvidia's Friday, low, week, 200-day line, 52-week high and distance, Tradegate in euros, a bullet list of the Hang
Seng, Tencent and Meituan), a Stock3/GodmodeTrader chart analysis of Tencent of Monday 23 March, 17:10 ('Kursstand', the
high of 11 March and the fall since, last week's candle, Monday's open, high, low 'in der Spitze bis auf ... ab', move,
a broken support at 500, volume, GD50/GD200 and the distances, RSI, scenarios with 'Long Chance:' and 'Short Chance:'),
a Cash.ch/Finanz und Wirtschaft note in Swiss style of 27 February ('26'630 Punkten', '142.90 HK-$', the Hang Seng's
day, 'zeitweise über 26'700', month; Alibaba's day, range, volume, 'Seit Ende Januar', 52-week high and distance, market
value and a conversion in francs; the ADRs; Tencent and Meituan on the day and in February after a colon; a trader's
expected range), a 4investors note on Baidu of 20 March, 08:45 (WKN, the gap down at the open, 'nachdem es am Mittwoch
noch knapp 1 Prozent zugelegt hatte', low, high, close, volume, year, 52-week high and distance, 200- and 50-day lines,
RSI, Frankfurt in euros) and an ARD Börse 'Marktbericht' of Tuesday 17 March, 22:25 (the DAX's close, open, high and
'Auf Wochensicht' on a Tuesday, the Nasdaq 100, Nvidia's move, close, opening move, high and volume, Alibaba's ADRs, the
Hang Seng's close and intraday move, Meituan and Tencent): 93 market figures (76 true, 17 wrong). Answers corrected
before the fixes (not to fit the product): Tradegate's 'kostete das Papier am Abend 149,40 Euro' is a price at a moment,
last_price (was close); years to date start on 1 January and months on the month's first day, as the other answers write
them. First run: the five 81.2 % and 83.9 % (78 found, 15 missed, 18 spurious), the 332 articles 88.8 % and 88.4 %
(4,597 found, 601 missed, 578 spurious); on the five, true called wrong 6, true called imprecise 1, wrong called
accurate 3, missed 0, set out of scope 1, non-claims judged 4. Fixed: the perfect 'hat die Woche mit einem Minus von ...
beendet' is the week's end; a month named in a lead clause closed by a colon dates the moves listed after it ('mussten
im Februar ... Federn lassen: Tencent ... 14,5 Prozent, Meituan um knapp 17 Prozent'); 'Wochenkerze' / 'weekly candle'
is a week's move; a stock's price reached 'bis auf' is the day's low or high as its sign word says ('rutschte in der
Spitze bis auf ... ab', 'fiel im Tagesverlauf bis auf'); an opening word does not reach into a 'nachdem' / 'after'
clause; a week told of a Tuesday-to-Thursday session may be the week so far, unless its words name a span of seven days
('innerhalb einer Woche', 'within a week': Claim.week_span); a trader's expected range and 'Long/Short Chance:' levels
are forecasts. Final: the five 93.5 % and 92.5 % (86 found, 7 missed, 6 spurious); true called wrong 0, true called
imprecise 0, wrong called accurate 2, missed 0, set out of scope 1, non-claims judged 0 (listed below with their
reasons); the 332 articles (168 German, 164 English) 89.23 % and 88.77 % (4,614 found, 584 missed, 557 spurious), floors
set to 0.892 and 0.887; verdict problems of the whole set: true called wrong 3, true called imprecise 14, wrong called
accurate 23, missed 46, set out of scope 28, non-claims judged 32 (en162 '1.1', true, no longer called wrong; de36
'4,6', wrong, now passes on the week so far).
Twenty-eighth batch, German, second set (tester58: de189..de193, tests/test_twentyeighth_batch_de_b.py): a Das
Investment fund manager's column of Monday 2 February 2026 (January's moves of Alibaba in Hong Kong, Baidu's ADRs,
Tencent after 'Hier war der Januar zäher:', Nvidia, the Nasdaq 100 and the Hang Seng 'beendete den Januar mit einem
Gewinn von', closes, highs, a January high, the year's high, the fund's own return, weights, P/E, a target), an
Aktiencheck.de chart note on Baidu of Wednesday 11 March, 08:15 (ISIN, WKN, Tuesday's close, move, open and high,
Monday's move, the two days' gain, volume, the year's low, year, 52-week high and distance, the 50-, 20- and 200-day
lines and distances, 'die Aktie notiert 9,0% darüber' after the line's clause, RSI, levels, Frankfurt in euros), an FAZ
Finanzen 'Wochenrückblick' of Saturday 7 March (the DAX's close, week, Tuesday's fall and low 'an diesem Tag', Friday,
low, record and distance, year; the Nasdaq Composite's and Nasdaq 100's weeks, 'die Technologiebörse' on Friday;
Nvidia's close, 'höher als eine Woche zuvor', 'trotz eines Tagesverlusts', Wednesday's high, euros; the Hang Seng's
week, Friday and low, Alibaba's ADRs, Meituan's week and 52-week low, Tencent's Friday and 'ins Plus: Auf Wochensicht
... ein Gewinn von 0,2 Prozent auf 519 Hongkong-Dollar'; a bank's DAX target), an NZZ report on Asia's markets in Swiss
style of Monday 20 October 2025, 11.45 Uhr ('25 859 Punkten', Friday's fall, 'über die ganze Vorwoche gerechnet', 'Vom
Jahreshöchst ... entfernt', 'seit Anfang Jahr', Alibaba, Baidu 'unter ihrem Höchst vom 2. Oktober', Tencent, Meituan,
the ADRs on Friday, a bank's potential 'bis 30 000 Punkte') and a Smartbroker+ Magazin 'Chartcheck' of Nvidia of
Wednesday 25 March (Tuesday's close, move and low, Monday, Friday, the Nasdaq 100, the record and the distance to the
52-week high, year, a February high, GD200/GD50/GD20 in a list, RSI, the year's low, supports, a conversion in euros):
104 market figures (86 true, 17 wrong, 1 US volume that must stay unverifiable). First run: the five 78.1 % and 78.8 %
(82 found, 22 missed, 23 spurious), the 352 articles 89.21 % and 88.61 % (4,963 found, 638 missed, 600 spurious); on the
five, true called wrong 9, true called imprecise 1, wrong called accurate 2, missed 0, set out of scope 3, non-claims
judged 4. Fixed: Swiss 'Höchst'/'Tiefst' ('Jahreshöchst', 'Jahrestiefst', 'unter ihrem Höchst vom 2. Oktober', measured
on that day's high); German move nouns in the genitive and 'Rücksetzer'/'Rückschlag' carry their sign; a period cue
after a number, past a colon ending its clause, is the next clause's; 'Gewinn von'/'Verlust von' before a percentage is
no earnings figure; 'die Aktie notiert 9,0% darüber' after a clause naming a moving average is the distance to it; 'über
die ganze Vorwoche gerechnet' and 'X Prozent höher als eine Woche zuvor' are a week's moves; a month a move ended
('beendete den Januar mit') or a month heading a lead clause closed by a colon ('war der Januar zäher:') is the move's
month; 'die Technologiebörse' is the Nasdaq (the Composite, or the exchange after 'an der'); an index's target or
potential in points is a forecast; a level an index closed or ended the week on, told in a review published on a day
without a session ('beendete die Woche ... bei 22.838 Punkten' on a Saturday), is a close of the sessions up to
publication, not any level of their ranges. Final: the five 85.7 % and 86.5 % (90 found, 14 missed, 15 spurious); true
called wrong 0, true called imprecise 0, wrong called accurate 1, missed 0, set out of scope 1, non-claims judged 2
(listed below with their reasons); the 352 articles (178 German, 174 English) 89.36 % and 88.75 % (4,971 found, 630
missed, 592 spurious), floors set to 0.893 and 0.887; verdict problems of the whole set: true called wrong 1, true
called imprecise 13, wrong called accurate 16, missed 52, set out of scope 34, non-claims judged 33. No other article's
figures or verdict problems moved.

Twenty-eighth batch, English, second set (tester60: en185..en189, tests/test_twentyeighth_batch_en_b.py): a Kiplinger
'Stock Market Today' of Wednesday 4 March 2026 (the Nasdaq Composite's day, 'its 1.0% drop in the prior session', year
and distance from the record close of 29 October, the Nasdaq-100, Nvidia's open, high, close, volume, 'since it
reported ... on Feb. 25', year, 52-week high; Alibaba's sixth straight loss, 'Over those six sessions', 52-week high,
year; Baidu's day, low and week), a TheStreet review of Alibaba's 2025 of 1 January 2026 ('a gain of nearly 73% over
the calendar year', 'up 62% on the year', the Nasdaq-100's and the Hang Seng's 2025, the year's low, September, 'in the
fourth quarter', December, 'below its Oct. 2 peak', the 200- and 50-day lines, RSI, 'more than doubled'), an AASTOCKS
Hong Kong commentary of 23 October 2025, 16:30 HKT (the HSI's open, low and high in points, 'It closed up 186 points,
or 0.72%, ..., more than recovering the 246 points it lost a day earlier', week so far, 50-day SMA, 52-week high;
Meituan, Alibaba, Tencent and Baidu with 'up 4.06% or $3.9', ranges, volumes and turnovers in money, 10- and 20-day
SMAs, 52-week extremes), a Morningstar analyst note on Tencent of 29 September 2025 (the ADR's close, 52-week high, Hong
Kong's close, 'over the past month and roughly 29% over three months', a trailing-returns table of the ADR and the Hang
Seng by period rows, the 50-day line, RSI, fair value) and a Business Insider markets live post of 25 March 2026 (the
Nasdaq 100's close, high, week so far and year, Nvidia's close, high, volume, record close and distance, Frankfurt in
euros, an 11:20 a.m. entry, the DAX's close and 'since last Friday's close', the Hang Seng and Tencent): 141 market
figures (118 true, 23 wrong). Answers corrected after the first run (not to fit the product): the ratio words 'more
than doubled' (en186, unmeasured) and 'nearly doubled year-to-date' (en187) are figures too; a year's low is as of the
year's last session, a week so far starts on its Monday, as the other answers write them. First run: the five 85.3 %
and 79.1 % (110 found, 29 missed, 19 spurious), the 352 articles 89.3 % and 88.6 % (4,991 found, 645 missed, 596
spurious); on the five, true called wrong 14, true called imprecise 1, wrong called accurate 1, missed 13, set out of
scope 0, non-claims judged 0. Fixed: the session before ('in the prior session', 'a day earlier') told in a later
clause dates neither the clause before it nor, beside a weekday or in a later clause, the sentences after it; a
look-back's base ('since it posted results on Feb. 25') dates no other clause and no later sentence whichever figure of
its sentence comes last; a move noun's subject named after it ('its 1.0% drop in ...') is looked for in its own
sentence only; 'on the year', 'over the (calendar) year' are the year's move; 'over three months' is a three-month
window; a move after a move verb or its -ing form restated in money ('soaring 4.06% or $3.9') is a move in money; 'at
one point' is no index point; a Hong Kong dollar written only before a sum in billions ('(turnover: HK$7.81 billion)')
leaves the sentence's bare '$' prices Hong Kong's. Final: the five 89.8 % and 81.6 % (115 found, 26 missed, 13
spurious); true called wrong 3, true called imprecise 0, wrong called accurate 0, missed 13, set out of scope 0,
non-claims judged 0 (listed below with their reasons); the 352 articles (173 German, 179 English) 89.45 % and
88.61 % (4,996 found, 642 missed, 589 spurious), floors set to 0.894 and 0.886; verdict problems of the whole set: true
called wrong 4, true called imprecise 13, wrong called accurate 15, missed 65, set out of scope 33, non-claims judged
31. No other article's verdict moved.

Twenty-first session, on main before the batches above were merged (tests/test_probed_table_cells.py,
test_probed_peak_up_to.py, test_probed_average_band.py): a table's cell labelled with its own period ('| Woche -3,6 %
| Januar +14,0 %') names its move's period, a row label naming a currency ('Alibaba (Euro): 142,26') is its bare
price's venue, and the text after a table speaks of the text's main stock (de170's true '142,26', '14,0' and '18' were
called wrong); a price told 'up to' as a session's peak ('im Handelsverlauf bis zu 174,20 HK-Dollar') is the day's high
(de170's wrong '174,20' had passed); a moving average of closes adjusted for dividends is a reading of its own and the
band left narrows to 0.5 % of a level and 0.3 pp of a distance (en161 '166.40', en152 '138.50', en123 '176.5', en106
'175.63', wrong, had passed). On the 327 articles: true called wrong 4 -> 1, wrong called accurate 20 -> 15, precision
and recall 88.97 % / 88.52 % -> 89.11 % / 88.64 % (4,525 found, 580 missed, 553 spurious); no true figure moved
elsewhere, the real corpus 36/36 and mutation 84/84.

Twenty-eighth batch, English (tester59: en180..en184, tests/test_twentyeighth_batch_en.py): a Yahoo Finance stock movers
list of Monday 24 November 2025 stamped 4:40 PM EST (the Nasdaq Composite and Nasdaq 100 in points and percent, the
month so far; Alibaba's move, close, open, high, volumes, 52-week high and distance, year; Baidu's range, five sessions
and month; Nvidia's last week, record high and year; a price target), an FT 'Markets live' entry of Monday 9 February
2026, 8.45am GMT (the Hang Seng's close, range, Friday's drop 'more than recovering', the 52-week high of 29 January;
Tencent, Alibaba and Meituan; Nvidia's Friday 'best day since April', the Nasdaq 100's Friday and week, the ADRs; the
DAX's open against Friday's close), a Proactive Investors note on Baidu of Thursday 18 September 2025 (Hong Kong's close
'after the Chinese search group's American depositary shares surged more than 11% overnight', high, volume, five
sessions, year; the ADSs' Wednesday, open, volumes against Monday's, week so far, month, 200-day distance and RSI; a
target, a P/E, the ADS ratio), a TipRanks item on Alibaba of 13 January 2026 with its technical tool (Monday's surge,
open, high, volume, year, 52-week high; Hong Kong's Tuesday 'after touching HK$164 earlier in the day'; 20-, 50- and
200-day SMAs and distances, the RSI and Friday's, the MACD, ratings and the average target) and a Bloomberg 'Asia
stocks' wrap of 6 November 2025 stamped 4:38 PM GMT+8 (the Hang Seng's close, points, Wednesday, week so far 'after
slipping 0.1% on Wednesday and is now up', the Oct. 2 high; Tencent with its volume, Meituan's low, year 'about a third'
and 52-week low, Alibaba; the Nasdaq 100's Wednesday and Tuesday; Tencent's 52-week high): 105 market figures (87 true,
16 wrong, 2 resting on half-day year-end closes the quotes do not hold). Answers corrected before the fixes (not to fit
the product): 'after touching HK$164 earlier in the day' is an intraday price as en179's; a year resting on the
withheld half-day close of 31 December is unverifiable; a week so far starts on the week's Monday; 'Roughly', 'about'
hedge a volume. First run: the five 97.1 % and 94.3 % (99 found, 6 missed, 3 spurious); true called wrong 7 (en181's
Monday figures read on Friday after 'more than recovering Friday's 1.2 per cent drop'; en182 '1.4' in Hong Kong read
on the ADR named in the 'after' clause), true called imprecise 2, wrong called accurate 1 (en181 '5.7', on Friday's
close), missed 3, set out of scope 0, non-claims judged 0; the 352 articles 89.55 % and 88.88 % (4,979 found, 623
missed, 581 spurious). Fixed: 'per cent' counts as one word before the move a weekday's possessive looks back at; an
earlier event's subject may run to six words with a possessive, the circumstance told after it with 'with' and an -ing
form takes its day (en174's '2.6' listing closed on the way), and a conjunct going on with the main clause ('and is
now up') ends it; ', closing 8.1% higher at' names the session's end; an index's range without a unit with its
decimals ('between 26,879.10 and 27,111.54') is its low and high; 'just', 'only', 'a mere' before a comparison's base;
'US shares' without dots is the US listing (en182's headline).
Final: the five 97.1 % and 96.2 % (101 found, 4 missed, 3 spurious); of their problems only missed 1 stays open
(listed below); the 352 articles (173 German, 179 English) 89.57 % and 88.93 % (4,982 found, 620 missed, 580
spurious), floors set to 0.895 and 0.889; verdict problems of the whole set: true called wrong 1, true called imprecise
13, wrong called accurate 15, missed 53, set out of scope 33, non-claims judged 31 (no other article's verdict moved).
Twenty-eighth batch, German (tester57: de184..de188, tests/test_twentyeighth_batch_de.py): a Focus Money 'Aktie der
Woche' on Tencent of Saturday 14 March 2026 (Tuesday's jump, high and volume, Wednesday's open, Friday's close and move,
the week against the Hang Seng's, a euro price, year, 200- and 50-day lines and the distance, RSI, the 52-week high and
the rise still needed, the 52-week low and 'um knapp 12 Prozent erholt', targets, P/E, stop), an n-tv Börsen-Ticker of
Friday 27 February with clock-stamped entries (Nvidia's close, week, February, volume, the first hour's fall, open and
opening move, Thursday's slump; Alibaba's ADRs at 18:40 and year; the DAX's close, 'Auf Monatssicht' and the rise still
needed to the record; the Hang Seng's close, week, February, the level at 07:30 and Thursday; Alibaba in Hong Kong), an
onvista 'Aktie im Fokus' on Meituan of Monday 9 March, 14:20 (Tradegate in euros against Friday evening, high, low,
turnover; Hong Kong's close, open and opening move, volume; the Hang Seng; Friday, the week before, February; the
52-week low of Wednesday and 'Seitdem ... erholt'; 'Auf Sicht eines Monats'; a GD 20/50/200 and RSI list, the distance),
a Börsen-Zeitung Hong Kong report in Wednesday's paper on Tuesday 21 October 2025 (the Hang Seng's close, intraday high,
'Seit dem Schluss am Freitag, als der Index 2,5 % eingebüßt hatte, summiert sich der Gewinn damit auf 3,1 %', year,
52-week high 'erreicht Anfang Oktober' and 'trennen den Index noch rund 5 %'; Alibaba, Tencent 'Nach einem Start bei 643
HK$', Meituan near its 52-week low, 'fast die Hälfte ihres Werts', Baidu; China's GDP) and a boerse-express
Morgenkommentar of Wednesday 4 March, 08:15 (the DAX's Tuesday and Monday, low, March, the record of 13 Jänner and the
distance, the 200-day line; the Nasdaq Composite's close, intraday low and year; Baidu's ADRs, low, volume, week, month,
52-week high and distance, RSI; advice and target): 121 market figures (101 true, 20 wrong). Answers corrected before or
between the fixes (not to fit the product): the moving averages and RSI recomputed leaving out the snapshot's rows
without a close (de186 GD 20, GD 200, RSI 36 for the 38 first written, which the check rightly called imprecise; de184's
lines 582 and 574), the move still needed to a high has direction 'down', 'Auf Monatssicht' is a past_month_return,
'Seit dem Schluss am Freitag' a since_return, the averages told 'bei 583' carry no hedge. First run (with the corrected
answers): the five 80.5 % and 81.2 % (99 found, 23 missed, 24 spurious); on the five, true called wrong 15 (twelve of
de187's, ten of them read on Friday after the 'seit ... Freitag' sentence), true called imprecise 2, wrong called
accurate 2, missed 1, set out of scope 0, non-claims judged 2. Fixed: a weekday that is the dated base of an index's
since-return is no session the text reports, as a stock's was (context); 'seit dem Schluss am/vom <Wochentag>' is a
since-return from that close; a period in the genitive ('auf Sicht einer Woche / eines Monats / eines Jahres') and 'für
die Woche' name the period's move; 'vom 52-Wochen-Tief ... um X Prozent erholt' is the distance above the low, and a
percentage in a clause before the extreme's no longer bars a distance whose extreme heads its own clause; 'nach einem
Start bei X' is the open; 'Analysten trauen der Aktie X zu' is a target; 'die Hälfte ihres Werts' is a move of about 50
%, as 'half its value'. Tried and reverted: the month part after 'erreicht' dating the extreme only (fixed de187 '33,8'
but moved the day in play off Tuesday). Final: the five 86.2 % and 86.9 % (106 found, 16 missed, 17 spurious); true
called wrong 0, true called imprecise 0, wrong called accurate 2, missed 0, set out of scope 0, non-claims judged 1
(listed below with their reasons); the 352 articles (178 German, 174 English) 89.36 % and 88.75 % (4,987 found, 632
missed, 594 spurious), floors set to 0.893 and 0.887; verdict problems of the whole set: true called wrong 1, true
called imprecise 13, wrong called accurate 17, missed 52, set out of scope 33, non-claims judged 32 (before the batch:
1, 13, 15, 52, 33, 31). No other article's figures or verdict problems moved.
The four twenty-eighth batches merged with the twenty-second session's own rules (a verbless list item's figure as the
session's result, a German move's starting price as its base, a month's peak named by its part): 367 articles (183
German, 184 English), 89.46 % and 88.69 % (5,294 found, 675 missed, 624 spurious), floors 0.894 and 0.886; verdict
problems of the whole set: true called wrong 4, true called imprecise 13, wrong called accurate 17, missed 66, set out
of scope 33, non-claims judged 34; each listed with its reason.
Twenty-ninth batch, English (tester62: en190..en192, tests/test_twentyninth_batch_en.py): a Reuters 'US STOCKS' close
of Friday 6 March (the Nasdaq Composite's points, move, open and level, the Nasdaq 100, week and year; Nvidia's slide,
low, volume, week and distance to its Oct. 29 high; Alibaba's and Baidu's ADRs with a week, a since-return and a
high), an Investor's Business Daily 'stock of the day' on Nvidia of Tuesday 31 March (open, high, close, volume against
its 50-day average, Monday's close, the Nasdaq 100, the 10-, 50- and 200-day lines and the distance to the 50-day, RSI,
52-week high and distance, March and the year; buy point, ratings, growth) and a South China Morning Post Hong Kong
close of Thursday 26 February (the Hang Seng's move in percent and points, open, high, low, month, year and 52-week
high; Alibaba and Tencent closing at their lows with volumes and turnovers in money, months, year and 52-week highs;
Meituan near its 52-week low; a strategist's range): 69 market figures (60 true, 9 wrong). Answers corrected before the
fixes (not to fit the product): 'Some 98.9 million shares' is hedged, a 52-week low 'it hit last Friday' is dated to
that Friday, a record high dated within the year is the 52-week high (frames._RECORD_AS_52W), the lede's '3%' said
again as '3.0%' is a repeat, 'within 0.4 per cent' of a low 0.44 % away was rightly imprecise (written 0.5 now, up_to),
'touching' a level before the turn is the day's high as en162 reads it. First run (corrected answers): true called
wrong 1, missed 2, non-claims judged 3 on the three, and 'about 33% above the stock's 50-day average' read as a
distance to a moving average. Fixed: a volume's distance to an average named with a possessive, or after 'N shares
changed hands,', is volume_average; a range someone expects or sees a stock or index trading in is a forecast, not
the day's low and high. Tried and reverted: an index level 'touched' kept as intraday_price (en162's wrong low passed
inside the range). Final: the 370 articles (183 German, 187 English) 89.53 % and 88.75 % (5,359 found, 679 missed,
627 spurious), floors 0.895 and 0.887; verdict problems of the whole set: true called wrong 5, true called imprecise
13, wrong called accurate 17, missed 68, set out of scope 33, non-claims judged 35 (before the batch: 4, 13, 17, 66,
33, 34); the new ones listed with their reasons. No other article's figures or verdict problems moved.
Twenty-ninth batch, German (tester61: de194..de196, tests/test_twentyninth_batch_de.py): a Handelsblatt 'Dax aktuell'
morning briefing of Thursday 18 September 2025, 07:45 (the Dax's Wednesday, its low and high, 'Seit dem Wochenschluss am
vergangenen Freitag', year, record of July and distance; the Nasdaq Composite; Nvidia's fall and its distance to the
August record; the Baidu and Alibaba ADRs with high, week, volume, open, year and a euro conversion; the Hang Seng,
Alibaba and Baidu in Hong Kong; the Fed's cut, a target, the day's dates), a Der Aktionär 'Hot Stock' on Baidu of
Tuesday 23 September 2025, 11:20 (Monday's high, open, close and low at the Nasdaq, volume, month, year, since the
year's low of 9 April, 52-week high and distance, GD 20/50/200 and the distance, RSI, supports and a resistance, Hong
Kong's Tuesday, target, stop and P/E) and a Reuters German Hong Kong close of Thursday 25 September 2025 (the Hang
Seng's move, level, range, year, the year's high of 18 September and the distance; Tencent with a euro conversion, high
and turnover; Meituan's low, year and month; Alibaba's fall after Wednesday's jump, high, week so far and year): 73
market figures (60 true, 11 wrong, 2 US volumes that stay unverifiable). Answers corrected before the fixes (not to fit
the product): 'Innerhalb einer Woche ... 28 Prozent' is a week_return over a span of seven days, records named by their
month only are read as of the text (as de140), 'Seit Wochenbeginn' runs from the week's Monday (as de35, de80), a month
back is the same date a month before (de195 '52', de196 '16' rewritten to the data). First run: the three 90.5 % and
91.8 % (67 found, 6 missed, 7 spurious); true called wrong 1 (de196 '9,2': 'in die Höhe geschnellt' in a 'nachdem'
clause after 'gaben ... nach' took the fall's side), true called imprecise 1 (de195 '0,9': 'am Ende blieb ein Plus'
after 'Eröffnet hatte das Papier bei' read as an opening move), non-claims judged 1 (de195 '115', 'darunter bei' after a
support). Fixed: 'in die Höhe geschnellt/geschossen' is a rise (directions.csv); 'im Tagesverlauf' / 'im Handelsverlauf
... bis auf X Punkte' is an index's intraday level, so its sign word makes it the day's low or high (de194 '23.185' and
two earlier lows found); 'am Ende blieb/stand', 'zum Schluss blieb/stand' name the session's end (cues.csv close and
day_change, session_words.csv session_ended); ', darunter bei' / ', darüber bei' right after a level is the next chart
level (de132 '470' too). Tried and dropped: 'im Handelsverlauf ... bis auf' for a price (de147's 52-week low named after
it became a day's low). Final: the three 97.3 % and 97.3 % (71 found, 2 missed, 2 spurious: de195 '80' since the dated
year's low read as the distance to the 52-week low, de196 '177,80' 'Im Handelsverlauf hatten sie bis auf ...' a last
price, both judged right); true called wrong 0, true called imprecise 0, wrong called accurate 0, missed 0, set out of
scope 0, non-claims judged 0; two slot errors listed below with their reasons; the 370 articles (186 German, 184
English) 89.60 % and 88.83 % (5,367 found, 675 missed, 623 spurious), floors set to 0.895 and 0.888; verdict problems of
the whole set: true called wrong 4, true called imprecise 13, wrong called accurate 17, missed 66, set out of scope 33,
non-claims judged 33 (before the batch: 4, 13, 17, 66, 33, 34).
The twenty-ninth batches (tester61: de194..de196, tester62: en190..en192) merged with the session's later rules (a move
after a calendar year's move takes that year, moves in points to an extreme): 373 articles (186 German, 187 English),
89.68 % and 88.91 % (5,433 found, 678 missed, 625 spurious), floors 0.896 and 0.889; verdict problems of the whole set:
true called wrong 2, true called imprecise 13, wrong called accurate 17, missed 68, set out of scope 33, non-claims
judged 34; each listed with its reason.
In the twenty-third session an index level to the hundredth touched beyond its sentence's other levels became the day's
extreme on that side, and an indicator's reading a move started from ('von 37 auf 58') the session before's: 89.72 %
and 88.93 % (5,435 found, 676 missed, 623 spurious), floors 0.897 and 0.889; true called wrong 0 (was 2: en192
'27,024.07', de175 '37'). A separable verb's simple past ('rückten ... vor') tells a completed move: wrong called
accurate 17 -> 16 (de192 '3,3'); 5,437 found, 674 missed, 621 spurious (89.75 % and 88.97 %).
Thirtieth batch, English (tester65: en193..en196, tests/test_thirtieth_batch_en.py): an Axios Markets newsletter item of
Monday 9 February 2026 (Friday's Nasdaq Composite and Nasdaq 100, Nvidia's jump, high, volume, week, year and distance
to its record close; Alibaba's and Baidu's ADRs; Monday's Hang Seng and the DAX in early afternoon), a WSJ markets wrap
of Wednesday 4 February 2026, 5:12 pm ET (the Nasdaq's move, points, level, intraday fall and two sessions; the
Nasdaq-100; Nvidia's fall, low, volume, year and distance to its record; the ADRs; the DAX's move, level and open; the
Hang Seng's points, level, range and year; Tencent's three sessions and year, Alibaba and Meituan in Hong Kong), a
Simply Wall St note on Baidu's ADRs of Saturday 14 March 2026 (1 week, 1 month, 1 year, year to date, the 52-week range
and distances; the Nasdaq-100 and Alibaba beside it; a valuation table of ratios and a fair value) and an RTHK business
bulletin of Monday 27 October 2025, 16:35 HKT (the Hang Seng's points, move, level, open and low; Baidu's surge, high,
volume and year; Tencent, Alibaba, Meituan; Friday's move, the year and the October high; Friday's Nasdaq record): 100
market figures (82 true, 13 wrong, 5 indices and markets without quotes). Answers corrected before the fixes (not to fit
the product): the deck's 'second straight drop of more than 1%' is a checkable claim, a year to date starts on 1
January, indices without quotes have no listing, a rounded headline figure has no hedge. First run: the four added true
called wrong 5 (en194 '6.6' read in 2025 after 'its record close set in late October'; en195 '165.30', '66', '74.71'
given to Alibaba, named before as Baidu's peer; en196 '27,381.84' given to Meituan), missed 2, set out of scope 1 (en195
'18', the broader US market 'over the same year'), non-claims judged 2 (en194 '28' of a fund's portfolio; the deck's
'1', an answer corrected). Fixed: a record or all-time close set in a month dates that extreme only; a company named as
the peer the stock is compared with ('its peer', 'its rival', 'sein Konkurrent') is an aside that leaves the stock and
venue in play (en70, en130, en171's peers' listings mended too); a level with its thousands grouped and no currency, in
a sentence naming no subject after an index's, goes on with that index; 'over the same year/week/month' takes the period
told before it; 'the broader US market' is a market; a share of a portfolio or fund is no move; 'in the last week' is a
week's move. Tried and dropped: 'its low was X' / 'its high for the day was X' as the day's extremes (a stock's worked,
an index's bare level stayed unread), and such a bare level after 'to close at a record' or 'its low was' taken as the
index's (it became a move in points and was called wrong). Final: the 377 articles (186 German, 191 English) 89.65 % and
88.86 % (5,519 found, 692 missed, 637 spurious), floors 0.896 and 0.888; verdict problems of the whole set: true called
wrong 2, true called imprecise 13, wrong called accurate 17, missed 70, set out of scope 33, non-claims judged 34
(before the batch: 2, 13, 17, 68, 33, 34); the new ones listed with their reasons. The three volumes (en193 '231', en194
'270', en196 '20') stay unverifiable by design: the sentence names the stock but not its venue.
Thirtieth batch, English b (tester66: en197..en200, tests/test_thirtieth_batch_en_b.py): a Livemint 'global markets
today' item for Indian readers stamped 24 Mar 2026 07:40 AM IST (Hong Kong trading, Frankfurt not yet open: the Hang
Seng's open and Monday's fall, low, month and year; Tencent, Meituan; the Nasdaq 100, the S&P 500 without quotes;
Nvidia's year, 52-week high and distance; Alibaba's ADRs; the DAX's Monday, low, open, month and distance; forecasts),
an IG Market Call transcript of 31 Mar 2026 09:40 BST in spoken style (the Nasdaq 100's close, week and RSI; Nvidia's
close, three sessions, 52-week high, 50- and 200-day averages, year; the DAX's Monday, open, move under way, month and
quarter, Friday's low; the Hang Seng's close and range; clients' positioning), a MarketBeat 'shares gap down' alert on
Alibaba of 20 Mar 2026 (previous close, open, gap, last trade, volume, low and high, 50- and 200-day averages, the
1-year range, year and week so far; ratios, EPS, targets, holdings) and a Breakingviews column on Meituan of 26 Mar 2026
10:45 GMT (the 13.9 % day, volume, the March low, a year ago, Thursday's fall, the year, Tencent, the Hang Seng, a
Context News box restating them): 82 market figures (69 true, 11 wrong, the S&P 500 and a year resting on the half-day
close of 2025-12-31 not held that must stay unverifiable). Answers corrected before the fixes (not to fit the product):
the Context News restatements are repeats, the quarter's loss is a months_return, Meituan's year is unverifiable. First
run: the editor's set 89.6 % and 88.9 % (5,503 found, 690 missed, 637 spurious); of the four's problems true called
wrong 6, true called imprecise 5, wrong called accurate 1, missed 4, non-claims judged 4. Fixed: a count before months
or years is a window ('a 1 year low of $95.73'); 'below where it stood a year ago' is the twelve months' move; an
index's whole level after 'closed (down ...) at' is its close; an index's day extremes in whole points reach one point
above them; 'for the quarter' is the calendar quarter (unmeasured), not the month; 'expects ... to end the year at' is a
forecast; 'in the space of a week' is the week; a period to date in a text stamped before its listing opened ends at the
session before, and one stamped while it traded may be counted to the close before; a sentence naming one index alone is
what 'It' goes on with; 'and the 200-day sits at' after a moving average is the 200-day average; clients '68% long' is a
sentiment indicator; 'the German benchmark' is the DAX; 'before the market opened on Thursday' dates the move
(tester22's en100 four slot errors fixed too); 'something like' is a hedge. Final: the 377 articles (186 German, 191
English) 89.78 % and 88.98 % (5,511 found, 682 missed, 627 spurious), floors 0.897 and 0.889; verdict problems of the
whole set: true called wrong 2, true called imprecise 14, wrong called accurate 17, missed 70, set out of scope 33,
non-claims judged 34 (before the batch: 2, 13, 17, 68, 33, 34); the four's remaining ones listed with their reasons. No
other article's figures or verdict problems moved for the worse; real corpus 100 %, mutation 84/84.
Thirtieth batch, German (tester63: de197..de200, tests/test_thirtieth_batch_de.py): a Lynx Marktkommentar before the US
open of Tuesday 10 February 2026, 14:45 (the Nasdaq 100's Monday and month, Nvidia's move, high, volume and distance to
the year's high of 30 January, the Alibaba and Baidu ADRs with a low, years and the distance to Baidu's 50-day line,
Hong Kong's Tuesday with Meituan's 52-week low, the DAX during the afternoon with its year and record; targets, counts),
a Süddeutsche Zeitung Finanzen report of Tuesday 27 January 2026, 18:10 (the Hang Seng's move, level, high, year 'knapp
sechs Prozent' and distance to the 52-week high 'weniger als ein Prozent'; Alibaba with five sessions and a Frankfurt
price per share in euros; Tencent's turnover; Meituan's distance to its 52-week low and week; the DAX's open, close,
range, record and year; a bank's target), a derivatives magazine's turbo note on Tencent of Friday 13 March 2026, 11:00
(Friday's close and range in HKD, the week, Tuesday's jump, Wednesday's open, a Frankfurt price in euros, the year's
high and distance, GD 20/200 and the distance told from the average's side, RSI in points; the product's strike,
barrier, ratio, leverage, ask and spread) and a Börsenradio podcast transcript of Friday 6 March 2026, 18:30 (spoken
figures: 'gut dreiundzwanzigtausendfünfhundertneunzig Punkten', 'fast sieben Prozent minus', 'knapp
hundertdreiundneunzig Dollar', an interviewer's 'Und seit Jahresbeginn?' answered in the next paragraph): 102 market
figures (87 true, 14 wrong, 1 US volume that stays unverifiable). Answers corrected before the fixes (not to fit the
product): 'im Verlauf bis auf ... nachgegeben' is the day's low (de197 '158,89', as far as it fell), 'Auf Wochensicht'
on a Friday is the week's five sessions (de199 '7,5', as de200). First run: the four 92.6 % and 85.3 % (87 found, 15
missed, 7 spurious); the whole set 89.73 % and 88.85 % (5,520 found, 693 missed, 632 spurious); true called wrong 3
(de199 '51': an RSI 'mit 51 Punkten' read as the Hang Seng's by its points; de200 'sieben': 'Prozent minus' after the
number no sign word; de200 'dreieinhalb': the period asked in the paragraph before), missed 8 (de200's spoken figures of
a hundred and more and the RSI in words), set out of scope 2, non-claims judged 2 (de199 '0,88', '0,01': the
certificate's ask and spread in prose judged as Tencent's Frankfurt price). Fixed: an RSI's points are no index level
where a stock is in play (subjects._index_of_points); 'Prozent minus/plus' and spoken 'runter/rauf' are sign words
(directions.csv); a number word of a hundred or more is read when it is a compound, up to 45 letters ('mehrere Hundert',
'Millionen' still not), and a spoken level of a thousand or more is stated to its last named digit (numbers); a sentence
naming the product itself ('Der Schein kostet im Brief ...') in a paragraph on a derivative holds its terms
(share_words.csv product); an interview's question ending its paragraph names the period of the answer's paragraph
(extract._new_paragraph); 'schloss X Prozent' is the day's move after an opening told in the sentence (cues.csv
day_change). Final: the four 96.0 % and 94.1 % (96 found, 6 missed, 4 spurious: de197 '0,2' 'notiert am Nachmittag 0,2
Prozent tiefer' an index move, not intraday; de198 '25.508' a record read as the 52-week high; de199 '538' 'die
20-Tage-Linie bei 538 HKD zurückerobert' a level break; de200 'hundertachtundzwanzig' a last price in a verbless spoken
line; each judged right, and the two below); true called wrong 0, true called imprecise 0, wrong called accurate 0,
missed 1 (de200 'einundzwanzig'), set out of scope 1 (de200 'siebeneinhalb'), non-claims judged 0; three slot errors
listed with their reasons; the 377 articles (190 German, 187 English) 89.78 % and 88.99 % (5,529 found, 684 missed, 629
spurious), floors 0.897 and 0.889; verdict problems of the whole set: true called wrong 2, true called imprecise 13,
wrong called accurate 17, missed 69, set out of scope 34, non-claims judged 34 (before the batch: 2, 13, 17, 68, 33,
34). No other article's figures or verdict problems moved.
Thirtieth batch, German (tester64: de201..de204, tests/test_thirtieth_batch_de_b.py): a Sparkasse 'Morgen-Info' research
note of Friday 27 February 2026, 07:30 (the Dax's Thursday, range and year; the Nasdaq 100; Nvidia's fall after its
results, low and volume; the Hang Seng and its open; Alibaba in Hong Kong and New York, month so far, 52-week high and
distance, GD 50/200, RSI, a Tradegate price; a key-figures table with open, high, low, 52-week low, a month, the year
and volume; target, EPS and P/E), a trend. weekly column in Viennese style of Saturday 7 February 2026 ('Jänner',
'heuer'; the Hang Seng's week, level, January and year; Tencent's week, Thursday's low, year and distance to the October
high; Alibaba's and Meituan's week, Meituan's 52-week low; Nvidia's Friday and week; the Nasdaq 100 and the Dax), a
finanztreff.de Top/Flop list of Thursday 9 October 2025, 22:20 with a heading per list (the Hang Seng and the Nasdaq
Composite with its record; Tencent, Meituan, Alibaba and Baidu in Hong Kong; Nvidia's record, year and euro price;
Baidu's ADRs with low, 52-week high and distance) and a Mission-Money newsletter of Saturday 21 March 2026 on Nvidia and
Tencent (day, low, week, year, 52-week high, low and distances, 'fast verdoppelt', GD 200, RSI, euro prices; Tencent's
Thursday and Friday, week, year, the year's high of 13 January and the October high with distances; P/E and price
alerts): 111 market figures (92 true, 17 wrong, 2 US volumes that stay unverifiable). First run: the editor's set 89.75
% and 88.96 % (5,535 found, 687 missed, 632 spurious); on the four true called wrong 1 (de201 '12,7': 'Seit Monatsbeginn
... 12,7 Prozent, vom 52-Wochen-Hoch bei 192,67 Dollar (2. Oktober 2025) ...' read as a move of October 2025), wrong
called accurate 1 (de204 '61'), set out of scope 3 (de201 '4,5', '184,89', '359': 'trotz eines Rekordumsatzes' and 'Mit
359 Millionen gehandelten Stücken war der Umsatz ...' read as revenue), non-claims judged 2 (de204's price alerts '160',
'480'). Fixed: a date in brackets after an extreme's level, or after a level in Hong Kong dollars or points, dates that
extreme only, and such an extreme read as of a Saturday's publication is read as of its listing's last session (de67,
de179 and en154 slot errors set right too); a distance to the year's high is read on the year so far where the 52 weeks
are not all held (de204 '20', Tencent); a figure's noun governed by 'trotz'/'despite' with no figure of its own is not
the cue of the move after it; 'gehandelten Stücken' is a volume; a price alert ('Kurs-Alarm', 'Preisalarm', 'price
alert') is a level to watch; a second distance told by ellipsis ('..., vom Oktober-Hoch bei 683 Hongkong-Dollar sogar
knapp 26 Prozent', 'entfernt' said once for both) is the distance to its extreme; a table's 'Eröffnung' cell ('|
Eröffnung | 148,36 USD |') names the open, and a reading on its band's edge is inside it (an open of 148.355 said as
'148,36'). Final: the four 96.4 % and 96.4 % (107 found, 4 missed, 4 spurious); open: de204 '61' (a present-tense euro
price naming no day is read on the five sessions up to publication) and five slot errors, each listed with its reason;
the 377 articles (190 German, 187 English) 89.80 % and 89.03 % (5,540 found, 682 missed, 629 spurious), floors 0.898 and
0.890; verdict problems of the whole set: true called wrong 2, true called imprecise 13, wrong called accurate 18,
missed 68, set out of scope 33, non-claims judged 34.
Thirty-first batch, German (tester67: de205..de207, tests/test_thirtyfirst_batch_de.py): a Stuttgarter Zeitung 'Börse
kompakt' of Friday 13 February 2026 telling Thursday's session in a short paragraph per market (the Dax's close, high,
year and distance to the 52-week high; the Nasdaq Composite as 'Der Composite-Index' after 'An der Nasdaq', with its
high, low and year; Nvidia's move, open, volume and a Frankfurt price; the Hang Seng; Alibaba in Hong Kong with GD 50,
RSI and year, the ADR with volume, 52-week high and distance), a comdirect Informer morning note of Wednesday 25
February 2026, 07:45 with a table of Tuesday's Asian and US closes and moves under 'Schlusskurse vom Dienstag, 24.02.'
(Meituan's 52-week low of the Friday before and distance, year, RSI; Tencent's open, low and volume; Alibaba's five
sessions and GD 50; the Nasdaq's low; Nvidia's year and distance; Baidu's year) and a Focus Online 'Aktien-Ticker' of
Thursday 26 February 2026 with entries stamped from 8.00 to 22.15 (Nvidia after its results: close, low, volume, open;
the Dax's open, close, high, record and year; the Hang Seng's close and open; Alibaba and Tencent in Hong Kong): 89
market figures (78 true, 11 wrong). First run: the editor's set 89.80 % and 89.02 % (5,871 found, 724 missed, 667
spurious); on the three true called wrong 8, missed 10, set out of scope 1, non-claims judged 1. Fixed: 'der
Composite-Index' is the Nasdaq Composite (companies.csv alias), also after 'An der Nasdaq', a venue that names no index
(de205 '2,0', '22.597', '22.548', '2,8' had been read as the Dax's, called wrong).
A table's header row naming the close's column and no period ('| Wert | Schluss | Veränderung |') sets the columns of
the rows under it, as one naming a period did (extract._table_line): an index's points there are its level, a stock's
price its close (de206 '26.590', '22.864' had been read as moves in points, called wrong; 5,879 found, 716 missed, 659
spurious, 89.92 % / 89.14 %).
Answer corrected (not to fit the product): de206's table moves were quoted with their sign ('-1,8'), the
convention is the number alone ('1,8'); found since: 5,887 found, 708 missed, 651 spurious (90.04 % / 89.26 %).
A row's day's move beside a value under the close's column ('| Baidu (ADR) | 133,63 USD | -2,2 % |') is the move to
that close, of a session that had ended, not a moment inside the day's range (extract._table_line; de206's
deliberately wrong '2,2', true -0.23 %, had been called accurate on the range). Final: the three: true called wrong 2
(de206 '24.986': 'am heutigen Abend' in the sentence before, a future event of publication day, sets Wednesday for
Tuesday's Dax close in a 07:45 note; de206 '2': Meituan's distance to the 52-week low 'das erst am Freitag markiert
wurde' read on that Friday), missed 1 (de206 '25.092', the high of a range 'mit 24.878 bis 25.092 Punkten' read as
one span), set out of scope 1 (de207 '25.289': 'Der Dax hat sich vom Nvidia-Schock nicht beeindrucken lassen und
ging 0,5 Prozent fester bei 25.289 Punkten aus dem Handel' read as Nvidia's), non-claims judged 1 (de207 '15.35',
the ticker stamp '15.35 Uhr: Nvidia eröffnet' read as an open); slot errors listed (de205, a Friday paper telling
Thursday's session, has its later paragraphs read on Friday, the known next-morning-paper problem); the 392 articles
(197 German, 195 English) 90.04 % and 89.26 % (5,887 found, 708 missed, 651 spurious), floors 0.900 and 0.892;
verdict problems of the whole set: true called wrong 3, true called imprecise 14, wrong called accurate 17, missed
71, set out of scope 35, non-claims judged 35. No other article's figures or verdict problems moved; real corpus
100 %, mutation 84/84.
Thirty-first batch, English (tester68: en201..en203, tests/test_thirtyfirst_batch_en.py): a Fortune 'stocks to watch'
item of Wednesday 17 September 2025 (the Nasdaq Composite and Tuesday's record; Baidu's surge, open, 52-week high,
volume, week and year; Alibaba's close, high, year and week; Nvidia's fall, low, volume, distance to its August record
and year; Tencent's ADRs; targets and P/E), a Morning Brew weekend newsletter of Saturday 7 February 2026 with a
'markets' box (the Nasdaq, the Dax, the Hang Seng, Nvidia and Alibaba's Friday, week, year and distances to their highs;
Alibaba in Hong Kong; a target and its upside) and an EJ Insight Hong Kong commentary of Monday 20 October 2025 (the
Hang Seng's points, level, open, range, 52-week high and year; Alibaba, Baidu, Tencent and Meituan: day, high, volume,
week, month, RSI, 52-week highs and lows; P/E, fair value, GDP forecast, a support level): 97 market figures (86 true,
11 wrong). First run: the editor's set 89.9 % and 89.1 % (5,882 found, 721 missed, 664 spurious); on the three true
called wrong 2 (en203 '13 percent off its 52-week peak of HK$186.2', read as a year-to-date move and a last price), true
called imprecise 1 (en201 'after peaking at $167.32', read as the close), non-claims judged 3 (en201 '160', en202 '35',
en203 '25,000'). Fixed: '52-week peak' names the 52-week high; 'peaking at' is the day's high; 'N% above where it trades
now' is a target's upside; 'Support/Resistance is seen at' with a capital is a level to watch; a target raised 'to as
much as $X' is a target, not the stock's intraday reach. Final: the 392 articles (194 German, 198 English) 89.94 % and
89.12 % (5,885 found, 718 missed, 658 spurious), floors 0.899 and 0.891; open, each listed with its reason: two misses
(en201 '22,397.50', en202 '28,056'), three set out of scope (en202's body restating its box, and '5').
Thirty-second batch, German (tester69: de208..de210, tests/test_thirtysecond_batch_de_a.py): a Deutschlandfunk
'Wirtschaft am Mittag' transcript of Wednesday 24 September 2025, 13:35 (Alibaba's AI jump in Hong Kong with figures
spoken in words, 'eins Komma vier Prozent', 'hundertvierundsiebzig Komma neun Hongkong-Dollar', its volume, month,
year, year low and RSI; the Hang Seng, Tencent, Meituan, Baidu; Tuesday's Nasdaq 100, Nvidia, Alibaba and Baidu ADRs;
the Dax's open, Tuesday's close and its distance to the July record), a Vienna 'Die Presse' Börsenbericht of Thursday
18 September 2025, 22:40 (the Hang Seng's high, close, week and 'heuer'; Alibaba's year high, Tencent, Baidu's month,
Meituan's distance to its 52-week high; the Nasdaq 100 and Composite, Nvidia's open, high, record, volume and
Frankfurt parity; the Alibaba and Baidu ADRs; the Dax's open, high, week, year, record and moving averages) and a
broker app's push digest 'Deine Watchlist heute' of Monday 22 September 2025, 22:20 (one line per stock and index:
closes, moves, highs, RSI, 50-day lines, 52-week high and distance, Frankfurt parities, the Dax's low and year): 111
market figures (95 true, 16 wrong). First run: the editor's set 89.9 % and 89.1 % (6,059 found, 744 missed, 682
spurious; before the three articles 5,966, 726, 666); on the three true called imprecise 1, missed 4 (two spoken
decimals, a spoken volume, a spoken RSI), and the spoken decimals' last words read alone ('vier Prozent' of 'eins
Komma vier', '9 HKD' of 'Komma neun') called wrong as spurious claims; de209's 'umgerechnet bei rund 137,50 Euro' was
answered as a Frankfurt close, corrected to a price conversion (the product was right). Fixed: a number spoken with
its decimals is one number; 'seit Monatsbeginn' reaches its move across a longer clause (90 characters, as 'seit
Jahresbeginn'); a number word before a scale word alone ('zweihundertsechzig Millionen Aktien') is a number; a number
word ending its clause after 'bei'/'auf'/'von' ('Der RSI steht bei einundachtzig.') is read, which also reads
tester63's de200 'einundzwanzig' (missed before). Final: the 398 articles (200 German, 198 English) 89.93 % and 89.15 %
(6,065 found, 738 missed, 679 spurious), floors 0.899 and 0.891; verdict problems of the whole set: true called wrong 2,
true called imprecise 15, wrong called accurate 17, missed 71, set out of scope 38, non-claims judged 35. Open, each
with its reason: true called imprecise 1 (de208 'Der Dax ist heute früh bei 23.600 Punkten in den Handel gestartet',
open 23,601.50: a level in round hundreds without a hedge is held to its units and one point, so 1.5 points off is
imprecise; whether two trailing zeros state hundreds is a band question); slot errors 4 (de208 'vier': a distance
after 'damit' following Tuesday's close read as of publication; de209 '0,6' and '0,1': 'Auf Wochensicht' of a
Thursday session read on seven days first, the week so far the answer's and the product's second reading; de200
'einundzwanzig' above). Not verdict problems but noted: US volumes whose clause names no venue stay unverifiable
(de209 '192', de210 '310'), records beyond the snapshot's start stay unverifiable, and de210's verbless digest
lines ('Hang Seng: −1,8 % auf 26.344 Punkte.' at 22:20) are read as possibly intraday, so a deliberately wrong move
is only imprecise and the closes are last prices. No other article's figures or verdict problems moved; real corpus
100 %, mutation 84/84.
Thirty-second batch, German, second set (tester70: de211..de213, tests/test_thirtysecond_batch_de_b.py): a Consorsbank
'Markt am Morgen' of Thursday 12 February 2026, 08:10 (Wednesday's Dax, Nasdaq and Nvidia; a table of Wednesday's Hong
Kong closes; Meituan's new 52-week low, month, RSI and 52-week high; Tencent's open, high, volume, GD 50 and year;
Alibaba's GD 50 and ADR; Baidu's ADR), a Börse Frankfurt 'Xetra-Schluss' of Tuesday 10 March 2026 (the Dax's rebound
with open, high, low, Monday's low and close, week, month, year, record and GD 200; the Hang Seng, Tencent's jump and
volume, Meituan's 52-week low; Monday evening in New York: Nasdaq 100, Nvidia, Alibaba's RSI and GD 50, Baidu) and a
regional bank's research 'Wochenausblick' of Monday 23 March 2026 on the week of 16 to 20 March (Dax, Nasdaq 100, Hang
Seng, Nvidia with a Tradegate price and its record, Alibaba, Tencent, Meituan, Baidu: weeks, Fridays, years, RSI,
volumes): 106 market figures (89 true, 16 wrong, 1 US volume). First run: the editor's set 89.8 % and 89.1 % (6,054
found, 744 missed, 684 spurious); on the three true called wrong 6, true called imprecise 2, wrong called accurate 1,
set out of scope 1, non-claims judged 1. Fixed: 'in fünf Handelstagen' (no article) is the five sessions' run, 'in drei
Handelstagen' a run of three (de211 '9,1'); 'verbesserten sich' / 'verschlechterte sich' give a move its side (de212
'2,9'); 'mit X Punkten in den Tag gestartet' is the open and 'und schloss bei Y' after an opening cue the close (de212
'23.686', deliberately wrong, had been called accurate as a bare level); a day after 'mehr ... als' ('deutlich mehr
Papiere gehandelt als am Vortag') is the base's and no longer the day in play (de212 '6,9', '0,5', '79,10'); 'bis auf X
... und schloss bei Y' and 'im frühen Handel bis auf X' are the day's low or high, for an index's points too (de212
'22.928'); 'halten ... für erreichbar' is a forecast (de212 '26.000'); a distance to a moving average takes its side
only from its own clause (de212 '15'). Final: the editor's set 90.0 % and 89.2 % (6,063 found, 735 missed, 675
spurious), floors 0.899 and 0.891; open on the three: true called wrong 1 (de213 '7,9': 'Die ADRs verloren 7,9 Prozent'
with no period in a weekly review's stock paragraph, read as Friday's move; fixed in the twenty-fifth session), true
called imprecise 1 (de213 '28': the Dax's RSI in its paragraph, 'Der Relative-Stärke-Index ist mit 28 ... gefallen',
naming no subject, goes to Tencent's ADR; fixed in the twenty-fifth session); slot errors listed (a morning note's
paragraphs after a table of the session before read on publication day, the known next-morning-paper problem; a weekly
review of Monday read to Monday; a moving average's distance with no side word). Verdict problems of the whole set: true
called wrong 3, true called imprecise 15, wrong called accurate 17, missed 72, set out of scope 38, non-claims judged
35. No other article's verdict moved for the worse; real corpus 100 %, mutation 84/84.
Thirty-second batch, English, first set (tester71: en204..en206, tests/test_thirtysecond_batch_en_a.py): a Guardian
business live blog of Tuesday 3 March 2026 whose entries run newest first under stamps on lines of their own ('5.05pm
GMT' .. '7.30am GMT': the Dax's worst day since April, its open, low, since Friday and year; the Nasdaq 100, Nvidia,
Alibaba and Baidu at New York's open and at lunchtime; the Hang Seng, Tencent and Meituan at Hong Kong's close), a BBC
World Business Report transcript of Thursday 19 March 2026, 22:30 GMT with spoken figures ('almost seven percent',
'seven point one percent', '124 dollars 90 cents', 'by half a percent') and a Globe and Mail 'What to watch on markets'
of Tuesday 10 March 2026, 6:50 a.m. ET (Monday's Wall Street, an 'Overseas' section with Tuesday's Hong Kong close and
the Dax at midday, 'Stocks to watch'): 100 market figures (83 true, 17 wrong). First run: the editor's set 89.8 % and
89.0 % (6,048 found, 744 missed, 687 spurious); on the three true called wrong 16, true called imprecise 4, wrong called
accurate 1, set out of scope 2, non-claims judged 3. Fixed: a clock time with 'am'/'pm' or a zone (GMT, BST, UTC too)
alone on its line opens a ticker entry of the publication day that heads the paragraphs under it; British 'on' after a
percentage before a named close ('down 2% on Monday's close') is the move's base, not its day; a period's move naming no
day in a ticker entry ends at the latest session its listing had opened when the entry was written; a section's heading
('Overseas', 'Stocks to watch') ends the day the section before named; a qualifier between 'from' and the base's weekday
('up 7.7 per cent from last Monday's close') keeps that weekday the base's (en206's figures after it had been read on
Monday: true called wrong 5). Final: the 398 articles (197 German, 201 English) 89.83 % and 89.07 % (6,050 found, 742
missed, 685 spurious, slot errors 443 -> 422), floors 0.898 and 0.890 (the new articles' misses and spurious figures:
the floors of the set before were 0.899 and 0.891); verdict problems of the whole set: true called wrong 2, true called
imprecise 17, wrong called accurate 17, missed 72, set out of scope 40, non-claims judged 38; open, each listed with its
reason: a spoken price in dollars and cents read as its whole dollars and its cents as prices (en205, true called
imprecise 2, non-claims judged 3; fixed in the twenty-fifth session), spoken decimals ('seven point one percent') not
read as one number (set out of scope 2), 'so far in March' after 'from late October' read as October (en206 '3.1');
en206's '7.7' ('up 7.7 per cent from last Monday's close', a since-return) is judged accurate as a day's move inside
Tuesday's range, its kind still wrong. No other article's verdict problems moved; real corpus 100 %, mutation 84/84.
Thirty-second batch, English, second set (tester72: en207..en209, tests/test_thirtysecond_batch_en_b.py): an Economic
Times 'global cues' piece before the Mumbai open stamped 'Last Updated: Jan 28, 2026, 07:50:00 AM IST' (the Hang Seng's
open and Tuesday's close told after 'building on Tuesday's rally in which it climbed ...', its year and distance to the
52-week closing high 'within 1%'; Alibaba, Tencent and Meituan in Hong Kong; the Nasdaq Composite with five sessions,
the Nasdaq 100 and its record close; Nvidia's move, high, year and 52-week high; the Alibaba and Baidu ADRs with year,
month and the 52-week high 'it hit last Thursday'; the Dax and its record; support levels, a count, clock times), an AJ
Bell 'share of the week' note on Alibaba of Friday 20 March 2026, 07:00 GMT with a key statistics box (the quote line's
price, Thursday's slump, gap-down open, range, volume, 2025, year, month, week, twelve months, distance to the 52-week
high told after 'From the 52-week high of $192.67 ..., the shares have now lost 35%', distances to the 50- and 200-day
lines, RSI; the box's 52-week low and averages; P/E, targets, buy-back) and a Saxo Bank 'Quick Take' of Thursday 5
February 2026, 07:05 GMT with key points and a bullet per market (the Nasdaq 100's day, two sessions and record;
Nvidia's three sessions, 50-day line, RSI and a Frankfurt price; the ADRs; the Hang Seng and its 52-week high; Alibaba
and Meituan in Hong Kong; the Dax's level, week so far and record; FX, a deposit rate, a calendar): 91 market figures
(77 true, 14 wrong, 1 US volume that stays unverifiable). Answers corrected before the fixes (not to fit the product): a
month's move starts on the same calendar day a month back (en207 '31'), 'Some 33.4 million' is hedged, the quote line's
price naming no day is a last price and the body's same figure with its day a close judged again (en208 '124.90'). First
run: the editor's set 89.8 % and 89.1 % (6,042 found, 740 missed, 684 spurious); on the three true called wrong 4 (en207
'1.35', '27,126.95': the weekday's rally read on the main clause's Wednesday; en208 '73': 'It is a sharp reversal for a
stock that rallied 73% in 2025' read as the Nasdaq 100's; en208 '35': the move since the 52-week high read as Thursday's
move), non-claims judged 4 (en208 '40', a P/E discount read as the year to date through 'for the year to March 2027';
en208 '192.67', the box's '52-week high: $192.67' read as the day's high by the bare 'High:' label; en208 '124.90';
en209 '0.7', a key point dated by 'ahead of Thursday's ECB decision'). Fixed: a weekday's earlier move goes on to tell
its figures ('of', 'in which', 'that took ...': earlier_events.csv looked_back_tail); an impersonal 'It' before the
shares is no index pronoun (subjects); a move verb between an extreme heading the clause after 'from' and the number
tells the distance to it (distance_words.csv moved_told); a statistics box's '52-week high:' is no bare 'High:' label
(cues.csv); 'for the year to <month>' is a fiscal year (cues.csv); a coming macro event ('decision', 'meeting', 'data',
'Zinsentscheid') dates no move (earlier_events.csv upcoming_event); the Economic Times' stamp with seconds and IST is
the time of writing (dates._ENGLISH_STAMP). Final: the three: no verdict problem left; three slot errors listed with
their reasons (a 52-week high 'it hit last Thursday' reported on the day it was set; a Quick Take's Hang Seng distance
and high read as of publication, inside Thursday's session); the record highs the text dates within the year stay read
as 52-week highs by design (four misses, their verdicts right), and a price before 'after touching an intraday high'
stays a last price (en207 '188.52', accurate); the 398 articles (197 German, 201 English) 89.94 % and 89.14 % (6,047
found, 736 missed, 676 spurious), floors 0.899 and 0.891; verdict problems of the whole set: true called wrong 2, true
called imprecise 14, wrong called accurate 17, missed 72, set out of scope 38, non-claims judged 35 (before the batch:
2, 14, 17, 72, 38, 35). No other article's figures or verdict problems moved; real corpus 100 %, mutation 84/84.
Thirty-third batch, English, first set (tester75: en210..en212, tests/test_thirtythird_batch_en_a.py): a Nikkei Asia
'Asia markets wrap' of Wednesday 28 January 2026, 19:10 JST (the Hang Seng's 52-week high close, open, five sessions,
year and RSI; Alibaba's best close since October with a touched high, Hong Kong volume, year and 50-day line; Tencent's
52-week high and distance, which the quotes cannot tell, 69 of 246 sessions missing; Meituan's close, low and 52-week
distance; the Nasdaq Composite and the ADRs overnight; a strategist's targets and P/E), a Motley Fool 'Why Baidu Stock
Jumped Today' of Friday 5 December 2025, 5:20PM (key points; the gap-up open, intraday reach, close, five trading days,
year, 52-week low and high with their distances, 50- and 200-day lines; the Nasdaq and Alibaba; rides, targets, P/E)
and an earnings preview of Nvidia of Tuesday 24 February 2026, 6:15 PM ET (the day, the Nasdaq 100, year, five
sessions, record close; the options-implied move, consensus revenue, EPS and guidance as non-claims; the moves after
the November, August and May reports on their named days; 50- and 200-day lines, RSI, the day's range; targets, P/E,
analyst counts): 62 market figures (51 true, 9 wrong, 2 unverifiable). Answers corrected after the first run, not to
fit the product: 'over the past five sessions/trading days' is a week_return as in the rest of the set, 'as much as
9.8%' carries the intraday hedge, 'after touching HK$173.80' names no high (an intraday price), Tencent's 52-week
figures are unverifiable. First run: the editor's set 89.9 % and 89.2 % (6,387 found, 775 missed, 721 spurious); on
the three no true figure called wrong or imprecise and no wrong one accurate; non-claims judged 1 (en212 '12': 'Options
expiring Friday imply a move of about 6.2% ..., or roughly $12 a share' read as Nvidia's price on Friday, wrong). Fixed:
options naming their expiry before the verb ('Options expiring Friday imply', 'Options that expire this week are
pricing in') are a forecast (cues.csv); a word of part of the session in an earlier event's clause after the price
('gained 1.9% to HK$98.35 after slipping as low as HK$94.10 in the morning session') no longer makes the price a last
price (linking._caught_during reads _Said.ending; en207 '188.52', left open by tester72, is a close now too); a day's
low or high after 'from' ('Tuesday's range ran from $187.40 to $193.77') is that session's, no base of the session
before (timing); and, probed on the preview's format, a move dated only by a report of an earlier month ('fell 3.2% the
day after its November report' in a February text), which was called wrong on the publication's day, is unverifiable
(earlier_events.csv month_report, frames._on_a_month_reports_day). Final: the three: no verdict problem and no slot
error left; two misses by design (en212 '207.04' and '12': a record close the text dates within the year is read as the
52-week high, its verdicts right); the 410 articles (203 German, 207 English) 89.95 % and 89.26 % (6,393 found, 769
missed, 714 spurious), floors 0.899 and 0.892; verdict problems of the whole set: true called wrong 1, true called
imprecise 19, wrong called accurate 17, missed 70, set out of scope 37, non-claims judged 37 (before the batch: 1, 19,
17, 70, 37, 38 with en212 '12'). No other article's verdict problems moved; real corpus 100 %, mutation 84/84.
Thirty-third batch, German, second set (tester74: de217..de219, tests/test_thirtythird_batch_de_b.py): an SWR radio
'Börsenbericht' script of Wednesday 25 March 2026, 22:20 with spoken figures (the Dax's day, open, high, week and the
distance to its January record; the Hang Seng, Meituan's jump, high, volume and rise from its 52-week low, Tencent; the
Nasdaq 100, Nvidia's day, open, high and a euro restatement, the Alibaba and Baidu ADRs), an 'Aktionärsbrief' of
Thursday 12 March 2026, 12:30 taking Tencent into its model portfolio (close, range, volume, Tuesday's jump, week,
month, year, 52-week high and low, a euro price, GD 50 and GD 200, RSI; a buy limit in HKD and euros, a stop-loss, two
targets, P/E; the Alibaba ADR's Wednesday close, GD 200 and RSI beside its purchase price) and a fund manager's February
commentary of Wednesday 4 March 2026 (February's and the year's moves of the Nasdaq 100, the Composite, the Dax, the
Hang Seng, Baidu, Tencent, Meituan, Alibaba in Hong Kong and New York and Nvidia, the month-end closes and levels,
Nvidia's two days after its results and its record; the fund's return, weights, P/E, targets): 118 market figures (102
true, 14 wrong, 2 volumes beside no named subject that stay unverifiable). First run: the editor's set 89.8 % and 89.2 %
(6,403 found, 779 missed, 726 spurious); on the three true called wrong 4, wrong called accurate 1, missed 2, non-claims
judged 4. Fixed: a spoken number word reaches 60 letters (de217's Dax close and Hang Seng level,
'zweiundzwanzigtausendneunhundertsiebenundfünfzig'); a particle ending the clause after a level ('bis auf ... Punkte
hinauf', 'nach unten') is its sign (de217's Dax high had been the low by an earlier 'unter der Marke von'); 'im
Berichtsmonat' is the month before publication (de219 '16,5' had been a day's move); a move verb between a results noun
and a day makes that day the move's ('Nach den Quartalszahlen fiel die Aktie am 26. Februar um 5,5 Prozent und am 27.
Februar ...', de219 '5,5'); an index's level a past month's move went to is the month's last close (de219 '26.931',
deliberately wrong, had been accurate on a later session's range); a buy limit ('Kauflimit: 550 HKD bzw. 61 Euro') is
the writer's level (de218 '550', '61'). Found by probing de219's phrasing and fixed too: a conjunct without a verb of
its own ('fielen am Donnerstag um 7,1 Prozent und am Freitag um 2,0 Prozent') is told in its clause's past tense, so its
weekday is not the coming one (no article of the set moved). Answer corrected before the fixes (not to fit the product):
a whole past month's period ends on the month's last calendar day, as de189's does. Final: the editor's set 89.88 % and
89.22 % (6,408 found, 774 missed, 721 spurious), floors 0.898 and 0.892; open on the three: true called wrong 1 (de217
'zehn': 'Von dort sind es jetzt ziemlich genau zehn Prozent nach unten' two sentences after the record it points back
to, with 'Das hatte er Mitte Januar bei ... erreicht' between, read as the Dax's day), non-claims judged 2 (de219 '8,9',
'2,1': the fund's own return and its gap to the benchmark, unverifiable as de189's are); slot errors listed with their
reasons. Verdict problems of the whole set: true called wrong 2, true called imprecise 19, wrong called accurate 17,
missed 70, set out of scope 37, non-claims judged 39. No other article's figures or verdict problems moved; real corpus
100 %, mutation 84/84.
Thirty-third batch, German, first set (tester73: de214..de216, tests/test_thirtythird_batch_de_a.py): an Onvista
'Chartanalyse' of Nvidia of Wednesday 21 January 2026, 07:45, the morning after the Martin Luther King holiday
(Tuesday's slump with 'Nach der Handelspause am Montag ...', the gap-down open, range, volume, Nasdaq 100 and Composite,
GD 20/50/200 and distances, RSI, the December low, record, year, month, 52-week low, a Tradegate euro price), an NZZ
'Börsenbericht' from Zurich of Thursday 5 February 2026, 17.50 (levels grouped by spaces, '%' signs, Swiss spelling:
the Dax; Wednesday's Nasdaq, Nvidia and the ADRs; Thursday's open in New York; Hong Kong's close with Tencent, Meituan
and Alibaba) and a Börsen-Zeitung 'Marktbericht Asien' of Tuesday 14 October 2025, 17:05 with a table of closes whose
unit stands in its header: 84 market figures (70 true, 13 wrong, 1 US volume). First run: the editor's set 89.8 % and
89.0 % (6,391 found, 793 missed, 727 spurious); on the three true called wrong 10, missed 9, set out of scope 3,
non-claims judged 1. Fixed: 'nach der Handelspause am Montag' before the session's own weekday dates no figure
(dates.py; de214's nine figures read on the closed Monday, true called wrong 11 -> 2); ', das waren X Prozent weniger
als ...' is a main clause, not a relative clause of an earlier event (earlier_events.csv demonstrative), and after 'Im
Tief'/'Im Hoch' that extreme's move (cues.csv; de214 '4,6', true called imprecise 20 -> 19); the date an extreme was
set dates that extreme only where its level is grouped by spaces too ('27 382 Punkten, markiert am 2. Oktober',
bindings._LEVEL; de216 '7', true called wrong 2 -> 1); 'X Mio. Tencent-Aktien die Hand' is a volume (de215 '79,3',
missed 79 -> 78); 'Bruttoinlandsprodukt' is macro data (de216 '4,7', non-claims judged 38 -> 37); a causative with
'um X Prozent' moves its object ('drückten den Hang-Seng-Index um 1,7%', directions.csv; set out of scope 40 -> 39);
'eröffnete mit einer Kurslücke bei X' is the open, not a chart level (cues.csv; de214 '183,90', 39 -> 38). Final: the
410 articles (206 German, 204 English) 89.82 % and 89.02 % (6,395 found, 789 missed, 725 spurious, slot errors 472 ->
455), floors 0.898 and 0.890 (the table's eight cells missed); verdict problems of the whole set: true called wrong 1,
true called imprecise 19, wrong called accurate 17, missed 78, set out of scope 38, non-claims judged 37 (before the
batch: 1, 19, 17, 70, 37, 37). Open, each listed with its reason: the table's bare cells (its unit in the header,
'Veränd. in %', its currency in the row label, 'Alibaba (HKD)'), a resistance named as 'dem Hoch vom 5. Januar';
slot errors 5 (Frankfurt carried from 'Im Frankfurter Handel kosteten die Aktien' into the next companies' sentences,
'über Nacht' in a pluperfect at 17:05 CEST read on Tuesday, a record of 'Ende Oktober'). Not verdict problems but
noted: deliberately wrong figures read as unverifiable distances to a past peak ('der Abstand zum Höchststand vom
Oktober', de215 '19'; de216 '21,5' through the Frankfurt listing) or imprecise against a derived euro parity (de216
'74'), a deliberately wrong YTD read on the Frankfurt listing the WKN names (de214 '6,5', imprecise). No other
article's figures or verdict problems moved; real corpus 100 %, mutation 84/84.
Thirty-third batch, English, second set (tester76: en213..en215, tests/test_thirtythird_batch_en_b.py): an SCMP Hong
Kong close report (Monday 2025-10-20), a CNBC midday movers list (2025-09-17) whose intro ends in a full stop, and a
Morningstar monthly fund commentary (2025-10-08) on September, the third quarter and the year to date. Fixed: a movers
list's dash item starts again from the day in play before its first item also without a colon intro (extract); 'in
the month' is a month_return, 'in the quarter' a months_return, 'of assets' a weight, 'The fund' a subject without
quotes (cues.csv, companies.csv); a conjunct saying 'now' of a period to date is as of writing, not the earlier
clause's day (timing); 'closing September at' is read on the month's last days (dates); a calendar quarter named by
its ordinal, 'in the third quarter', 'in Q3', is measured from the last close before it (timing, kinds, measure);
'its low of the day was HK$612.50' is the day's low (cues.csv); a move 'last week' naming no day in a weekday's text is
the calendar week before (linking: nine slot errors fewer, seven of them other articles'); a period move naming no
day in a text stamped while its session traded is of that session or the close before (frames). Verdict problems of
the whole set, before the fixes and after: true called wrong 13 -> 4, true called imprecise 24 -> 21, wrong called
accurate 17 -> 17, missed 70, set out of scope 38, non-claims judged 42 -> 41 (without the three: 1, 19, 17, 70,
37, 37). Open, listed: a
month-end commentary published after the month reads 'in the month', 'ended the quarter at' and its year-to-date
moves as of publication; a distance 'below its July 10 record' is read as a since-return; the fund's own returns stay
unverifiable. The 410 articles (203 German, 207 English) 89.68 % and 89.07 % (6,406 found, 786 missed, 737 spurious),
floors 0.896 and 0.890 (the three's misses and spurious figures; before them 89.88 % and 89.18 %); no other article's
figures or verdicts moved but for the slot errors fixed; real corpus 100 %, mutation 84/84.
Thirty-fourth batch, mixed (tester79: de222 and en218, tests/test_thirtyfourth_batch_mixed.py): a dpa-AFX 'Aktien
Asien Schluss' wire (Thursday 2025-08-21) and a Bloomberg 'Asian stocks' close wire (Tuesday 2025-10-21). Fixed: an
economy's growth or contraction ('China's economy grew 4.8% in the third quarter') is macro data, not the Hang Seng's
quarter (cues.csv); the day of such data told without a market figure ('Data released a day earlier showed ...')
dates the data only, not the paragraphs after it (context); a move noun after its month and a possessive ('paring its
October loss to 3.1%', 'sein Oktober-Minus') is that month's return (cues.csv). Verdict problems of the whole set,
before the fixes and after: true called wrong 8 -> 4, true called imprecise 16 -> 16, wrong called accurate 17 -> 17,
missed 79 -> 78 (an answer's quote set right: 'doubled'), set out of scope 39, non-claims judged 41 -> 40; none of
the two's left. Open, listed: 'die Papiere' after a sentence naming two competitors ('Preiskampf mit Alibaba und
JD.com') is read as the last one named (de222 '30', deliberately wrong, unverifiable as JD.com's: keeping the stock in
play there moved de158 '100' onto Baidu, called wrong); a dpa-style bare 'Dollar' after the same stock's price in
Hongkong-Dollar ('bis auf 605 Dollar') is Tencent's OTC line in US dollars, and the month's move after it too; a
52-week low set on a named Friday is dated to that Friday (both readings permitted, verdict right). The 421 articles
(210 German, 211 English) 89.81 % and 89.11 % (6,661 found, 814 missed, 755 spurious), floors 0.898 and 0.891 (first
run with the two: 89.78 % and 89.08 %, 6,659 found, 816 missed, 758 spurious); no other article's figures or verdicts
moved; real corpus 100 %, mutation 84/84.
Thirty-fourth batch, English (tester78: en216..en217, tests/test_thirtyfourth_batch_en.py): a Reuters 'Hong Kong stocks'
midday report of Wednesday 24 September 2025, 12:14 PM GMT+8 (the Hang Seng's points, move, level, open, year and
last Thursday's peak, its 100-day line; mainland and regional indices without quotes; Alibaba's reach, last price,
year and January low, its ADRs and the Nasdaq Composite overnight; Tencent, Meituan and its 52-week low, Baidu's open
and its ADRs' slump; a target and a multiple) and an FT 'Markets Live' blog of Wednesday 21 January 2026 with entries
stamped 08:12 to 16:38 GMT (the Hang Seng's close, dip, year and 52-week high; Alibaba's close and October peak,
Tencent, Meituan; the Dax's open, late morning, close, low, year and last week's record; Tuesday's Nasdaq 100, its
50-day line, Nvidia's fall, record, RSI and a Frankfurt euro parity; Wednesday's open in New York): 71 market figures
(55 true, 10 wrong, 6 moves of indices without quotes that must stay unverifiable). Answers
corrected after the first run, not to fit the product: year-to-date moves and a named month's extremes carry their
window, a 52-week extreme the publication day, 'as much as' the intraday hedge, 'last Thursday's peak' the day's high.
First run: the editor's set 89.6 % and 88.9 % (6,660 found, 830 missed, 772 spurious); on the two true called wrong 9,
wrong called accurate 1, missed 1. Fixed: a weekday's possessive before an extreme and its level ('below last
Thursday's peak of 27,058.03') dates that level only, no longer carried to the sentence's other figures and the
sentences after it (timing; cues.csv: such a peak is that session's day_high; en216's midday moves and prices read on
2025-09-18, true called wrong 13 -> 6); 'record' as the noun of an all-time high before its level ('below last week's
record of 25,507.79') is the all-time high and the distance to it (cues.csv; en217 '4.3' and '25,507.79', read as a
week's move and a level of the day, now unverifiable as every all-time high older than the quotes held; 6 -> 4).
Final: the 421 articles (209 German, 212 English) 89.65 % and 88.95 % (6,663 found, 827 missed, 769 spurious), floors
0.896 and 0.889; verdict problems of the whole set: true called wrong 4, true called imprecise 16, wrong called
accurate 18, missed 79, set out of scope 39, non-claims judged 40 (without the two: 4, 16, 17, 78, 39, 40). Open,
listed: en216 '7' ('after opening 7% lower at HK$122' in a midday report is also read on the session before, accurate
on 2025-09-23's open-to-low span), en216 '24,600' ('It is also trading ... above its 100-day moving average of about
24,600' after an index's sentence: no subject found); slot errors 5 (indices without rows take no listing; Nvidia's RSI
in a blog entry stamped before New York opened read on that day; 'from 62 the session before' read on Tuesday, not
Friday). No other article's figures or verdicts moved; real corpus 100 %, mutation 84/84.
Thirty-fourth batch, German (tester77: de220, de221, tests/test_thirtyfourth_batch_de.py): a Handelsblatt-style Morning
Briefing of Tuesday 2025-11-25, 06:00 (Monday's Hang Seng, Alibaba, Tencent, Meituan and its 52-week low, the Nasdaq,
Nvidia's open, November and record, the Alibaba and Baidu ADRs in dollars and euros, the Dax with its low, record and
200-day line, a pre-open indication and a GDP forecast) and a Spiegel-style explainer of Thursday 2025-12-11 on why
Alibaba costs different sums in Hong Kong, New York and Frankfurt (the ADR ratio of eight, the parity, the euro price,
the year so far on both listings, 52-week highs, the 50-day line, Thursday's Hong Kong close). Fixed: a moving average's
words leading into a level ('unter der 50-Tage-Linie von rund 162 HKD notiert') name that level whatever price verb
follows (metrics); a day told only as the end of a period move before it ('Seit Jahresbeginn ... bis Mittwoch knapp 85
Prozent zugelegt, das ADR in New York gut 87 Prozent') leaves the ellipsis after it that period's (reviews); 'rechnen
... mit einem Plus von 1,2 Prozent' is a forecast, 'ergeben sich 154,49 Hongkong-Dollar je Aktie' a conversion worked
out in the text (cues.csv). Verdict problems of the whole set, before the fixes and after: true called wrong 7 -> 5,
true called imprecise 16, wrong called accurate 17, missed 78, set out of scope 39, non-claims judged 43 -> 41 (without
the two: 4, 16, 17, 78, 39, 40). Open, listed: 'Die 200-Tage-Linie ... liegt knapp 1 Prozent über dem Schlusskurs' read
as the close above the line (true called wrong); a pre-open indication judged a premarket level (non-claim judged). Not
verdict problems but noted: deliberately wrong distances to a record ('rund 18 Prozent', 'gut 8 Prozent') unverifiable,
as distances to an all-time high are; a deliberately wrong 'rund 12 Prozent' below the 52-week highs of both listings
read as an undated since-return (unverifiable); 'Umgesetzt wurden dort ... gut 61 Millionen Aktien' unverifiable ('dort'
names no venue of its own). The 421 articles (211 German, 210 English) 89.75 % and 89.05 % (6,653 found, 818 missed, 760
spurious), floors 0.897 and 0.890 kept; no other article's figures or verdicts moved; real corpus 100 %, mutation 84/84.
Thirty-fifth batch, English (tester81: en219, en220, tests/test_thirtyfifth_batch_english.py): a broker's research note
on Tencent of Monday 2025-09-15 'Priced at market close on 12 September 2025' (a key-data box with the rating, target,
Hong Kong and ADR prices, the ADR's 52-week range and the Hang Seng; Friday's move, open, high and Hong Kong volume,
week, month, 'Since we upgraded the shares to Buy on 16 June', the ADR's move and its distance from the 52-week low, the
50-day line and RSI, a 1M/3M/12M table of absolute and HSI-relative returns, results and forecasts) and a wealth
manager's weekly client email of Friday 2026-02-27 (the Nasdaq 100's close, day, week, Wednesday's high, February and
year; the Composite; Nvidia's Wednesday close, Thursday and Friday, open, low, volume, since Wednesday's close, 52-week
high and distance, year, a Frankfurt price; the Hang Seng's day, week and Monday; Alibaba in Hong Kong and New York with
the week, February, the 50-day line and the 52-week high; Baidu's Thursday, low, Friday, week, February, 52-week high
and RSI; portfolio weights and targets): 70 market figures (60 true, 10 wrong). First run: the editor's set 89.60 % and
88.86 % (6,812 found, 854 missed, 791 spurious); verdict problems of the whole set true called wrong 8, true called
imprecise 17, wrong called accurate 18, missed 86, set out of scope 40, non-claims judged 43 (on the two: true called
wrong en219 '46.76' and '26', en220 '1.1' and '5'; true called imprecise en219 '0.3'; missed 7; set out of scope 1;
non-claims judged en219 '17', en220 '4'). Fixed: a part of a month after an extreme's level and 'from' ('its 52-week
high of $212.19 from late October') dates that extreme only (timing); 'below where it began the year' is the year to
date; 'Since we upgraded the shares ... on 16 June' a since-return from that day's close; a move whose clause goes on to
the 52-week high it set ('edged up 0.3% on Friday and set a new 52-week high') no distance to the high
(distance_words.csv); a box's '52-week range (ADR): US$46.76 - US$82.82' the 52-week low and high; 'a 4% weight' a
portfolio share; a business segment's growth ('domestic games up 17%') a business figure; 'down 18.8% for February'
the month's move (cues.csv). Final: the editor's set 89.70 % and 88.94 % (6,818 found, 848 missed, 783 spurious),
floors 0.896 and 0.889 (the table's six cells and the box's index level missed); verdict problems of the whole set: true
called wrong 4, true called imprecise 16, wrong called accurate 18, missed 86, set out of scope 40, non-claims judged 41
(without the two: 4, 16, 18, 79, 39, 41). Open, listed: the performance table (periods as column labels) and the box's
'Hang Seng Index: 26,388' missed, 'in Frankfurt the shares are worth around €150' read as a conversion; slot errors 4
(the pricing line dates neither the box nor the RSI). Noted, not verdict problems: 'after hitting an intraday low of
$119.97, then slipped a further 0.6% on Friday to $124.44' makes the later move and price intraday (the word 'intraday'
reaches 80 characters), so a wrong close there would pass inside the day's range; 'sank to a low of $176.38' read as a
last price; 'down 4.9% on the week' in a Friday evening text also read on the week before (imprecise, not wrong); 'with
20.8 million shares traded in Hong Kong' unverifiable (the stock not named in its sentence). No other article's
figures or verdicts moved; real corpus 100 %, mutation 84/84.
Thirty-fifth batch, German (tester80: de223, de224, tests/test_thirtyfifth_batch_german.py): a Sunday paper's
Leserfrage of Sunday 2026-02-08 answering a reader who bought Alibaba in Frankfurt ('Lohnt sich das Nachkaufen?':
Friday's Hong Kong close, move, low and volume, the week, the Hang Seng; the ADR's open, move, close and week, the
Nasdaq 100; the euro prices of the ADR and of the Hong Kong share, the years so far, twelve months, the 52-week and year
highs, 20-, 50- and 200-day lines, RSI) and a certificate issuer's Zertifikate-Report of Wednesday 2026-03-25, 10:30, on
a Tencent discount certificate (Wednesday's close, move, open, range and volume, Tuesday's and last Thursday's moves,
Monday's year low, the past month, the year so far in Hong Kong dollars and in euros, the year high and the distance to
it, the Hang Seng, 50- and 200-day lines, RSI; the product's cap, ratio, ask, discount, maximum return, a bonus
certificate's barrier, bonus level and ask). Answers corrected after the first run, not to fit the product: a year high
with the day it was set is read as of publication; a price 'umgerechnet' in euros is a conversion, no market claim, as
de169, de172 and de209 have it; the reader's own loss is a holder's gain (since_return). Fixed: an opening word does not
take a move whose own predicate ends on the session's end after the number ('eröffneten bei ... und gingen mit einem
Plus von 3,0 Prozent bei ... aus dem Handel'; metrics; true called wrong); a reader's position in the first person
('liege inzwischen rund 13 Prozent im Minus') is a holder's gain (cues.csv; true called wrong); 'binnen Monatsfrist' is
the past month (cues.csv); a certificate's cap, bonus level and the distance to either are the product's levels, its
maximum or sideways return a forecast (cues.csv; non-claims judged); a sentence naming a derivative itself before its
terms holds the product's sums ('im Bonus-Zertifikat: ..., der Briefkurs bei 5,62 Euro'; extract; non-claim judged); a
day anaphor after a semicolon refers to its own sentence's day first ('...; an jenem Tag wurden ...'; extract). Verdict
problems of the whole set, first run with the two and final: true called wrong 6 -> 4, true called imprecise 16, wrong
called accurate 18, missed 79, set out of scope 39, non-claims judged 45 -> 41 (without the two: 4, 16, 18, 79, 39, 41);
none of the two's left. Open, listed: the reader's holding dated to the last session (slot error). Not verdict problems
but noted: volumes told as 'Rund 78 Millionen Aktien wechselten dabei den Besitzer' are unverifiable (their words name
neither stock nor venue); the deliberately wrong 'Binnen Monatsfrist ... 11 Prozent' is imprecise, not wrong, on the
derived euro parity (its allowance). The 427 articles (214 German, 213 English) 89.76 % and 89.09 % (6,809 found, 834
missed, 777 spurious), floors 0.897 and 0.890 (first run with the two: 89.67 % and 89.05 %, 6,806 found, 837 missed,
784 spurious); no other article's figures or verdicts moved; real corpus 100 %, mutation 84/84.
Thirty-fifth batch, mixed (tester82: de225, en221, tests/test_thirtyfifth_batch_mixed.py): a German finfluencer's X
thread of numbered posts on Wednesday 2025-03-05, 22:41 (Alibaba's and Baidu's ADRs after their big day: closes, moves,
open, range, year so far, week so far, the rise since the year's low, RSI, the 50-day line, 52-week highs the snapshot
does not reach back to, Hong Kong's session before, the Nasdaq 100, Nvidia and the Dax, a euro price) and a Reddit 'DD'
post on r/investing of Thursday 2026-01-08, 7:45 PM ET setting Alibaba's ADR against its Hong Kong shares (both days'
sessions, 2025 on both lines, 52-week highs, the 50- and 200-day averages, the parity worked out, an edit correcting a
figure). Fixed: a Hong Kong stock code alone ('9988') names the Hong Kong listing (rules); a ticker of the number's own
clause beats one or a currency across a contrast word ('BABA is up 5.4% while 9988 is ... down 0.1%', subjects); an
opening verb right after its own price governs no number after 'und' ('hat bei 89,80 $ eröffnet und ist bis auf 92,09 $
gelaufen', metrics); a second average named by its window alone after a distance ('but around 2% below its 50-day
($157.69)'), a forum's correction ('not HK$142.90 like I first wrote'), 'ripped' as a rise, a year's end right after a
price ('from $84.79 at the end of 2024 to ...', with metrics), a year heading the sentence as the year told of ('2025
was a great year ...'), 'gingen über den Tisch' as a volume, "that's roughly $146.40 per ADR" a conversion (cues.csv,
directions.csv); the company whose shares a count names ('gut 132 Mio. Alibaba-Aktien') is the count's subject
(subjects). Verdict problems of the whole set, before the
fixes and after: true called wrong 9 -> 5, true called imprecise 16, wrong called accurate 18, missed 80 -> 79, set out
of scope 40 -> 39, non-claims judged 46 -> 43 (without the two: 4, 16, 18, 79, 39, 41). Open, listed: en221 '72' ('2025
was a monster year ...: BABA gained 78% (from $84.79 ... to $146.58 on Dec. 31), while 9988 rose 72%' read as a day's
move on Dec. 31, true called wrong; its deliberately wrong '78' is caught, but read as a since-return); en221's parity
worked out in the text ('Eight times HK$142.60 is HK$1,140.80 ... about 5.5% above where Hong Kong last printed') judged
as a price and a move (non-claims judged 2). Slot errors 5: the week so far and year so far of the post after 'Wer es
in Frankfurt kauft, zahlt ungefähr das' read on the Frankfurt listing (a venue carried into the next post); 'Über der
50-Tage-Linie notiert die Aktie satte 38 %' without a direction; a '30-day average' volume read over 30 calendar days;
'as much as 1%' hedged 'intraday' (the answer's 'up_to'). The 427 articles (213
German, 214 English) 89.62 % and 88.98 % (6,823 found, 845 missed, 790 spurious; before the fixes 6,819, 848, 794),
floors 0.896 and 0.889 (the recall floor as measured with the two); no other article's figures or verdicts moved; real
corpus 100 %, mutation 84/84.
Thirty-sixth batch, mixed (tester85: de228, en224, tests/test_thirtysixth_batch_mixed.py): the transcript of a German
lunchtime markets podcast ('Börse am Mittag', two hosts, numbers spoken: 'hunderteinundsechzig Hongkong-Dollar', 'eins
Komma vier Prozent') of Tuesday 2026-02-03, 12:00 (Alibaba's and Tencent's open, intraday lows and moves, closes,
volumes, years so far, Alibaba's 52-week high of 3 October and the distance, Tencent's 50-day line and RSI, the Hang
Seng's close, level and intraday fall, Alibaba's ADRs the evening before with a euro conversion, the Dax's open and
Monday; a target and a P/E) and a US weekly's 'Stock Picks' column on Meituan and Tencent of Thursday 2026-03-26, 6:15
pm ET (the Hang Seng's day and March; Meituan's Wednesday jump, high and volume, Thursday's fall, close and low, March,
the 52-week low and distance, the 50- and 200-day lines; Tencent's day, year, October high and the distance, week, RSI;
a valuation paragraph of P/Es, buybacks, growth and targets; the Nasdaq 100 and Nvidia; 'Buy Tencent below HK$500'): 52
market figures (44 true, 8 wrong). Answers corrected after the first run, not to fit the product: 'its October high of
HK$683' is a period high and the distance to it a distance past that peak, as en125, en127 and en129 have them; 'Over
the past week' runs from the close a week before (2026-03-19). First run (corrected answers): the editor's set 89.67 %
and 88.98 % (6,973 found, 864 missed, 803 spurious); verdict problems of the whole set true called wrong 7, true called
imprecise 16, wrong called accurate 18, missed 86, set out of scope 40, non-claims judged 45 (on the two: true called
wrong de228 'sechs' and 'ein Prozent', non-claims judged en224 '20%' and '500'). Fixed: an index's move at a moment its
own clause or hedge names ('Zwischenzeitlich lag der Index mehr als ein Prozent im Minus', 'rising as much as 0.9%')
stays an intraday move read on the day's range, not the session's move (frames; 15 index intraday moves of 14 other
articles now read as their answers have them; one an intraday word of an earlier clause reaches stays the session's
move); after 'Im Tagestief/Tageshoch ...,' a clause 'da stand ein Minus von', 'da lag die Aktie' tells the move at that
extreme; the plural 'advertising businesses', 'cloud units' a business figure; 'Buy Tencent below HK$500' a
recommendation's level; 'ist mit X HKD sogar leicht im Plus gestartet' the open (cues.csv). Final: the editor's set
89.93 % and 89.21 % (6,991 found, 846 missed, 783 spurious), floors 0.899 and 0.892; verdict problems of the whole set:
true called wrong 5, true called imprecise 16, wrong called accurate 18, missed 86, set out of scope 40, non-claims
judged 43; none of the two's left. Open, listed: five index intraday moves now found carry the hedge 'intraday' where
their answers have none or 'up_to' (slot errors; the answers differ among themselves on 'as much as'). Not verdict
problems but noted: the three volumes of the two ('Gehandelt wurden gut ... Millionen Aktien', 'some 153 million shares
changed hands') are unverifiable, their words naming neither stock nor venue, so the two deliberately wrong ones pass
as unverifiable; 'ist dann aber bis auf hundertfünfundfünfzig Komma zwei Hongkong-Dollar abgerutscht' (the day's low)
and 'touched HK$91.55 intraday' (the day's high) are read as a last and an intraday price (accurate either way). No
other article's figures or verdicts moved; real corpus 100 %, mutation 84/84.
Thirty-sixth batch, English (tester84: en222, en223, tests/test_thirtysixth_batch_english.py): a Seeking Alpha-style
news brief with bullets on Baidu's earnings-day slide (Thursday 2026-02-26, 4:48 PM ET: close, day move, open, the day's
low, volume and its average, five sessions, a month, the year so far, the 52-week high and low and the distances, the
50- and 200-day averages, RSI, Alibaba, Nvidia and the Nasdaq Composite, a quant score) and an Investopedia-style
'Markets News' live page of Tuesday 2026-03-03, newest entry first, each entry's stamp alone under its title ('01:12
PM EST'; the Nasdaq's close, low and open, the Nasdaq 100's year and 50-day line, the DAX's worst day since April with
its open, intraday low, two sessions and record, the Hang Seng's close, week, 52-week high and year, Meituan's 52-week
low, Tencent, mid-session prices of Alibaba, Baidu and Nvidia and Nvidia's Frankfurt price). Fixed: a stamp alone on
the line under an entry's title, and 'AM'/'PM' in capitals, open a ticker entry (sentences); a period's move in an
entry written before its listing opened is as of the last close only, and a price in an entry written while its
session traded is that session's (linking, measure); a rating's score out of a scale is a count (cues.csv); a clause
set against a 52-week extreme (', while Tencent slipped 0.7%') is not that extreme's (metrics, clause_words.csv role
contrast); a price a 52-week extreme's words lead into stays that extreme before 'it touched in April' (metrics).
Verdict problems of the whole set, first run with the two and final: true called wrong 7 -> 5, true called imprecise
19 -> 16, wrong called accurate 18, missed 87, set out of scope 40, non-claims judged 44 -> 43 (without the two: 5, 16,
18, 86, 40, 43); on the way en169's '9:00 AM EDT' entry became one, its deliberately wrong 'lost about 15% over the
past month' dated to the last close (slot error removed). Open, listed: en223 '25,310' ('the Nasdaq 100's sits near
25,310' after a clause naming the averages: missed); en222's 30-day average volume read over calendar days (slot
error); two 52-week extremes found by the last fix dated to the day touched (en176 '80.10', en33 '151.43'). Not
verdict problems but noted: the headline 'Markets News, March 3, 2026: Nasdaq Falls 1% ...; DAX Tumbles 3.4%' is read
on News Corp ('News', a master short name, with share words near), unverifiable; the deliberately wrong 'roughly 58%
above the 52-week low' is imprecise (62.8 % from the closing low, within the allowance); mid-session moves and prices
are found as day_change/last_price where the answers write intraday_move/intraday_price, the DAX's 'as much as 4.2%
intraday' as an index move, its record high as the 52-week high (kinds only; verdicts right). The 433 articles (215
German, 218 English) 89.69 % and 88.96 % (6,991 found, 868 missed, 804 spurious; first run with the two 6,985, 873,
811), floors 0.896 and 0.889 kept; no other article's verdicts moved; real corpus 100 %, mutation 84/84.
Thirty-sixth batch, German (tester83: de226, de227, tests/test_thirtysixth_batch_german.py): a Börse Frankfurt
'Handelsbericht' from the floor of Thursday 2026-01-22, 17:50, on Asian stocks in Frankfurt (Wednesday's ADR closes and
moves in New York and the Nasdaq 100; the Dax's close, move and high; the euro prices and moves of the Alibaba, Baidu
and Nvidia listings while New York trades, Tencent's in euros from its Hong Kong close; Hong Kong's closes, moves, high
and volume, a year so far and a month, Meituan's 52-week low, the distance to it and to its 200-day line, the Hang
Seng; order counts and sizes, a spread, a target, a P/E) and a finanzen.net notice 'Alibaba-Aktie: So bewegt sich der
Kurs am Nachmittag' of Tuesday 2026-02-10, 16:42 (the NYSE price and move at 16:40, the high and low so far, the open,
the volume so far, the 52-week high and low with the moves to them, the year so far, the euro price, Hong Kong's
session and the Hang Seng, the Nasdaq Composite at the same time; targets, ratings, results date, revenue, EPS).
Answers corrected after the first run, not to fit the product: the distances to the 52-week extremes told as the move
to them take the corpus's sides (high: down, low: up). Fixed: 'den höchsten/tiefsten Stand innerhalb der
vergangenen/letzten 52 Wochen' is the 52-week extreme, and 'Gewinne von ... würde die Aktie erzielen, sollte sie
dieses Kursniveau erneut erreichen' after it the distance to it (cues.csv; was a price and a forecast, missed); 'Der
Abstand zu diesem Tief beträgt knapp 8 Prozent' is the distance to the extreme the sentence before named
(distance_words.csv, metrics; set out of scope); such a pointing-back distance is measured on the listing of that
extreme, not beside a German article's derived euro parity (frames; de226 '8' and de227 '52,47', both deliberately
wrong, imprecise -> wrong); 'Unter/Über der 200-Tage-Linie liegt die Aktie rund 17 Prozent' takes its side from the
words heading the sentence (directions.csv; the slot errors of de190, de218, de225 and de226 closed). Verdict problems
of the whole set, first run with the two and final: true called wrong 5, true called imprecise 16, wrong called
accurate 18, missed 86, set out of scope 42 -> 40, non-claims judged 43; none of the two's left. Open, listed: de136's
192,67, now a 52-week high, dated at publication where its answer has the session before (slot error). Not verdict
problems but noted: 'Rund 60 Millionen Aktien wechselten dort den Besitzer' and '... in Hongkong den Besitzer' stay
unverifiable (the stock not named in its sentence; de227's wrong '78,4' among them); de227's deliberately wrong open
'Bei 161,74 USD eröffnete der Titel den Handelstag' is imprecise, not wrong, on Monday's open (161.89; a stamp without
its zone dates no session, so the five sessions up to publication are read). The 433 articles (217 German, 216
English) 89.68 % and 88.96 % (6,970 found, 865 missed, 802 spurious; first run with the two 6,966, 869, 804), floors
0.896 and 0.889 as before; no other article's verdicts moved; real corpus 100 %, mutation 84/84.
Thirty-seventh batch, German (tester86: de229, de230, tests/test_thirtyseventh_batch_german.py): a Der-Aktionär-style
'Aktien-Check' on Alibaba and Baidu of Tuesday 2025-10-28, 10:30 (Tuesday's and Monday's Hong Kong closes, moves, low,
high and volumes, Monday's ADRs in New York, the Xetra and Tradegate euro prices of the morning and the move against
the evening before, the rise since the 14 October low, 52-week highs and distances, the 50- and 200-day lines, RSI,
week, month and year so far; 'Kaufen!', targets and stops) and an ARD 'Börse vor acht' TV script of Thursday
2026-02-26, 19:50 (the Dax's close, move, open, high, week so far, year and record with the distance; the Hang Seng's
close, move and year; Alibaba, Tencent and Meituan with volume, years and a euro price; Nvidia's close before its
results, its mid-session fall and price, record and distance; the Nasdaq Composite mid-session; a P/E): 60 market
figures (50 true, 10 wrong). Answers corrected after the first run to the corpus's conventions, not to fit the product:
'auf Monatssicht' is the past month (as de120, de125, de185), 'Auf Wochensicht' on a Thursday the week so far (as
de183), 'hierzulande' the Frankfurt listing (as de159), a mid-session move without a hedge word has no hedge. First
run: the editor's set 89.96 % and 89.23 % (7,157 found, 864 missed, 799 spurious); verdict problems of the whole set
true called wrong 5, true called imprecise 19, wrong called accurate 18, missed 87, set out of scope 41, non-claims
judged 43 (on the two: true called wrong de230 '25.289', true called imprecise de229 '151,40', '1,8', '109,70', set
out of scope de230 '1'). Fixed: an index's points right after a form of 'stehen'/'notieren' ('Am Ende standen 25.289
Punkte auf der Tafel') are its level unless a side or move noun follows ('stand 120 Punkte im Plus'; metrics); a day
after 'weniger/mehr als zum ...' is the base of the move before it ('1,8 Prozent weniger als zum gestrigen
Handelsschluss'; timing), and 'kostet'/'handelt' beside 'derzeit'/'aktuell' tell a price live at the time of writing,
not on the New York day the sentence before told (session_words.csv), so a German morning price is read on Hong Kong's
parity of the day; 'seit Neujahr' is the year to date, 'Gestartet war ... bei' the open (cues.csv). Final: the
editor's set 90.01 % and 89.28 % (7,161 found, 860 missed, 795 spurious), floors 0.900 and 0.892; verdict problems of
the whole set: true called wrong 4, true called imprecise 16, wrong called accurate 18, missed 87, set out of scope
41, non-claims judged 43 (without the two: 4, 16, 18, 87, 40, 43). Open, listed: 'Knapp 1 Prozent sind es noch.'
after the record's sentence read as a count (set out of scope); Nvidia's record 'aus dem Oktober' dated at publication
(slot error). Not verdict problems but noted: the volumes 'wechselten dabei den Besitzer', 'Gut 20 Millionen Aktien
wurden gehandelt' and 'Fast 99 Millionen Aktien wurden gehandelt' are unverifiable (their words name neither stock nor
venue; de229's deliberately wrong '69,8' among them); the Dax's 'Rekordhoch' found as the 52-week high, Nvidia's
mid-session fall as a day's move and the week so far as a week's move (kinds only; verdicts right). No other article's
figures or verdicts moved; real corpus 100 %, mutation 84/84.

Thirty-seventh batch, mixed (tester88: de231, en227, tests/test_thirtyseventh_batch_mixed.py): a German newsletter's
'Wochenausblick' of Sunday 15 February 2026 (the week, February and the year of the Hang Seng, the DAX, the Nasdaq,
Alibaba, Tencent and Meituan, euro conversions, the Lunar New Year's closures ahead) and a bank's 'Asia morning
briefing' of Wednesday 17 September 2025, 07:30 HKT (Tuesday's Hong Kong closes, the ADRs overnight with their
parities, the US indices, the Hang Seng's ADR-implied open). Found and fixed: a sentence naming one index alone,
without a figure ('Der Dax zeigte sich robuster.'), is what a pronoun after it goes on with ('Er schloss ...'; the
context is updated at an index named, not only at a stock or venue: de231's DAX paragraph had been read as the Hang
Seng's, four true figures called wrong); 'Weekly change:' and 'Wochenveränderung' are a week's move (en120's quote
box, given its DAX subject by that fix, had been read as the day's); a stamp whose date and clock a bar or a dash
part ('17 September 2025 | 07:30 HKT') gives the publication's moment (en227's Hong Kong closes had been read on the
Wednesday of publication, before its open); 'the equivalent of HK$... per share' is a conversion (en227's parity had
been a Baidu price and move); 'Die Woche beendete sie mit ...' is a week's move (de231's Alibaba week had been
Friday's, called wrong); 'should open', 'is set to open' name an expected open, a forecast (en227's '120 points above
Tuesday's close' had been the Hang Seng's move). en227's 52-week high '156.80' ('a day after setting') dated as of the
briefing's session as the set's answers date their extremes (answer corrected). Open, listed: de231's euro apposition
'auf 532 HKD, etwa 57 Euro' read as a Frankfurt close that carries Frankfurt to Tencent's next sentences (slot
errors), a second analysts' target in an elliptical clause ('..., für Tencent bei 700 HKD') judged (non-claim).
Noted, not listed: en227's 'surged 7.8% to $123.79 and touched $124.79 intraday' reads both prices as intraday ones
(kinds of one group; verdicts right). The 439 articles (219 German, 220 English) 89.98 % and 89.30 % (7,178 found,
860 missed, 799 spurious; first run with the two 7,171, 867, 809: 89.86 % and 89.21 %), floors 0.899 and 0.893;
verdict problems of the whole set: true called wrong 9 -> 4 (the two's five gone), set out of scope 40 -> 39,
non-claims judged 49 -> 45; real corpus 100 %, mutation 84/84.
Thirty-seventh batch, English (tester87: en225, en226, tests/test_thirtyseventh_batch_english.py): a MarketWatch-style
'Stock market today' wrap of Thursday 2026-02-26, 4:35 p.m. ET (the Nasdaq Composite's close, points and move, open and
its move at the session low; the Nasdaq-100 and the DAX; Nvidia's post-earnings close, move, open, low, volume, the
record close and the distance to it, the year and the month, a Frankfurt price; Alibaba's and Baidu's closes, moves,
move at the low, 52-week high, year, month, 50-day line; guidance, a target, a P/E) and a Benzinga-style 'Why Is
Alibaba Stock Trading Higher Today?' of Tuesday 2026-03-10, 1:05 PM (Monday's move and close, peers' and the
Nasdaq-100's mid-session moves, the price 'according to Benzinga Pro', the open, the 52-week high and low, the distance
to the high, the year, 'since the end of February', the 50- and 200-day lines, RSI, a volume so far, a Frankfurt
price). Answers corrected after the first run, not to fit the product: the hedges 'More than' (more_than), 'About'
(approx), 'nearly' (just_under), the index's moves without a hedge (the convention), 'after hitting $119.97 intraday' a
price touched, not the low. Fixed: a move told at the session's extreme ('at its session low the index was down 2.1%')
is a move, not the day's low (cues.csv), and an intraday word with no figure between it and the number hedges it
even after a level earlier in its clause ('had opened at ... and at its session low was down 481 points': metrics,
hedges.csv; en187's low after 'at one point' found); 'since the end of February' is a look-back from the month's last
close, also
heading the sentence (dates, cues.csv; en144, en190, en205 and en213 look-backs dated too); ', extending a rebound that
began at the start of the week' tells an earlier move, whose day is not the day in play (earlier_events.csv: en226's
Baidu, Nvidia and Nasdaq-100 figures were read as Monday's closes). Verdict problems of the whole set, first run with
the two and final: true called wrong 11 -> 5, true called imprecise 17 -> 18, wrong called accurate 18, missed 87, set
out of scope 40, non-claims judged 43. Open, listed: en225's '2.1' after ', or' at the session low, linked to the day's
close move and judged on the close (true called wrong); en226's year to date and 'since the end of February', judged
on the close, the zone-less stamp giving no time of writing (true called imprecise); en225's 'as much as 4.4%' and
'481' and en187's '25,591.66' hedged 'intraday' (slot errors). Not verdict problems but noted: the mid-session moves
and prices are found
as day_change/last_price where the answers write intraday_move/intraday_price (as en156's), the distance to the
'record close of $207.04' as one to the 52-week high of the daily highs (kinds only; the deliberately wrong '15%'
caught either way). The 439 articles (218 German, 221 English) 89.92 % and 89.20 % (7,148 found, 865 missed, 801
spurious; first run with the two 7,143, 870, 806), floors 0.899 and 0.892 kept; no other article's verdicts moved; real
corpus 100 %, mutation 84/84.

Twenty-eighth session (no new articles; the 443 read again after each fix, tests/test_probed_*.py): a figure restating
the one before it ('481 points, or 2.1%') stands under its intraday hedge, 'Im Tagestief' is one and points going on to
a side there a move; 'Von dort' reaches past a sentence going on about the extreme ('Das hatte er Mitte Januar ...
erreicht', distance_words.csv referent_carried); a level a quarter or a year ended at is its last close, for an index
too (cues.csv quarter_end, number class 'level'), and a since-return in apposition to it runs to its day; an open told
while its session traded is that session's; an extreme named a close is read from the closes (Claim.extreme_on_closes);
a target's upside, a target or an economic value by ellipsis, a conversion after an apposition or a multiplication in
words, an economy's growth and a volume 'X% above average' are no quotes. Verdict problems of the whole set: true
called wrong 4 -> 0, wrong called accurate 18 -> 16, non-claims checked 45 -> 39 (still called wrong: de123 '600', en105
'26,000', en126 '171.00', en221 '5.5', each listed). 7,277 found, 873 missed, 804 spurious: 90.05 % and 89.29 %,
floors 0.900 and 0.892; real corpus 100 %, mutation 84/84.

Twenty-ninth session (the 443 read again after each fix, tests/test_probed_*.py; then tester95's de232..de234 and
tester96's en228..en230, tests/test_thirtyeighth_batch_german.py and _english.py): a move measured from a close named
before its day ('weniger als zum Handelsschluss am Montag', 'less than at Monday's close') is of a later session
(Claim.not_before); a period opening the next clause with its own figure is that figure's; five days, a half year, the
quarter so far (measured since the close before the quarter: the four answers that named it months_return now
since_return, de75's wrong figure caught, de76's met by Hong Kong's quarter and listed), seasons (unmeasured), 'unter
diesem Hoch', a segment's growth (out of scope), 'the most in a week' (no week's move) and a flat session (a sign-only
claim, direction 'flat'). The testers' fixes: the market's own tech index, 'Dollar' written short with Hong Kong in
play, the session's morning and early trade, 52-week ranges told as a range traded, ', when ...' clauses, turnover in
shares, reasons of a few words. Verdict problems of the whole set: true called wrong 0, true called imprecise 18,
wrong called accurate 17 (de76 '14' added), missed 87, set out of scope 40, non-claims checked 39. The 449 articles
(224 German, 225 English): 7,417 found, 865 missed, 797 spurious, 90.30 % and 89.56 %, floors 0.902 and 0.895; real
corpus 100 %, mutation 84/84.

Thirtieth to thirty-second sessions (tester97's de235..de237, tester99's de238..de240, tester100's en231..en233;
tests/test_probed_*.py): a price far from its quotes is left open only for a company carried past an aside about
another stock, never for the text's main stock (Claim.subject_carried); a ticker entry's stamp behind a pictograph
opens an entry of the publication day; 'Seit Freitag' is measured from that close; 'at the end of last week' is the
week's last session; a weekday before a windowed extreme ('Friday's 52-week low of') dates that level only; a headline
in title case ('Hang Seng Rebounds 2.4%') names the index and its move; a news service on a dateline ('moomoo News') is
no company. Verdict problems of the whole set: true called wrong 0, true called imprecise 15, wrong called accurate 17,
missed 87, set out of scope 40. The 458 articles (230 German, 228 English): 7,637 found, 871 missed, 803 spurious,
90.49 % and 89.76 %, floors 0.903 and 0.896; real corpus 100 %, mutation complete. Open: en233's figures after a
month's and a year's move told 'now' are read on the publication day (judged on the session before it all the same,
accurate), en232's 'losing 10.7% over that stretch' of five sessions before Friday is unverifiable.

Thirty-third session (no tester; tests/test_probed_ticker_titles_and_carried_days.py, test_probed_table_column_units.py,
test_probed_market_close_without_figures.py, test_probed_contrast_clause_aside.py): n-tv's '+++ 17:45 Dax schließt ...
+++' opens a ticker entry; a ', als ...' clause after a separable verb is the named day's; a carried day's session
before it is no reading where its range never held the price the move went to, where it lies on or before the close
the move is measured from ('mehr als zum Handelsschluss am Montag'), or where the day was carried from the claim just
before on the same market (Claim.day_told_of_its_market); a table header's unit ('Woche in %', 'Close (HK$)') and a
row label's currency go to the bare figures under them, a minus closing a cell is a fall; a figure-less sentence
telling a market ended ('Hong Kong stocks ended lower on Friday') makes its later moves whole sessions; a company named
only in a contrast clause (', while Nvidia ...') leaves the stock in play. Verdict problems of the whole set: true
called wrong 0, true called imprecise 15, wrong called accurate 14 (17 before: de185 '4,0', en80 '1.7', de121 '0,5'
(now imprecise), de95 '2,7' caught; de120's table '-1,2' newly read passes by the double-rounding rule), missed 64
(87: de120's and de216's tables), set out of scope 42. The 458 articles: 7,664 found, 844 missed, 798 spurious, 90.57 %
and 90.08 %, floors 0.905 and 0.900; real corpus 100 %, mutation complete.

Thirty-fourth session (tests/test_probed_move_from_a_named_close.py, test_probed_runs_ended_and_fronted_phrases.py,
test_probed_run_up_into_an_event.py, test_probed_earlier_session_of_another_venue.py,
test_probed_dated_close_base_and_week_so_far.py): a session's move from a named day's close with a session between
('down 3.1% from Monday's close' told of Thursday, '3,1 Prozent unter dem Schlusskurs vom Montag') is the return since
that close; '% off/under <day>'s close' is a fall; a run the day's move snapped or followed ('snapping a two-day losing
streak in which they shed 7.1%', 'over the two previous sessions', 'beendeten damit eine zweitägige Verlustserie')
ends the session before it; a German sentence opened by 'Nach <move>' keeps its main clause's day and stock; a move
'into' a company event is a run-up kept unmeasured; a figure-less pluperfect sentence on another venue's earlier
session dates the next sentences as an aside; a dated close after 'from its' dates its base and level only; 'in the
week so far' is the week to date. No verdict problem of the set changed (each fix is a pattern the set did not hold).
Tester104 (de244..de246: a ts2.tech-style Alibaba explainer, a wikifolio trader's weekly commentary, a dpa-AFX
Analyser item on Baidu; tests/test_probed_trader_commentary.py, test_probed_own_trades_and_week_extremes.py): 'ging
... zurück' is a fall; own trades ('300 Stück zu 112,60 HKD') are amounts and a portfolio ('Mein wikifolio') a subject
without quotes; 'Wochenhoch'/'Wochentief' and 'the week's high' are the week's extremes; a close after a period's move
('... in der Woche ... und schloss bei') is that period's last close; an as-of figure on a carried day its listing had
not traded when written is read on the listing's latest session; an index right after another venue's pluperfect
session may be read on either. With both testers' articles (467: 236 German, 231 English): 7,827 found, 846 missed,
802 spurious, 90.71 % and 90.25 %; true called wrong 0, true called imprecise 15, wrong called accurate 14, missed 64,
set out of scope 42, non-claims judged 42 (de245's own portfolio returns, listed).

Tester105 (en234..en236: a ts2.tech-style 'Baidu Stock (BIDU, 9888.HK) Today' with HK$ and ADR figures, a
StockInvest.us-style BABA summary page, an InvestorPlace-style Alibaba opinion piece against the Nasdaq-100 and the
Hang Seng; tests/test_probed_day_within_named_month.py, test_probed_quote_summary_page.py,
test_probed_quote_list_ranges.py): a day of a month named between a month and a move dates the move ('began in
September: on September 17 alone, the stock jumped 15.7%'); a summary page's range width in per cent or money
('fluctuated 2.13% from a day low at', 'moved $3.67 between high and low'), its forecast with a probability and a
price band, resistance 'from accumulated volume at' and its score are out of scope, 'day low at', 'were bought and
sold', 'Volume fell by N shares' (a volume change), 'and so far it has risen' after a pivot's day (a move since it),
'1-year return:', '- RSI (14):' over a 'Year-' line, 'RSI14', 'Previous close: HK$' and a weekend page's previous close
(Thursday's) are read; a bare 'range HK$123.20–HK$126.30' is the session's low and high, an exchange rate written as a
pair ('7.77 HKD/USD') no share price. Probing the three styles further (test_probed_level_labels_and_symbols.py,
test_probed_look_back_bases_apart.py, test_probed_snapshot_labels_and_earlier_months.py, test_probed_since_a_report.py,
test_probed_month_possessive_extremes.py): a close labelling a chart level ('Support: HK$116.60 (Oct 14 close)') dates
that level only; '≈' and '~' hedge as 'about'; 'for the last 2 weeks' is a window; a day inside another look-back's
words is no base of 'up 69% from its April low'; 'Open: HK$', 'Last close:' and 'Change: −HK$1.20' in a snapshot; a
move in an earlier event's clause with its own month ('after a 49% surge in September'); a move since a company's
report on a named day also from the close before it (a report before the open); 'April's low', 'October's peak'. The
three articles: no verdict problem. Verdict problems of the whole set
unchanged (true called wrong 0, true called imprecise 15, wrong called accurate 14, missed 64, set out of scope 42,
non-claims judged 40). The 464 articles: 7,788 found, 848 missed, 802 spurious, 90.66 % and 90.18 %, floors 0.905 and
0.900.

Tester106 (de247, en237, en238; tests/test_probed_overnight_price_month_so_far_support_zone.py):
the price an overnight move went to ('fell 2.2% overnight to $143.93') is that session's close, as the move is, after
an earlier sentence's 'on Thursday'; 'im bisherigen Oktober', 'im bisherigen Monatsverlauf' is the month so far; a zone
or area named as support or resistance is a chart level. (Its relabelling of an English live blog's moves and prices
in entries written while the session traded as intraday_move and intraday_price, verdicts unchanged, was left out at
the merge: it broke the kinds tests/test_sixth_editor_fixes.py and test_thirtysixth_batch_english.py hold.) Open:
en237's BUZZ items told in the present after the close ('rise 0.4% to HK$143.30') are last prices, the answers closes
(accurate either way); en238's index moves in entries stay index_move (en169's answers: intraday_move, en216's:
index_move). All 470 articles (237 German, 233 English) after the three testers' merges: 7,881 found, 864
missed, 820 spurious, 90.58 % and 90.12 % (with the relabelling 7,916, 829, 785: the English live blogs' entries
answered as intraday moves and prices, en238's among them, count as missed and spurious by kind; floors 0.905 and
0.900 kept); verdict problems: true called wrong 0, imprecise 15, wrong called accurate 14, missed 64, set out of
scope 42, non-claims checked 42.

Tester107 (de248, de249, en239; tests/test_probed_open_told_as_going_into_the_session.py,
test_probed_week_ago_base.py, test_probed_plain_high_and_savings_plan.py,
test_probed_present_perfect_after_pluperfect.py): 'Zuvor ging der Hang Seng 0,61 Prozent fester bei 23.832,73 Punkten
in den Dienstagshandel' is the open ('ging ... in den Handel', a price or level right before 'in den Handel'); 'vor
einer Woche', 'a week ago' name the day seven days back, a base's price in brackets right after its day is that day's
('Schlusskurs vor einer Woche (116,50 HKD)', 'vom 23. Oktober (116,40 HKD)'), and 'Im Vergleich zum Schlusskurs vor
einer Woche ... im Plus' is a week's move; 'Vom Hoch ... entfernt' points back to the 52-week high (or a range's upper
end) of the sentence before, and a 52-week range's ends keep their kinds with a note in brackets after each; 'ab 25
Euro im Monat besparen' is a savings plan's instalment; a clause in the present perfect after one in the pluperfect
('had added 1.4% on Tuesday, and the six-day run has lifted it 5.1%') runs up to now, not to the pluperfect's day.
The three articles: no verdict problem left (before the fixes: 5 true called wrong, 1 true called imprecise, 1
non-claim checked). Other articles: verdict problems unchanged; de96's week-old close is read a week back now, de149's
'46' as of publication (both listed). All 473 articles (239 German, 234 English): 7,934 found, 865 missed, 821
spurious, 90.62 % and 90.17 %; verdict problems: true called wrong 0, imprecise 15, wrong called accurate 14,
missed 64, set out of scope 42, non-claims checked 42.

Tester108 (de250, en240, en241; tests/test_probed_summary_lists_and_stock_chart_lines.py): a percentage after a price
in money in its own sentence is the stock's, not the index the sentence before ended on ('Der Hang Seng legte 1,1
Prozent zu. ... Die 200-Tage-Linie verläuft bei rund 135 HK$, der Abstand beträgt damit satte 25 Prozent': de250's
'25' was the Hang Seng's and called wrong); 'a double-digit surge' (plunge, tumble, climb, advance) is a move, and
'did', 'saw', 'made', 'took' are pasts dating a bare weekday back; a summary list with a blank line between its
heading and its first bullet is still the list (en241's Summary repeats the body), and its bullets' sessions do not end
the body's undated periods (en240's 'climbed 9.6% this week' ran to a bullet's Monday); a move since a dated base told
before its listing opened ends at the session before (the open slot errors de143 '11' and en33 '96' closed). Open:
en241's 'stands at about $145, and the stock broke below it in early February' dates the present-tense average by the
later clause's month; en240's 'up from a close of $150.96 the previous Friday' is read as a base window (accurate
either way). All 473 articles (238 German, 235 English): 7,923 found, 863 missed, 819 spurious, 90.63 % and 90.18 %;
verdict problems unchanged: true called wrong 0, imprecise 15, wrong called accurate 14, missed 64, set out of
scope 42, non-claims checked 42.

Tester109 (de251, en242, en243; tests/test_probed_ticker_entry_before_open.py): a ticker entry written before its
listing's session of the day opened ('02:05 Uhr' MEZ, New York) that tells a figure in the past tense naming no day is
of the session before (the price it went to that session's close; de126's two slot errors, the same case, are gone);
a price said once for two stocks ('Alibaba startet bei 174,00 HKD, Baidu bei 126,30 HKD', 'opened at ... and Baidu at
...') is the same kind for the second; 'startet bei' is an opening price; 'sank as far as 25,336.09' a session's
extreme; a stock's change in 'points' right after its move in percent ('fell 1.69%, or 2.80 points', Investing.com)
is its change in the listing's currency. Open: en242's volume read as the competitor's and its 50-day average as a
volume (as en92's), de251's entries' moves and prices answered as intraday, read as day_change and last_price, and
its 'Vortagesschluss von 26.433,70 Punkten' read on the entry's day (accurate either way). All 473 articles: 7,946
found, 875 missed, 831 spurious (the three add 65, 11 and 11; no other article changed); verdict problems
unchanged (true called wrong 0, imprecise 15, wrong called accurate 14, missed 64, set out of scope 42, non-claims
checked 42).

Thirty-fifth session (tests/test_probed_counted_sessions_slide.py,
test_probed_move_above_a_named_close_with_its_level.py, test_probed_session_extreme_on_the_venue_in_play.py,
test_probed_overnight_in_an_after_clause_and_the_sessions_low.py):
a move over counted sessions ('have lost 5% over the past two sessions') is measured back from each session it may end
in (window_back unit 'sessions'); a move from a named day's close that gives the close's level ('0.9% above Tuesday's
close of $172.72', 'über dem Dienstagsschluss') is the return since that close; a session's figure told right after
the sentences reporting its venue's session is read on that venue alone, and an earlier session of another venue told
after the reported one ('..., after the company's U.S.-listed shares lost 1.3% overnight') leaves the venue in play;
'am Vorabend' in a clause after the one naming the day is the session before that day; 'Im Tief rutschte das Papier
um 2,5 Prozent ab' an intraday move. No verdict problem of the set changed. Testers 107 to 113 (de248..de255,
en239..en248, paragraphs above and comments below): all 488 articles (245 German, 243 English): 8,166 found, 886
missed, 841 spurious (90.7 % / 90.2 %); verdict problems: true called wrong 0, imprecise 15, wrong called accurate 14,
missed 65 (en246's US volume '2.54', listed), set out of scope 42, non-claims checked 42.

Tester116 (de259, de260, en252; tests/test_probed_friday_to_friday_week.py, test_probed_trailing_extreme_clause_days.py,
test_probed_range_of_the_week.py, test_probed_waiting_for_a_level.py, test_probed_broker_acting_on_a_target.py): 'von
Freitag zu Freitag', 'Friday to Friday' is the week's move to its last Friday; a trailing ', nach einem Hoch von ... am
Montag und einem Tief von ... am Mittwoch' owns its days (each the figures after the day before it), its dated high and
low that session's; 'Die Spanne der Woche', 'the trading range for the week' a period's low and high; a level waited
for ('warten auf Kurse unter 160 HKD') a chart view; a listed bank acting on a target right after its name ('Morgan
Stanley hob das Kursziel') a broker, no subject. Open: de259's Hong Kong '46' (year to date, listing carried from the
paragraph's first sentence) passes on the ADR's +45.61 % (as de76's '14'), and its '3,2' (October so far, told after a
sentence naming Monday's and Wednesday's extremes) is read up to Monday (a wrong figure either way); en252's '261
million Alibaba shares changed hands' names no venue in its clause and stays unverifiable. All 491 articles (247
German, 244 English): 8,214 found, 886 missed, 841 spurious (the three add 48, 0 and 0; no other article changed);
verdict problems: true called wrong 0, imprecise 15, wrong called accurate 15 (de259 '46', listed), missed 65, set out
of scope 42, non-claims checked 42.
Tester117 (de261, en253, en254; tests/test_probed_per_share_estimates.py, test_probed_relative_clause_subjects.py,
test_probed_intraday_move_to_price.py, test_probed_overnight_after_market.py, test_probed_gap_to_a_yardstick.py): a
share word that is a figure's unit ('$7.12 per share') names no shares, and a figure noun before its number overrides
a look-back ('earnings ... per share, down 9.5% over the past 60 days': the estimate's revision); a company named
inside a relative clause between commas does not take the main clause's number; a move during the session told with
the price it went to ('zeitweise um 4,5 Prozent auf 121,30 HKD') is the move to that price; 'in New York overnight'
reaches further after a move's number; a gap told right after a yardstick ('trailed the Nasdaq-100 by 5.6 percentage
points') is the stock's. All 491 articles: 8,220 found, 889 missed, 844 spurious (845 with the three before the
fixes); verdict problems: true called wrong 0, imprecise 15, wrong called accurate 14, missed 65, set out of scope 42,
non-claims checked 42.
Tester115 (de258, en250, en251; tests/test_probed_report_days_and_day_bases.py): a percentage against the day
before ('ein Plus von knapp 10 Prozent gegenüber dem Vortag') is a day move, not the distance to a 'Jahreshoch' the
sentence names beside it (a true figure had been called wrong); 'Since the company last reported on Nov. 18' is a move
since that report (it had been that day's own move: called wrong); a move on the undated session of a previous report
('Last quarter, the stock rose 2.7% on the day of the report') is not measured (earlier_events.csv past_report; it had
been read on the latest session: called wrong); 'this holiday-shortened week' is the week so far; 'startet mit einem
Abschlag von knapp 5 Prozent bei 122,00 HKD' the opening move and price. Open: de258's ticker entries answered as
intraday (read as day moves and last prices, as de251's), its 'Vortagesschluss von 26.159,12 Punkten' read on the
entry's day, en251's '6.8 million' Baidu shares and 'hit $163.68 intraday' read on the premarket's day. All 491
articles: 8,216 found, 895 missed, 850 spurious (the three add 50, 9 and 9; no other article changed); verdict problems
unchanged (true called wrong 0, imprecise 15, wrong called accurate 14, missed 65, set out of scope 42, non-claims
checked 42).
Tester114 (de256, de257, en249; tests/test_probed_gap_open_and_chart_levels.py,
test_probed_euro_parity_conversions.py): a gap at the open ('gapped down 4.3%', 'at Tuesday's open') is the open
move; 'watch the $130 level' and 'the 30 threshold' are chart levels, no quotes; 'After a previous close of X on
Monday,' dates that close only; 'beneath it' is below; ', roughly double Monday's volume of X' dates that volume only;
a euro parity ('einer Euro-Parität von'), 'umgerechnet ... sind das X Euro' and ', was X Euro entspricht' are
conversions; 'und damit auf dem Tageshoch' places the close. No other article's verdict problem changed (en78's '12'
gets its direction). Open: en249's figures after 'is a stock to watch on Wednesday after the shares slid 4.9% ... in
the previous session' are read on Wednesday, the day that clause names, not on Tuesday's session the text reports
(accurate or imprecise, listed); de256's 'Der Abstand der Aktie zu diesem langfristigen Trendindikator beträgt gut 15
Prozent' points back to the 200-day line of the sentence before (a count, out of scope). All 491 articles (247
German, 244 English): 8,217 found, 887 missed, 841 spurious (90.7 % / 90.3 %); verdict problems: true called wrong 0,
imprecise 17 (en249's two distances, listed), wrong called accurate 14, missed 65, set out of scope 43 (de256's '15',
listed), non-claims checked 42.
Tester118 (de262, de263, en255; test_probed_savings_plan_gains.py, test_probed_period_end_price_of_the_moment.py,
test_probed_level_break_perfect_tense.py, test_probed_paragraph_drops_index_aside.py,
test_probed_parity_is_a_conversion.py): a savings plan's gain ('Wer seit ... jeden Monat 50 Euro ... gesteckt hat, ...
liegt rund 45 Prozent im Plus') is the reader's own position, and a broker's order volume an amount; a period's move
told while the session trades ends at the price of the moment told, not a later-told peak ('as much as 7.4% to
$181.10'); 'die Marke von 170 HK$ überwunden' is a level break; a new paragraph does not go on with an index a stock's
paragraph named at its end in passing; 'eine Parität von knapp 128 Euro' is a conversion (en110's implied parity too).
All 491 articles (247 German, 244 English): 8,205 found, 894 missed, 848 spurious (90.6 % / 90.2 %); verdict
problems: true called wrong 0, imprecise 15, wrong called accurate 14, missed 66 (de262's headline '170-HK$-Marke',
listed), set out of scope 42, non-claims checked 41.

Thirty-sixth session, after testers 114 to 118 (de256..de263, en249..en255) and a review of their rules: a company
acting on a target of its own is no broker, '% beneath it' gives no sign (en249 '14.3' listed), a paragraph opening
with an index's pronoun goes on with the index, 'startete ... ins neue Jahr' is no open, a past report's words must
reach into the number's clause, a move told with its price is one to about that price (the seed's 'gewinnt zeitweise
4,88 Prozent auf 167,80 HKD' accurate again). All 503 articles (253 German, 250 English): 8,408 found, 907 missed,
860 spurious (90.7 % / 90.3 %); verdict problems: true called wrong 0, imprecise 17 (en249's two distances, listed),
wrong called accurate 15 (de259 '46', listed), missed 66 (de262's headline '170-HK$-Marke', listed), set out of scope
43 (de256 '15', listed), non-claims checked 41.
Tester123 (de270, de271, en262; test_probed_german_depositary_receipts_venue.py,
test_probed_broker_indication_before_the_open.py, test_probed_opening_per_cent_and_auftakt.py): 'Hinterlegungsscheine'
names the US listing as 'ADRs' does; a broker's indication ('taxierte den Nasdaq 100 ... 1,7 Prozent höher') and a move
'vor dem Handelsbeginn' are premarket; 'opened 1.2 per cent higher at HK$79.95' and 'zum Auftakt' are the open; a day's
move naming no day told while its session trades (a list stamped '12:31 PM EDT') is intraday_move
(test_probed_midday_move_is_of_the_moment.py: 28 such moves of the set found by kind, no verdict changed;
EXTRACTOR_VERSION 182). Still open: a live ticker entry's move of the moment ('05:05 Uhr: Mittagspause ... ein Plus von
1,5 Prozent', '08:15 Uhr: ... Tencent liegt rund 2 Prozent im Plus', de270) is named day_change/index_move, not
intraday_move (judged on the session's range either way, as de258's). All 506 articles (255 German, 251 English): 8,499
found, 880 missed, 833 spurious (91.1 % / 90.6 %); verdict problems as before: true called wrong 0, imprecise 17, wrong
called accurate 15, missed 66, set out of scope 43, non-claims checked 41.
Tester120 (en256, en257, en258; tests/test_probed_clock_first_slash_stamp.py): Investor's Business Daily's stamp,
clock first and the date in slashes ('04:38 PM ET 03/10/2026', '4:04:48 PM ET 03/25/2026'), is the time of writing: an
index's move told in that after-close text ('while the Nasdaq 100 slipped 0.4%') reads close to close, not any move of
the day's range (en256's deliberately wrong '0.4' no longer accurate), and the IBD texts' prices a move went to are
that session's closes (four closes found). Editor's set (509 articles): 8,493 found, 904 missed, 858 spurious
(90.8 % / 90.4 %); verdict problems: true called wrong 0, imprecise 17, wrong called accurate 15, missed 66, set out
of scope 43, non-claims checked 41; open: en257's 'had previously closed at $132.65' read on the gap session, not the
one before (detail only, listed, as en199's).
Tester124 (de272, de273, de274; test_probed_last_weekday_in_own_clause.py, test_probed_middle_dot_dateline.py,
test_probed_goods_price.py): a day phrase bound to its own number keeps the word placing it before publication ('am
vergangenen Mittwoch' in a Wednesday's text is the week before, 'am Freitag zuvor'); a German dateline parted by a
middle dot or bullet ('04.02.2026 · 18:45 Uhr') gives the time of writing (de210's push at 22:20 now too: two more
found); a product's price ('ein Fahrzeug soll weniger als 30.000 US-Dollar kosten') is an amount, no quote
(EXTRACTOR_VERSION 191). Editor's set (521 articles): 8,766 found, 885 missed, 839 spurious (91.3 % / 90.8 %);
verdict problems as before: true called wrong 0, imprecise 17, wrong called accurate 15, missed 66, set out of scope
43, non-claims checked 41. Not changed: a volume whose sentence names no listing of its own ('Rund 83 Millionen Aktien
wechselten den Besitzer' after the Hong Kong close) stays unverifiable, as the measure asks.
Tester125 (en263 AI market brief, en264 StockStory explainer, en265 trading-platform Hang Seng feed;
tests/test_probed_previous_close_and_base_days.py, test_probed_days_ago_and_count_thresholds.py): 'The previous
close was $150.96' (a copula after the label) is the session before's close, on a Monday Friday's (it was a price of
the day, a true figure called wrong); "opened at $158.51 after Tuesday's close of $150.02" dates the close only (the
open was read on Tuesday, a true figure called wrong); 'N days ago' dates its sentence; 'N moves greater than 5%' is a
count's threshold and '$1,000 worth of shares' a sum (both had been judged); an index's level after 'previous close
was' without a unit is its level (it was no claim). Open: a day's move under a stamp during the session ('jumped 7.9%
in the afternoon session' under 'January 21, 2026, 3:12 PM ET' after a headline's 'Today', en264; 'a gain of more
than 11%' at the session high, en263) is read as the day's move, not intraday_move: the day carried from 'Today'
cannot be told from a weekday told ('On Friday, ...', whose day's move test_seventh_editor_fixes keeps); judged on
the day's range either way. Editor's set (521 articles): 8,752 found, 891 missed, 843 spurious (91.2 % / 90.8 %);
verdict problems: true called wrong 0, imprecise 17, wrong called accurate 15, missed 68 (en265's quote line,
listed), set out of scope 43, non-claims checked 41.
Tester126 (de275, de276, en266; tests/test_probed_dated_post_stamps.py, test_probed_ranges_and_to_date_conjuncts.py):
a digest of forum posts under dated headers ('„HKTrader" · 24.02.2026, 10:12 Uhr') reads each post as a text
published at its stamp (its 'heute', 'gestern', 'letzte Woche' and figures naming no day count from its own day; 8 true
figures of de276 had been called wrong), 'Schluss bei 148,00 HK$' names the close and a post's 'heute' its own day; a
52-week range with its venue in brackets ('52-week range (Hong Kong):') is the range's low and high; a run counted back
from now ('over the past five sessions') told in a present conjunct ends now, and a present-perfect period to date in a
conjunct before one naming a day ('has gained roughly 62% this year and reached ... on Monday') is as of writing; the
upper end of a target range ('die Spanne reicht von $150 bis $240') is a target. Editor's set (521 articles): 8,772
found, 887 missed, 842 spurious (91.2 % / 90.8 %); verdict problems: true called wrong 0, imprecise 17, wrong called
accurate 16 (de276's '126', below), missed 66, set out of scope 43, non-claims checked 41; open: de276's Tradegate
'rund 126 €' (+3.2 % over the parity of 122.08) lies within the 6.5 % a derived euro price may be off
(tolerances.csv), so a parity cannot call it wrong; en266's RSI after a 'Technical picture' heading takes the ADR of
the paragraph before (BIDU 70.96, within 'around 73' either way); de275's 'kommt ... auf knapp 20 %' names no sign.
Tester127 (de277, de278, de279; tests/test_probed_ticker_bases_levels.py): a move's noun with its percentage, then
'zum' before a close named by its day ('ein Aufschlag von 5,0 Prozent zum Montagsschluss', 'zum Schlusskurs vom
Freitag'), is measured from that close (the open beside it had been read on the base's day, a true figure called
wrong); points an index 'hatte ... erreicht' are a level reached, not a move (a true intraday high called wrong); a
clause naming its own day beside 'am Vortag' is not dated by another clause's day ('stieg sie am Freitag auf 117,80
HK$ nach 116,50 HK$ am Vortag, während sie vor zehn Tagen ...': the Friday's price had been read ten days back, called
wrong); a 'Scheinpreis' is the certificate's price, no quote. Editor's set (530 articles): 8,916 found, 900 missed,
853 spurious (91.3 % / 90.8 %); verdict problems: true called wrong 0, imprecise 17, wrong called accurate 17 (de278's
'15', below), missed 68, set out of scope 43, non-claims checked 41. Open: de278's 'nach 116,50 HK$ am Vortag' after
'am Freitag' is read on the Friday (the day before the Saturday's publication), not the Thursday (116.50, just under
the Friday's low of 116.60, passes); de278's ADR distance 'rund 15 Prozent' below the 149,51 high it names meets the
highest close.
Tester137 (de290, de291, de292; tests/test_probed_month_close_and_next_day.py): a month's close told without the
month's name beside a month the sentence names ('Der Leitindex büßte im Februar 3,8 Prozent ein und ging mit 26.630,54
Punkten aus dem Monat', 'beendete den Monat', 'ended the month') is the close of that month's last weekday, not a day
an earlier paragraph told (de291's true level had been read on 23 February and called wrong); a month told for a move
('im Februar') runs to its end when sessions lie between the day in play and publication (the day in play cuts it only
when it is the latest session before publication: 'so far in March' in Tuesday's morning paper); 'tags darauf', 'the
following day' after a clause of the same sentence naming its day ('Nachdem das ADR am Montag ... geschlossen hatte,
sprang es tags darauf um knapp 2,5 Prozent') is the session after that day (a decimal comma is no clause's end).
Editor's set (542 articles): 9,105 found, 910 missed, 864 spurious (91.3 % / 90.9 %), detail errors 527 -> 521;
verdict problems: true called wrong 0, imprecise 17, wrong called accurate 19, missed 68, set out of scope 43,
non-claims checked 41. Open: de291's 'Monatstief ... am 20. Februar bei 78,10' is read as February's low, not the
day's (wrong either way); de259's 'Im Oktober ... 3,2 Prozent' now runs to the Sunday of publication (Friday's close
in sessions; the answer names the Friday).
Tester135 (de287 finanzen.net Alibaba page, de288 Monatsbilanz Tencent/Meituan, de289 Aktionär Baidu;
tests/test_probed_section_heading_on_its_own_line.py): a heading of up to three words with a small letter, right above
its section's first sentence with no blank line between ('Gesamtmarkt' over 'Der Hang Seng Index ging mit 25.859
Punkten aus dem Handel'), starts a new section: the day a bullet of the section before named ('Den Ausschlag gab der 26.
November') no longer carries into it (the index's close had been read on 26 November, a true figure called wrong).
Editor's set (542 articles): 9,094 found, 913 missed, 865 spurious (91.3 % / 90.9 %); verdict problems: true called
wrong 0, imprecise 18 (de289's 'gut 5'), wrong called accurate 19, missed 68, set out of scope 48 (de287's five),
non-claims checked 41. Open: de287's hypothetical 'Gewinne von X Prozent würde die Aktie verbuchen, sollte sie das
52-Wochen-Hoch erreichen' and its repeated close and move are set out of scope; de288's 'rund 2,5 Prozent höher als Ende
Oktober' (wrong: +0.49 %) is read as a day's move (called wrong either way); en264's intraday hedge lost under its
'What Happened' heading (slot list).
Both merged (545 articles, 279 German and 266 English): 9,129 found, 917 missed, 869 spurious (91.3 % / 90.9 %),
detail errors 526; verdict problems: true called wrong 0, imprecise 18, wrong called accurate 19, missed 68, set out
of scope 48, non-claims checked 41.
Tester138 (en278, en279, en280: a monthly review 'Alibaba in review: February', a Reuters-style Hong Kong close with
'when' appositions, an investor Q&A on Nvidia and the Nasdaq 100; tests/test_probed_month_review_named_month.py,
tests/test_probed_when_after_sized_event.py): 'over the month' is the month's move, as 'for the month' is; a review
headed by a month's name ('Alibaba in review: February', 'February in review') makes the moves it tells without a day
that month's (review_periods.csv); a level right after its number 'at the end of January' is the month's close, its
last session's (a record 'set at the end of October' stays a window); a day's move with its size before its noun
("Friday's 4.9% slide, when it hit HK$147.10") dates the when-clause after it. Editor's set (542 articles): 9,130
found, 926 missed, 876 spurious (91.2 % / 90.8 %); verdict problems: true called wrong 6 (all tester138's, open,
below), imprecise 19, wrong called accurate 19, missed 68, set out of scope 47 (en279's four bullets), non-claims
checked 41. Open: a
month's end named without the month ('They ended the month at $144.11'), a month's range label ('Monthly range:'),
a distance below a dated high told as 'when it hit', 'through Friday' of a venue's conjunct bleeding into the
conjunct before it, and a when-clause after a day counted back ('a week earlier, when they ended at $172.70').
Forty-third session (tests/test_probed_month_ended_after_its_sessions.py): a month's close told without the month's
name after a recap of that month's sessions ('They ended the month at $144.11' after 'on Feb. 26 ...') is the close of
the last weekday of the month of the day in play, not that day (dates.month_left_unnamed); the move the clause after it
restates from a close 'at the end of January' ('compared with $169.56 at the end of January, a decline of about 15%',
cues.csv) runs from that close to the month's, the whole month's move (periods.whole_month_between); a range labelled
as the month's before a colon ('Monthly range: HK$142.20 to HK$167.90') is the month's low and high, and the month's
before it when the text is published before the month's first session (frames._range_words, dates.range_period).
en278's true 144.11, 15 and 167.90 were called wrong; the 15 is now the repeat of the bullet's 15.0 (set out of scope,
listed). A move told in the present perfect ('have lost 10% since the end of January') is not dated by the day a later
conjunct tells in the simple past ('..., and in New York the ADRs fell 8.9% over the same period through Friday':
timing._later_day_told_apart), and that conjunct's 'same period' keeps the day its own clause names
(linking.take_earlier_periods; tests/test_probed_perfect_move_before_a_past_conjunct.py). A distance below 'its level
of Jan. 29, when it hit HK$174.20' runs from that day's level, its high or its close (cues.csv, since_bases.csv;
tests/test_probed_distance_below_a_level_hit_on_a_date.py). A number in the clause after 'a week earlier' telling what
happened then ('3.0% lower than a week earlier, when they ended at $172.70', 'eine Woche zuvor, als ...') is of the
session a week before the sentence's day (timing._A_PERIOD_EARLIER_WHEN;
tests/test_probed_when_after_a_week_earlier.py). Editor's set (548 articles): 9,192 found, 934 missed, 881 spurious
(91.3 % / 90.8 %), detail errors 535 -> 531; true called wrong 6 -> 0, imprecise 20 -> 19, set out of scope 52 -> 53.
Tester136b (en275, en276, en277 brought over from the unmerged branch tester136 without its fix d78b7d74, which dated
'a week earlier' closes but called a further true figure wrong; answer files checked against seeds/quotes, unchanged):
no extractor fix by the deadline. Editor's set (551 articles): 9,236 found, 941 missed, 888 spurious (91.2 % /
90.8 %), detail errors 542; verdict problems: true called wrong 3 (en277's 172.70, 23,898.15 counted back 'a week
earlier', 186.50 'after ending 2025'; open), imprecise 20, wrong called accurate 19, missed 69, set out of scope 53,
non-claims checked 41.
Then: a sentence opened by 'a week (month, year) earlier' dates the numbers of its first clause a week before the day in
play ('A week earlier the stock had finished at $172.70', timing._A_PERIOD_EARLIER_OPENING); a year's close told as
'after ending 2025 at $186.50' or 'das Jahr 2025 bei 186,50 Dollar beendet' is the close of that year's last session
(cues.csv year_end row). Probe: tests/test_probed_a_week_earlier_opening_a_sentence.py. Editor's set (551 articles):
9,237 found, 940 missed, 887 spurious, detail errors 542 -> 540; true called wrong 3 -> 0; EXTRACTOR_VERSION 225.
Forty-fourth session: a move told against a month's start or end without 'since' ('rund 2,5 Prozent höher als Ende
Oktober', '7.8% below its level at the end of September', 'higher than at the start of November') is measured from that
boundary's close (cues.csv, periods._COMPARED_WITH in _MONTH_START), the month's move when it opens the month in play;
a cue's place nearest a figure is counted from the figure's unit for the words after it (periods._nearest_first).
Before, all were read as the day's move. Probe: tests/test_probed_moves_compared_with_a_months_end.py. Editor's set:
9,238 found, 939 missed, 886 spurious; de288's 2,5 found (its start one calendar day off the answer's, the same base).
A fall told as following a peak ('fallen about 17% after peaking in early October', 'since hitting a high in early
October', 'nachdem sie Anfang Oktober ein Hoch erreicht hatten') is the distance below that peak (cues.csv
distance_past_peak rows, ordered before the generic 'since' row they tie with); before, the day's move (a true figure
called wrong) or the first days of October. Probe: tests/test_probed_move_after_peaking.py; editor's set unchanged.
A condition's clause after one comma does not push a cue away from the number ('Gewinne von 26,58 Prozent würde die
Aktie verbuchen, sollte sie das 52-Wochen-Hoch erreichen': metrics._CONDITION): finanzen.net's hypothetical gain and
loss to the 52-week extremes are their distances, judged (de287's 26,58 and 34,94 no longer set out of scope). de287's
answers gave these two the move's sign; the set's convention, as in de65, de227 and de290 for the same sentence, is
the distance's (down from a high, up from a low), now theirs too. Probe:
tests/test_probed_hypothetical_gain_to_extreme.py. Editor's set: 9,240 found, 937 missed, 886 spurious; set out of
scope 53 -> 51.
Tester141 (branch tester141; en281, en282, en283: a Reuters-style Nasdaq/Nvidia report over several sessions, a
MarketWatch-style Tencent/Meituan stock-moves piece, a Seeking Alpha-style recap of Alibaba's ADRs against its Hong
Kong shares). A weekday after 'since last' ('has lost about 3.9% since last Friday's close and is down 3.0% since the
start of the year') is the start of that look-back alone and dates no other figure, as a weekday right after 'since'
already was (bindings._SINCE_RIGHT_BEFORE; tests/test_probed_since_last_weekday_in_an_earlier_conjunct.py). A distance
below a level told with the verb that reached it ('about 14% below the $181.10 they touched on Jan. 22') runs up to the
day reported, not to the day a later clause's own base was reached ('..., and the Hong Kong shares are nearly 11% below
the HK$174.20 reached on Jan. 29': periods.since_window blanks another clause's base up to its clause's end), is
measured from that day's high or close (since_bases.csv), and that date dates its level alone
(bindings._EXTREME_DATE_BEFORE; tests/test_probed_distance_below_a_dated_level_in_an_earlier_conjunct.py). With the
three articles the set had true called wrong 2 and imprecise 20; now 0 and 19. Editor's set (551 articles): 9,253
found, 958 missed, 900 spurious (91.1 % / 90.6 %); verdict problems: true called wrong 0, imprecise 19, wrong called
accurate 19, missed 69, set out of scope 57, non-claims checked 41. Open: 'About 16 million ADRs traded' (no volume),
'Both listings are down roughly 8.2%' (one figure of two listings), the bullets' repeats set out of scope.
Merged in the forty-fourth session: 'About 16 million ADRs traded' is a volume as 'shares traded' is (cues.csv: ADRs
and ADSs beside shares). Editor's set (554 articles): 9,302 found, 960 missed, 905 spurious (91.1 % / 90.6 %); true
called wrong 0, imprecise 20, wrong called accurate 19, missed 69, set out of scope 55, non-claims checked 41;
EXTRACTOR_VERSION 227.
Tester140 (branch tester140: de293 finanzen.net 'Tencent-Aktie im Fokus', de294 boerse.de Hongkong-Tagesbericht, de295
dpa-AFX 'Aktien Asien' at January's end): 'Am letzten Handelstag des Januar' ('des Monats', 'on the last trading day of
January') is the month's last session, not the session before the day told (dates._LAST_SESSION_OF_MONTH, _MONTH_LEFT;
an index's move too, from the month a move was told for when no day is in play: timing;
tests/test_probed_last_session_of_a_named_month.py); a date's ordinal dot inside a pluperfect bracket ('hatte ... am
13. Januar ... markiert') no longer hides the pluperfect, so the earlier day stays background
(tests/test_probed_pluperfect_around_a_dated_ordinal.py); 'seit dem ersten Handelstag des Jahres' ('since the first
trading day of the year') runs from the year's first session (dates._FIRST_SESSION_OF_YEAR, cues.csv;
tests/test_probed_since_the_first_session_of_the_year.py); 'im Gesamtmonat Januar' is the month (cues.csv,
dates._NAMED_MONTH); a period's words leading into a later number through a move's noun ('beendete die Woche mit einem
Minus von 0,7 Prozent') are that number's, not the day's move before them (metrics._MOVE_LEAD_IN;
tests/test_probed_period_cue_through_a_move_noun.py). de295's eleven true figures called wrong and de293's true day
move called imprecise resolved. Editor's set (551 articles): 9,256 found, 938 missed, 886 spurious (91.3 % / 90.8 %);
verdict problems: true called wrong 0, imprecise 19, wrong called accurate 19, missed 68, set out of scope 53,
non-claims checked 41. Open (slots only): de293's week move in a bullet after a Frankfurt price takes the Frankfurt
listing; its 'Abstand zur 200-Tage-Linie ... knapp 13 Prozent' has no direction.
Merged in the forty-fourth session after tester141 (557 articles: 282 German, 275 English): 9,366 found, 964 missed,
910 spurious (91.1 % / 90.7 %), detail errors 544; true called wrong 0, imprecise 20, wrong called accurate 19, missed
69, set out of scope 55, non-claims checked 41; EXTRACTOR_VERSION 228.
Then: a whole named year told as 'im Gesamtjahr 2025', 'im Kalenderjahr 2025', 'for the full year 2025' or 'over the
calendar year 2025' is that calendar year's move (cues.csv named_year_return; the year-so-far row 'over the calendar
year' no longer takes it). Probe: tests/test_probed_whole_named_year.py; editor's set unchanged.
Forty-fifth session: a session's extreme told before its figure ('off its best level of the day, when it hit
HK$125.50', 'its lowest level of the session, when it touched HK$641') is the day's high or low (cues.csv day_high and
day_low rows); an index's whole level after a level of its size with decimals ('It had opened at 26,508.75 and slipped
to 26,245') is that index's level in points (frames._bare_index_level). en276's true 125.50 is no longer imprecise and
its wrong 26,219 is judged (wrong). Probe: tests/test_probed_session_extremes_told_after_when.py. Editor's set: 9,367
found, 963 missed, 910 spurious; imprecise 19, missed 68, the rest unchanged; EXTRACTOR_VERSION 229.
Tester144 (branch tester144; en287 Reuters BUZZ items on Alibaba in Hong Kong and New York, Meituan and Baidu's ADRs,
en288 an earnings reaction on Alibaba's ADRs with the Hong Kong shares' next session, de299 onvista's 'Hang Seng: Die
größten Gewinner und Verlierer des Tages'). A look-back's day with the month abbreviated without its stop ('best day
since Sept 1, when it soared 18.5%') starts the look-back and dates its when-clause (dates._SINCE_A_DAY,
_SINCE_DAY_WHEN; tests/test_probed_since_an_abbreviated_month_without_its_stop.py); a move told between commas right
after a relative clause in the simple past (', which closed at $119.57 on Thursday, down 2.2%,') is that clause's
session (earlier_events.csv relative_past_move; tests/test_probed_move_apposed_to_a_past_relative_clause.py); 'came',
'went', 'gave' are pasts (tenses.csv) and a venue named only in an earlier event's clause is not the venue a sentence
without figures goes on to (context.update_context), so 'The results came out before the bell in New York on Friday,
after trading in Hong Kong had ended' dates the sentences after it
(tests/test_probed_venue_of_an_earlier_event_clause.py);
a move in apposition right after an intraday extreme's price ('as high as $136.65 ..., up 14.3% from Thursday's close',
'Im Tageshoch ... bis auf 109,40 HKD, ein Aufschlag von fast 13 Prozent') is the intraday move (cues.csv;
tests/test_probed_move_apposed_to_an_intraday_extreme.py); a price in money is never an index's, and 'the $148.43 peak
they reached on March 17' is that day's high (subjects.subject_of, bindings._EXTREME_DATE_BEFORE, cues.csv;
tests/test_probed_price_peak_reached_on_a_date.py). The three articles had 7 true figures called wrong and 2 called
imprecise on the code before; now none. Editor's set (560 articles: 283 German, 277 English): 9,428 found, 976 missed,
925 spurious (91.1 % / 90.6 %); verdict problems: true called wrong 0, imprecise 20, wrong called accurate 19, missed
69, set out of scope 55, non-claims checked 41 (as before the articles). EXTRACTOR_VERSION 230 (merged after the
forty-fifth session's fix). Open (slots only): see EDITOR_SLOT_ERRORS_STILL_OPEN under tester144.
Tester142 (branch tester142; en284, en285, en286: a Bloomberg-style Hong Kong close of a whipsaw Tuesday with the Hang
Seng, Tencent and Alibaba, an Investopedia-style explainer of Alibaba's ADR with its 52-week range and 50-/200-day
averages, a Nasdaq/Nvidia after-the-bell report with shares traded, the day's range and last Friday's close). An
earlier session's figure named by its weekday in the possessive after a preposition or a comparison ('after Monday's
2.2% slide', 'in line with Tuesday's 178.1 million shares') dates that figure only (earlier_events.csv determiner and
quantity_comparison; dates._earlier_event; tests/test_probed_possessive_weekday_look_back.py): before, an index
sentence with one moved the day in play back for good (en284: eight true figures called wrong). A distance pointing
back to the sentence before ('about 29% below the high and more than 50% above the low'; '- 50-day moving average:
$156.50. BABA closed roughly 12.6% below it.') is the distance to the extreme of the side named, or to that average
over its window (distance_words.csv back_reference, metrics.distance_to_extreme, frames.number_claim;
tests/test_probed_extreme_named_by_its_side.py, tests/test_probed_moving_average_pointed_back.py): before, the day's
move (en285: three true figures called wrong). A dated look-back heading the sentence with its base's close ('Compared
with last Friday's close, the composite is up 0.6% and the Nasdaq-100 is 1.1% higher') is each conjunct's move, and
'the composite' names the Nasdaq Composite (metrics._HEAD_BASE_END, companies.csv;
tests/test_probed_look_back_heading_the_sentence_with_its_close.py): before, a wrong figure called accurate and a true
one imprecise (en286). With the three articles the set had true called wrong 12, imprecise 22, wrong called accurate
20; now 0, 20, 19. Editor's set (560 articles: 282 German, 278 English): 9,421 found, 974 missed, 921 spurious
(91.1 % / 90.6 %); verdict problems: true called wrong 0, imprecise 20, wrong called accurate 19, missed 69, set out
of scope 55, non-claims checked 41; EXTRACTOR_VERSION 231 merged. Open (slots only): en285's 52-week figures read on the
publication day (Wednesday) rather than Tuesday's close the text reports (their verdicts the same); en284's 'as much
as 6.3% to HK$561' and 'touched HK$166' read as intraday prices, not the day's extremes, and 'down 3% since the end of
December' a since-return, not the year's move; en285's 'Dec. 31 close of $146.58' and 'closing high of $189.34' read
as last prices; en286's moves 'from last Friday's close' since-returns, not the week's.
Tester143 (branch tester143: de296 boerse-online Alibaba in Frankfurt, Xetra and Tradegate with Hong Kong beside it,
de297 Handelsblatt-style weekly review of China tech in Hong Kong with a table, de298 Chartanalyse of the Alibaba ADR):
five true figures called wrong and two called imprecise, fixed by principle. A whole session told with its own move
after 'zuvor' ('An der Heimatbörse in Hongkong hatte Alibaba zuvor 4,7 Prozent höher bei 154,50 HKD geschlossen') is
that venue's same-day session, not the previous one; a bare 'Zuvor hatte sie bei ... geschlossen' stays the base close
(dates.PREVIOUS_CLOSE_IN_PLUPERFECT; tests/test_probed_other_venue_closed_before.py). 'am Nachmittag', 'am Vormittag'
and 'Nachmittagshandel' before a German move place it during the session as 'in afternoon trade' does (session_words.csv
during; tests/test_probed_afternoon_before_the_move.py). A distance told after a clause that a day heads and that sets
the extreme ('Am 2. Oktober hatte der Index ... den höchsten Stand seit gut vier Jahren erreicht, davon ist er gut 4
Prozent entfernt') is as of now, and 'höchsten/tiefsten Stand seit ... Jahren' is a 52-week distance cue as 'four-year
high' is, while a move whose clause goes on to the high it reached ('gewonnen und erreichten den höchsten Stand seit
fast vier Jahren') stays the move (timing._day_of_the_extreme, cues.csv, distance_words.csv reached;
tests/test_probed_distance_after_the_extremes_clause.py). A weekday named with its week ('am Freitag der Vorwoche',
'vergangener Woche', 'Friday of last week') is that day of the calendar week before publication's (dates._OF_A_WEEK;
tests/test_probed_weekday_of_the_week_before.py). A moving average's level told with 'notiert/steht/lag bei' is the
average, and 'der Abstand zu ihr' up to 100 characters after the average names the distance to it (cues.csv;
tests/test_probed_moving_average_told_with_its_verb.py). Editor's set (560 articles: 285 German, 275 English): 9,437
found, 971 missed, 917 spurious (91.1 % / 90.7 %), detail errors 546; verdict problems: true called wrong 0, imprecise
20, wrong called accurate 19, missed 73, set out of scope 56, non-claims checked 45 (the additions all de297/de298's,
listed below; no other article's verdict changed). EXTRACTOR_VERSION 233 merged. Open: de297's table (a month column
named by its bare month, its unit only in the caption; restated closes judged again), de298's RSI of a named day told
through 'der Indikator' (found since, below), 'müsste ... um gut 42 Prozent zulegen' read as a forecast, and de298's RSI
and de297's Tencent month move, both deliberately wrong, called imprecise through the euro listing's derived readings.
Then, in the forty-fifth session: an item of a ranked list of companies led by a name the tables do not know ('1. Nongfu
Spring: -3,05 Prozent' beside '2. Meituan: ...') is a company of its own, its figures unverifiable (before: the Hang
Seng's move, called wrong; rules._ranked_names; tests/test_probed_unknown_company_in_a_ranked_list.py); 'der Indikator'
/ 'the indicator' pointing back to the RSI the sentence before named is that RSI (de298's 20,5 found and judged;
distance_words.csv indicator_back_reference, metrics.indicator_pointed_back;
tests/test_probed_indicator_pointed_back.py). Editor's set (566 articles: 286 German, 280 English): 9,557 found, 990
missed, 942 spurious (91.0 % / 90.6 %), detail errors 557; true called wrong 0, imprecise 19, wrong called accurate 19,
missed 71, set out of scope 56, non-claims checked 45; EXTRACTOR_VERSION 234. Then 'the composite' in small letters
is the last index named whose name holds the word (index_roles.csv short_name, subjects._index_referred_to), no
longer companies.csv's alias of the Nasdaq Composite, which would take a Shanghai Composite's figure
(tests/test_probed_composite_by_its_last_word.py); editor's set identical; EXTRACTOR_VERSION 235.

The forty-sixth session: a table whose caption, the line right above its header, gives its figures 'in Prozent' / 'in
%' holds moves in per cent under a period's header cell naming no unit (de297's week column: its wrong Baidu '4,3'
caught, its '9,0' restating the body judged again; extract._TextReader._captioned_in_percent;
tests/test_probed_table_caption_in_percent.py); extreme words told of an RSI heading the number's clause ('The 14-day
RSI had dropped as low as 20.5') are the RSI's, not the share's day low (tests/test_probed_indicator_extremes.py).
Editor's set: missed 70, non-claims checked 46, all else as before. EXTRACTOR_VERSION 239.
Then branch tester147 added de303 (Der Aktionär on Alibaba's results day: the Hong Kong slump in HKD, the ADR's fall the
evening before, the Frankfurt euro price, and revenue, cloud growth, buyback, dividend and staff figures that are no
market claims), de304 (a live ticker over four days mixing Alibaba, Baidu, Tencent, the Hang Seng and the DAX, with
'gestern', 'am Vortag', 'Freitag') and en292 (Alibaba's and Baidu's Hong Kong lines chasing their ADRs overnight,
month-to-date and year-to-date). Fixes: a German phrase of an earlier move inside the main clause after its verb ('gibt
nach dem gestrigen Kurssprung 1,1 Prozent ab', 'nach dem Rückschlag vom Vortag') ends at its noun, the figures after it
are the main clause's (dates._earlier_event; tests/test_probed_earlier_move_inside_the_main_clause.py); another stock a
paragraph on the main stock names in passing at its end is not what the next paragraph goes on with (extract
_new_paragraph; tests/test_probed_peer_aside_ends_with_its_paragraph.py); 'am Morgen/Vormittag/Nachmittag ... bis auf'
tells the session's peak (cues.csv; tests/test_probed_peak_told_by_time_of_day.py); 'zieht ... an' is a rise
(directions.csv; tests/test_probed_separable_zieht_an.py). Before them the three articles held 3 true figures called
wrong and one wrong figure set out of scope. Editor's set (569 articles: 288 German, 281 English): 9,626 found, 998
missed, 950 spurious (91.0 % / 90.6 %), detail errors 557; true called wrong 0, imprecise 19, wrong called accurate 19,
missed 70, set out of scope 56, non-claims checked 46 (no other article's verdict changed); EXTRACTOR_VERSION 240.
Branch tester146 (en289..en291, English, 2026-12-05): a Reuters Hong Kong close of Friday 24 October 2025 (the Hang
Seng's close, 'as much as', the week in points and per cent, October so far, Alibaba, Baidu, Tencent and Meituan with
'as much as', 'at one point', 'ended', the week's moves, Thursday's session), a Motley Fool 'Why Baidu Stock Jumped
Today' of Monday 10 November 2025 (BIDU as of 12:30 p.m. ET against the Nasdaq Composite, open, close, day's high, year
to date, October, the 52-week high and low and distances, the 50-day and 200-day lines, November so far) and a
MarketBeat note on the Alibaba ADR of Monday 22 December 2025 (opened, last traded, day's range, volume against the
three-month average, 50-day and 200-day averages as levels, 12-month range, year to date, last week, off the October
peak, after hours (unverifiable), market value, ratios and price targets (no market claims)). Two fixes, both of true
figures called wrong: a week's move in points takes the week's words as one in per cent does ('For the week, the
benchmark gained 913.05 points'; cues.csv, a week_return points cue for 'for/on the week', 'over/in/during the past
week', 'this past week', whose look for 'points' passes a decimal point; before: Friday's move;
tests/test_probed_week_move_in_points.py), and 'as much as' between a move verb, its participles too, and a sum of money
is the move's peak in money, not a price ('having risen as much as HK$4.70, or 2.9%'; money_moves.csv hedge_between and
verb_before; before: an intraday price of HK$4.70; tests/test_probed_as_much_as_in_money.py). Editor's set (569
articles: 286 German, 283 English): 9,618 found, 995 missed, 947 spurious (91.0 % / 90.6 %), detail errors 557 (before,
566 articles: 9,557, 990, 942, 557); true called wrong 0, imprecise 19, wrong called accurate 19, missed 71, set out of
scope 56, non-claims checked 45, all unchanged; EXTRACTOR_VERSION 241. Open (kinds only, verdicts right): a price after
'fell as much as 1.6% to' is read as an intraday price where the set's answers name the day's low or high (en289 98.40;
en56, en59, en138, en216, en255, en284 the same class); a move 'as of 12:30 p.m. ET' is read as the day's move, judged
on the session's range only because the text is published that day (en290 4.4, 2.1; en216's and en255's moves of the
moment the same class); MarketBeat's 'a decline of 55% from the average daily volume of 14.9 million shares' reads the
55 as the average and the 14.9 as a volume (en291; en140's '2,839,462' written in full is read right); deliberately
wrong figures called imprecise, not wrong (en289 Thursday's 1.2 for 0.72, en290 the Nasdaq's 2.8 for 2.27, en291 87 for
78 year to date).
Tester145 (branch tester145; de300 a finanzen.net-style Alibaba-Aktie in Frankfurt and on Tradegate in euro, derived
from the Hong Kong close and the ADR's close with ECB rates, with its 52-week range and 200-day line; de301 a dpa-AFX
Hongkong close with 'zeitweise', 'zuletzt', 'am Ende' and week moves of Baidu, Tencent, Meituan and Alibaba; de302 a
Chartanalyse of Baidu's ADR and Hong Kong shares with RSI, stochastic, supports and resistances, month and quarter
moves and the year's move against the Nasdaq). Two true figures called wrong, fixed by principle: a month named by its
compound with '-verlauf' ('Im Septemberverlauf steht ein Plus von gut 38 Prozent') is that month's move, as 'im
September' (cues.csv month_return, dates._NAMED_MONTH; tests/test_probed_month_compound_verlauf.py); a price labelled
in brackets by its side alone ('186,20 HKD (Hoch) und 95,70 HKD (Tief)') is that side of the 52-week (the year's)
window its sentence or the sentence before names, and a range told high first takes its labels' sides
(linking.labelled_extremes; tests/test_probed_side_labelled_extremes.py). A support or resistance named by a zone's
noun ('Darunter wartet bei 115 US-Dollar die nächste Auffangzone') is a chart level, not a last price (cues.csv
level_forecast; tests/test_probed_support_zone_nouns.py; a non-claim checked before). A month's extreme named with the
day it was set inside that month ('das Septemberhoch bei 141,60 US-Dollar vom 22. September') is read over the month,
not left unmeasured (frames.number_claim; tests/test_probed_month_extreme_with_its_day.py; a true figure called
unverifiable before). Editor's set (569 articles: 289 German, 280 English): 9,616 found, 997 missed, 948 spurious
(91.0 % / 90.6 %), detail errors 559; verdict problems:
true called wrong 0, imprecise 19, wrong called accurate 19, missed 72, set out of scope 57, non-claims checked 45 (the
additions de302's 88 and 39, listed below; no other article's verdict or slot changed). EXTRACTOR_VERSION 242. Open:
de302's 'der Quartalsgewinn auf rund 66 Prozent' after 'der Monatsgewinn auf 49 Prozent' is read as the month's move
(the quarter's noun names no quarter yet; the figure is deliberately wrong and caught, a true quarter's move would not
be), de301's 'zeitweise ... bis auf 25.145 Punkte' read as the index level rather than the day's low (its verdict the
same), 'zuletzt ... auf 94,50' and 'Anfang Oktober ... bei gut 139' read as prices, not closes (true, judged true), and
de300's 'verbilligt sich ... im Vormittagshandel um 4,1 Prozent' read as the day's move, not the intraday one (judged
true); de300's deliberately wrong euro year move 'ein Minus von rund 3 Prozent' (-0.68 % on the derived parity) is
called imprecise through the euro listing's derived readings, as de297's and de298's were.
Branch tester149 (en293..en295, English, 2026-12-06): a CNBC 'Asia markets' wrap of Monday 29 September 2025 (the Hang
Seng's close in points and per cent, 'as much as', Friday's fall, September so far, the year; Alibaba, Tencent, Meituan
and Baidu in Hong Kong, Meituan's 52-week high; the Hang Seng Tech index (unverifiable); Alibaba's ADRs, the Nasdaq
Composite, the Nasdaq 100 and Nvidia on the Friday night before), a Barron's Nvidia piece of Friday 10 October 2025
(closed down 4.9% after an intraday record, the day's range in a box, volume, from the 52-week high, Thursday's record
close, the week, the year against the Nasdaq-100's, the 52-week low, the 50-day average; market value no claim) and a
Seeking Alpha note on Baidu of Sunday 19 October 2025 (BIDU and 9888.HK: Friday and the week, October so far, year to
date, both 52-week ranges, distances to the high and low, 20-, 50- and 200-day averages; price target, forward P/E and
market value no claims). Fixes, by principle: a recovery's starting move ('bounced back from a sell-off at the end of
last week', 'recovering from a 1.3% slide on Friday') is an earlier event whose day dates neither the sentence nor the
article (earlier_events.csv preposition; before, en293's Monday close, points, move and September so far were judged on
Friday: three true figures called wrong; tests/test_probed_recovery_from_earlier_move.py); a 52-week range told with a
verb ('runs from HK$73.25 to HK$141.40', 'spans', 'was between ... and ...') holds the 52-week low and high (cues.csv;
before, the day's: two true figures called wrong; tests/test_probed_52_week_range_verbs.py); a venue word or ticker
heading the next conjunct with a verb of its own ('BIDU is up 42% and 9888.HK has gained 37%') is that conjunct's
subject, not the number's venue (subject_words.csv next_conjunct_*, subjects._heads_next_conjunct; before, en295's true
ADR figure was judged on Hong Kong and called imprecise, and en110's 46, tester26's class, the same;
tests/test_probed_venue_of_next_conjunct.py); 'an intraday record of $195.62' is an all-time high (cues.csv; before, a
price inside the day's range passed; tests/test_probed_intraday_record.py); a month so far told at a weekend runs to its
last weekday, a month told on its own last day stays whole (dates.named_month_window; slot errors of de102, de231,
de259, en280 and en295 gone, de288's end now the answer's; tests/test_probed_month_so_far_at_weekend.py); a distance
to a bare high ('about 25% below its high') in a sentence that named the 52-week high or range before it is the distance
to that high (frames._BARE_HIGH_AFTER; before, a past peak left unverifiable, en295's wrong 25 not caught;
tests/test_probed_bare_high_after_52_week_high.py). Editor's set
(578 articles: 291 German, 287 English): 9,819 found, 1,015 missed, 969 spurious (91.0 % / 90.6 %), detail errors 554
(before, 575 articles: 9,747, 1,009, 962, 559); true called wrong 0, imprecise 18 (en110's 46 fixed), wrong called
accurate 19, missed 71, set out of scope 57, non-claims checked 46 (en293..en295 add none). EXTRACTOR_VERSION 243.
Open (kinds only, verdicts not wrong): en295's 'about 61% above the April low' is read as a since-return,
unverifiable; en294's headline 'Tumbled Nearly 5% After Hitting a
Record' is read as a distance from the record (unverifiable), 'Thursday's record close of $192.57' as the 52-week high
and '4.9% below' it as a distance from the 52-week high (both judged true); deliberately wrong figures called
imprecise, not wrong (en293 'as much as 2.6%' for 2.14, the year's 120 for 109.3, the Nasdaq's week 1.2 for 0.65; en294
the low 180.25 for 182.05).
Tester150 (branch tester150; de308 an 'Aktie im Fokus' chart piece on Tencent in Hong Kong with RSI, GD200/GD50 and
their distances, the March high and a low with their dates, 'seit Monatsbeginn' and a Frankfurt euro price; en296 a
Bloomberg-style piece on Alibaba's ADRs and Hong Kong shares on one day with 'the most since', the ADR's premium per
Hong Kong share and moves since the results day; de309 a wallstreet-online-style item on Baidu in Hong Kong, its ADR
and the ADR in Frankfurt with 'Wochenplus' and 'Monatsminus'; 60 market figures, 9 deliberately wrong). Four true
figures called wrong and three called imprecise, fixed by principle: a move named with the week's start as its
attribute ('hat sich am Dienstag von ihrem Rücksetzer zum Wochenauftakt erholt') is the earlier session's, as 'die
Gewinne vom Montag' is, so Tuesday stays the day of the sentences after it (earlier_events.csv event_noun, event_day_of,
event_day; tests/test_probed_setback_at_week_start.py); a side phrase between commas (a relative clause, a participle
dating a level: ', erreicht am 11. März,') between a cue and its number does not push the cue away, so 'Vom Märzhoch
bei 578,00 HKD, erreicht am 11. März, hat das Papier rund 11 Prozent eingebüßt' is the distance from the March high,
not the day's move (metrics.best_cue; tests/test_probed_side_phrase_between_high_and_distance.py); a percentage
against the shares' close of an earlier day ('2.2% below their close that day', '... below their close of Nov. 25')
is the move since that close (cues.csv since_return with the day anaphor, bindings._MOVE_BASE_DAY_BEFORE with the
owner's possessive; tests/test_probed_below_their_close_that_day.py). A price restated per Hong Kong share by what
the ADRs 'valued the stock at ... a share' is a computation (cues.csv price_conversion; a non-claim checked before;
tests/test_probed_adrs_valued_the_stock_at.py); a superlative move noun before 'since <date>' ('the biggest advance
since Sept. 24') names no look-back base for the figures around it, as 'gain since' did not (cues.csv; the Hang Seng's
day move had been read since Sept. 24; tests/test_probed_biggest_advance_since.py). Editor's set (578 articles: 293
German, 285 English): 9,804 found, 1,012 missed, 965 spurious (91.0 % / 90.6 %), detail errors 561 (before, 575
articles: 9,747, 1,009, 962, 559); verdict problems: true called wrong 0, imprecise 19, wrong called accurate 19,
missed 71, set out of scope 57, non-claims checked 46 (de200's 'siebeneinhalb' no longer out of scope, de308's 12
added). EXTRACTOR_VERSION 243. Open: de308's 'der Abstand zum aktuellen Kurs beträgt knapp 12 Prozent' after a
semicolon is beyond the 200-day line's cue reach (set out of scope); a Frankfurt euro price's venue carries into the
currency-less moves of the bullets under the next heading (de308's 1 and 16 read on the derived euro line; the wrong 16
called imprecise, not wrong); en296's 'they remain about 15% below their Oct. 2 closing high of $189.34' after 'On
Friday' is read as a move since Oct. 2 up to Friday, not the distance from the peak on Monday (the wrong figure is
caught), '$167.69' after 'rose as much as 11% to' is an intraday price (the set's day high; judged true) and the dated
closing high '$189.34' a last price (judged true); de308's volume 'Umgesetzt wurden gut 29 Millionen Aktien' names no
stock and stays unverifiable, and its 52-week high and distance are unverifiable (no raw highs before 2025-05-15).
Tester148 (branch tester148; de305 a Der-Aktionär-style Alibaba-Aktie on Xetra in euro, derived from the ADR's close
with ECB rates, with week, month and year moves, the 200-day line, a support and a resistance; de306 a Handelsblatt
Hong Kong close with Meituan's slump, the Hang Seng under 25,000 and a move since the start of the year; de307 a
boerse.de Nvidia piece with the close, the 52-week high, the 50- and 200-day lines, the Nasdaq 100 and the DAX). Two
true figures called wrong, fixed by principle: an opening's verb whose day stands between it and its price ('und
eröffneten am Freitag bei 121,38 Dollar') leads into that price and is no cue for the close before it
(metrics._leads_in; tests/test_probed_open_after_its_day_leads_into_its_price.py); a distance to a moving average
pointed back to by 'ihr gegenüber' in its sentence (cues.csv) or by 'Der Abstand (zu ihr) beträgt' in the sentence after
the one naming the average (distance_words.csv average_back_reference, metrics.indicator_pointed_back;
tests/test_probed_distance_to_average_pointed_back.py; a wrong figure out of scope before). Three true figures called
imprecise: a name heading a compound of a product or event ('Lieferungen von Nvidia-Chips') is no subject even as the
only name before the number while another stock is in play, and holders' compounds ('Alibaba-Fans') name their
company (subjects.nearest_company, subject_words.csv compound_subject;
tests/test_probed_compound_name_is_no_subject.py); a mark moved to ('unter die Marke von 25.000 Punkten') is a bound
(hedges.csv; tests/test_probed_below_the_mark_moved_to.py). A separable verb fused at a subordinate clause's end
('die um 12,6 Prozent einbrachen', 'anzogen') tells its sign (directions.csv;
tests/test_probed_separable_verb_at_clause_end.py; a true figure out of scope before), and a sentence headed by an
epithet of the stock in play ('Der Essenslieferdienst ... im Preiskampf mit Alibaba und JD.com') keeps that stock
(context._headed_by_epithet_of; tests/test_probed_epithet_subject_keeps_stock.py; a true figure read on JD.com,
unverifiable, before). Editor's set (578 articles: 294 German, 284 English): 9,807 found, 1,013 missed, 968 spurious
(91.0 % / 90.6 %); verdict problems: true called wrong 0, imprecise 19, wrong called accurate 19, missed 71, set out of
scope 56 (de190's 14 now checked), non-claims checked 46; the three articles add none. EXTRACTOR_VERSION 243. Open
(slots only, EDITOR_SLOT_ERRORS_STILL_OPEN under tester148): the euro listing read on Frankfurt where the text named
Xetra before, moves after a sentence telling Tuesday's jump ending on that Tuesday, a week on a Thursday counted from
five sessions back; a report's evening told in the pluperfect ('hatte am Mittwochabend ... gemeldet') still dates the
next sentence's move to date in a short text (in de306 the day in play wins); volumes whose listing is not named in
their own words stay unverifiable by design (de305's wrong 63 million among them).
The forty-seventh session (main, merged with tester148-150; each rule with a probe test failing on the code before): a
price compared with its level a while back ('16 Prozent günstiger als vor einem Monat', 'weniger wert als', '2.9%
cheaper than they were a week ago', 'below their level of a month ago') is the move since then
(bindings._MOVE_BASE_DAY_BEFORE, directions.csv; tests/test_probed_cheaper_than_a_month_ago.py); news sites' link-box
labels ('Read Next:', 'Lesetipp:') open linked headlines (link_labels.csv; tests/test_probed_link_teasers.py); a
distance below a named month's peak told while the session trades rests on the price of that moment too
(readings._month_peak_readings; tests/test_probed_distance_past_peak_of_the_moment.py); a ticker in brackets after a
name ('Alibaba (BABA) stock') turns the text to that listing, and figures carried on a home listing assumed before the
first venue named follow it (context._bracketed_ticker_venue, extract._headline_venue_from_body;
tests/test_probed_bracketed_ticker_listing.py: en32, en249, en269 listings, en249's '14' no longer imprecise, en269's
body '30' now a repeat of its Key Points bullet); a when-clause's time is the clause's it hangs on ('Seit dem Hoch im
Oktober, als die Aktie bei gut 163 Euro notierte'; periods.clause_of; tests/test_probed_when_clause_of_a_past_month.py);
a hedged look-back ('vor gut einem Monat', 'about a month ago') is a window around the day counted back
(dates._hedged_look_back; tests/test_probed_hedged_look_back.py). After the merges (584 articles: 296 German, 288
English): 9,935 found, 1,023 missed, 978 spurious (91.0 % / 90.7 %), detail errors 566; true called wrong 0, imprecise
17, wrong called accurate 19, missed 71, set out of scope 57, non-claims checked 46. EXTRACTOR_VERSION 250.
"""

from __future__ import annotations

from pathlib import Path

from tests.evaluate import Score, editor_verdict_problems, evaluate, golden_files, is_editor_set

EDITOR_PRECISION, EDITOR_RECALL = 0.905, 0.900
EDITOR_SLOT_ERRORS_STILL_OPEN = {
    # tester150 (de308), open, by class: a venue named with a euro price ('Im Frankfurter Handel wurde die
    # Tencent-Aktie am Nachmittag zu 58,10 Euro gehandelt') carries into the moves without a currency of the bulleted
    # list under the next heading ('Die Bilanz im Überblick: - Seit Monatsbeginn ... knapp 1 Prozent im Minus'), read
    # on the derived euro line rather than Hong Kong's (the month's 1 still accurate; the deliberately wrong 16 called
    # imprecise through the derived line's range, not wrong)
    "de308_aktie_im_fokus_tencent_hongkong_erholung_rsi_gd200_gd50_abstand_maerzhoch_monatsbeginn_frankfurt_euro.txt"
    " 1: listing 'NNND.F'",
    "de308_aktie_im_fokus_tencent_hongkong_erholung_rsi_gd200_gd50_abstand_maerzhoch_monatsbeginn_frankfurt_euro.txt"
    " 16: listing 'NNND.F'",
    # tester148 (de305-de307), open, by class: the euro listing read on Frankfurt (AHLA.F) where the text names Xetra
    # only paragraphs before or says 'hierzulande' (the derived parity is the same, so are the verdicts: 138,80, 25, 8,
    # 7, 37, 89, 108, 100); a month's and a year's move after a sentence telling Tuesday's jump ('Den Grundstein hatte
    # der Dienstag gelegt') end on that Tuesday, not on the session written (7, 37: still judged as the answer, the year
    # move caught); the 200-day line's level read on the Tuesday the line was crossed (100, true either way); 'Auf
    # Wochensicht' on a Thursday counted from five sessions back, not from the Friday before (2,4; measured on the
    # Friday and caught); a 52-week high told in a key-figure box of the morning after read as of publication (212,19);
    # a distance to the 50-day line whose side only the sentence before told ('unter die 50-Tage-Linie gefallen. Der
    # Abstand beträgt rund 5 Prozent') read as its size (5: caught as imprecise); so de190's 'Der Kurs bewegt sich
    # weiterhin unter der 50-Tage-Linie ... Der Abstand beträgt rund 14%', read since tester148 (it was out of scope)
    "de190_aktiencheck_baidu_chartanalyse_gegenbewegung_50_200_tage_linie_rsi.txt 14: direction None",
    "de305_der_aktionaer_alibaba_aktie_xetra_euro_wochenplus_200_tage_linie_unterstuetzung_widerstand_hon"
    "gkong.txt 100: listing 'AHLA.F'",
    "de305_der_aktionaer_alibaba_aktie_xetra_euro_wochenplus_200_tage_linie_unterstuetzung_widerstand_hon"
    "gkong.txt 100: reference {'date': '2025-07-15'}",
    "de305_der_aktionaer_alibaba_aktie_xetra_euro_wochenplus_200_tage_linie_unterstuetzung_widerstand_hon"
    "gkong.txt 108: listing 'AHLA.F'",
    "de305_der_aktionaer_alibaba_aktie_xetra_euro_wochenplus_200_tage_linie_unterstuetzung_widerstand_hon"
    "gkong.txt 138,80: listing 'AHLA.F'",
    "de305_der_aktionaer_alibaba_aktie_xetra_euro_wochenplus_200_tage_linie_unterstuetzung_widerstand_hon"
    "gkong.txt 25: listing 'AHLA.F'",
    "de305_der_aktionaer_alibaba_aktie_xetra_euro_wochenplus_200_tage_linie_unterstuetzung_widerstand_hon"
    "gkong.txt 37: listing 'AHLA.F'",
    "de305_der_aktionaer_alibaba_aktie_xetra_euro_wochenplus_200_tage_linie_unterstuetzung_widerstand_hon"
    "gkong.txt 37: reference {'start': '2025-01-01', 'end': '2025-07-15'}",
    "de305_der_aktionaer_alibaba_aktie_xetra_euro_wochenplus_200_tage_linie_unterstuetzung_widerstand_hon"
    "gkong.txt 7: listing 'AHLA.F'",
    "de305_der_aktionaer_alibaba_aktie_xetra_euro_wochenplus_200_tage_linie_unterstuetzung_widerstand_hon"
    "gkong.txt 7: reference {'start': '2025-07-01', 'end': '2025-07-15'}",
    "de305_der_aktionaer_alibaba_aktie_xetra_euro_wochenplus_200_tage_linie_unterstuetzung_widerstand_hon"
    "gkong.txt 89: listing 'AHLA.F'",
    "de305_der_aktionaer_alibaba_aktie_xetra_euro_wochenplus_200_tage_linie_unterstuetzung_widerstand_hon"
    "gkong.txt 8: listing 'AHLA.F'",
    "de306_handelsblatt_boerse_hongkong_meituan_bricht_ein_hang_seng_unter_25000_tencent_alibaba_baidu_se"
    "it_jahresbeginn.txt 2,4: reference {'start': '2025-08-21', 'end': '2025-08-28'}",
    "de307_boerse_de_nvidia_aktie_vor_den_zahlen_unter_50_tage_linie_200_tage_linie_52_wochen_hoch_nasdaq"
    "_dax.txt 212,19: reference {'date': '2025-11-19'}",
    "de307_boerse_de_nvidia_aktie_vor_den_zahlen_unter_50_tage_linie_200_tage_linie_52_wochen_hoch_nasdaq"
    "_dax.txt 5: direction None",
    # tester145 (de300, de302), open, by class: a moving average's level in a clause whose pluperfect dates the break
    # of it ('Die 50-Tage-Linie bei rund 151 HKD hatte das Papier bereits Anfang Februar nach unten durchbrochen') is
    # read on the break's day, not as of now (the wrong figure still caught); a distance to the
    # 200-day line whose side the sentence does not name ('Der Abstand zur 200-Tage-Linie beträgt damit rund 44
    # Prozent') is read as its size, by design (readings._average_readings)
    "de300_finanzen_net_alibaba_aktie_frankfurt_tradegate_euro_hongkong_schluss_adr_new_york_seit_jahresbeginn_5"
    "2_wochen_200_tage_linie.txt 151: reference {'date': '2026-02-10'}",
    "de302_chartanalyse_baidu_aktie_im_fokus_adr_bidu_hongkong_9888_rsi_stochastik_unterstuetzung_widerstand_quartal_"
    "monat_nasdaq.txt 44: direction None",
    # tester136b (en275-en277), open at its deadline, by class: a November review's days read on the Monday after
    # the month ('lowest close of the month' 151.50, 157.30, the month's moves 8.2 and 7.7); year-to-date moves ending
    # on the wrong session (83, 86); a hedge lost (146.50); a close counted back 'a week earlier' read on the as-of
    # Friday (fixed since) and the week's moves starting a session off (3, 1.2)
    "en275_alibaba_in_review_november_month_hong_kong_shares_adrs_lowest_close_of_the_month.txt 146.50: hedge None",
    # en276's 'off its best level of the day, when it hit HK$125.50' is the day's high now; its answer also hedges it
    # 'intraday', which the product gives no day's high or low (the set's answers leave 726 of 751 unhedged)
    "en276_reuters_hong_kong_close_hang_seng_tech_tencent_baidu_when_it_hit_new_york_adrs.txt 125.50: hedge None",
    "en275_alibaba_in_review_november_month_hong_kong_shares_adrs"
    "_lowest_close_of_the_month.txt 151.50: reference {'date': '2025-12-01'}",
    "en275_alibaba_in_review_november_month_hong_kong_shares_adrs"
    "_lowest_close_of_the_month.txt 157.30: reference {'date': '2025-12-01'}",
    "en275_alibaba_in_review_november_month_hong_kong_shares_adrs"
    "_lowest_close_of_the_month.txt 7.7: reference {'start': '2025-12-01', 'end': '2025-12-01'}",
    "en275_alibaba_in_review_november_month_hong_kong_shares_adrs"
    "_lowest_close_of_the_month.txt 8.2: reference {'start': '2025-12-01', 'end': '2025-12-01'}",
    "en275_alibaba_in_review_november_month_hong_kong_shares_adrs"
    "_lowest_close_of_the_month.txt 83: reference {'start': '2025-01-01', 'end': '2025-11-24'}",
    "en275_alibaba_in_review_november_month_hong_kong_shares_adrs"
    "_lowest_close_of_the_month.txt 86: reference {'start': '2025-01-01', 'end': '2025-11-24'}",
    "en277_investor_qa_nvidia_nasdaq_100_a_week_earlier_year_to_d"
    "ate_52_week_high_set_in.txt 1.2: reference {'start': '2026-03-20', 'end': '2026-03-27'}",
    "en277_investor_qa_nvidia_nasdaq_100_a_week_earlier_year_to_d"
    "ate_52_week_high_set_in.txt 3: reference {'start': '2026-03-20', 'end': '2026-03-27'}",
    # tester144 (en287, en288, de299), open, by class: a BUZZ bullet's 'rise as much as 9.7%' keeps the hedge
    # 'intraday' where the set writes 'up_to'; a 52-week low 'on Sept 12' in a bullet is read on the bullet's day; a
    # year-to-date move after a since-when clause ('best day since Sept 17, when it jumped 11.3%. ** Up about 58% YTD')
    # ends on the when-clause's day (that day is carried as the day in play); a volume set against 'Thursday's 14.5
    # million' takes Thursday; a premarket indication and an after-hours move (unverifiable either way) read on the
    # publication day (its ranked list's Nongfu Spring, whose price took the line before's listing and whose move was
    # read as the Hang Seng's and called wrong, is a company of its own since: rules._ranked_names)
    "en287_reuters_buzz_alibaba_hong_kong_best_day_since_meituan_baidu_adrs_rebound_ytd.txt 9.7: hedge 'intraday'",
    "en287_reuters_buzz_alibaba_hong_kong_best_day_since_meituan_baidu_adrs_rebound_ytd.txt 95.35: "
    "reference {'date': '2025-09-24'}",
    "en287_reuters_buzz_alibaba_hong_kong_best_day_since_meituan_baidu_adrs_rebound_ytd.txt 58: "
    "reference {'start': '2025-01-01', 'end': '2025-09-17'}",
    "en288_earnings_reaction_alibaba_adrs_cloud_growth_premarket_open_session_high_hong_kong_shares_next_session.txt "
    "82: reference {'date': '2025-08-28'}",
    "en288_earnings_reaction_alibaba_adrs_cloud_growth_premarket_open_session_high_hong_kong_shares_next_session.txt "
    "8: reference {'date': '2025-09-02'}",
    "en288_earnings_reaction_alibaba_adrs_cloud_growth_premarket_open_session_high_hong_kong_shares_next_session.txt "
    "0.5: reference {'date': '2025-09-02'}",
    # tester142 (en285), open, by class: an explainer 'Updated March 11' telling Tuesday's close names no day in the
    # paragraph of its 52-week range ('BABA's 52-week high is $192.67 ... At $136.85, the ADRs are about 29% below the
    # high'): the range and the distances are read on the publication day, Wednesday, not on the close the text quotes
    # (the verdicts the same: -29.26 % and +42.37 % on Wednesday's close against -28.97 % and +42.95 %)
    "en285_investopedia_explainer_alibaba_adr_baba_year_to_date_5"
    "2_week_range_50_day_200_day_moving_averages_market_value.txt 192.67: reference {'date': '2026-03-11'}",
    "en285_investopedia_explainer_alibaba_adr_baba_year_to_date_5"
    "2_week_range_50_day_200_day_moving_averages_market_value.txt 95.73: reference {'date': '2026-03-11'}",
    "en285_investopedia_explainer_alibaba_adr_baba_year_to_date_5"
    "2_week_range_50_day_200_day_moving_averages_market_value.txt 29: reference {'date': '2026-03-11'}",
    "en285_investopedia_explainer_alibaba_adr_baba_year_to_date_5"
    "2_week_range_50_day_200_day_moving_averages_market_value.txt 50: reference {'date': '2026-03-11'}",
    # tester141 (en283), open: 'Both listings are down roughly 8.2% month to date' after a bullet naming the ADRs and
    # the Hong Kong shares is one figure of two listings (both true); the extractor gives it the last one named
    "en283_seeking_alpha_alibaba_adrs_vs_hong_kong_shares_part_ways_week"
    "_since_start_of_year_below_peaks.txt 8.2: listing '9988.HK'",
    # tester140 (de293), open, by class: a week's move in a bullet under a heading, after a paragraph quoting the
    # Frankfurt price, takes the Frankfurt listing (the venue in play carried across the heading; the verdict holds on
    # the parity too); a distance to a moving average told without a side ('Der Abstand zur 200-Tage-Linie ... beträgt
    # knapp 13 Prozent') gets no direction
    "de293_finanzen_net_tencent_aktie_im_fokus_wochenminus_200_tage_linie_52_wochen_hoch_frankfurt_euro.txt 7: "
    "listing 'NNND.F'",
    "de293_finanzen_net_tencent_aktie_im_fokus_wochenminus_200_tage_linie_52_wochen_hoch_frankfurt_euro.txt 13: "
    "direction None",
    # tester138 (en278-en280), open, by class: 'Year to date, the Hong Kong shares are up just 0.1%' after 'on the final
    # day' takes the day before the month's last (the day of an earlier sentence, read a session early); 'on the final
    # day it slipped to HK$142.90 after an intraday low of HK$141.20' (the month's last session) is read a session
    # early; the month's move from 'over the month' ends on the last session, the review's on the month's last day;
    # 'through Friday' of a venue's conjunct ('..., and in New York the ADRs fell 8.9% over the same period through
    # Friday') also ends the first conjunct's period; 'a week earlier, when they ended at $172.70' is read on the as-of
    # day (a day counted back dates no when-clause); 'so far in March' ends on the Saturday of publication; the Hang
    # Seng Tech index gets a listing of its own (no quotes: unverifiable either way)
    "en278_alibaba_in_review_february_hong_kong_shares_adrs"
    "_over_the_month_lowest_close_end_of_january.txt 0.1: reference {'start': '2026-01-01', 'end': '2026-02-26'}",
    "en278_alibaba_in_review_february_hong_kong_shares_adrs"
    "_over_the_month_lowest_close_end_of_january.txt 141.20: reference {'date': '2026-02-26'}",
    "en278_alibaba_in_review_february_hong_kong_shares_adrs"
    "_over_the_month_lowest_close_end_of_january.txt 15.5: reference {'start': '2026-02-01', 'end': '2026-02-27'}",
    "en280_investor_qa_nvidia_nasdaq_100_week_earlier_year"
    "_to_date_52_week_high_set_in_october.txt 172.70: reference {'date': '2026-03-27'}",
    "en279_reuters_hong_kong_close_hang_seng_jumps_tech_rally_after"
    "_holiday_meituan_tencent_alibaba_when_appositions.txt 4.1: listing '^HSTECH'",
    # de149 'Ende 2021 war ein Anteilsschein nur noch rund 119 Dollar wert': a price told at a year's end is that year's
    # close now (cues.csv year_end), found where it was missed; its stock stays open as before (the clause before names
    # 'Finanztochter Ant', which has no quotes: see the missed list), unverifiable either way (2021 precedes the quotes)
    "de149_handelsblatt_alibaba_hintergrund_rekordhoch_2020_boersenwert.txt 119: listing None",
    # tester132 (de285, en274): the Q&A answer 'Auf Wochensicht steht ein Minus von gut 4 Prozent zu Buche' after a
    # paragraph on the ADRs' Thursday takes the ADR and the week to Thursday (see wrong called accurate); 'sank about
    # 5% in premarket trading' names no day and takes Wednesday's, not the Tuesday of the results (unverifiable)
    "de285_fragen_und_antworten_alibaba_aktie_hongkong_wochenbilanz_seit_jahresbeginn_52_wochen_hoch_hang_seng.txt"
    " 4: listing 'BABA'",
    "de285_fragen_und_antworten_alibaba_aktie_hongkong_wochenbilanz_seit_jahresbeginn_52_wochen_hoch_hang_seng.txt"
    " 4: reference {'start': '2026-02-19', 'end': '2026-02-26'}",
    "en274_earnings_reaction_baidu_adrs_slip_after_post_results_rebound_premarket_open_close_after_hours_next_day_nasdaq_100.txt"
    " 5: reference {'date': '2025-11-19'}",
    # tester129 (de280, de281): 'Die 50-Tage-Linie verläuft bei rund 155 HKD und wurde Anfang Februar nach unten
    # durchbrochen' dates the average by the day of its crossing told after it (SMA50 to 2026-02-10 155.3, within
    # 'rund 155' as the text's 154.98 is); 'Vom Jahreshoch bei 174,20 Hongkong-Dollar, erreicht Ende Januar, ...' is
    # read as of the end of January, the day the high was set (the same high as of the text's day): verdicts right
    "de281_finanzforum_chartanalyse_alibaba_hongkong_unterstuetzung_widerstand_rsi_50_200_tage_linie_tageshoch_jahreshoch"
    "_abstand.txt 155: reference {'date': '2026-02-10'}",
    "de280_regionalzeitung_wirtschaft_alibaba_aktie_frankfurt_euro_hongkong_schluss_jahreshoch_dax_rekordhoch.txt"
    " 174,20: reference {'date': '2026-01-31'}",
    # tester126 (en266): 'Baidu's 14-day relative strength index (RSI) stands at around 73' under the heading
    # 'Technical picture', after a paragraph on the ADR in New York, takes the ADR's listing and day (BIDU 70.96 to
    # 2025-09-24 and 9888.HK 72.94 both within 'around 73'); its 'reached a 52-week high of $141.60 on Monday' is read
    # as of Monday, the day it names (the same high as of the text's Wednesday); de275's 'Die ADR kommt im gleichen
    # Zeitraum auf knapp 20 %' names no sign word (the gain is the sentence before's 'zugelegt')
    "en266_ts2_tech_baidu_stock_9888_hk_bidu_ai_rally_day_range_52_week_range_year_to_date_what_investors_should_know.txt"
    " 73: listing 'BIDU'",
    "en266_ts2_tech_baidu_stock_9888_hk_bidu_ai_rally_day_range_52_week_range_year_to_date_what_investors_should_know.txt"
    " 73: reference {'date': '2025-09-24'}",
    "en266_ts2_tech_baidu_stock_9888_hk_bidu_ai_rally_day_range_52_week_range_year_to_date_what_investors_should_know.txt"
    " 141.60: reference {'date': '2025-09-22'}",
    "de275_ts2_tech_alibaba_aktie_neues_jahreshoch_hongkong_adr_frankfurt_euro_seit_jahresbeginn_52_wochen_hoch_rsi_kursziele.txt"
    " 20: direction None",
    # tester127 (de277, de278): a ticker's 'steigt zeitweise bis auf 164,00 HK$, das Tageshoch' and 'klettert zeitweise
    # auf 171,68 US$, 2,6 Prozent über dem Schlusskurs vom Montag' take no intraday hedge (the day's high, and a move
    # at it, are read on the day's range either way); a Saturday's 'vor einer Woche bei 112,90 HK$ geschlossen' is read
    # on the Saturday a week back (its close the Friday's, 2025-10-17); 'Den Tiefpunkt der Woche markierte sie am
    # Mittwoch mit 114,30 HK$' is read as Wednesday's low (113.30, the week's low too: wrong either way)
    "de277_boersen_ticker_alibaba_liveblog_hongkong_new_york_hang_seng_zeitweise.txt 164,00: hedge None",
    "de277_boersen_ticker_alibaba_liveblog_hongkong_new_york_hang_seng_zeitweise.txt 2,6: hedge None",
    "de278_wochenrueckblick_baidu_hongkong_adr_vor_einer_woche_vortag_vor_zehn_tagen_52_wochen_hoch.txt"
    " 112,90: reference {'date': '2025-10-18'}",
    "de278_wochenrueckblick_baidu_hongkong_adr_vor_einer_woche_vortag_vor_zehn_tagen_52_wochen_hoch.txt"
    " 114,30: reference {'date': '2025-10-22'}",
    # tester120 (en257): its '12-month low of $74.71 and a 12-month high of $165.30' in a text written Friday about
    # Thursday are read as of Friday (the same 52-week extremes either way)
    "en257_marketbeat_baidu_bidu_shares_gap_down_simple_moving_averages_12_month_range.txt 74.71: reference "
    "{'date': '2026-02-27'}",
    "en257_marketbeat_baidu_bidu_shares_gap_down_simple_moving_averages_12_month_range.txt 165.30: reference "
    "{'date': '2026-02-27'}",
    # tester120 (en256): 'about 29% above its 50-day average' takes the 50 days as calendar days, a window (as en106's
    # '22'; a US listing's volume is not judged, unverifiable either way)
    "en256_ibd_stock_of_the_day_alibaba_baba_50_day_200_day_line_buy_point_volume.txt 29: reference "
    "{'start': '2026-01-19', 'end': '2026-03-10'}",
    # (tester116's de259 'Im Oktober summiert sich das Minus auf 3,2 Prozent', read to the Sunday of publication since
    # tester137, runs to Friday's session since tester149, the day the answer names)
    # tester137 (de291): 'Ihr Monatstief erreichte sie am 20. Februar bei 78,10 Hongkong-Dollar' is read as February's
    # low, not the low of the day named (a wrong figure either way: February's lowest low 80.10 was on the 20th)
    "de291_monatsbilanz_tencent_meituan_hongkong_februar_monatssicht_monatstief_monatsende_hang_seng.txt 78,10: "
    "reference {'start': '2026-02-01', 'end': '2026-02-28'}",
    # tester117 (en253): 'Alibaba has trailed the Nasdaq-100 by roughly 5.6 percentage points' names no direction word
    # the tables hold ('trailed' is a yardstick, not a sign word); a relative return is unverifiable either way
    "en253_zacks_alibaba_baba_vs_peers_year_to_date_past_month_nasdaq_100_forward_pe.txt 5.6: direction None",
    # tester117 (en254): 'The ADRs initially climbed about 2% in after-hours trading, while the Hong Kong shares dropped
    # as much as 2.7% on Wednesday morning' after 'results after the US close on Tuesday': the after-hours move takes
    # the contrast clause's Wednesday, not Tuesday's evening (after-hours moves are unverifiable either way)
    "en254_bloomberg_baidu_hong_kong_shares_fall_after_results_adr_after_hours_biggest_drop_since_april.txt 2: "
    "reference {'date': '2025-05-21'}",
    # tester114 (en249, published Wednesday before the US open): 'is a stock to watch on Wednesday after the U.S.-listed
    # shares ... slid 4.9% to $135.59 in the previous session' carries Wednesday, the day its main clause names, to the
    # figures after it (the open, the range, the averages, the RSI, the year to date), not Tuesday's session the text
    # reports; the key takeaways before the body's '(BABA)' read '14% below its 50-day' on Hong Kong's listing
    # (accurate or imprecise either way: see the verdict problems)
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 1.6: reference {'start': '2026-01-01', 'end': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 11: reference {'start': '2026-02-25', 'end': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 132.90: reference {'date': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 136.38: reference {'date': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 137.08: reference {'date': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 14.3: reference {'date': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 145: reference {'date': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 14: listing '9988.HK'",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 14: reference {'date': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 158: reference {'date': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 18.5: reference {'date': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 192.67: reference {'date': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 24: reference {'date': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 30: reference {'date': '2026-03-04'}",
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 9.5: reference {'start': '2026-01-01', 'end': '2026-03-04'}",
    # tester114 (en249): 'the stock is now roughly 14.3% beneath it' (the 50-day average) is the distance to it,
    # judged without a sign: '% beneath it' as a sign word had made a distance to a level named in the sentence before a
    # day's move (see en78's '12' above); a review reverted it
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 14.3: direction None",
    # tester114 (en249): 'Hong Kong-listed Alibaba shares (9988) ended February at HK$142.90' is read as a window of
    # February's last week, not as the close of its last session, 2026-02-27 (accurate either way: 142.90 that day)
    "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt"
    " 142.90: reference "
    "{'start': '2026-02-20', 'end': '2026-02-28'}",
    # tester118 (de262): 'Der GD200 liegt bei rund 137 HK$, der Abstand zur 200-Tage-Linie beträgt damit knapp 27
    # Prozent' names no side: the sentence before ('notiert klar über dem GD50') is not read for it (the distance is
    # judged on its size, accurate either way); 'die Marke von 170 HK$ überwunden' is a level break read without its
    # direction (the measure asks only that the level lie between the previous close and the close)
    "de262_4investors_alibaba_aktie_kaufsignal_170_hkd_marke_gd50_gd200_rsi_52_wochen_hoch.txt 27: direction None",
    "de262_4investors_alibaba_aktie_kaufsignal_170_hkd_marke_gd50_gd200_rsi_52_wochen_hoch.txt 170: direction None",
    # tester118 (de263): 'Ende Januar hatte das Papier noch bei 171,20 HK$ geschlossen' is read on the closes of late
    # January (a span), not on the month's last close (the deliberately wrong close is not accepted either way)
    "de263_onvista_alibaba_aktie_kursrutsch_nach_neujahrsfest_unter_150_hkd_euro_paritaet_tradegate_sparplan_seit_"
    "jahresbeginn.txt 171,20: reference {'start': '2026-01-20', 'end': '2026-01-31'}",
    # tester118 (en255): 'Over the past five trading days' told while the session trades starts at the first of the
    # five sessions, not at the close it is measured from (the measure bases it on 2026-01-14 either way)
    "en255_motley_fool_why_alibaba_stock_jumped_today_intraday_peak_highest_since_october_five_days.txt 5: reference "
    "{'start': '2026-01-15', 'end': '2026-01-22'}",
    # tester111 (en245): '52-week high of $149.51 it touched on Monday' takes Monday for the reference; the day the
    # extreme was set is read as of publication only after a stated date (accurate either way: the 52-week high as of
    # 2025-10-06 and of 2025-10-10 is 149.51)
    "en245_barrons_chinese_tech_stocks_alibaba_baidu_tumble_april_low_52_week_high.txt 149.51: reference "
    "{'date': '2025-10-06'}",
    # tester111 (en246): 'Volume came in at 3.53 million shares, well above the 2.54 million traded on Monday' takes the
    # later 'Monday' for the day's volume too (a US listing's volume is not judged; unverifiable either way)
    "en246_baidu_bidu_stock_analysis_rsi_macd_20_50_day_sma_support_resistance.txt 3.53: reference "
    "{'date': '2026-03-09'}",
    # tester113 (de255): 'Vom Rekordhoch ist die Aktie allerdings noch immer rund 45 Prozent entfernt' after a Hong Kong
    # paragraph: the record named before was the ADR's (319,32 Dollar), the listing carried is Hong Kong's (no quotes of
    # 2020 either way: unverifiable); read as of Friday where the ADR's last session was Thursday
    "de255_handelsblatt_hintergrund_alibaba_rekordhoch_2020_comeback_seit_april_tief_adr_hongkong_boersenwert_vorjahr.txt"
    " 45: listing '9988.HK'",
    "de255_handelsblatt_hintergrund_alibaba_rekordhoch_2020_comeback_seit_april_tief_adr_hongkong_boersenwert_vorjahr.txt"
    " 45: reference {'date': '2026-01-23'}",
    # tester113 (de255): 'Seit dem Tief im April ... rund 85 Prozent' is read as of Thursday's ADR session with the
    # April low as its base (accurate: 177.18 vs 95.73), not as the window the answer writes
    "de255_handelsblatt_hintergrund_alibaba_rekordhoch_2020_comeback_seit_april_tief_adr_hongkong_boersenwert_vorjahr.txt"
    " 85: reference {'date': '2026-01-22'}",
    # tester115 (de258, 03:35 MESZ): 'unter dem Vortagesschluss von 26.159,12 Punkten' is a base (comparisons.csv
    # previous_close) read on the entry's day or the session before it, the answer's that session alone (accurate)
    "de258_ntv_boersenticker_asien_alibaba_apsara_rally_baidu_hongkong_hang_seng_vorabend_new_york.txt 26.159,12: "
    "reference {'start': '2025-09-23', 'end': '2025-09-24'}",
    # tester115 (en250): 'the stock jumped 17% in the first trading session of the year alone' after 'in early January'
    # is read over the first days of January, not on the year's first session (a wrong figure: imprecise either way)
    "en250_thestreet_baidu_bidu_earnings_preview_since_last_report_52_week_range_analysts.txt 17: reference "
    "{'start': '2026-01-01', 'end': '2026-01-10'}",
    # tester115 (en250): 'Last quarter, the stock rose 2.7% on the day of the report' keeps the latest session in the
    # slot but is not measured (earlier_events.csv past_report: the previous report's session is not dated there)
    "en250_thestreet_baidu_bidu_earnings_preview_since_last_report_52_week_range_analysts.txt 2.7: reference "
    "{'date': '2026-02-23'}",
    # tester113 (en248): 'Average volume (50 days): 12.6 million shares' is a window of 50 calendar days in the slot
    # (the measure averages the 50 sessions: accurate)
    "en248_yahoo_finance_alibaba_baba_stock_5_things_to_know_52_week_range_three_months_beta.txt 12.6: reference "
    "{'start': '2026-01-29', 'end': '2026-03-20'}",
    # tester108 (en240): 'up from a close of $150.96 the previous Friday' is read as a comparison base, on the
    # previous Friday or the session before (accurate either way: the close of 2026-01-09)
    "en240_motley_fool_why_alibaba_stock_jumped_this_week_qwen_rally.txt 150.96: reference "
    "{'start': '2026-01-08', 'end': '2026-01-09'}",
    # tester108 (en241): 'The 50-day moving average stands at about $145, and the stock broke below it in early
    # February' takes the later clause's 'early February' for the average told in the present (a wrong figure
    # either way: 140.57 on 2026-02-23)
    "en241_seeking_alpha_baidu_q4_earnings_preview_ai_cloud_52_week_range.txt 145: reference {'date': '2026-02-10'}",
    # tester106 (de247, Wednesday 11:20): 'Auf Tradegate kostet die Aktie am Mittag 105,60 Euro' right after 'In New
    # York hatten die Baidu-ADRs am Dienstag ... verloren' takes Tuesday from it, not the publication day its present
    # tense and 'am Mittag' tell (accurate either way: Tuesday's parity 103.8 EUR, Wednesday's 106.1 EUR)
    "de247_der_aktionaer_chartcheck_baidu_unterstuetzung_hongkong_adr_tradegate_200_tage_linie.txt 105,60: reference "
    "{'date': '2025-10-14'}",
    # tester109 (de251, 02:35 MEZ): 'leicht über dem Vortagesschluss von 26.433,70 Punkten' is read on the entry's day
    # or the session before it (a base by its noun), the answer's on the session before alone (accurate either way)
    "de251_boersen_ticker_asien_hang_seng_alibaba_baidu_hongkong_vorabend_new_york.txt 26.433,70: reference "
    "{'start': '2025-10-27', 'end': '2025-10-28'}",
    # de131 (tester34): '1,1 Prozent über dem Vortagesschluss von 165,17 Dollar' is now a close (it was a price of the
    # moment) read on the ticker's day or the session before it, the answer's that session alone (accurate either way)
    "de131_ntv_boersenticker_dax_nasdaq_nvidia_vortagesschluss.txt 165,17: reference "
    "{'start': '2026-03-30', 'end': '2026-03-31'}",
    # tester109 (en242): MarketWatch's closing 'Trading volume (11.0 M) ...' after a paragraph ending on a competitor
    # ('Baidu remains $17.64 short ...') is read as Baidu's, the answer's the article's own stock (as en92's, en70's)
    "en242_marketwatch_alibaba_adr_outperforms_tuesday_competitors_52_week_high.txt 11.0: listing 'BIDU'",
    # tester106 (en237): 'a 30-day average of roughly 115 million' shares is read over thirty calendar days to the
    # publication day, the answer's over the 30 sessions before it (accurate either way: 112.2 / 114.8 million)
    "en237_reuters_buzz_alibaba_fifth_straight_gain_tencent_snaps_streak_hang_seng.txt 115: reference "
    "{'start': '2025-08-12', 'end': '2025-09-11'}",
    # tester104 (de244, Tuesday 14:30 MEZ): 'nachdem sie Anfang Oktober mit HK$186,20 ihr Jahreshoch markiert hatten'
    # is read as of the end of 'Anfang Oktober' (the answer: the day the high was set, 3 October; accurate either
    # way); the Hong Kong year-to-date move told in the clause after the ADR's ('Seit Jahresbeginn hat die ADR knapp
    # 90 % zugelegt, in Hongkong steht sogar ein Plus von mehr als 95 % zu Buche') takes the ADR's Monday, not Hong
    # Kong's Tuesday (wrong either way: +86.5 / +90.5 %)
    "de244_ts2_tech_alibaba_aktie_hongkong_adr_tradegate_jahreshoch_rsi_kursziele_was_anleger_wissen_muessen.txt "
    "186,20: reference {'date': '2025-10-10'}",
    "de244_ts2_tech_alibaba_aktie_hongkong_adr_tradegate_jahreshoch_rsi_kursziele_was_anleger_wissen_muessen.txt "
    "95: reference {'start': '2025-01-01', 'end': '2025-11-24'}",
    # tester104 (de246, Monday 10:12): the Hang Seng's move and level right after 'In New York hatten die ADRs am
    # Freitag ... geschlossen' are read on Friday's or Monday's session (a window since this session: the day told in
    # the pluperfect is New York's; the answer reads Monday's, Hong Kong closed when written)
    *(
        f"de246_dpa_afx_analyser_baidu_jefferies_kursziel_hongkong_adr_hang_seng.txt {quote}: "
        "reference {'start': '2025-10-24', 'end': '2025-10-27'}"
        for quote in ("1,0", "26.634")
    ),
    # tester101: a Thursday morning paper's business page telling Wednesday's Hong Kong close ('Das Papier schloss bei
    # 173,50 Hongkong-Dollar ...'): its figures told in the present without a day of their own ('Gegenüber dem
    # Schlusskurs vom vergangenen Freitag steht ein Plus von knapp 3 Prozent', 'Vom 52-Wochen-Hoch bei 186,20 HKD ist
    # die Aktie aber noch etwa 7 Prozent entfernt') are read as of publication, Thursday, a session the paper could not
    # yet know; the answers read them on Wednesday, the day in play (accurate either way: +2.85 / +2.97 %, -6.93 /
    # -6.82 %)
    *(
        f"de241_regionalzeitung_wirtschaftsseite_boersennotizen_alibaba_hongkong_adr_frankfurt_euro_hang_seng_dax.txt "
        f"{quote}: reference {{'date': '2026-01-29'}}"
        for quote in ("186,20", "7")
    ),
    "de241_regionalzeitung_wirtschaftsseite_boersennotizen_alibaba_hongkong_adr_frankfurt_euro_hang_seng_dax.txt 3: "
    "reference {'start': '2026-01-23', 'end': '2026-01-29'}",
    # tester100: after 'That takes its gain so far this month to more than 46%, and the shares are now up about 58%
    # this year' the story has moved on to its now, so the figures after it that name no day ('In New York, Baidu's
    # ADRs followed with an 11.3% rise') are read on the publication day, Thursday; with no clock that day's session is
    # not yet told and each is judged on Wednesday's, the answers' day (accurate, and the wrong '3.4' is not accepted)
    *(
        f"en233_finimize_baidu_ai_chip_bet_hong_kong_surge_adrs_alibaba.txt {quote}: reference {{'date': '2025-09-18'}}"
        for quote in ("1.8", "11.3", "26,908.39", "3.4", "3", "5.3")
    ),
    "en233_finimize_baidu_ai_chip_bet_hong_kong_surge_adrs_alibaba.txt 20: reference "
    "{'start': '2025-09-15', 'end': '2025-09-18'}",
    # tester100: 'it had fallen for five straight sessions, losing 10.7% over that stretch' before Friday's gain: a
    # stretch of sessions ending the day before the session told is not measured (unverifiable)
    "en232_schwab_market_update_nvidia_rebound_nasdaq_weekly_loss_adrs_dax.txt 10.7: reference {'date': '2026-02-06'}",
    # tester97: a look-back from a bare weekday ('Seit Mittwoch summiert sich das Minus auf 5,4 Prozent') keeps no
    # start: Wednesday's close or Tuesday's (the day's own move included) is not told, so it stays unverifiable
    "de235_handelsblatt_hongkong_tech_alibaba_tencent_meituan_hang_seng_tech_jahresbeginn.txt 5,4: reference "
    "{'date': '2025-06-13'}",
    # tester95: a German morning price of the ADR's derived euro listing ('Im deutschen Handel kosteten Alibaba-Papiere
    # am Vormittag 111,10 Euro', 10:38 CEST) is dated by the mirrored listing's calendar, New York's last session
    # before publication (the parity of Tuesday's close, accurate), not by the German session of Wednesday
    "de234_dpa_afx_aktien_asien_schluss_hongkong_fruehhandel_alibaba_baidu_tencent_meituan.txt 111,10: reference "
    "{'date': '2025-05-20'}",
    # tester85: an index's move at a moment its own clause names is read as an intraday move now, its hedge
    # 'intraday' where these answers have none, 'up_to' or 'approx' (the answers differ on 'as much as': en218's is
    # 'intraday'); read on the day's range either way
    "de188_boerse_express_morgenkommentar_dax_nasdaq_baidu_200_tage_linie.txt 2,7: hedge 'intraday'",
    "en168_dow_jones_market_talk_nvidia_baidu_dax.txt 0.4: hedge 'intraday'",
    "en169_yahoo_finance_live_nasdaq_100_nvidia_alibaba.txt 0.9: hedge 'intraday'",
    "en194_wsj_markets_wrap_asia_us_tech_rout_nvidia_tencent.txt 2.5: hedge 'intraday'",
    "en52_hong_kong_close_tech_rally_monday.txt 2.3: hedge 'intraday'",
    # tester81: a research note's 'Priced at market close on 12 September 2025' above its key-data box does not date
    # the box nor the note's RSI and distance to the 52-week low: read as of the Monday of publication (the same
    # close for 0700.HK, accurate either way)
    "en219_broker_research_note_tencent_price_target_performance_table_52_week_range.txt 46.76: "
    "reference {'date': '2025-09-15'}",
    "en219_broker_research_note_tencent_price_target_performance_table_52_week_range.txt 82.82: "
    "reference {'date': '2025-09-15'}",
    "en219_broker_research_note_tencent_price_target_performance_table_52_week_range.txt 74: "
    "reference {'date': '2025-09-15'}",
    "en219_broker_research_note_tencent_price_target_performance_table_52_week_range.txt 76: "
    "reference {'date': '2025-09-15'}",
    # tester78: indices without quote rows (the China Enterprises, Shanghai Composite, KOSPI) take no listing; their
    # moves stay unverifiable either way
    "en216_reuters_hong_kong_midday_alibaba_surges_baidu_slips.txt 1.3: listing None",
    "en216_reuters_hong_kong_midday_alibaba_surges_baidu_slips.txt 0.5: listing None",
    "en216_reuters_hong_kong_midday_alibaba_surges_baidu_slips.txt 0.4: listing None",
    # tester78: Nvidia's RSI in a blog entry stamped 08:31 GMT, before New York opened, is read on that day, not on
    # Tuesday's close it was computed on (accurate either way); 'from 62 the session before' (deliberately wrong) is
    # read on Monday, the day before Tuesday (Martin Luther King Day, so measured on Friday's session, the answer's)
    "en217_ft_markets_live_dax_nvidia_rout_hang_seng_alibaba.txt 40: reference {'date': '2026-01-21'}",
    "en217_ft_markets_live_dax_nvidia_rout_hang_seng_alibaba.txt 62: reference {'date': '2026-01-19'}",
    # twenty-first session: a chart figure naming no day is as of the latest session the text reports; three older
    # answers date 'inzwischen gut 30 Prozent über ihrer 50-Tage-Linie', 'The shares now trade 28% above their 50-day
    # moving average' to the publication day after a text that told the session before (their verdicts hold on either)
    "de23_baidu_ueberkauft.txt 50: reference {'date': '2025-10-02'}",
    "de28_seit_dem_apriltief.txt 30: reference {'date': '2025-09-19'}",
    "de28_seit_dem_apriltief.txt 40: reference {'date': '2025-09-19'}",
    "en20_baidu_since_april_low.txt 28: reference {'date': '2025-10-08'}",
    "en20_baidu_since_april_low.txt 55: reference {'date': '2025-10-08'}",
    # tester55: MarketWatch's 'Trading volume (3.4 M) eclipsed its 50-day average volume of 3.0 M' (en171) goes to the
    # competitor named last (Alibaba), not the note's subject (unverifiable either way), and its average is read as a
    # volume; the Motley Fool's key point 'Shares are up about 13% so far in 2026' after 'The rally started in Hong
    # Kong' is read in Hong Kong, and the body's '13%' and 'more than doubled' after the Frankfurt sentence in euros,
    # where the piece speaks of the ADSs (accurate on each); 'the 50-day average of 169 million' (en170) is read over
    # calendar days; Benzinga's 'Nasdaq futures' (en174) are the Composite's, the OTC ADRs' pre-market moves are
    # Tencent's Hong Kong listing's and no listing (Meituan's MPNGY is not held); all unverifiable either way
    "en170_cnbc_market_wrap_nasdaq_nvidia_baidu_alibaba_dax.txt 169: reference "
    "{'start': '2026-01-07', 'end': '2026-02-26'}",
    "en173_motley_fool_why_alibaba_stock_soared_today.txt 13: listing '9988.HK'",
    "en173_motley_fool_why_alibaba_stock_soared_today.txt 13: listing 'AHLA.F'",
    "en173_motley_fool_why_alibaba_stock_soared_today.txt doubled: listing 'AHLA.F'",
    "en174_benzinga_premarket_movers_alibaba_nvidia_baidu_tencent_meituan.txt 0.4: listing '^IXIC'",
    "en174_benzinga_premarket_movers_alibaba_nvidia_baidu_tencent_meituan.txt 19.85: listing None",
    "en174_benzinga_premarket_movers_alibaba_nvidia_baidu_tencent_meituan.txt 2.2: listing None",
    # tester59 (en180..en184): Proactive's headline
    # 'Baidu extends rally in Hong Kong after US shares surge 11%' and its 'pushed the 14-day relative strength index
    # to 90' in a Thursday-morning London note are dated to the publication day, read on the ADR's Wednesday session;
    # Bloomberg's 'The food delivery giant has lost about a third ... amid a costly price war
    # with Alibaba and JD.com, and sits just 9.8% above the 52-week low' gives the conjunct to JD.com (no quotes:
    # unverifiable), the sentence's subject is Meituan
    "en182_proactive_investors_baidu_hong_kong_extends_adr_surge_rsi.txt 11: reference {'date': '2025-09-18'}",
    "en182_proactive_investors_baidu_hong_kong_extends_adr_surge_rsi.txt 90: reference {'date': '2025-09-18'}",
    "en184_bloomberg_asia_stocks_hang_seng_tencent_meituan_rebound.txt 9.8: listing '9618.HK'",
    # tester53 (de174..de178): the live blog's 'fällt die Aktie zeitweise um mehr als 2 Prozent auf 174,50 Dollar' gives
    # the price no intraday hedge (the move before it holds the word); 'RSI binnen eines Tages von 37 auf 58' dates the
    # earlier reading to the day of the later; 'Der Abstand zur 200-Tage-Linie beträgt knapp 5 Prozent' names no side
    # (the answer: below, told by the sentence before); the Capital column of Friday without a time reads its chart
    # figures, its year and 'Im März allein' as of Friday, the answer as of Thursday's close, the latest session it
    # reports; Der Standard's 'Ende Jänner' is read to 31 January, the answer to the month's last session
    "de174_handelsblatt_liveblog_dax_nvidia_alibaba_tencent_freitag.txt 174,50: hedge None",
    "de175_boerse_online_chartcheck_tencent_50_200_tage_linie_rsi.txt 5: direction None",
    "de177_capital_kolumne_nvidia_nasdaq100_rekord_abstand.txt 39: reference {'date': '2026-03-27'}",
    "de177_capital_kolumne_nvidia_nasdaq100_rekord_abstand.txt 5,4: reference "
    "{'start': '2026-03-01', 'end': '2026-03-27'}",
    "de177_capital_kolumne_nvidia_nasdaq100_rekord_abstand.txt 8: reference "
    "{'start': '2026-01-01', 'end': '2026-03-27'}",
    "de178_der_standard_alibaba_feber_jaenner_hoch_hongkong_wien.txt 173,50: reference "
    "{'start': '2026-01-20', 'end': '2026-01-31'}",
    # tester54 (de179..de183): last week's candle on a Monday (de180 '7,2') is read on the five sessions to Monday, its
    # verdict right on the last calendar week measure permits; a distance to a sign-less average ('Abstand gut 14 %')
    # and a broken support name no side; 'Seit Ende Januar' stays an unmeasured since-return; the distance to the
    # record 'erreicht am 13. Januar' is dated to that day; 'in der Spitze 185,40 Dollar erreicht' keeps its intraday
    # hedge on the day's high. The extremes reached 'zeitweise / in der Spitze ... bis auf' that tester54's rule now
    # reads as the day's low or high (de114, de151, de152, de169) carry no intraday hedge, the answers give them one
    # (the verdicts are the same)
    "de180_stock3_godmode_chartanalyse_tencent_unterstuetzung_gd50_gd200_rsi.txt 7,2: reference "
    "{'start': '2026-03-16', 'end': '2026-03-23'}",
    "de180_stock3_godmode_chartanalyse_tencent_unterstuetzung_gd50_gd200_rsi.txt 14: direction None",
    "de180_stock3_godmode_chartanalyse_tencent_unterstuetzung_gd50_gd200_rsi.txt 500: direction None",
    "de183_ard_boerse_marktbericht_abend_dax_nasdaq_nvidia_hang_seng_meituan.txt 185,40: hedge 'intraday'",
    # tester57 (de184..de188): Focus Money's 'Ein Tagesplus von 7,3 Prozent ist ... alles andere als alltäglich' names
    # its day (Tuesday) in the sentence after, read on Friday's session (accurate on the window); the new paragraph
    # 'Charttechnik' after a Frankfurt euro price reads 'Seit Jahresbeginn ... 8,6 Prozent' on the euro listing
    # (accurate on its parity too); onvista's 'In der Vorwoche' of a Monday is read on the five sessions to Monday,
    # the answer on the last calendar week (permitted, accurate); 'im Februar' is read to the month's end, the answer
    # to its last session; 'Seitdem' after a dated 52-week low and 'Seit Freitag' stay unmeasured since-returns;
    # n-tv's 'als er 1,4 Prozent nachgegeben hatte' after 'Verluste vom Donnerstag' is dated Friday (the verdict
    # holds); the Börsen-Zeitung of Wednesday morning reads its undated month, 52-week and distance figures as of
    # Wednesday, the answer as of Tuesday's close it reports; its 'erreicht Anfang Oktober' after the 52-week high
    # dates the year's move of the clause before (see the verdict problems)
    "de184_focus_money_aktie_der_woche_tencent_kurssprung_gd200_rsi.txt 7,3: reference {'date': '2026-03-13'}",
    "de184_focus_money_aktie_der_woche_tencent_kurssprung_gd200_rsi.txt 8,6: listing 'NNND.F'",
    "de186_onvista_aktie_im_fokus_meituan_tradegate_euro_52_wochen_tief.txt 19,5: reference "
    "{'start': '2026-02-01', 'end': '2026-02-28'}",
    "de186_onvista_aktie_im_fokus_meituan_tradegate_euro_52_wochen_tief.txt 7: reference {'date': '2026-03-09'}",
    "de187_boersen_zeitung_hongkong_marktbericht_hang_seng_alibaba_tencent_meituan_baidu.txt 94,05: reference "
    "{'date': '2025-10-22'}",
    "de187_boersen_zeitung_hongkong_marktbericht_hang_seng_alibaba_tencent_meituan_baidu.txt 6: reference "
    "{'date': '2025-10-22'}",
    "de187_boersen_zeitung_hongkong_marktbericht_hang_seng_alibaba_tencent_meituan_baidu.txt 33,8: reference "
    "{'start': '2025-01-01', 'end': '2025-10-10'}",
    "de187_boersen_zeitung_hongkong_marktbericht_hang_seng_alibaba_tencent_meituan_baidu.txt 6,9: reference "
    "{'date': '2025-10-21'}",
    "de187_boersen_zeitung_hongkong_marktbericht_hang_seng_alibaba_tencent_meituan_baidu.txt 27.382: reference "
    "{'date': '2025-10-22'}",
    "de187_boersen_zeitung_hongkong_marktbericht_hang_seng_alibaba_tencent_meituan_baidu.txt 5: reference "
    "{'date': '2025-10-22'}",
    # tester57: 'fast die Hälfte ihres Werts verloren' (de187) carries no hedge ('fast' stands before the article); a
    # year's move to date in Wednesday's paper moves the day in play to the period up to publication, so the sentence
    # after it ('Baidu legten um 0,3 % auf 117,50 HK$ zu') is read on Wednesday, not yet traded when it was written
    # (the verdicts hold; the same with the year's move in figures)
    "de187_boersen_zeitung_hongkong_marktbericht_hang_seng_alibaba_tencent_meituan_baidu.txt Hälfte: hedge None",
    "de187_boersen_zeitung_hongkong_marktbericht_hang_seng_alibaba_tencent_meituan_baidu.txt 0,3: reference "
    "{'date': '2025-10-22'}",
    "de151_spiegel_wirtschaft_alibaba_hang_seng_startglocke_vortag.txt 148,80: hedge None",
    "de152_tradegate_tagesuebersicht_baidu_meituan_euro_umsatz.txt 91,55: hedge None",
    "de114_spiegel_kurzmeldung_baidu_kurssturz_new_york_hongkong.txt 123,90: hedge None",
    "de169_focus_money_nvidia_allzeithoch_abstand_gd_rsi_billionen.txt 171,72: hedge None",
    # tester52: Yahoo's live blog (en169) 'erased an early gain of nearly 2% and was down 0.5%': the early gain takes
    # the sign word of the clause after it; Forbes' headline 'Up 12% This Year'
    # (en167, before New York's open on Thursday) ends on Thursday, the body's on Wednesday's close; a 30-day average
    # volume (en165, en168) is read on its window of sessions, the answer names the session it is of
    "en169_yahoo_finance_live_nasdaq_100_nvidia_alibaba.txt 2: direction 'down'",
    "en167_forbes_alibaba_stock_up_this_year_hong_kong.txt 12: reference {'start': '2026-01-01', 'end': '2026-02-12'}",
    "en165_business_insider_nvidia_stock_record_high_5_trillion.txt 179: reference "
    "{'start': '2025-09-29', 'end': '2025-10-29'}",
    "en168_dow_jones_market_talk_nvidia_baidu_dax.txt 2.5: reference {'start': '2026-02-14', 'end': '2026-03-16'}",
    # tester50 (de169..de173): the Focus Money piece stamped 06:00 on Wednesday reads its undated 52-week low as of
    # publication (Wednesday's session, not yet traded), the answer names Tuesday; '(Abstand: knapp 5 Prozent)' to the
    # 50-day line names no side; the Sunday review de170 dates its January table figures to the month's end, the answer
    # to January's last session; 'zeitweise bis auf 24.266 Punkte gefallen' after a pluperfect is read without its
    # intraday hedge; the NZZ's 'um 0,2% ... zu' after 'nach dem Rückschlag vom Vortag (–2,2%)' takes the fall's sign
    "de169_focus_money_nvidia_allzeithoch_abstand_gd_rsi_billionen.txt 5: direction None",
    "de169_focus_money_nvidia_allzeithoch_abstand_gd_rsi_billionen.txt 86,62: reference {'date': '2026-03-25'}",
    "de170_euro_am_sonntag_wochenbilanz_alibaba_hongkong_frankfurt_dax_januar.txt 0,2:"
    " reference {'start': '2026-01-01', 'end': '2026-01-31'}",
    "de170_euro_am_sonntag_wochenbilanz_alibaba_hongkong_frankfurt_dax_januar.txt 18,5:"
    " reference {'start': '2026-01-01', 'end': '2026-01-31'}",
    "de170_euro_am_sonntag_wochenbilanz_alibaba_hongkong_frankfurt_dax_januar.txt 24.266: hedge None",
    # (its 'im Handelsverlauf bis zu 174,20 HK-Dollar gekostet' is the day's high since the twenty-first session, told
    # without a hedge as de133's 'wurden bis zu 168,20 HKD bezahlt'; de170's answer keeps 'up_to')
    "de170_euro_am_sonntag_wochenbilanz_alibaba_hongkong_frankfurt_dax_januar.txt 174,20: hedge None",
    "de170_euro_am_sonntag_wochenbilanz_alibaba_hongkong_frankfurt_dax_januar.txt 6,9:"
    " reference {'start': '2026-01-01', 'end': '2026-01-31'}",
    "de171_nzz_asiens_boersen_hang_seng_alibaba_tiefst_hoechst_vorjahr.txt 0,2%: direction 'down'",
    # tester47: Livemint's Monday-morning piece (en153) dates Friday's figures told without a day of their own ('Nvidia
    # share price fell 3% to $177.81' after 'ended lower on Friday') to the Sunday before publication, and the
    # Investing.com analysis published on a Saturday (en154) its 52-week high, told with the day it was set, to the
    # Saturday (the values read are Friday's, the verdicts right); en153's Topix, Kospi and Kosdaq have no listing row
    # (no quotes held, unverifiable either way); a 50-day average volume is read over its window rather than as of its
    # day
    "en153_livemint_global_markets_asia_lower_nasdaq_nvidia_hang_seng.txt 3: reference {'date': '2026-03-08'}",
    "en153_livemint_global_markets_asia_lower_nasdaq_nvidia_hang_seng.txt 0.3: reference {'date': '2026-03-08'}",
    "en153_livemint_global_markets_asia_lower_nasdaq_nvidia_hang_seng.txt 1.1: reference {'date': '2026-03-08'}",
    "en153_livemint_global_markets_asia_lower_nasdaq_nvidia_hang_seng.txt 177.81: reference {'date': '2026-03-08'}",
    "en153_livemint_global_markets_asia_lower_nasdaq_nvidia_hang_seng.txt 5: reference "
    "{'start': '2026-01-01', 'end': '2026-03-08'}",
    "en153_livemint_global_markets_asia_lower_nasdaq_nvidia_hang_seng.txt 207.04: reference {'date': '2026-03-08'}",
    "en153_livemint_global_markets_asia_lower_nasdaq_nvidia_hang_seng.txt 14: reference {'date': '2026-03-08'}",
    "en153_livemint_global_markets_asia_lower_nasdaq_nvidia_hang_seng.txt 1.4: listing '^N225'",
    "en153_livemint_global_markets_asia_lower_nasdaq_nvidia_hang_seng.txt 2.3: listing None",
    "en153_livemint_global_markets_asia_lower_nasdaq_nvidia_hang_seng.txt 1.6: listing None",
    "en151_seeking_alpha_alibaba_baba_premarket_post_earnings_slide.txt 12: reference "
    "{'start': '2026-01-28', 'end': '2026-03-19'}",
    "en154_investing_com_nvidia_technical_analysis_pivot_points_200_day.txt 185: reference "
    "{'start': '2026-02-05', 'end': '2026-03-27'}",
    # tester48: 'the 50-day average of roughly 182 million' (en155) is read on the window of the fifty sessions, the
    # answer names the session it ends on
    "en155_marketwatch_nvidia_trading_lower_losing_streak_record_close.txt 182: reference "
    "{'start': '2026-01-29', 'end': '2026-03-20'}",
    # tester48: RTHK's 'the index had dropped 1.7 percent. It is now up 5.7 percent so far this year' after a sentence
    # on the Hang Seng Tech index: 'the index' is the last index named (index_roles.csv), HSTECH, unverifiable; the
    # answer reads the benchmark of the report (the Hang Seng: '1.7' wrong, '5.7' true)
    "en158_rthk_hang_seng_alibaba_tencent_morning_session.txt 1.7: listing '^HSTECH'",
    "en158_rthk_hang_seng_alibaba_tencent_morning_session.txt 5.7: listing '^HSTECH'",
    # tester48: a Morningstar note dated Wednesday without a time, telling Tuesday's close: the figures as of now are
    # read as of Wednesday's New York session (the answer: Tuesday's), bound there by the 52-week high 'reached on Jan.
    # 22' read as of publication (see true called imprecise); the three-year move (since_return, unmeasured) is dated
    # to publication, the answer names no window the quotes hold
    "en159_morningstar_baidu_fair_value_year_to_date_three_year.txt 107.80: reference {'date': '2026-03-11'}",
    "en159_morningstar_baidu_fair_value_year_to_date_three_year.txt 165.30: reference {'date': '2026-03-11'}",
    "en159_morningstar_baidu_fair_value_year_to_date_three_year.txt 24: reference {'date': '2026-03-11'}",
    "en159_morningstar_baidu_fair_value_year_to_date_three_year.txt 74.17: reference {'date': '2026-03-11'}",
    "en159_morningstar_baidu_fair_value_year_to_date_three_year.txt 8: reference {'date': '2026-03-11'}",
    # 'after a 4.2% drop the week before' (en95, a Saturday): the week's move is read on the week up to publication
    # with the last calendar week permitted (session_words.csv calendar_week), where the answer names that last week
    "en95_barrons_nasdaq_100_nvidia_four_losing_weeks.txt 4.2: reference {'start': '2026-03-20', 'end': '2026-03-27'}",
    # tester40: onvista's 'Seit Jahresbeginn summiert sich das Plus der ADRs damit auf gut 52 Prozent, in Hongkong
    # liegt die Aktie rund 55 Prozent höher' after the New York table of Monday: the Hong Kong clause is read on Monday
    # too, where Hong Kong's latest session told is Tuesday (the figure is wrong either way: +51.3 % / +49.8 %)
    "de146_onvista_baidu_kurstabelle_hongkong_new_york.txt 55: reference {'start': '2025-01-01', 'end': '2025-10-27'}",
    # tester40: a mid-session note (finanznachrichten 16:48 CET) and an evening background (Handelsblatt 18:30 CET)
    # read the ADR's 52-week high and the distance to it as of the publication day, whose New York session is still
    # trading; the answers name the ADR's last close (the same high, the verdicts right)
    "de148_finanznachrichten_baidu_frankfurt_tagesplus_nasdaq.txt 165,30: reference {'date': '2026-03-25'}",
    "de148_finanznachrichten_baidu_frankfurt_tagesplus_nasdaq.txt 32: reference {'date': '2026-03-25'}",
    "de149_handelsblatt_alibaba_hintergrund_rekordhoch_2020_boersenwert.txt 192,67: reference {'date': '2026-02-24'}",
    "de149_handelsblatt_alibaba_hintergrund_rekordhoch_2020_boersenwert.txt 21: reference {'date': '2026-02-24'}",
    # tester40: 'Im April 2025 war das ADR bis auf 95,73 Dollar gefallen, seit dem Schlusskurs vom 9. April hat es rund
    # 46 Prozent gewonnen': the base was read as April's window, not the close of the day named (unverifiable so);
    # since tester107 the clause in the present perfect no longer takes the pluperfect's April: read as of publication
    # like the plain 'Seit dem Schlusskurs vom 9. April hat es ...', its base typed, still unverifiable (not measured)
    "de149_handelsblatt_alibaba_hintergrund_rekordhoch_2020_boersenwert.txt 46: reference {'date': '2026-02-24'}",
    # tester40: a trader's list item 'GD 200: 582,66 HKD – Abstand knapp 15 Prozent' names no side (the line lies above
    # the price: down); read either way, accurate
    "de150_traderblog_tencent_stopp_kursziel_gd_rsi.txt 15: direction None",
    # tester46: the ariva list 'Die Nvidia-Aktie im Überblick:' after 'Auf Tradegate wurde Nvidia am Freitagmorgen mit
    # 166,40 Euro gehandelt' takes Tradegate for its items naming no currency ('Seit Jahresbeginn: +38,4 Prozent',
    # 'Innerhalb einer Woche: +3,9 Prozent'), where its other items say Dollar; both are wrong in either currency
    # (called imprecise: the year to date of an earlier session of the window is +38.16 %)
    "de161_ariva_hot_stock_nvidia_rekordhoch_boersenwert.txt 38,4: listing 'NVD.F'",
    "de161_ariva_hot_stock_nvidia_rekordhoch_boersenwert.txt 3,9: listing 'NVD.F'",
    # tester46: 'Abstand zur 200-Tage-Linie: gut 33 Prozent' names no side: read as its size (accurate)
    "de161_ariva_hot_stock_nvidia_rekordhoch_boersenwert.txt 33: direction None",
    # tester46: 'im Frühjahr 2021' is read as the whole year 2021 (unverifiable either way: before the quotes held)
    "de163_direktbank_kundenmagazin_fuenf_jahre_alibaba.txt 230: reference "
    "{'start': '2021-01-01', 'end': '2021-12-31'}",
    # tester39: boerse.de's Tencent list of Wednesday 11 March without a clock ('Mit einem Plus von 7,3 Prozent ...
    # am Dienstag'): its 52-week extremes, distances, GD 50, RSI and year to date are read up to the publication day,
    # the answer ends them on Tuesday's close the text reports (Tencent's 52 weeks lack raw prices before 2025-05-15:
    # unverifiable either way; the GD 50 and RSI are accurate on either day; '6,6' is wrong either way)
    "de142_boerse_de_aktie_des_tages_tencent_52_wochen_monatsbilanz.txt 683: reference {'date': '2026-03-11'}",
    "de142_boerse_de_aktie_des_tages_tencent_52_wochen_monatsbilanz.txt 19: reference {'date': '2026-03-11'}",
    "de142_boerse_de_aktie_des_tages_tencent_52_wochen_monatsbilanz.txt 25: reference {'date': '2026-03-11'}",
    "de142_boerse_de_aktie_des_tages_tencent_52_wochen_monatsbilanz.txt 54: reference {'date': '2026-03-11'}",
    # tester39: 'unter dem Vortagesschluss von 163,80 HK$' is read on Monday or Tuesday, the answer on Monday (wrong
    # either way); ('hatten über Nacht 1,3 Prozent verloren' is Wednesday's New York session since tester110:
    # overnight.csv inline 'über Nacht' right before the number)
    "de141_boersen_zeitung_alibaba_hongkong_frankfurt_tagesspanne_vortag.txt 163,80: reference "
    "{'start': '2026-02-02', 'end': '2026-02-03'}",
    # tester41: a MarketBeat report published the morning after the session ('March 25, 2026', no clock time) dates its
    # headline move and its chart figures (50- and 200-day averages, 12-month low and high) to the publication day,
    # not to Tuesday's session the text reports; the volume's 'Approximately' is a hedge (the answer has none)
    "en140_marketbeat_baidu_bidu_shares_down_moving_averages_12_month.txt 1.7: reference {'date': '2026-03-25'}",
    "en140_marketbeat_baidu_bidu_shares_down_moving_averages_12_month.txt 74.71: reference {'date': '2026-03-25'}",
    "en140_marketbeat_baidu_bidu_shares_down_moving_averages_12_month.txt 165.30: reference {'date': '2026-03-25'}",
    "en140_marketbeat_baidu_bidu_shares_down_moving_averages_12_month.txt 1,358,400: hedge 'approx'",
    # tester41: Barron's premarket figures at 7:02 am ET are dated to Thursday's session (the answer: Friday's
    # premarket, unverifiable either way); the 52-week high beside Thursday's close is read as of the publication day
    "en139_barrons_alibaba_stock_falling_premarket_hong_kong_overnight.txt 1.2: reference {'date': '2026-02-26'}",
    "en139_barrons_alibaba_stock_falling_premarket_hong_kong_overnight.txt 146.27: reference {'date': '2026-02-26'}",
    "en139_barrons_alibaba_stock_falling_premarket_hong_kong_overnight.txt 192.67: reference {'date': '2026-02-27'}",
    # tester41: the SCMP's 'after rising as much as 1.3 per cent' has the hedge 'intraday' (the answer: 'up_to'), and
    # 'after touching HK$149.80 in early trade' none (the answer: 'intraday'); the FT's 'The index had opened about 1
    # per cent higher before reversing ..., and it has now fallen nearly 12 per cent from the record close it set in
    # mid-January': the open takes the sentence's 'mid-January' (called accurate, but on a January session's open, not
    # Friday's: a true figure passed on the wrong day). Needs a month told for the extreme of a later clause to date
    # only that clause
    "en138_scmp_hang_seng_alibaba_tencent_morning_afternoon_turnover.txt 1.3: hedge 'intraday'",
    "en138_scmp_hang_seng_alibaba_tencent_morning_afternoon_turnover.txt 149.80: hedge None",
    "en141_ft_markets_wrap_hang_seng_dax_nasdaq_100_week_meituan.txt 1: reference "
    "{'start': '2026-01-10', 'end': '2026-01-20'}",
    # 'Die ADS notierten 2021 zeitweise bei mehr als 270 Dollar, heute sind es knapp 47 Prozent weniger' (de133): the
    # distance to the 2021 level is read as of publication, the answer names Friday's session (unmeasured either way)
    "de133_capital_alibaba_jahresperformance_hoch_2021_boersenwert.txt 47: reference {'date': '2026-02-28'}",
    # tester37: de140's record level '25.508' is dated to the last session before its Saturday, the answer to the
    # record's day (13 January; unverifiable either way: records are not measured); a WiWo
    # (its year-end close, 'Zum Jahresende 2025 hatte es noch bei 132,38 Dollar geschlossen', is read on that day
    # since the twenty-seventh session: a year's end is a day, dates._YEAR_END);
    # 'vom Tief im April 2025 bei 74,71 Dollar ... um rund 53 Prozent erholt' dated to April's window, not the low's
    # day; a chart analysis's distance to the GD 200 without a direction; 'zeitweise rutschte er bis auf 26.481
    # Punkte ab' (an index's low) with no 'intraday' hedge
    "de137_wiwo_baidu_hintergrund_jahresbeginn_drei_monate_hoch.txt 53: reference "
    "{'start': '2025-04-01', 'end': '2025-04-30'}",
    "de138_wallstreet_online_chartanalyse_meituan_gd200_rsi_tagesspanne.txt 30: direction None",
    "de139_faz_asiens_boersen_hang_seng_tencent_alibaba_nikkei.txt 26.481: hedge None",
    "de140_anlegermagazin_wochenausblick_nvidia_nasdaq_100_dax_wochenbilanz.txt 25.508: reference "
    "{'date': '2026-03-27'}",
    # (see 'set out of scope': de140's 'nach 22.613 Punkten am Vortag' counted from Saturday since the twenty-seventh
    # session)
    "de140_anlegermagazin_wochenausblick_nvidia_nasdaq_100_dax_wochenbilanz.txt 22.613: reference "
    "{'date': '2026-03-27'}",
    # tester38: Zacks' 'The stock had gained 1.9% in the previous session' after the latest session's close is read on
    # that latest session (Thursday), not the one before it (the figure is wrong either way: +0.98 % on Wednesday)
    "en136_zacks_baidu_heading_into_today_prior_close_past_month.txt 1.9: reference {'date': '2026-03-19'}",
    # tester38: The Standard's evening report stamped '5:10pm' without a zone: 'is down 15.6 percent this year' after
    # 'has shed 8.4 percent over the past two weeks' is read up to Tuesday (the value is inside the band either way)
    "en135_the_standard_hk_evening_close_hang_seng_meituan_tencent.txt 15.6: reference "
    "{'start': '2026-01-01', 'end': '2026-03-24'}",
    # tester38: 'Japan's Nikkei rose 0.3%' (no quotes held, unverifiable either way) is read on Thursday
    "en132_reuters_global_markets_nasdaq_hang_seng_dax_nvidia_futures.txt 0.3: reference {'date': '2026-03-26'}",
    # tester38: Forbes 'At $126.06 at Monday's close, ... its 52-week high of $192.67' reads the high as of the
    # publication day, Tuesday (the same high either way); 'In the 2022 downturn, BABA fell more than 70% from its
    # peak' is dated to Monday (unverifiable either way: the quotes start in 2024)
    "en134_forbes_alibaba_stock_down_from_high_three_six_months.txt 192.67: reference {'date': '2026-03-24'}",
    "en134_forbes_alibaba_stock_down_from_high_three_six_months.txt 70: reference {'date': '2026-03-23'}",
    # tester38: 'its late-October peak of $212.19' is read over late October's window, the answer dates it to the
    # high's day (2025-10-29); the value read is the same
    "en132_reuters_global_markets_nasdaq_hang_seng_dax_nvidia_futures.txt 212.19: reference "
    "{'start': '2025-10-20', 'end': '2025-10-31'}",
    # tester33: 'Seit dem Jahreshoch Ende Januar ... rund 18 Prozent verloren': the base is late January's window, the
    # answer dates it to the high's day (2026-01-29); the value read is the same
    "de126_handelsblatt_liveblog_dax_nasdaq_alibaba_frankfurt_euro.txt 18: reference "
    "{'start': '2026-01-20', 'end': '2026-01-31'}",
    # tester33: a Saturday's piece (Der Aktionär): the gain since the year's high is dated to Friday's session as a
    # point, the answer names the period from the high's day (22 January). 'Die 50-Tage-Linie ... ist noch rund 12
    # Prozent entfernt' gives no
    # direction in words (the line lies above the price: down)
    "de128_der_aktionaer_baidu_wochenplus_200_tage_linie_euro_dollar.txt 25: reference {'date': '2026-03-13'}",
    "de128_der_aktionaer_baidu_wochenplus_200_tage_linie_euro_dollar.txt 12: direction None",
    # tester33: '..., die 200-Tage-Linie ... liegt dagegen noch gut 5 Prozent entfernt' names no side either (the line
    # lies below the price: up); read either way, accurate
    "de127_dpa_afx_aktie_im_fokus_alibaba_tradegate_hongkong.txt 5: direction None",
    # (a month so far ends on the day the text is about where that day lies in the month, since the twenty-fifth
    # session: dates.named_month_window)
    # tester33: 'Abstand zum Rekordhoch vom 29. Oktober (212,19 US-Dollar): gut 16 Prozent' (a list item): the distance
    # is read on the record's day, not as of writing (distance_past_peak is not measured: no verdict either way)
    "de130_finanzen_ch_wochenausblick_nvidia_nasdaq_100_wochenbilanz.txt 16: reference {'date': '2025-10-29'}",
    # tester35: a 52-week closing high named in a premarket item is read as of the publication day, 2025-10-28; the
    # answer names the last close, 2025-10-27 (the same high either way, so the verdict is right)
    "en126_seeking_alpha_alibaba_baidu_premarket_hong_kong.txt 189.34: reference {'date': '2025-10-28'}",
    # tester35: Hang Seng futures 'slipped 0.3% in early trading' before Hong Kong's open (8:05 AM GMT+8) are dated to
    # the session before; the answer names the futures' own day, 2026-03-26 (unverifiable either way: no futures held)
    "en125_bloomberg_asia_stocks_futures_hang_seng_tencent_nasdaq.txt 0.3: reference {'date': '2026-03-25'}",
    # tester34: a Saturday's Capital piece: the gain since the April low ('Seit diesem Tief', a low named in the
    # sentence before: unverifiable) is dated to Friday's session as a point, the answer names the period from the low
    # (February's move ends on Friday's session, the day the text is about, since the twenty-fifth session)
    "de133_capital_alibaba_jahresperformance_hoch_2021_boersenwert.txt 50: reference {'date': '2026-02-27'}",
    # tester34: 'Die erste Unterstützung liegt am 52-Wochen-Tief bei 489,60 HKD ... Bis dahin sind es noch knapp 4
    # Prozent' (set out of scope, below); 'die Aktie notiert knapp 13 Prozent darunter' is found, but 'Abstand knapp 4
    # Prozent' after the GD 20 has no direction word
    "de132_4investors_chartcheck_tencent_gd20_gd200_rsi_tagesspanne.txt 4: direction None",
    # tester34: a week in a Börse Stuttgart report over a US holiday (19 January) read as the calendar week from
    # 2026-01-14, the answer's five sessions from 2026-01-13 (see the wrong called accurate below)
    "de134_boerse_stuttgart_marktbericht_baidu_alibaba_nvidia_euro.txt 6,8: reference {'start': '2026-01-14', 'end': "
    "'2026-01-21'}",
    # tester34: the newsletter's 'Seit dem April-Tief von 73,25 HKD hat sie sich um rund 61 Prozent verteuert' reads
    # the gain as of the stated close without its base (unverifiable, never wrong), and 'Anfang Oktober hatte sie im
    # Hoch 141,40 HKD gekostet, seitdem gab sie knapp 17 Prozent nach' the loss over early October's window, not from
    # that high to the stated close
    "de135_newsletter_stand_meituan_baidu_hang_seng_kurztabelle.txt 61: reference {'date': '2025-10-24'}",
    "de135_newsletter_stand_meituan_baidu_hang_seng_kurztabelle.txt 17: reference {'start': '2025-10-01', 'end': "
    "'2025-10-10'}",
    # tester29: 'Performance seit Jahresbeginn: knapp minus 3 Prozent': 'knapp' before the sign word is not read as the
    # hedge (the verdict is right either way, -2.82 %)
    "de117_boerse_online_aktiencheck_baidu_euro_52_wochen_gd50_gd200.txt 3: hedge None",
    # tester29: Helaba's 'Die Futures auf den DAX deuten einen Start um 0,6 Prozent höher an, die Nasdaq-Futures
    # notieren 0,4 Prozent im Plus' at 07:45: both dated to the session before and the second given to the DAX;
    # futures are not held, so both stay unverifiable either way
    "de119_helaba_morgenkommentar_dax_nasdaq_100_nvidia_futures.txt 0,6: reference {'date': '2026-03-24'}",
    "de119_helaba_morgenkommentar_dax_nasdaq_100_nvidia_futures.txt 0,4: listing '^GDAXI'",
    "de119_helaba_morgenkommentar_dax_nasdaq_100_nvidia_futures.txt 0,4: reference {'date': '2026-03-24'}",
    # tester31: 'near' before a number is a hedge now ('which sits near HK$88', en116; en95's answers say so too), and
    # en78's chart level 'the 20-day moving average near HK$526' (out of scope) takes it; its answer names none
    "en78_chart_check_tencent_support_rsi.txt 526: hedge 'approx'",
    # tester31: 'the 30-day average of 2.7 million' (en114): an average volume is unmeasured; its window is read as the
    # calendar month up to the day, the answer's as the 30 sessions before it
    "en114_dow_jones_newswires_baidu_earnings_adrs_close_down.txt 2.7: reference "
    "{'start': '2026-01-27', 'end': '2026-02-26'}",
    # tester32: EJ Insight's stamp 'Mar 27, 2026 6:00am' names no zone, so the figures it names no day for are read as
    # of the publication day, 2026-03-27; the answers name Thursday's session, the last before it (the 52-week and
    # average figures on the publication day have no quotes yet, so they stay unverifiable, never wrong)
    "en118_ejinsight_tencent_meituan_52_week_moving_averages.txt 165.80: reference {'date': '2026-03-27'}",
    "en118_ejinsight_tencent_meituan_52_week_moving_averages.txt 24,856.43: reference {'date': '2026-03-27'}",
    "en118_ejinsight_tencent_meituan_52_week_moving_averages.txt 27: reference {'date': '2026-03-27'}",
    "en118_ejinsight_tencent_meituan_52_week_moving_averages.txt 36: reference {'date': '2026-03-27'}",
    "en118_ejinsight_tencent_meituan_52_week_moving_averages.txt 48: reference {'date': '2026-03-27'}",
    "en118_ejinsight_tencent_meituan_52_week_moving_averages.txt 683: reference {'date': '2026-03-27'}",
    # tester36: the list items '- 20-day moving average: HK$523.92' and '- 100-day moving average: HK$598.50' are read
    # now (a hyphen opening the next line is a bullet, no range's dash), as of the publication day like the others
    # tester36: The Standard's Friday-morning column (dated 27 February, no clock time) reports Thursday's session as
    # 'yesterday'; its headline's '385 points' names no day, and after 'The internet giant has lost about 15 percent
    # this year and is now 25 percent below its October peak' the text is read as moving on to the period up to
    # writing, so the paragraphs after it are read on the sessions up to the publication day; the answers name
    # Thursday (the window holds Thursday's session, so the verdicts are right)
    "en129_the_standard_hk_markets_hang_seng_tencent_alibaba_turnover.txt 385: reference {'date': '2026-02-27'}",
    "en129_the_standard_hk_markets_hang_seng_tencent_alibaba_turnover.txt 25: reference {'date': '2026-02-27'}",
    "en129_the_standard_hk_markets_hang_seng_tencent_alibaba_turnover.txt 3.6: reference {'date': '2026-02-27'}",
    "en129_the_standard_hk_markets_hang_seng_tencent_alibaba_turnover.txt 2.7: reference {'date': '2026-02-27'}",
    "en129_the_standard_hk_markets_hang_seng_tencent_alibaba_turnover.txt 9.8: reference "
    "{'start': '2026-02-12', 'end': '2026-02-27'}",
    # tester36: 'The index had added 0.7 percent on Wednesday and is still up 3.9 percent so far this year': the year
    # to date is read up to the Wednesday its sentence's pluperfect clause names, not the Thursday in play (the figure
    # is wrong either way: +4.43 % to Wednesday, +2.93 % to Thursday)
    "en129_the_standard_hk_markets_hang_seng_tencent_alibaba_turnover.txt 3.9: reference "
    "{'start': '2026-01-01', 'end': '2026-02-25'}",
    # tester36: 'the 30-day average of about 189 million' is read over the calendar month up to Friday, the answer's
    # over the 30 sessions (unmeasured either way); (its chart figures naming no day, under a pre-market trade, are read
    # as of Friday's close since tester55, as the answers say)
    "en131_benzinga_technical_analysis_nvidia_sma_rsi_support_resistance.txt 189: reference "
    "{'start': '2026-02-25', 'end': '2026-03-27'}",
    # tester32: 'and is now up 6.1 per cent since the start of the year' is read as of writing, its reference ending
    # on the day its sentence named before it (the reading on the publication day is the one judged)
    "en119_straits_times_asian_markets_hang_seng_nvidia_overnight.txt 6.1: reference "
    "{'start': '2026-01-01', 'end': '2026-02-09'}",
    # tester32: CMC's update stamped 07:40 BST before the Xetra open: its futures (unverifiable) are read as of the
    # last session, not the coming one; the record high set on 13 January is read as of that session; the list's items
    # under the heading 'DAX' ('- Year to date: -8.9%') and 'The 14-day RSI, at 32' name no subject (unverifiable:
    # the heading and the index of the sentence before are not carried)
    "en120_cmc_markets_update_dax_nasdaq_100_support_rsi_futures.txt 25,507.79: reference {'date': '2026-03-27'}",
    # ('... and its RSI is at 27' and 'The 14-day RSI, at 32' are the index's of the sentence before since the
    # twenty-fifth session: an indicator's value in a sentence naming no subject goes on with the index the sentence
    # before ended on, as a percentage there does, subjects.subject_of)
    "en120_cmc_markets_update_dax_nasdaq_100_support_rsi_futures.txt 60: direction None",
    "en120_cmc_markets_update_dax_nasdaq_100_support_rsi_futures.txt 60: reference {'date': '2026-03-27'}",
    # (its '- Year to date: -8.9%' under the 'DAX' heading is the DAX's year since the merge of tester88's 'Weekly
    # change' row and the twenty-seventh session's work)
    # tester28: a Saturday's column (Handelszeitung, Capital) reads the figures it names no day for as of the
    # publication day, 2026-03-21; the answers name the last session, Friday 2026-03-20 (the values read are that
    # session's, so the verdicts are right)
    "de115_capital_anlegerkolumne_alibaba_monate_tief_gd200_euro.txt 125: reference {'date': '2026-03-21'}",
    "de115_capital_anlegerkolumne_alibaba_monate_tief_gd200_euro.txt 15: reference {'date': '2026-03-21'}",
    "de115_capital_anlegerkolumne_alibaba_monate_tief_gd200_euro.txt 28: reference "
    "{'start': '2025-04-09', 'end': '2026-03-21'}",
    # tester28: Capital's list under 'Die Performance der Alibaba-Aktie in Euro im Überblick:' is read on the ADR, not
    # the German listing the intro's 'in Euro' names (the twelve months' 16 is accurate on its euro reading; the three
    # and six months are not measured yet); the RSI after the euro paragraph is read on the German listing
    "de115_capital_anlegerkolumne_alibaba_monate_tief_gd200_euro.txt 15: listing 'BABA'",
    "de115_capital_anlegerkolumne_alibaba_monate_tief_gd200_euro.txt 16: listing 'BABA'",
    "de115_capital_anlegerkolumne_alibaba_monate_tief_gd200_euro.txt 17: listing 'BABA'",
    "de115_capital_anlegerkolumne_alibaba_monate_tief_gd200_euro.txt 20: listing 'BABA'",
    "de115_capital_anlegerkolumne_alibaba_monate_tief_gd200_euro.txt 24: listing 'AHLA.F'",
    # (tester22's en100 'where the results came out before the market opened on Tuesday, ... opened at $165.20, up
    # 2.8%, ... close 2.3% lower at $157.01' is dated to Tuesday since tester66: 'before the market opened' is the
    # morning of the move's own day, no earlier event)
    # tester22: 'gained 6.8% over the past five sessions' across a holiday (Hong Kong shut on 29 October): the answer
    # dates the base, five sessions back, 22 October; the product's week is dated from the calendar week's start (its
    # base is the same five sessions back, so the verdict is right)
    "en97_aastocks_alibaba_baidu_quote_note.txt 6.8: reference {'start': '2025-10-23', 'end': '2025-10-30'}",
    # tester22: 'The stock has lost 8.2% since its results on March 18' is a since-return without its base day (the
    # day named by the event in the clause): unverifiable, not judged
    "en98_nikkei_asia_meituan_tencent_results_rally.txt 8.2: reference {'date': '2026-03-25'}",
    # tester21: a Saturday column's 'their record close of $207.04' is dated to Friday's session, the last before
    # publication; the answer names the record's day (2025-10-29)
    "en95_barrons_nasdaq_100_nvidia_four_losing_weeks.txt 207.04: reference {'date': '2026-03-27'}",
    # tester21: 'Trading volume (2.8 M) remained 284,298 below its 50-day average' closing a MarketWatch note on Baidu
    # after a paragraph on its competitors: the volume goes to the last company named (Alibaba); a volume is judged only
    # with its stock named beside it, so it stays unverifiable either way
    "en92_marketwatch_baidu_underperforms_competitors_monday.txt 2.8: listing 'BABA'",
    # tester21: Zacks 'Prior to today's trading, shares ... had lost 20.7% over the past month' (the known Zacks phrase)
    # is counted to the day before publication in calendar days, not to the session before
    "en93_zacks_alibaba_stock_jumps_what_you_should_know.txt 20.7: reference "
    "{'start': '2026-02-22', 'end': '2026-03-22'}",
    # tester21: Yahoo's 'fell 2.4% in premarket trading' at 8:12 a.m. ET is dated to the session before (premarket is
    # unverifiable either way); the 52-week high beside the ADRs' Wednesday close is read as of Thursday; 'the past
    # five trading days' before the Lunar New Year holiday counts back in calendar days (02-19), the answer in sessions
    # (02-16)
    "en94_yahoo_trending_ticker_alibaba_premarket_hong_kong.txt 2.4: reference {'date': '2026-02-25'}",
    "en94_yahoo_trending_ticker_alibaba_premarket_hong_kong.txt 1.1: reference {'date': '2026-02-25'}",
    "en94_yahoo_trending_ticker_alibaba_premarket_hong_kong.txt 192.67: reference {'date': '2026-02-26'}",
    "en94_yahoo_trending_ticker_alibaba_premarket_hong_kong.txt 7.6: reference "
    "{'start': '2026-02-19', 'end': '2026-02-26'}",
    # (tester24's de102 'im März sind es bislang gut 5 Prozent' in a Sunday column, read to the Sunday: since tester149
    # a month so far told at a weekend runs to its last weekday, Friday's session, as the answer names)
    # tester24: 'in Euro waren es 3,4 Prozent, obwohl die Aktie am Freitag 1,2 Prozent nachgab': the euro of the clause
    # before is carried into the 'obwohl' clause, which tells the Hong Kong share's day (a wrong figure, called wrong
    # either way)
    "de102_euro_am_sonntag_tencent_woche_jahr_euro_hkd.txt 1,2: listing '9MD.F'",
    # tester20: 'Die gehaltenen NVIDIA-Papiere wären am 19.03.2026 1.519,40 USD wert, da der Schlusskurs am Vortag bei
    # 178,56 USD lag' in a text of 20 March: finanzen.net's 'Vortag' is the day before publication, the valuation day
    # named in the sentence. Since the nineteenth session a previous day in a causal clause after a named day that is
    # the session before publication is read on either (timing.DayScope.or_from_publication): the verdict is right, the
    # window of two sessions stays a slot error against the answer's one day
    "de92_finanzen_so_viel_gewinn_verlust_investment_vor_einem_jahr.txt 178,56: "
    "reference {'start': '2026-03-18', 'end': '2026-03-19'}",
    # de92's year to date after 'Das 52-Wochen-Hoch markierte die Aktie am 29.10.2025' ends at Thursday's close, the
    # last session the text reports (the extreme's day reports none since the twentieth session); the answer names the
    # publication day and computes Thursday's close (see wrong called accurate)
    "de92_finanzen_so_viel_gewinn_verlust_investment_vor_einem_jahr.txt 2: reference "
    "{'start': '2026-01-01', 'end': '2026-03-19'}",
    # tester27: 'Das 52-Wochen-Hoch der Frankfurter Notierung liegt bei 163,90 Euro' in a Friday morning's note on
    # Thursday's Frankfurt day: read as of Friday, the answer as of Thursday's German close (the same 52 weeks' high)
    "de110_boerse_frankfurt_alibaba_euro_spanne_hongkong_new_york.txt 163,90: reference {'date': '2026-02-13'}",
    # tester27: 'Der Technologieindex verlor 1,9 Prozent ... Auf Wochensicht steht ein Minus von 2,0 Prozent.': a
    # sentence naming no subject after an index's is read on the company the headline named first (Baidu), not the
    # index; an index's claim never makes the index the subject of later sentences (true called imprecise, below)
    # the twelfth session: 'hatte das Papier in der Spitze 3,8 Prozent höher bei 156,80 HKD notiert' is the day's high
    # now, as its answer says (a percentage no longer pushes the price's cue away); the intraday hedge stands before
    # the percentage, which its clause reading stops at, so the price carries none (the verdict is the same)
    "de68_dpa_asien_schluss_alibaba_siebter_gewinntag.txt 156,80: hedge None",
    # the merge of tester15 and tester16 with the twelfth session's rules: 'the shares trade about 12% under it' (the
    # 200-day average) is read as the distance to it, judged without a sign (accurate), where it had been set out of
    # scope; 'under' gives no sign (as a sign word it made another average's distance a day's move)
    "en78_chart_check_tencent_support_rsi.txt 12: direction None",
    # tester16: a list item naming Tencent after a US stock's item ('- Nvidia: minus 4,2 Prozent ...' then '- Tencent:
    # minus 7,2 Prozent') takes the venue in play, the US, and so TCEHY; the home listing is read as a permitted
    # reading (accurate). A stock's secondary line carried from another company's venue is also how 'Die Alibaba-ADRs
    # fielen 2 Prozent, Baidu 3 Prozent' rightly reads BIDU, so no rule was found that tells them apart
    "de81_wochenausblick_dax_rueckblick.txt 7,2: listing 'TCEHY'",
    # tester16: Nvidia has no Xetra listing in the tables; a row (NVD.DE) made Nvidia's moves after a DAX table line
    # in an English newsletter (en74) Xetra's, as an index's market becomes the venue in play (context.update_context)
    "de83_euro_anleger_nvidia_tradegate_xetra.txt 149,10: listing 'NVD.F'",
    # tester15 (en76..en81):
    # the ADRs' past month in a Hong Kong evening explainer: the day in play (Hong Kong's Friday) read for New York's
    # Friday too, which had not traded when the text was written (see 'true called wrong')
    "en79_explainer_alibaba_adr_hong_kong_gap.txt 13.6: reference {'start': '2026-01-27', 'end': '2026-02-27'}",
    # 'Nvidia fell 1.6% to $186.94' after 'Overnight, the Nasdaq Composite tumbled 2%': the overnight session is not
    # carried to the next sentence of a Hong Kong close report (the move is in the publication day's range)
    "en81_index_report_hang_seng_nasdaq_tech_rout.txt 1.6: reference {'date': '2026-02-13'}",
    # the range of two names' moves claimed once, for the name nearest it (see "missed" below)
    "de71_dpa_aktien_new_york_schluss_china_werte.txt 8: listing 'BIDU'",
    # a return 'seit den Zahlen' (since the results): carries a day instead of its period
    "de33_baidu_nach_den_zahlen.txt 3,3: reference {'date': '2025-08-21'}",
    # tester4 (de38..de43, en32..en37):
    # a figure 'as of now' (distance to a moving average or a 52-week high, RSI, the 52-week extremes)
    # in a text published before the session dated to the last session; the set dates it to
    # publication (the measurement is the same)
    "de39_kursziele_euro_boersen.txt 192,67: reference {'date': '2026-03-04'}",
    "de39_kursziele_euro_boersen.txt 30: reference {'date': '2026-03-04'}",
    "de43_nvidia_quartalsende_euro.txt 212,19: reference {'date': '2026-03-31'}",
    "de43_nvidia_quartalsende_euro.txt 86,62: reference {'date': '2026-03-31'}",
    "de43_nvidia_quartalsende_euro.txt 18: reference {'date': '2026-03-31'}",
    "de43_nvidia_quartalsende_euro.txt 3: reference {'date': '2026-03-31'}",
    "de43_nvidia_quartalsende_euro.txt 7: reference {'date': '2026-03-31'}",
    "en33_baidu_technical_levels.txt 22: reference {'date': '2026-01-06'}",
    "en33_baidu_technical_levels.txt 41: reference {'date': '2026-01-06'}",
    "en33_baidu_technical_levels.txt 70: reference {'date': '2026-01-06'}",
    "de48_baidu_tradegate_nach_kurssprung.txt 50: reference {'date': '2026-01-21'}",
    "de48_baidu_tradegate_nach_kurssprung.txt 74: reference {'date': '2026-01-21'}",
    # the same for a distance pointing back to the high of the sentence before ('Von dort ist sie knapp 24
    # Prozent entfernt'): dated to the day in play (the ADR's Tuesday), the set to publication
    "de41_jahresbilanz_hkd_usd_euro.txt 24: reference {'date': '2025-12-30'}",
    # (en32's figure after 'Shares of Alibaba Group (NYSE: BABA)' is the ADRs' since the forty-seventh session: a
    # bracketed ticker names the listing the text turns to)
    # the same after a paragraph of forecasts (out of scope) that follows a Hong Kong sentence: the
    # Hong Kong listing of the last checked claim is carried to 'The shares have ... gaining 122%'
    "en36_can_alibaba_reach_200.txt 122: listing '9988.HK'",
    # a headline naming 'Baidu stock' before the body names its ADRs ('after a 15% week'): labelled with the
    # calendar week
    "en33_baidu_technical_levels.txt 15: reference {'start': '2025-12-31', 'end': '2026-01-07'}",
    # the day a 52-week high was set ('a day after hitting') taken as the day of the high or of the
    # distance to it
    "de40_baidu_quartalszahlen_golden_dragon.txt 25: reference {'date': '2025-11-18'}",
    "de40_baidu_quartalszahlen_golden_dragon.txt 149,51: reference {'date': '2025-11-18'}",
    "en36_can_alibaba_reach_200.txt 193.67: reference {'date': '2025-10-02'}",
    # a distance to the 200-day line without 'über'/'unter' ('Der Abstand ... beträgt rund 26 Prozent')
    # gets no direction, although the price stands above its average
    "de38_chartanalyse_200_hkd.txt 26: direction None",
    # 'over the past week' in a text published before the session: labelled from the calendar week
    # (2025-12-30), measured from the close five sessions earlier (2025-12-29)
    "en33_baidu_technical_levels.txt 15.5: reference {'start': '2025-12-30', 'end': '2026-01-06'}",
    # tester5 (de44..de48, en38..en42):
    # 'Binnen einer Woche' after a Monday holiday (2026-01-19): labelled from the calendar week (2026-01-14),
    # the set counts five sessions back (2026-01-13)
    "de48_baidu_tradegate_nach_kurssprung.txt 11: reference {'start': '2026-01-14', 'end': '2026-01-21'}",
    # tester8: the same after the holiday of 2025-10-07 ('im Wochenvergleich steht ein zweistelliges Minus')
    "de59_baidu_kursziel_gesenkt_hongkong.txt zweistellig: reference {'start': '2025-10-07', 'end': '2025-10-14'}",
    # a distance to the 200-day line without 'über'/'unter' ('Der Abstand ... ist auf über 50 Prozent
    # angewachsen'): no direction
    "de48_baidu_tradegate_nach_kurssprung.txt 50: direction None",
    # tester8: the same ('der Abstand zu ihr beträgt noch gut 11 Prozent', the price above its 200-day line)
    "de58_aktie_der_woche_alibaba_chartbild.txt 11: direction None",
    # the day of a later clause ('the 17.2 million traded on Wednesday') given to the earlier volume
    "en40_benzinga_alibaba_sliding_thursday.txt 33.4: reference {'date': '2026-03-18'}",
    # tester6 (de49..de53, en43..en47):
    # a Saturday's July review (de51): its year and the gain since the April low told without a day end on Friday 1
    # August, the last session before publication; the answers end them on 31 July, the month reviewed
    "de51_monatsrueckblick_juli.txt 23,5: reference {'start': '2025-01-01', 'end': '2025-08-01'}",
    "de51_monatsrueckblick_juli.txt einem Drittel: reference {'start': '2025-01-01', 'end': '2025-08-01'}",
    "de51_monatsrueckblick_juli.txt verdoppelt: reference {'start': '2025-04-07', 'end': '2025-08-01'}",
    # fix10: a month's move of another stock, now read as the month's ('Tencent war mit einem Plus von gut 9 Prozent der
    # stärkste'), takes the venue of the sentence before (New York, of Alibaba's ADRs): the listing a guess, so the
    # Hong Kong reading stays permitted (accurate)
    "de51_monatsrueckblick_juli.txt 9: listing 'TCEHY'",
    # tester8 (de57..de60, en51..en54):
    # a return since a high whose level follows ('has shed more than 40% since its October high of HK$217.00'): dated
    # to the day, not the period from the high (unverifiable)
    "en52_hong_kong_close_tech_rally_monday.txt 40: reference {'date': '2025-08-25'}",
    # tester9 (de61..de63, en55..en59):
    # a headline of a text stamped in New York's evening ('7:10 p.m. ET') about Hong Kong's session: dated to the next
    # (Hong Kong) calendar day, a Saturday
    # a return since the April low ('Seit dem Tief im April hat sich die Aktie um mehr als 60 Prozent erholt') dated to
    # a day, not a period from the low (it stays unverifiable)
    "de61_aktionaer_alibaba_stopp_nachziehen.txt 60: reference {'date': '2025-11-06'}",
    "de62_boerse_online_baidu_vierter_gewinntag.txt 89: reference {'date': '2025-10-06'}",
    # a gap in percentage points (unverifiable: not measured yet) told for the year ('Seit Jahresbeginn beträgt der
    # Vorsprung mehr als 50 Prozentpunkte') is dated to a day
    "de62_boerse_online_baidu_vierter_gewinntag.txt 50: reference {'date': '2025-10-06'}",
    # an intraday move named by its noun ('recovered from an early drop of 2.5%') gets no intraday hedge (its kind
    # says it: the verdict is right)
    "en58_alibaba_hong_kong_after_lunar_new_year.txt 2.5: hedge None",
    # tester10 (de64..de67, en60..en63):
    # a Saturday review's moves, levels and year labelled with the Saturday, not Friday's session (the measurement is
    # Friday's)
    "de67_finanztrends_alibaba_schwarzer_freitag.txt 5,6: reference {'date': '2025-10-11'}",
    "de67_finanztrends_alibaba_schwarzer_freitag.txt 6,1: reference {'date': '2025-10-11'}",
    "de67_finanztrends_alibaba_schwarzer_freitag.txt 7,3: reference {'date': '2025-10-11'}",
    # the same after 'am Freitagabend' (a weekday in a compound word, not read)
    # 'closed at $143.54 on Friday' dates the low of the rest of its sentence ('and have been in a range of $74.71 -
    # $153.14 in the past 52 weeks', as of the text's Monday; the high now is) and the next paragraph's present-tense
    # move ('NVIDIA Corp. (NVDA) is up 2.1 percent at $187.10')
    "en62_rttnews_alibaba_baidu_climb.txt 74.71: reference {'date': '2026-01-09'}",
    # a Tradegate quote at the head of a German text: the periods after it ('auf Sicht von 12 Monaten', 'Performance
    # seit Jahresbeginn') get the Hong Kong listing (measured on the ADR, in euros), and a Baidu move without a venue
    # in a text of 20:15 CET the Hong Kong one
    "de64_wallstreet_online_alibaba_sprung_tradegate.txt 21: listing '9988.HK'",
    "de64_wallstreet_online_alibaba_sprung_tradegate.txt 72,9: listing '9988.HK'",
    "de64_wallstreet_online_alibaba_sprung_tradegate.txt 8: listing '9888.HK'",
    "de64_wallstreet_online_alibaba_sprung_tradegate.txt 18,0: listing '9988.HK'",
    # 'in den letzten 30 Tagen' labelled and measured as the calendar month back (month_before), not 30 days
    "de64_wallstreet_online_alibaba_sprung_tradegate.txt 18,0: reference {'start': '2025-12-22', 'end': '2026-01-22'}",
    "de66_aktiencheck_tencent_performance.txt 18,2: reference {'start': '2026-01-25', 'end': '2026-02-25'}",
    # a distance to the 200-day line told as 'der Abstand zu ihr beträgt gut 25 %': no direction
    "de64_wallstreet_online_alibaba_sprung_tradegate.txt 25: direction None",
    # tester11 (en64..en69): a holder's gain since a close named in the sentence before ('Anyone who bought at that
    # April close has nearly doubled their money'): found as a since-return, dated to a day (unverifiable: its base,
    # referred back to by 'that', is not measured yet)
    "en68_investopedia_baidu_surge_explainer.txt doubled: reference {'date': '2026-01-02'}",
    # tester12 (de68..de73):
    # chart figures 'as of now' in a text published before the session dated to the last session, the set dates them
    # to publication (the measurement is the same)
    "de70_boerse_de_chartanalyse_alibaba_gd200.txt 163,00: reference {'date': '2025-12-17'}",
    "de70_boerse_de_chartanalyse_alibaba_gd200.txt 10: reference {'date': '2025-12-17'}",
    "de70_boerse_de_chartanalyse_alibaba_gd200.txt 7: reference {'date': '2025-12-17'}",
    "de70_boerse_de_chartanalyse_alibaba_gd200.txt 137,10: reference {'date': '2025-12-17'}",
    "de70_boerse_de_chartanalyse_alibaba_gd200.txt 23: reference {'date': '2025-12-17'}",
    "de70_boerse_de_chartanalyse_alibaba_gd200.txt 35: reference {'date': '2025-12-17'}",
    "de73_morning_briefing_tech_unter_druck.txt 12: reference {'date': '2025-10-22'}",
    # a distance to the 50-day line told as 'der Abstand zu ihr beträgt knapp 10 Prozent': no direction
    "de70_boerse_de_chartanalyse_alibaba_gd200.txt 10: direction None",
    # a day's high told with a price ('Im Tageshoch kosteten die Papiere 172,40 Dollar', 'im Tageshoch waren es 94,82
    # Dollar gewesen') gets no intraday hedge (its kind says it: the verdict is right)
    "de71_dpa_aktien_new_york_schluss_china_werte.txt 172,40: hedge None",
    "de71_dpa_aktien_new_york_schluss_china_werte.txt 94,82: hedge None",
    # tester14 (de74..de79):
    # ('seit Quartalsbeginn', dated to a day and not measured before, is the quarter since its start from the
    # twenty-ninth session on: de74 '12,7', de75 '22,7', de76 '14', de78 '1,6')
    # five sessions across the Labor Day holiday labelled from the calendar week (09-01), measured from 08-29
    "de75_wallstreet_online_baidu_trading_idee.txt 14,0: reference {'start': '2025-09-01', 'end': '2025-09-08'}",
    # a Sunday's 'im November' labelled up to the month's last day, the Sunday, not Friday's session (the measurement
    # is Friday's)
    "de76_euro_am_sonntag_depot_check_alibaba.txt 7,7: reference {'start': '2025-11-01', 'end': '2025-11-30'}",
    # the distance to a 52-week high 'das am 07.03.2025 ... markiert wurde' dated to the day the high was set
    # (so its 52 weeks lack data: unverifiable)
    # a holder's gain since the IPO ('Wer beim Börsengang 2014 ... zum Zug kam, hat sein Geld ... mehr als verdoppelt')
    # dated to a day, not the period from the IPO (unverifiable either way: the quotes do not reach back)
    "de76_euro_am_sonntag_depot_check_alibaba.txt verdoppelt: reference {'date': '2025-11-28'}",
    # 'Seit dem Hoch Anfang Oktober bei 192,67 Dollar ... gut 18 Prozent eingebüßt': labelled with the window of
    # early October, not the period from the high (a since-return from a window's high is not measured: unverifiable)
    "de76_euro_am_sonntag_depot_check_alibaba.txt 18: reference {'start': '2025-10-01', 'end': '2025-10-10'}",
    # a moving average's level in a sentence of an earlier event ('Die 50-Tage-Linie bei 24.075 Punkten hat der Index
    # bereits Ende Dezember wieder überwunden') dated to that event, not as of now
    "de77_tagesschau_marktbericht_dax_rekord.txt 24.075: reference {'date': '2025-12-31'}",
    # 'seit dem Hoch im November 2024' labelled with the month, not from the high's day
    "de79_faq_tencent_fragen_antworten.txt halbiert: reference {'start': '2024-11-01', 'end': '2024-11-30'}",
    # tester13 (en70..en75):
    # two names sharing one figure ('Alibaba and Baidu each lost about 2.7%', 'Both are still up more than 15%',
    # 'Alibaba Group Holding and Tencent Holdings each rose about 2%', 'Meituan and JD.com both gained nearly 2%'): the
    # figure is given to the nearest name only (the set names the first); with JD.com it goes unverifiable although
    # Meituan's move is held
    "en70_marketwatch_alibaba_underperforms_competitors.txt 2.7: listing 'BIDU'",
    "en70_marketwatch_alibaba_underperforms_competitors.txt 15: listing 'BIDU'",
    "en72_ap_asian_shares_hang_seng_four_year_high.txt 2: listing '0700.HK'",
    "en72_ap_asian_shares_hang_seng_four_year_high.txt 2: listing '9618.HK'",
    # 'Up to last close' heading a sentence dates its present-tense distance too ('but it is still down about 64% from
    # its all-time high'), and a ratio in words over an undated period ('it has more than quadrupled since its 2005
    # IPO') is dated to a day (both unverifiable either way: the quotes held do not reach back)
    "en73_reuters_buzz_baidu_best_day_since_july.txt 64: reference {'date': '2025-09-15'}",
    "en73_reuters_buzz_baidu_best_day_since_july.txt quadrupled: reference {'date': '2025-09-15'}",
    # a return since a dated low ('has more than doubled since its April low of $86.62'): dated to a day (unverifiable)
    "en74_closing_bell_newsletter_nvidia_snaps_back.txt doubled: reference {'date': '2026-02-06'}",
    # tester18: the week's and the month's moves after a sentence on the Tradegate price ('Hierzulande wird die
    # Meituan-Aktie auf Tradegate ... gehandelt.' then 'Auf Wochensicht ...', 'seit Monatsbeginn ...') take the euro
    # line; the home line is read as a permitted reading (the month's true move accurate, the week's wrong one not).
    # Which line a period's move of a stock traded on two venues is of, after a sentence on the second, is not told
    "de86_boerse_de_meituan_im_fokus_tagesverlauf.txt 13: listing '9MD.F'",
    "de86_boerse_de_meituan_im_fokus_tagesverlauf.txt 6,8: listing '9MD.F'",
    # tester18: the performance since a recommendation and the periods after it ('DER AKTIONÄR hatte Baidu am 5. März
    # zum Kauf empfohlen, seither liegt die Position gut 6 Prozent im Plus', then twelve months and the year to date)
    # take the euro line of the Tradegate sentence before ('Auf Tradegate kostet das Papier am Mittwochmorgen 108,00
    # Euro'); the ADRs' line is read as a permitted reading (true accurate). A magazine may well count its
    # recommendation in euros: which line is meant is not told
    "de87_aktionaer_baidu_jetzt_kaufen.txt 6: listing 'B1C.F'",
    "de87_aktionaer_baidu_jetzt_kaufen.txt 35: listing 'B1C.F'",
    "de87_aktionaer_baidu_jetzt_kaufen.txt 4: listing 'B1C.F'",
    # tester17: 'down 53.2% from where it stood twelve months ago' takes 'twelve months ago' (the move's base) as the
    # day of the figure: it ends a year back and is unverifiable (the quotes held do not reach that far), where it is
    # true. Needs a relative day after 'from where it stood' read as a base, not as the as-of day (the conjunct
    # after it, 'and it now trades about 60% below its 52-week high', is of the time of writing: timing.scope_of)
    "en84_investing_meituan_52_week_low_alert.txt 53.2: reference {'start': '2024-03-04', 'end': '2025-03-04'}",
    # tester17: 'Since then, the stock has gained 1.8%' after a paragraph on the report day: a since-return whose base
    # is a day referred back to stays unmeasured (unverifiable)
    "en86_earnings_preview_nvidia_options_implied_move.txt 1.8: reference {'date': '2026-02-20'}",
    # tester17: see EDITOR_VERDICT_PROBLEMS_STILL_OPEN ('on the day of the report')
    "en86_earnings_preview_nvidia_options_implied_move.txt 186.52: reference {'date': '2026-02-20'}",
    # tester19: 'shares surged 5.0% intraday on March 17, 2026, hitting a high of HK$82.20' (and the headline's 'Surges
    # 5% Intraday'): the move is read on the day's high, as its answer says, but without the intraday hedge the word
    # 'intraday' after the number gives elsewhere; the verdict is the same (true)
    "en88_ainvest_meituan_intraday_surge_turnover_rank.txt 5%: hedge None",
    "en88_ainvest_meituan_intraday_surge_turnover_rank.txt 5.0: hedge None",
    # tester19: what a stake would be worth, bought 'that day' or 'then' (a day of an earlier sentence), and a company
    # without quotes 'over the same 18 months': a return since a day the sentence does not name stays unmeasured
    # (unverifiable, never wrong); needs the day referred back to carried into the hypothetical investment's base
    "en91_personal_finance_if_you_invested_1000_china_tech_nvidia.txt 52: reference None",
    "en91_personal_finance_if_you_invested_1000_china_tech_nvidia.txt 21: reference {'date': '2026-03-19'}",
    "en91_personal_finance_if_you_invested_1000_china_tech_nvidia.txt 9: reference {'date': '2026-03-19'}",
    # tester23: the Stuttgart price of Tencent told in the paragraph before ('In Stuttgart wurde das Papier zuletzt mit
    # 54,90 Euro gehandelt.') carries its venue into the chart paragraph's figures (200-day line, RSI, year and month to
    # date), which the answers read on Hong Kong; a German portal's chart may be the euro line's, so the euro reading
    # stays one of the readings (the month's wrong 3,4 is no longer let through on Hong Kong's range, see the rules)
    "de100_finanztrends_boerse_stuttgart_tencent_meituan_stimmung.txt 15: listing 'NNND.F'",
    "de100_finanztrends_boerse_stuttgart_tencent_meituan_stimmung.txt 36: listing 'NNND.F'",
    "de100_finanztrends_boerse_stuttgart_tencent_meituan_stimmung.txt 17: listing 'NNND.F'",
    "de100_finanztrends_boerse_stuttgart_tencent_meituan_stimmung.txt 3,4: listing 'NNND.F'",
    # (tester23's de96 'Vor einer Woche hatte die Aktie in Hongkong noch bei 163,30 HKD geschlossen', read on
    # publication's Wednesday, is read on the Wednesday before since tester107: 'vor einer Woche' is a day phrase)
    # tester23: 'Vom Rekordhoch bei 212,19 Dollar aus dem Oktober' (de98): the all-time high is read as of the ticker's
    # day, where the answer dates it to the day it was set (29 October 2025); an all-time high is not measured
    # (unverifiable either way)
    "de98_ntv_boersenticker_dax_nvidia_euro_dollar.txt 212,19: reference {'date': '2026-03-26'}",
    # tester26: 'Since Aug. 20, when Baidu reported ..., the ADRs are up more than 46% and the Hong Kong shares have
    # gained 42%' (en110): 'Hong Kong' of the second conjunct becomes the venue of the first under the heading look-back
    # ('This year, the ADRs are up ... and the Hong Kong shares ...' too; without a heading phrase each keeps its own),
    # and the window ends on the Monday the paragraph before told, not on Tuesday's session the text reported first
    # (the 46's listing: since tester149 the second conjunct's venue word heads its own clause and no longer takes the
    # first's number, subjects._heads_next_conjunct)
    "en110_business_insider_baidu_adr_hong_kong_parity_explainer.txt 46: "
    "reference {'start': '2025-08-20', 'end': '2025-10-27'}",
    "en110_business_insider_baidu_adr_hong_kong_parity_explainer.txt 42: "
    "reference {'start': '2025-08-20', 'end': '2025-10-27'}",
    # tester26: en110's 52-week high, told with the day it was set, on a Hong Kong holiday: read as of publication, the
    # answer dates it to the last session (the same reading)
    "en110_business_insider_baidu_adr_hong_kong_parity_explainer.txt 149.51: reference {'date': '2025-10-29'}",
    # tester26: 'Hang Seng Index futures rose 0.9% as of 6:30 a.m.' (en107, published Tuesday): the futures are read on
    # Monday's session, the answer on Tuesday's morning (unverifiable either way: no futures quotes)
    "en107_bloomberg_five_things_asia_hang_seng_futures_adrs.txt 0.9: reference {'date': '2026-03-23'}",
    # tester26: 'Chewy (CHWY) — Shares of the pet retailer jumped 9% in extended trading' (en111): a company named by
    # its ticker in a list item's heading, held in no table, is not a subject of its own; the move goes to Alibaba of
    # the item before (after hours: unverifiable either way)
    "en111_fortune_yahoo_biggest_moves_after_hours_nvidia_baidu.txt 9: listing 'BABA'",
    "en111_fortune_yahoo_biggest_moves_after_hours_nvidia_baidu.txt 9: direction 'up'",
    # tester25: a TipRanks note stamped '06:12 AM' without a zone on Friday: its figures of the moment (52-week range,
    # distance, RSI) are read as of Friday, the answer as of Thursday's close before it (both pass: Friday's session
    # moved little)
    "en103_tipranks_baidu_adr_q4_results_price_target.txt 74.71: reference {'date': '2026-02-27'}",
    "en103_tipranks_baidu_adr_q4_results_price_target.txt 165.30: reference {'date': '2026-02-27'}",
    "en103_tipranks_baidu_adr_q4_results_price_target.txt 24: reference {'date': '2026-02-27'}",
    "en103_tipranks_baidu_adr_q4_results_price_target.txt 28: reference {'date': '2026-02-27'}",
    # tester25: a Morningstar note dated Friday without a time, telling Thursday's close: 'now sits 16% below', the
    # months' moves and the 200-day average are read as of Friday's New York session (the answer: Thursday's) (the
    # Tradegate price 'at around EUR 133.70' has its hedge since tester48: a hedge before a currency's code)
    "en104_morningstar_alibaba_fair_value_adr_hong_kong.txt 0.5: reference "
    "{'start': '2025-11-13', 'end': '2026-02-13'}",
    "en104_morningstar_alibaba_fair_value_adr_hong_kong.txt 3.1: reference "
    "{'start': '2025-11-13', 'end': '2026-02-13'}",
    "en104_morningstar_alibaba_fair_value_adr_hong_kong.txt 16: reference {'date': '2026-02-13'}",
    "en104_morningstar_alibaba_fair_value_adr_hong_kong.txt 189.34: reference {'date': '2026-02-13'}",
    # tester25: 'its 52-week low of HK$74.50, set last Thursday': the level is read on the day it was set (the answer:
    # as of the text's day; the same low either way)
    "en105_the_standard_hang_seng_close_tencent_meituan_turnover.txt 74.50: reference {'date': '2026-03-05'}",
    # tester25: a volume's percentage against its 50-day average is dated by the average's window (unmeasured)
    "en106_ibd_stock_of_the_day_nvidia_buy_point_50_day_line.txt 22: "
    "reference {'start': '2026-01-25', 'end': '2026-03-16'}",
    # tester30: a chart check stamped '13.03.2026 – 17:45 Uhr' (a Friday evening, after Hong Kong's close) reads the
    # figures it names no day for as of Saturday, the day Hong Kong's calendar gives that moment (the same session's
    # readings; the answer: as of Friday); a 52-week low listed after '(Tagestief vom Donnerstag)' in the same line
    # takes that Thursday (the same low either way)
    "de123_finanzen100_chartcheck_tencent_gd38_gd200_rsi.txt 489,60: reference {'date': '2026-03-12'}",
    # tester30: a distance 'Abstand rund 6 Prozent' / 'beträgt rund 37 Prozent' to a moving average names no side
    "de123_finanzen100_chartcheck_tencent_gd38_gd200_rsi.txt 6: direction None",
    "de122_manager_magazin_nvidia_rekordhoch_fuenf_billionen.txt 37: direction None",
    # tester30: 'Vom Jahrestief im April, ..., hat sich der Kurs mehr als verdoppelt': the doubling since April's low is
    # read up to publication without its base (unmeasured, unverifiable)
    "de122_manager_magazin_nvidia_rekordhoch_fuenf_billionen.txt verdoppelt: reference {'date': '2025-10-30'}",
    # tester30: Focus Money's Thursday afternoon (15:32) note: the pre-market and after-hours moves of Wednesday's New
    # York session and the 52-week high and distance of the ADRs read as of Thursday (both unverifiable or the same
    # readings; the answer: Wednesday)
    "de124_focus_money_baidu_zahlen_nachboerslich_hongkong.txt 0,4: reference {'date': '2025-08-21'}",
    "de124_focus_money_baidu_zahlen_nachboerslich_hongkong.txt 116,25: reference {'date': '2025-08-21'}",
    "de124_focus_money_baidu_zahlen_nachboerslich_hongkong.txt 25: reference {'date': '2025-08-21'}",
    "de124_focus_money_baidu_zahlen_nachboerslich_hongkong.txt 4: reference {'date': '2025-08-21'}",
    # tester42: the Reuters BUZZ item's premarket move and price (unverifiable either way) are dated to Friday's last
    # session, the answer to Monday's premarket; 'As of last close, BABA up about 70% year-to-date' ends on the
    # calendar day before publication, the answer on Friday's session (the same close either way)
    "en142_reuters_buzz_alibaba_premarket_biggest_fall_since.txt 5.3: reference {'date': '2025-02-21'}",
    "en142_reuters_buzz_alibaba_premarket_biggest_fall_since.txt 136.10: reference {'date': '2025-02-21'}",
    "en142_reuters_buzz_alibaba_premarket_biggest_fall_since.txt 70: reference "
    "{'start': '2025-01-01', 'end': '2025-02-23'}",
    # tester42: 'In Frankfurt, Tencent shares changed hands at around EUR 54.90' carries its venue into the key points'
    # RSI (measured on 0700.HK all the same)
    "en143_fxstreet_tencent_price_forecast_support_rsi_moving_averages.txt 36: listing 'NNND.F'",
    # tester42: the Motley Fool's headline 'Down 5% in 2025 (So Far)' and its distance to the October high are read up
    # to the publication day, a Tuesday before the open, the answer to Monday's close (the same close either way);
    # 'Over the past 12 months, the stock is up about 11%' after a sentence on the Hong Kong shares takes their
    # listing (unverifiable either way: the quotes start in September 2024)
    "en145_motley_fool_alibaba_down_in_2025_explainer.txt 5: reference {'start': '2025-01-01', 'end': '2025-01-14'}",
    "en145_motley_fool_alibaba_down_in_2025_explainer.txt 32: reference {'date': '2025-01-14'}",
    "en145_motley_fool_alibaba_down_in_2025_explainer.txt 11: listing '9988.HK'",
    "en145_motley_fool_alibaba_down_in_2025_explainer.txt 11: reference {'start': '2024-01-14', 'end': '2025-01-13'}",
    # tester44: CNBC's 'South Korea's Kospi slipped 0.3%' (en147): the Kospi has no listing in the tables (the answer
    # names ^KS11; unverifiable either way); 'Overnight in the U.S., ... Nvidia, which tumbled 5.5% to $184.89' is
    # dated to the publication day, not to the overnight session the sentence opens with (the Nasdaq 100 beside it is);
    # Kiplinger's 'By 2022, Baidu traded at less than $90, a drop of roughly 75% from its peak' (en149): the drop is
    # read as of publication, the answer names 2022 (unverifiable either way: the quotes held start in 2024)
    "en147_cnbc_asia_markets_hang_seng_tech_alibaba_meituan_tencent.txt 0.3: listing None",
    "en147_cnbc_asia_markets_hang_seng_tech_alibaba_meituan_tencent.txt 5.5: reference {'date': '2026-02-27'}",
    "en149_kiplinger_baidu_stock_history_peak_explainer.txt 75: reference {'date': '2026-03-25'}",
    # tester45 (de154..de158): de155's 'An der NYSE ging das ADR am Vortag ...' after Monday's Hong Kong close and a
    # pluperfect Friday aside is read on the session before Monday (Friday), the answer names Monday (publication is
    # Tuesday; see EDITOR_VERDICT_PROBLEMS_STILL_OPEN); the 52-week extremes of de155 named after Monday's close
    # are dated to publication (Tuesday, Hong Kong trading): the extremes are the same; de157's 'Auf Wochensicht
    # beträgt das Minus 6,8%' (deliberately wrong) is read as the Hang Seng's, the last index named (wrong either way);
    # de157's 'rund 12% unter dem 200-Tage-Durchschnitt' takes 'erreicht Anfang Oktober' of the 52-week high before it
    # in its sentence (unverifiable, the answer names Thursday); de158's 'Nach dem Plus von mehr als 100 Prozent seit
    # Jahresbeginn ist Alibaba ...' names its subject after the number and is read as Microsoft's, the company named
    # last (unverifiable, the answer names 9988.HK)
    # (de155's 'am Vortag' in a first clause is read on Friday or Monday since the nineteenth session: the window)
    # de154's 'Der Broker IG taxierte den Dax zwei Stunden vor dem Xetra-Start 0,1 Prozent tiefer auf 25.262 Punkte' is
    # a pre-market indication since the twentieth session (unverifiable, as the answer), dated to Thursday, the day of
    # the sentence before, where the answer names Friday's session it came before
    "de154_dpa_afx_boersentag_auf_einen_blick_hang_seng_nvidia_dax.txt 0,1: reference {'date': '2026-02-26'}",
    "de154_dpa_afx_boersentag_auf_einen_blick_hang_seng_nvidia_dax.txt 25.262: reference {'date': '2026-02-26'}",
    "de155_finanzen_net_analysten_alibaba_kursziele_abstand_hongkong_new_york_euro.txt 0,3: reference "
    "{'start': '2026-02-06', 'end': '2026-02-09'}",
    "de155_finanzen_net_analysten_alibaba_kursziele_abstand_hongkong_new_york_euro.txt 163,00: reference "
    "{'start': '2026-02-06', 'end': '2026-02-09'}",
    "de155_finanzen_net_analysten_alibaba_kursziele_abstand_hongkong_new_york_euro.txt 166,03: reference "
    "{'date': '2026-02-06'}",
    "de157_finanz_und_wirtschaft_tencent_zahlen_erstes_quartal_boersenwert.txt 6,8: listing '^HSI'",
    "de155_finanzen_net_analysten_alibaba_kursziele_abstand_hongkong_new_york_euro.txt 95,73: reference "
    "{'date': '2026-02-10'}",
    "de158_anleger_newsletter_wochenausblick_tabelle_alibaba_baidu_tencent_meituan.txt 100: listing 'MSFT'",
    "de156_stock3_godmode_chartanalyse_meituan_wochenkerze_gd_rsi_52_wochen_tief.txt 26: direction None",
    "de157_finanz_und_wirtschaft_tencent_zahlen_erstes_quartal_boersenwert.txt 12: reference {'date': '2025-10-10'}",
    "de155_finanzen_net_analysten_alibaba_kursziele_abstand_hongkong_new_york_euro.txt 186,20: reference "
    "{'date': '2026-02-10'}",
    "de155_finanzen_net_analysten_alibaba_kursziele_abstand_hongkong_new_york_euro.txt 15: reference "
    "{'date': '2026-02-10'}",
    # tester49: a Lang & Schwarz price at 8 on a Wednesday morning (de167) is dated to Tuesday's completed session (the
    # known open L&S pre-market reading; the verdict, on the parity of Tuesday's close, is right); the distance 'Vom
    # Rekordhoch von gut 212 Dollar Ende Oktober ... rund 18 Prozent entfernt' (de165) takes the record's month as its
    # period (unverifiable either way: a distance past a record is not measured)
    "de167_wallstreet_online_aktie_im_fokus_baidu_lang_schwarz_schluss_new_york_umsatz.txt 97,60: reference "
    "{'date': '2026-03-24'}",
    "de165_ntv_boersenbericht_abend_dax_nasdaq_100_nvidia_alibaba_vorboerslich.txt 18: reference "
    "{'start': '2025-10-20', 'end': '2025-10-31'}",
    # tester51: TipRanks' 'March 10, 2026, 06:05 AM' (no zone) tells Monday's close; its figures naming no day (the
    # 52-week range, RSI, the moving averages, 'In March alone') are read as of the publication day too, whose New York
    # session had not opened when the text was written (the answers name Monday; see wrong called accurate, en163 '12')
    "en163_tipranks_alibaba_baba_price_target_upside_52_week_range.txt 26: reference {'date': '2026-03-10'}",
    "en163_tipranks_alibaba_baba_price_target_upside_52_week_range.txt 192.67: reference {'date': '2026-03-10'}",
    "en163_tipranks_alibaba_baba_price_target_upside_52_week_range.txt 95.73: reference {'date': '2026-03-10'}",
    # ('In March alone', 8.9, ends on Monday, the day the text is about, since the twenty-fifth session)
    # tester51: IBD's 'Volume swelled to 223 million shares, 12% above its 50-day average' (en161): the comparison with
    # the average is read over the average's window, the answer names the session (unverifiable either way: a volume
    # whose own words do not name the stock, kinds.VOLUME_UNATTRIBUTED)
    "en161_ibd_nvidia_stock_undercuts_50_day_line_buy_point_volume.txt 12: reference "
    "{'start': '2025-12-01', 'end': '2026-01-20'}",
    # tester58 (de189..de193): 'schloss den Monat bei 169,20 Hongkong-Dollar' is the month's last close, read with the
    # month as its period (the verdict holds on 2026-01-30's close); 'verteuerten sich im Monatsverlauf um 17,2 Prozent'
    # ends on the month's last session where the other months of the column end on the calendar month
    "de189_das_investment_kolumne_fondsmanager_china_tech_januar_alibaba_baidu_tencent.txt 169,20: reference "
    "{'start': '2026-01-01', 'end': '2026-01-31'}",
    "de189_das_investment_kolumne_fondsmanager_china_tech_januar_alibaba_baidu_tencent.txt 17,2: reference "
    "{'start': '2026-01-01', 'end': '2026-01-30'}",
    # tester58: 'beendete den Januar ... bei 27.387 Punkten – und das trotz eines Rücksetzers von 3,1 Prozent am letzten
    # Handelstag' (a Monday column): the month's last session is read as the Sunday before publication; 'am letzten
    # Handelstag' of a month named is no day phrase yet (the verdict holds; the level 27.387 is read on January's last
    # close since the four twenty-eighth batches were merged)
    "de189_das_investment_kolumne_fondsmanager_china_tech_januar_alibaba_baidu_tencent.txt 3,1: reference "
    "{'date': '2026-02-01'}",
    # (tester58's 'Unter der 20-Tage-Linie (130,62 USD) notiert die Aktie knapp 4%' takes its side from the words
    # heading the sentence since tester83, directions.csv)
    # tester58: a chart figure naming no day in a note written before New York's session (Aktiencheck 08:15, Smartbroker
    # dated only) is as of the latest session the text reports (Tuesday); read as of publication (the verdicts hold)
    "de190_aktiencheck_baidu_chartanalyse_gegenbewegung_50_200_tage_linie_rsi.txt 165,30: reference "
    "{'date': '2026-03-11'}",
    "de193_smartbroker_chartcheck_nvidia_unterstuetzung_52_wochen_hoch_gd200.txt 17: reference {'date': '2026-03-25'}",
    "de193_smartbroker_chartcheck_nvidia_unterstuetzung_52_wochen_hoch_gd200.txt 42: reference {'date': '2026-03-25'}",
    "de193_smartbroker_chartcheck_nvidia_unterstuetzung_52_wochen_hoch_gd200.txt 171,03: reference "
    "{'date': '2026-03-25'}",
    # tester58: 'Allein am Dienstag war der Leitindex um 3,4 Prozent eingebrochen, das Tagestief lag an diesem Tag bei
    # ...': 'an diesem Tag' points back to the day of its own sentence's first clause, read as the week's last session
    # (the figure is wrong on either day)
    "de191_faz_finanzen_wochenrueckblick_dax_nasdaq_hang_seng_alibaba_meituan.txt 23.910: reference "
    "{'date': '2026-03-06'}",
    # tester60: TheStreet's 'shares more than doubled at one point last year' (en186): a rise between the year's low
    # and its high, which no reading measures (unverifiable either way; the answer names the two days)
    "en186_thestreet_alibaba_stock_2025_year_in_review_cloud_rally.txt doubled: reference {'date': '2025-12-31'}",
    # tester62: IBD's 'about 33% above the stock's 50-day average' (en191) is read over the 50 sessions, as en106's 22;
    # the answer dates it to the session (deliberately wrong: +22.8 %; unverifiable either way, not measured yet)
    "en191_ibd_stock_of_the_day_nvidia_rebounds_10_day_line_buy_point.txt 33: reference "
    "{'start': '2026-02-09', 'end': '2026-03-31'}",
    # tester61: 'Seit dem Wochenschluss am vergangenen Freitag hat der Leitindex damit 1,4 Prozent verloren' (de194):
    # the since-return from Friday's close is read with Friday alone as its reference, not the window up to the session
    # told (the verdict holds: measured from Friday's close)
    "de194_handelsblatt_dax_aktuell_morgen_asien_baidu_alibaba_adrs_nvidia.txt 1,4: reference {'date': '2025-09-12'}",
    # tester61: 'Seit dem Jahrestief vom 9. April bei 74,71 Dollar' in a Tuesday note written before New York's session
    # (de195): the year's low read as of publication, not of Monday's session the text reports (the same low)
    "de195_deraktionaer_hot_stock_baidu_rally_chartmarken_rsi_hongkong.txt 74,71: reference {'date': '2025-09-23'}",
    # tester65: Axios' headline 'Nvidia's 8% pop' in a Monday morning newsletter names no day: read as of publication,
    # Monday (the verdict holds: Friday's session is among the five read); the answer dates it to Friday
    "en193_axios_markets_nvidia_snapback_nasdaq_week_hang_seng.txt 8: reference {'date': '2026-02-09'}",
    # tester65: RTHK's 'The index's gains on Monday followed a 0.7 percent rise on Friday, and it is up almost 32
    # percent so far this year' (en196) after a paragraph naming the China Enterprises and Hang Seng Tech indices and
    # then four stocks: 'the index' is the last index named (Hang Seng Tech, no quotes: unverifiable), where the
    # writer means the Hang Seng Index of the lead; the 32's year also ends on Friday, the day the sentence named last
    "en196_rthk_business_bulletin_hang_seng_baidu_surges_tencent.txt 0.7: listing '^HSTECH'",
    "en196_rthk_business_bulletin_hang_seng_baidu_surges_tencent.txt 32: listing '^HSTECH'",
    # tester65: Simply Wall St's 'The broader US market returned 18% over the same year' (en195): a market without
    # quotes is read over the year up to publication (a Saturday), not up to Friday's session, and 'returned' names no
    # side (unverifiable either way)
    "en195_simply_wall_st_baidu_returns_week_month_year_valuation.txt 18: reference "
    "{'start': '2025-03-14', 'end': '2026-03-14'}",
    "en195_simply_wall_st_baidu_returns_week_month_year_valuation.txt 18: direction None",
    # tester66: Livemint's 'The index is down 8.4% so far in March and has lost 4.9% since the start of the year' at
    # 07:40 AM IST, Hong Kong trading: the period ends in Tuesday's session under way, the close before permitted
    # beside it (measure); the answers date them to Monday's close (the verdicts hold on it)
    "en197_livemint_global_markets_hang_seng_rebounds_nvidia_alibaba_dax.txt 8.4: reference "
    "{'start': '2026-03-01', 'end': '2026-03-24'}",
    "en197_livemint_global_markets_hang_seng_rebounds_nvidia_alibaba_dax.txt 4.9: reference "
    "{'start': '2026-01-01', 'end': '2026-03-24'}",
    # (tester66's IG transcript 'If you look at the 14-day RSI on the daily chart, it's sitting at around 29' after the
    # Nasdaq 100's week is that index's since the twenty-fifth session, as en120's RSI above)
    # tester66: 'for the quarter as a whole ... a loss of about 9.9%' is a calendar quarter without a count
    # (months_return, unmeasured, dated to publication); the answer names the quarter's span (deliberately wrong)
    "en198_ig_market_call_transcript_nasdaq_nvidia_dax_hang_seng.txt 9.9: reference {'date': '2026-03-31'}",
    # tester66: the 1-year low and high in the paragraph after Thursday's gap are read as of publication, the
    # answer's as of Thursday (the same extremes)
    "en199_marketbeat_alibaba_baba_shares_gap_down_moving_averages.txt 95.73: reference {'date': '2026-03-20'}",
    "en199_marketbeat_alibaba_baba_shares_gap_down_moving_averages.txt 192.67: reference {'date': '2026-03-20'}",
    # tester66: Breakingviews' 'even now trades roughly 46% below where it stood a year ago' (after the Wednesday jump,
    # before Thursday's fall is told) ends on Wednesday's session; the answer on Thursday's close, the 'now' of the
    # 10:45 GMT stamp (accurate on both); 'still up 18% from its March low' is a since-return from an undated low
    # (unmeasured), dated to publication
    "en200_breakingviews_meituan_rally_priced_for_perfection.txt 46: reference "
    "{'start': '2025-03-25', 'end': '2026-03-25'}",
    "en200_breakingviews_meituan_rally_priced_for_perfection.txt 18: reference {'date': '2026-03-26'}",
    # tester63: 'Vom Jahreshoch bei 194,49 Dollar, markiert am 30. Januar' in a Tuesday note written before New York's
    # session (de197): the year's high read as of publication, not of Monday's session the text reports (the same high)
    "de197_lynx_marktkommentar_vor_us_eroeffnung_nasdaq_nvidia_alibaba_baidu_hongkong.txt 194,49: reference "
    "{'date': '2026-02-10'}",
    # tester63: 'In Frankfurt kostet die Tencent-Aktie am Vormittag rund 61 Euro. Trotz der jüngsten Erholung liegt der
    # Titel seit Jahresbeginn noch 8,6 Prozent im Minus' (de199): the year is read on the Frankfurt listing named in
    # the sentence before (in euros, also accurate), the answer on Hong Kong's, the note's underlying
    "de199_derivate_magazin_turbo_long_tencent_hongkong_dollar_euro_basiswert.txt 8,6: listing 'NNND.F'",
    # tester64: a Friday 07:30 research note's '52-Wochen-Hoch bei 192,67 Dollar (2. Oktober 2025)' (de201) is read as
    # of publication, not of Thursday's New York session the note reports (the same high)
    "de201_sparkasse_morgen_info_alibaba_kennzahlen_dax_nasdaq_nvidia_hang_seng.txt 192,67: reference "
    "{'date': '2026-02-27'}",
    # tester64: a named month's move ('im Jänner', 'im ersten Monat des Jahres', de202) runs to the month's last day,
    # the answer to its last session (as de189's '169,20'; the same readings)
    "de202_trend_boersenwoche_wien_kolumne_tencent_meituan_hang_seng_nvidia_jaenner.txt 6,9: reference "
    "{'start': '2026-01-01', 'end': '2026-01-31'}",
    "de202_trend_boersenwoche_wien_kolumne_tencent_meituan_hang_seng_nvidia_jaenner.txt 4,8: reference "
    "{'start': '2026-01-01', 'end': '2026-01-31'}",
    # tester64: a Saturday newsletter's present-tense euro prices ('In Euro kostet die Aktie auf Tradegate aktuell rund
    # 149 Euro', 'In Frankfurt kostet die Tencent-Aktie rund 61 Euro', de204) are labelled with the Saturday, the day
    # carried from the sentences before, not Friday's session (the readings are Friday's and the sessions before it)
    "de204_mission_money_newsletter_nvidia_tencent_seit_jahresbeginn_52_wochen.txt 149: reference "
    "{'date': '2026-03-21'}",
    "de204_mission_money_newsletter_nvidia_tencent_seit_jahresbeginn_52_wochen.txt 61: reference "
    "{'date': '2026-03-21'}",
    # tester67 (de205..de207): see the thirty-first German batch paragraph for the reasons
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 1,6: "
    "reference {'date': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 0,9: "
    "reference {'date': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 3,4: "
    "reference {'date': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 190: "
    "reference {'date': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 11,5: "
    "reference {'date': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 157: "
    "reference {'date': '2026-02-13'}",
    "de206_comdirect_informer_morgen_asien_usa_schlusskurse_tabelle_meituan_tencent_nvidia.txt 6,7: "
    "reference {'start': '2026-02-17', 'end': '2026-02-24'}",
    # (since the twenty-fourth session the relative clause 'das erst am Freitag markiert wurde' tells an earlier event,
    # so Meituan's 52-week low and the distance to it are read as of the text's present (measured on Tuesday's close,
    # the last one at 07:45); the present 'notiert' then dates the Tencent sentences after it to publication's day:
    # measured on Tuesday too, but 'Mit 36,1 Millionen gehandelten Aktien' is read as a volume so far, unverifiable)
    "de206_comdirect_informer_morgen_asien_usa_schlusskurse_tabelle_meituan_tencent_nvidia.txt 80,10: "
    "reference {'date': '2026-02-25'}",
    "de206_comdirect_informer_morgen_asien_usa_schlusskurse_tabelle_meituan_tencent_nvidia.txt 2: "
    "reference {'date': '2026-02-25'}",
    "de206_comdirect_informer_morgen_asien_usa_schlusskurse_tabelle_meituan_tencent_nvidia.txt 534,50: "
    "reference {'date': '2026-02-25'}",
    "de206_comdirect_informer_morgen_asien_usa_schlusskurse_tabelle_meituan_tencent_nvidia.txt 516: "
    "reference {'date': '2026-02-25'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 7,5: "
    "reference {'start': '2026-01-01', 'end': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 11: "
    "reference {'start': '2026-01-01', 'end': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 62: "
    "reference {'date': '2026-02-13'}",
    "de206_comdirect_informer_morgen_asien_usa_schlusskurse_tabelle_meituan_tencent_nvidia.txt 28,5: "
    "reference {'date': '2026-02-25'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 27.033: "
    "reference {'date': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 155,71: "
    "reference {'date': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 25.508: "
    "reference {'date': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 192,67: "
    "reference {'date': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 2,5: "
    "reference {'date': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 18: "
    "reference {'date': '2026-02-13'}",
    "de205_stuttgarter_zeitung_boerse_kompakt_dax_nasdaq_nvidia_hang_seng_alibaba.txt 197,03: "
    "reference {'date': '2026-02-13'}",
    # tester69 (de208..de210): see the thirty-second German batch paragraph for the reasons; de200's RSI, read since
    # then, is read on the Friday of publication (18:30, New York trading) rather than on Thursday's close its
    # paragraph tells (accurate either way)
    "de200_boersenradio_podcast_transkript_wochenausklang_dax_hang_seng_tencent_meituan_alibaba.txt einundzwanzig: "
    "reference {'date': '2026-03-06'}",
    "de208_deutschlandfunk_wirtschaft_am_mittag_transkript_alibaba_ki_hongkong_nvidia_dax.txt vier: "
    "reference {'date': '2025-09-24'}",
    "de209_die_presse_boersenbericht_wien_asien_wall_street_dax_nvidia_alibaba_baidu.txt 0,6: "
    "reference {'start': '2025-09-11', 'end': '2025-09-18'}",
    "de209_die_presse_boersenbericht_wien_asien_wall_street_dax_nvidia_alibaba_baidu.txt 0,1: "
    "reference {'start': '2025-09-11', 'end': '2025-09-18'}",
    # tester70 (de211..de213): see the thirty-second German batch's second paragraph
    (
        "de211_consorsbank_markt_am_morgen_asien_tabelle_meituan_52_wochen_tief_tencent_alibaba_baidu.txt 550,50:"
        " reference {'date': '2026-02-12'}"
    ),
    (
        "de213_regionalbank_research_wochenausblick_dax_nasdaq_hang_seng_nvidia_alibaba_tencent_meituan_baidu.txt 33,4:"
        " reference None"
    ),
    (
        "de213_regionalbank_research_wochenausblick_dax_nasdaq_hang_seng_nvidia_alibaba_tencent_meituan_baidu.txt 4,6:"
        " reference {'start': '2026-03-16', 'end': '2026-03-23'}"
    ),
    (
        "de213_regionalbank_research_wochenausblick_dax_nasdaq_hang_seng_nvidia_alibaba_tencent_meituan_baidu.txt 2,0:"
        " reference {'start': '2026-03-16', 'end': '2026-03-23'}"
    ),
    (
        "de213_regionalbank_research_wochenausblick_dax_nasdaq_hang_seng_nvidia_alibaba_tencent_meituan_baidu.txt 0,7:"
        " reference {'start': '2026-03-16', 'end': '2026-03-23'}"
    ),
    (
        "de213_regionalbank_research_wochenausblick_dax_nasdaq_hang_seng_nvidia_alibaba_tencent_meituan_baidu.txt 12,5:"
        " reference {'start': '2026-03-12', 'end': '2026-03-19'}"
    ),
    (
        "de212_boerse_frankfurt_xetra_schluss_dax_erholung_200_tage_linie_hang_seng_tencent_meituan_nvidia.txt 2,1:"
        " reference {'start': '2026-01-01', 'end': '2026-03-09'}"
    ),
    (
        "de212_boerse_frankfurt_xetra_schluss_dax_erholung_200_tage_linie_hang_seng_tencent_meituan_nvidia.txt 15:"
        " direction None"
    ),
    (
        "de211_consorsbank_markt_am_morgen_asien_tabelle_meituan_52_wochen_tief_tencent_alibaba_baidu.txt 29:"
        " reference {'date': '2026-02-12'}"
    ),
    (
        "de212_boerse_frankfurt_xetra_schluss_dax_erholung_200_tage_linie_hang_seng_tencent_meituan_nvidia.txt 35:"
        " reference {'date': '2026-03-10'}"
    ),
    # (de213's 'Der Relative-Stärke-Index ist mit 28 ... gefallen' after the Dax's figures is the Dax's since the
    # twenty-fifth session, as en120's RSI above; it is dated to the Monday of publication, the answer to Friday's
    # close, and judged on the sessions up to publication: accurate)
    (
        "de213_regionalbank_research_wochenausblick_dax_nasdaq_hang_seng_nvidia_alibaba_tencent_meituan_baidu.txt 28:"
        " reference {'date': '2026-03-23'}"
    ),
    (
        "de213_regionalbank_research_wochenausblick_dax_nasdaq_hang_seng_nvidia_alibaba_tencent_meituan_baidu.txt 24:"
        " reference {'date': '2026-03-23'}"
    ),
    (
        "de212_boerse_frankfurt_xetra_schluss_dax_erholung_200_tage_linie_hang_seng_tencent_meituan_nvidia.txt 5,2:"
        " reference {'start': '2026-03-01', 'end': '2026-03-09'}"
    ),
    (
        "de213_regionalbank_research_wochenausblick_dax_nasdaq_hang_seng_nvidia_alibaba_tencent_meituan_baidu.txt"
        " 22.380: reference {'date': '2026-03-23'}"
    ),
    (
        "de212_boerse_frankfurt_xetra_schluss_dax_erholung_200_tage_linie_hang_seng_tencent_meituan_nvidia.txt 24.170:"
        " reference {'date': '2026-03-09'}"
    ),
    (
        "de211_consorsbank_markt_am_morgen_asien_tabelle_meituan_52_wochen_tief_tencent_alibaba_baidu.txt 189,60:"
        " reference {'date': '2026-02-12'}"
    ),
    (
        "de211_consorsbank_markt_am_morgen_asien_tabelle_meituan_52_wochen_tief_tencent_alibaba_baidu.txt 53:"
        " reference {'date': '2026-02-12'}"
    ),
    (
        "de211_consorsbank_markt_am_morgen_asien_tabelle_meituan_52_wochen_tief_tencent_alibaba_baidu.txt 543:"
        " reference {'date': '2026-02-12'}"
    ),
    (
        "de213_regionalbank_research_wochenausblick_dax_nasdaq_hang_seng_nvidia_alibaba_tencent_meituan_baidu.txt"
        " 212,19: reference {'date': '2026-03-23'}"
    ),
    # tester71 (en204..en206): see the thirty-second English batch (first set) paragraph; en205's Tencent figures
    # after 'Hong Kong dollars' in the sentence before ('37 dollars and 50 cents') read on the ADR, its '42' (the Dax's
    # RSI after 'On the daily chart its') on Nvidia until the twenty-fifth session, the record close's day ('207') as
    # of the broadcast; en206's 'last week' as the five sessions ('so far in March' after 'from late October' is
    # March since the twenty-fifth session: the month of the number's own clause, dates.names_month_in_clause)
    "en205_bbc_world_business_report_transcript_tencent_alibaba_nasdaq_dax.txt 207: reference {'date': '2026-03-19'}",
    "en205_bbc_world_business_report_transcript_tencent_alibaba_nasdaq_dax.txt 37: listing 'TCEHY'",
    "en205_bbc_world_business_report_transcript_tencent_alibaba_nasdaq_dax.txt fourteen: listing 'TCEHY'",
    "en205_bbc_world_business_report_transcript_tencent_alibaba_nasdaq_dax.txt nine: listing 'TCEHY'",
    # tester72 (en207..en209): a 52-week high 'it hit last Thursday' (en207) is reported on the day it was set, the
    # answer's as of Tuesday's close (both are permitted readings, accurate); a Quick Take stamped 07:05 GMT (en209)
    # has the Hang Seng's distance 'remains 4.3% below the 52-week high of 28,056 it reached on 29 January', told after
    # Wednesday's close, read as of publication, inside Thursday's session (the observed distance is Wednesday's)
    "en207_economic_times_global_cues_hang_seng_nasdaq_nvidia_alibaba_dax.txt 165.30: reference {'date': '2026-01-22'}",
    "en209_saxo_quick_take_nasdaq_nvidia_baidu_hang_seng_dax.txt 28,056: reference {'date': '2026-02-05'}",
    "en209_saxo_quick_take_nasdaq_nvidia_baidu_hang_seng_dax.txt 4.3: reference {'date': '2026-02-05'}",
    # tester74 (de217..de219): extremes the text dates ('Erst am 4. März war Meituan noch auf ein 52-Wochen-Tief von ...
    # gefallen', 'Vom 52-Wochen-Hoch bei 683 HKD, erreicht am 2. Oktober', 'Vom Rekordhoch bei 212,19 Dollar aus dem
    # Oktober') are reported as of publication, the day they were set a second permitted reading; the Alibaba ADR's RSI
    # naming no day in a text written before New York opened is reported on publication day (measured on Wednesday's
    # close); ('Unter der 200-Tage-Linie notiert die Aktie rund 6 Prozent' takes its side since tester83); a fund's
    # month-end figures ('schlossen den Monat bei 124,44 Dollar', 'beendete den Monat bei 24.960 Punkten') are read on
    # the month's last sessions, its years 'per Ende Februar' / 'zum Monatsende' and Nvidia's February to the last
    # session (27 February) rather than the calendar month's end (the same close), and 'war die Aktie damit 16,5 Prozent
    # entfernt' as of publication (all accurate or unverifiable either way)
    (
        "de217_swr_boersenbericht_radio_manuskript_dax_hang_seng_meituan_tencent_nasdaq_nvidia_alibaba_baidu.txt"
        " dreiundsiebzig Komma sechs: reference {'date': '2026-03-25'}"
    ),
    (
        "de218_aktionaersbrief_tencent_kauflimit_stopp_kursziele_52_wochen_gd_rsi_alibaba_depot.txt"
        " 33: reference {'date': '2026-03-12'}"
    ),
    (
        "de218_aktionaersbrief_tencent_kauflimit_stopp_kursziele_52_wochen_gd_rsi_alibaba_depot.txt"
        " 683: reference {'date': '2026-03-12'}"
    ),
    (
        "de219_fondsmanager_monatskommentar_februar_nasdaq_dax_hang_seng_baidu_tencent_meituan_alibaba_nvidia.txt"
        " 124,44: reference {'start': '2026-02-20', 'end': '2026-02-28'}"
    ),
    (
        "de219_fondsmanager_monatskommentar_februar_nasdaq_dax_hang_seng_baidu_tencent_meituan_alibaba_nvidia.txt"
        " 24.960: reference {'start': '2026-02-20', 'end': '2026-02-28'}"
    ),
    (
        "de219_fondsmanager_monatskommentar_februar_nasdaq_dax_hang_seng_baidu_tencent_meituan_alibaba_nvidia.txt"
        " 13,5: reference {'start': '2026-01-01', 'end': '2026-02-27'}"
    ),
    (
        "de219_fondsmanager_monatskommentar_februar_nasdaq_dax_hang_seng_baidu_tencent_meituan_alibaba_nvidia.txt"
        " 3,9: reference {'start': '2026-01-01', 'end': '2026-02-27'}"
    ),
    (
        "de219_fondsmanager_monatskommentar_februar_nasdaq_dax_hang_seng_baidu_tencent_meituan_alibaba_nvidia.txt"
        " 5,0: reference {'start': '2026-01-01', 'end': '2026-02-27'}"
    ),
    (
        "de219_fondsmanager_monatskommentar_februar_nasdaq_dax_hang_seng_baidu_tencent_meituan_alibaba_nvidia.txt"
        " 5,2: reference {'start': '2026-01-01', 'end': '2026-02-27'}"
    ),
    (
        "de219_fondsmanager_monatskommentar_februar_nasdaq_dax_hang_seng_baidu_tencent_meituan_alibaba_nvidia.txt"
        " 7,3: reference {'start': '2026-02-01', 'end': '2026-02-27'}"
    ),
    (
        "de219_fondsmanager_monatskommentar_februar_nasdaq_dax_hang_seng_baidu_tencent_meituan_alibaba_nvidia.txt"
        " 16,5: reference {'date': '2026-03-04'}"
    ),
    (
        "de219_fondsmanager_monatskommentar_februar_nasdaq_dax_hang_seng_baidu_tencent_meituan_alibaba_nvidia.txt"
        " 212,19: reference {'date': '2026-03-04'}"
    ),
    # tester73 (de214..de216): see the thirty-third German batch's first paragraph; a Börsen-Zeitung Asia report of
    # Tuesday 17:05 CEST reads 'hatten die in New York notierten ADRs über Nacht noch 4,9% gewonnen' on Tuesday (the
    # answer's Monday session; the observed move is Monday's, accurate); 'Im Frankfurter Handel kosteten die Aktien ...'
    # carries Frankfurt into the next sentences on other companies (Meituan's distance to its 52-week low, Baidu's
    # move since its high: their Frankfurt listings, the Baidu figure unverifiable instead of wrong); the NZZ's 'Vom
    # Rekordhoch von Ende Oktober trennen den Chipkonzern knapp 18%' is dated to late October (unverifiable either way)
    (
        "de216_boersen_zeitung_marktbericht_asien_hongkong_tabelle_alibaba_tencent_meituan_baidu.txt 4,9:"
        " reference {'date': '2025-10-14'}"
    ),
    # (de216's Meituan '3' and Baidu '21,5' after Tencent's Frankfurt price are their Hong Kong listings' since the
    # twenty-fifth session: a German venue carried to another company told without euros is dropped, subjects)
    (
        "de216_boersen_zeitung_marktbericht_asien_hongkong_tabelle_alibaba_tencent_meituan_baidu.txt 21,5:"
        " reference {'date': '2025-10-14'}"
    ),
    (
        "de215_nzz_boersenbericht_zuerich_asien_new_york_nvidia_baidu_alibaba_tencent_meituan_hang_seng.txt 18:"
        " reference {'start': '2025-10-20', 'end': '2025-10-31'}"
    ),
    # tester76 (en213..en215): a monthly fund commentary published in October (en215) reads 'in the month', 'over
    # the quarter', its year-to-date moves and the level it 'ended the quarter at' as of publication, not of
    # September's end (a calendar quarter without its ordinal stays unmeasured); a midday list's figures naming
    # no day (en214) are read on the sessions up to publication, the answer's on the day of writing
    "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 186.58: "
    "reference {'start': '2025-09-01', 'end': '2025-09-30'}",
    "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 33.9: "
    "reference {'start': '2025-01-01', 'end': '2025-10-08'}",
    "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 114: "
    "reference {'start': '2025-01-01', 'end': '2025-10-08'}",
    "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 38.9: listing 'NVD.F'",
    "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 38.9: "
    "reference {'start': '2025-01-01', 'end': '2025-10-08'}",
    # (en215's 'gained 32.4% in the month' and 'rose 49% in the month' after 'in September' are September's since the
    # twenty-fifth session: a move 'in the month' is of the month a move before it was told for, Context.month_told)
    "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 24,679.99: "
    "reference {'start': '2025-09-20', 'end': '2025-09-30'}",
    # (en215's 'ended the quarter at 23,880.72' is the quarter's last close since the twenty-eighth session: cues.csv
    # quarter_end)
    "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 11.6: "
    "reference {'date': '2025-10-08'}",
    # (en215's '53.7% in the quarter, although they ended the month 9.6% below' is read on the month's last session
    # since tester137, 'ended the month' beside 'in September': the quarter's end, but a day, not the quarter)
    "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 53.7: "
    "reference {'date': '2025-09-30'}",
    "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 18.1: "
    "reference {'date': '2025-10-08'}",
    "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 16.6: "
    "reference {'date': '2025-10-08'}",
    # tester79 (de222, en218): 'die Papiere' after a sentence naming two competitors ('wegen des Preiskampfs mit Alibaba
    # und JD.com') is read as JD.com's, not as the paragraph's Meituan (de222 '30'); a dpa-style bare 'Dollar' right
    # after the same stock's price in Hongkong-Dollar ('Im Tageshoch waren die Papiere bis auf 605 Dollar gestiegen')
    # is read as Tencent's OTC line in US dollars, and its month's move after it too; a 52-week low 'it hit on Friday'
    # is dated to that Friday, the answer's to publication (both readings permitted)
    "de222_dpa_afx_aktien_asien_schluss_hang_seng_meituan_alibaba_baidu_tencent.txt 30: listing '9618.HK'",
    "de222_dpa_afx_aktien_asien_schluss_hang_seng_meituan_alibaba_baidu_tencent.txt 605: listing 'TCEHY'",
    "de222_dpa_afx_aktien_asien_schluss_hang_seng_meituan_alibaba_baidu_tencent.txt 8: listing 'TCEHY'",
    "de222_dpa_afx_aktien_asien_schluss_hang_seng_meituan_alibaba_baidu_tencent.txt 8: "
    "reference {'start': '2025-08-01', 'end': '2025-08-20'}",
    "en218_bloomberg_asian_stocks_close_hang_seng_alibaba_tencent_meituan_baidu.txt 94.05: "
    "reference {'date': '2025-10-17'}",
    # tester77 (de220, de221): (a 200-day line said to lie 'knapp 1 Prozent über dem Schlusskurs', the line the
    # subject, is the close below it since the twenty-seventh session); the distances to a record ('vom Rekordhoch
    # ... rund 18 Prozent entfernt', unverifiable either way) and a 52-week high named by its month read as of
    # publication, not the session the paragraph reports; 'in New York knapp 160 Dollar' on a Thursday at 12:15 CET
    # read on Thursday (judged on Wednesday's close, the latest New York price, as the answer has it)
    "de220_handelsblatt_morning_briefing_maerkte_hang_seng_wall_street_nasdaq_nvidia_alibaba_baidu_dax.txt 18: "
    "reference {'date': '2025-11-25'}",
    "de220_handelsblatt_morning_briefing_maerkte_hang_seng_wall_street_nasdaq_nvidia_alibaba_baidu_dax.txt 8: "
    "reference {'date': '2025-11-25'}",
    "de221_spiegel_erklaerstueck_alibaba_drei_preise_hongkong_new_york_frankfurt_adr_paritaet_euro.txt 160: "
    "reference {'date': '2025-12-11'}",
    "de221_spiegel_erklaerstueck_alibaba_drei_preise_hongkong_new_york_frankfurt_adr_paritaet_euro.txt 186,20: "
    "reference {'date': '2025-12-11'}",
    # tester80 (de223, de224): a reader's own loss since a purchase 'im vergangenen Oktober' (a holder's gain,
    # unmeasured) is dated to the last session, not from the month of the purchase
    "de223_sonntagszeitung_leserfrage_alibaba_frankfurt_nachkaufen_adr_hongkong_hang_seng_nasdaq.txt 13: "
    "reference {'date': '2026-02-06'}",
    # tester82 (de225, en221): a thread's post after 'Wer es in Frankfurt kauft, zahlt ungefähr das' read on the
    # Frankfurt listing (the venue carried into the next post); ('Über der 50-Tage-Linie notiert die Aktie satte 38 %'
    # has its side since tester83); a '30-day average' volume read over 30 calendar days, not sessions; 'as much as
    # 1%' hedged 'intraday' (the answers write 'up_to')
    "de225_x_thread_finfluencer_baidu_alibaba_grosser_tag_hongkong_nasdaq_dax.txt 66: listing 'AHLA.F'",
    "de225_x_thread_finfluencer_baidu_alibaba_grosser_tag_hongkong_nasdaq_dax.txt 6,4: listing 'AHLA.F'",
    "en221_reddit_investing_dd_alibaba_adr_vs_hong_kong_shares_edit.txt 10: "
    "reference {'start': '2025-12-09', 'end': '2026-01-08'}",
    "en221_reddit_investing_dd_alibaba_adr_vs_hong_kong_shares_edit.txt 1: hedge 'intraday'",
    # tester84: a 52-week extreme whose words lead into its price, a verb of touching dating it after ('just above
    # the 52-week low of HK$80.10 it touched last Friday', 'after hitting a fresh 52-week high of $151.43 intraday'
    # on Tuesday), is now that extreme (it had been a price of that day, missed), but dated to the day it was
    # touched, not as of publication with the day it was set (its verdict is the same: the extreme still holds)
    "en176_nikkei_asia_hong_kong_stocks_alibaba_meituan_tencent_hang_seng.txt 80.10: reference {'date': '2026-02-20'}",
    "en33_baidu_technical_levels.txt 151.43: reference {'date': '2026-01-06'}",
    # tester84 (en222): a '30-day average' volume read over 30 calendar days up to publication, the answer's 30 sessions
    # before it (as tester82's en221)
    "en222_seeking_alpha_news_baidu_earnings_day_slide_bullets.txt 2.7: "
    "reference {'start': '2026-01-27', 'end': '2026-02-26'}",
    # tester83 (de226, de227): de136's 'mit 192,67 USD den höchsten Stand innerhalb der vergangenen 52 Wochen' is a
    # 52-week high since tester83 (it was a price of the day it was set); an extreme the text dates is reported as of
    # publication, as tester74's and tester80's answers have it, where de136's answer dates it to the session before
    # (the same high either way)
    "de136_finanzen_net_alibaba_nachmittag_tradegate_new_york.txt 192,67: reference {'date': '2026-02-26'}",
    # tester86 (de230): 'Vom Rekordhoch aus dem Oktober bei gut 212 Dollar' is read as of publication (the month is the
    # extreme's), the answer dates the record to its day, 29 October, as de112 and de140 have it (records are not
    # measured: unverifiable either way)
    "de230_ard_boerse_vor_acht_skript_dax_hang_seng_alibaba_tencent_meituan_nvidia_zahlen.txt 212: "
    "reference {'date': '2026-02-26'}",
    # tester88 (de231): a Hong Kong price restated in euros as an apposition without 'umgerechnet' ('auf 532 HKD, etwa
    # 57 Euro') makes Frankfurt the venue in play: the sentences after it on Tencent's week, month and year are read on
    # NNND.F (without quotes: unverifiable, not judged) (its month so far ran up to publication, a Sunday, until
    # tester149)
    "de231_newsletter_wochenausblick_hang_seng_dax_nasdaq_alibaba_tencent_meituan_woche_monat_jahr.txt 2,8: "
    "listing 'NNND.F'",
    "de231_newsletter_wochenausblick_hang_seng_dax_nasdaq_alibaba_tencent_meituan_woche_monat_jahr.txt 7,9: "
    "listing 'NNND.F'",
    "de231_newsletter_wochenausblick_hang_seng_dax_nasdaq_alibaba_tencent_meituan_woche_monat_jahr.txt 11,2: "
    "listing 'NNND.F'",
    # tester87 (en225): 'having dropped as much as 4.4% during the session' hedged 'intraday' where the answer has
    # 'up_to' (the answers differ on 'as much as', as tester85 noted above); read on the day's range either way
    "en225_marketwatch_stock_market_today_nasdaq_nvidia_chinese_adrs_swings.txt 4.4: hedge 'intraday'",
    # tester87: an intraday word with no figure between it and the number hedges it, a level before it in the clause
    # notwithstanding: en187's 'dipping 190 points at one point to a low of 25,591.66' carries 'intraday' where its
    # answer has none (index lows mostly without a hedge in the answers); read on the day's range either way (en225's
    # '481 points, or 2.1%' at the session low have the hedge in their answer since the twenty-eighth session)
    "en187_aastocks_hsi_closes_186_pts_higher_meituan_turnover.txt 25,591.66: hedge 'intraday'",
    # tester121 (de269): after 'In Stuttgart kosteten die Papiere am Morgen 108,30 Euro' Stuttgart is the venue in play,
    # so 'Seit Jahresbeginn steht ein Minus von 4,2 Prozent' is read on the euro listing up to publication (its parity
    # -4.08 %, the ADR's -4.22 %: accurate either way; which listing the writer meant is ambiguous), and so is the
    # hedged premarket '1' (unverifiable either way); the premarket '0,6' after the evening-before sentence takes that
    # evening's day, not the session about to open (unverifiable either way)
    "de269_boerse_stuttgart_handelsblick_alibaba_baidu_adr_euro_paritaet_vorboerse_orderbuch.txt 4,2: listing 'B1C.F'",
    "de269_boerse_stuttgart_handelsblick_alibaba_baidu_adr_euro_paritaet_vorboerse_orderbuch.txt "
    "4,2: reference {'start': '2026-01-01', 'end': '2026-03-12'}",
    "de269_boerse_stuttgart_handelsblick_alibaba_baidu_adr_euro_paritaet_vorboerse_orderbuch.txt "
    "0,6: reference {'date': '2026-03-11'}",
    "de269_boerse_stuttgart_handelsblick_alibaba_baidu_adr_euro_paritaet_vorboerse_orderbuch.txt 1: listing 'B1C.F'",
    # tester121 (de268): 'Ihr Jahrestief hatte die Aktie am 13. Januar 2025 bei 80,06 Dollar markiert' in a Saturday
    # text of 2026 is read as the lowest low up to publication (the answer: of 2025); the low is the same, 80.06
    "de268_capital_alibaba_aktie_langfrist_seit_oktoberhoch_jahr_2025_nasdaq_100_vergleich_adr_hongkong_luecke.txt "
    "80,06: reference {'date': '2026-02-20'}",
    # tester125 (en263): an AI brief's 'surged 9.8% intraday' is not hedged 'intraday' (as en88's '5.0'; judged on the
    # day's range either way)
    "en263_ai_market_brief_alibaba_surges_intraday_volume_rank_hong_kong_overnight_52_week_range_moving_"
    "averages.txt 9.8: hedge None",
    # tester128 (en267): 'up 1.9% from the previous close of HK$155.00' reads the base on Monday or the session before
    # (Friday's 155.00 is found either way: accurate)
    "en267_barrons_alibaba_adrs_rise_premarket_hong_kong_rebound_friday_close_week_ago.txt "
    "155.00: reference {'start': '2026-02-06', 'end': '2026-02-09'}",
    # tester128 (en268): 'At the midday break, the benchmark was up 2.3% at 25,830.40' right after the aside 'On the
    # mainland, the CSI 300 Index gained 0.5%' takes the CSI 300 (the last benchmark named, index_roles.csv); the answer
    # reads the wrap's Hang Seng (its level fits only the Hang Seng), but the words are ambiguous: unverifiable, no
    # verdict problem; so are 'as much as 2.9%' and 'The gauge is up about 29% this year' after it
    "en268_bloomberg_asia_markets_wrap_hang_seng_rebounds_points_midday_break_alibaba_tencent_meituan_baidu.txt "
    "2.3: listing '000300.SS'",
    "en268_bloomberg_asia_markets_wrap_hang_seng_rebounds_points_midday_break_alibaba_tencent_meituan_baidu.txt "
    "25,830.40: listing '000300.SS'",
    "en268_bloomberg_asia_markets_wrap_hang_seng_rebounds_points_midday_break_alibaba_tencent_meituan_baidu.txt "
    "2.9: listing '000300.SS'",
    "en268_bloomberg_asia_markets_wrap_hang_seng_rebounds_points_midday_break_alibaba_tencent_meituan_baidu.txt "
    "29: listing '000300.SS'",
    # tester128 (en269): a Key Points bullet before the body names NYSE: BABA takes the home listing (judged on BABA's
    # figures anyway: accurate); 'Over five years ... lost more than 40%' keeps no start (unverifiable either way); a
    # holder's gain 'investors who bought in early September 2024 ... roughly 64%' is read within that month, not from
    # it to now (unverifiable either way: no base close is taken from a purchase month yet)
    "en269_motley_fool_is_alibaba_stock_a_buy_after_slide_year_to_date_52_week_range_below_high_market_cap.txt "
    "30: listing '9988.HK'",
    "en269_motley_fool_is_alibaba_stock_a_buy_after_slide_year_to_date_52_week_range_below_high_market_cap.txt "
    "40: reference {'date': '2026-03-13'}",
    "en269_motley_fool_is_alibaba_stock_a_buy_after_slide_year_to_date_52_week_range_below_high_market_cap.txt "
    "64: reference {'start': '2024-09-01', 'end': '2024-09-10'}",
    # tester135 (de288, de289): a month's extremes and return read to the Saturday of publication (2025-11-29) where
    # the answer names the month's last session (2025-11-28): the same sessions; a year to date read from 1 January,
    # the answer from the year's last close (2025-12-31): the same base
    # (de288's 'rund 2,5 Prozent höher als Ende Oktober', November's move, is read from 1 November where the answer
    # names October's last close, 2025-10-31, as its start: the same base; the 0,2, November so far, runs to Friday
    # 2025-11-28 since tester149, as the answer's end, its start still 1 November)
    "de288_monatsbilanz_tencent_meituan_hongkong_november_monatstief_hang_seng.txt "
    "2,5: reference {'start': '2025-11-01', 'end': '2025-11-28'}",
    "de288_monatsbilanz_tencent_meituan_hongkong_november_monatstief_hang_seng.txt "
    "0,2: reference {'start': '2025-11-01', 'end': '2025-11-28'}",
    "de288_monatsbilanz_tencent_meituan_hongkong_november_monatstief_hang_seng.txt "
    "602: reference {'start': '2025-11-01', 'end': '2025-11-29'}",
    "de288_monatsbilanz_tencent_meituan_hongkong_november_monatstief_hang_seng.txt "
    "95,15: reference {'start': '2025-11-01', 'end': '2025-11-29'}",
    "de289_aktionaer_baidu_adr_wochenminus_tradegate_euro.txt "
    "5: reference {'start': '2026-01-01', 'end': '2026-02-04'}",
    # tester135: a section heading right above its text ('What Happened' over 'Shares of ... jumped 7.9% in the
    # afternoon session') now ends the day in play, which here was the update stamp's session: the intraday hedge of the
    # move is lost (a heading resetting the day should keep a day the publication's stamp gave; verdict unchanged)
    "en264_stockstory_why_baidu_bidu_stock_is_up_today_moves_greater_than_5_percent_52_week_high_"
    "since_beginning_of_year.txt "
    "7.9: hedge None",
    # tester143 (de298): a moving average's level in a clause that goes on to the day it was crossed ('Die
    # 200-Tage-Linie bei 145,60 USD wurde Ende Februar nach unten durchbrochen') takes that window's day, not the
    # latest session (verdict accurate); 'der Abstand zu ihr beträgt rund 7 Prozent' after it states no side (the
    # answer reads 'nach unten durchbrochen' as below)
    "de298_chartanalyse_alibaba_adr_new_york_rsi_38_50_200_tage_linie_widerstand_unterstuetzung_52_wochen_hoch_"
    "abstand.txt 145,60: reference {'date': '2026-02-28'}",
    "de298_chartanalyse_alibaba_adr_new_york_rsi_38_50_200_tage_linie_widerstand_unterstuetzung_52_wochen_hoch_"
    "abstand.txt 7: direction None",
}


# the verdicts on the editor's set (242 true and 35 wrong market numbers), measured 2026-11-30;
# de32..de37 and en26..en31 (82 true and 16 wrong) added the same day, de38..de43 and en32..en37
# (114 true, 25 wrong and 4 index moves without quotes, which must stay unverifiable) the same day too,
# de44..de48 and en38..en42 (118 true, 20 wrong, 4 index moves without quotes) later that day, de49..de53 and
# en43..en47 (141 true, 29 wrong, 2 JD.com figures without quotes, which must stay unverifiable) the same night,
# de54..de56 and en48..en50 (50 true, 10 wrong, 3 premarket figures that must stay unverifiable) on the next morning,
# de57..de60 and en51..en54 (83 true and 23 wrong) later that morning,
# de61..de63 and en55..en59 (89 true, 22 wrong, 6 index and ETF moves without quotes that must stay unverifiable) later,
# de64..de67 and en60..en63 (102 true, 18 wrong, 12 moves without quotes and
# a partial volume that must stay unverifiable) that noon, en64..en69 (77 true, two of them after-hours and premarket
# moves that must stay unverifiable, 10 wrong and 4 moves without quotes) that afternoon,
# de68..de73 (78 true, 16 wrong and 5 figures without quotes that must stay unverifiable) that afternoon too,
# de74..de79 (71 true, four of them beyond the quotes that may be unverifiable, and 18 wrong) that evening
# en70..en75 (81 true, 13 wrong, 17 figures without quotes or beyond the quotes held that must stay unverifiable) later,
# en82..en87 (57 true, 14 wrong, 11 figures without quotes that must stay unverifiable) on 2026-11-30,
# en88..en91 (37 true, 8 wrong, 3 figures without quotes that must stay unverifiable) later that day,
# en92..en96 (88 true, 17 wrong, 10 figures without quotes or outside the daily bars that must stay unverifiable) and
# en97..en101 (85 true, 16 wrong, 3 Hang Seng Tech moves without quotes that must stay unverifiable),
# de101..de105 (76 true, four 52-week figures of them beyond the sessions the seeds hold that may be unverifiable, and
# 15 wrong) on 2026-12-01, de106..de110 (78 true, 18 wrong, 9 figures without quotes or outside the daily bars that must
# stay unverifiable), de111..de115 (66 true, 13 wrong, 6 figures without quotes or not judged that must stay
# unverifiable), en102..en106 (69 true, 13 wrong, 3 index figures without quotes that must stay unverifiable) and
# en107..en111 (71 true, 14 wrong, 2 figures without quotes that must stay unverifiable) later that day, and
# en112..en116 (70 true, 15 wrong, 28 premarket, after-hours or unquoted figures that must stay unverifiable),
# by tester31
# en117..en121 (92 true, 18 wrong, 7 futures and index figures without quotes that must stay unverifiable) after them
# en122..en126 (80 true, 17 wrong, 8 futures, premarket, after-hours or unquoted figures that must stay unverifiable),
# by tester35
# de131..de135 (93 true, 16 wrong, 5 figures without quotes or beyond the quotes held) by tester34
# de136..de140 (64 true, 10 wrong, 6 figures without quotes that must stay unverifiable) by tester37
# en142..en146 (70 true, 18 wrong, 8 premarket, unquoted or pre-2024 figures that must stay unverifiable) by tester42
# en137..en141 (88 true, 17 wrong, 3 figures without quotes that must stay unverifiable) by tester41
# de151..de153 (44 true, 9 wrong, 2 Tradegate turnovers in shares that must stay unverifiable) by tester43
# en147..en149 (43 true, 8 wrong, 11 after-hours, unquoted or pre-2024 figures that must stay unverifiable) by tester44
# de154..de158 (74 true, 17 wrong, 4 pre-market or pre-2025 figures that must stay unverifiable) by tester45
# de159..de163 (62 true, 15 wrong, 9 pre-market, after-hours, unquoted or pre-2024 figures that must stay unverifiable)
# by tester46: no verdict problem left
# en150..en154 (62 true, 12 wrong, 14 premarket, futures, sector or unquoted figures that must stay unverifiable) by
# tester47
# en165..en169 (72 true, 15 wrong, 6 premarket, after-hours, futures, S&P 500 or pre-2024 figures that must stay
# unverifiable) by tester52
# en180..en184 (87 true, 16 wrong, 2 years resting on a half-day close not held that must stay unverifiable) by
# tester59
# de189..de193 (86 true, 17 wrong, 1 US volume that must stay unverifiable) by tester58
# en185..en189 (118 true, 23 wrong) by tester60
# en190..en192 (60 true, 9 wrong) by tester62
# de194..de196 (60 true, 11 wrong, 2 US volumes that must stay unverifiable) by tester61: no verdict problem left
# en193..en196 (82 true, 13 wrong, 5 indices and markets without quotes that must stay unverifiable) by tester65
# en197..en200 (69 true, 11 wrong, an S&P 500 move and a year on a close not held that must stay unverifiable) by
# tester66
# de197..de200 (87 true, 14 wrong, 1 US volume that must stay unverifiable) by tester63
# de201..de204 (92 true, 17 wrong, 2 US volumes that must stay unverifiable) by tester64
# de205..de207 (78 true, 11 wrong) by tester67
# de208..de210 (95 true, 16 wrong) by tester69
# de211..de213 (89 true, 16 wrong, 1 US volume that must stay unverifiable) by tester70
# de217..de219 (102 true, 14 wrong, 2 volumes beside no named subject that stay unverifiable) by tester74
# en204..en206 (83 true, 17 wrong) by tester71
# en207..en209 (77 true, 14 wrong, 1 US volume that must stay unverifiable) by tester72: no verdict problem left
# en210..en212 (51 true, 9 wrong, 2 unverifiable: Tencent's 52-week figures, the window's rows missing) by tester75:
# no verdict problem left
# de214..de216 (70 true, 13 wrong, 1 US volume that must stay unverifiable) by tester73
# en213..en215 (78 true, 13 wrong, 1 Hang Seng Tech move that must stay unverifiable) by tester76
# de222 and en218 (49 true, 6 wrong) by tester79: no verdict problem left
# en216..en217 (55 true, 10 wrong, 6 moves of indices without quotes that must stay unverifiable) by tester78
# en219..en220 (60 true, 10 wrong) by tester81
# de225 and en221 (55 true, 10 wrong, 4 52-week figures before the snapshot's start and 3 US volumes that must stay
# unverifiable) by tester82
# de228 and en224 (44 true, 8 wrong, 3 volumes whose words name neither stock nor venue that stay unverifiable) by
# tester85: no verdict problem left
# en222..en223 (60 true, 13 wrong, a US volume and its 30-day average that must stay unverifiable) by tester84
# de226 and de227 (41 true, 8 wrong, 1 US volume so far that must stay unverifiable) by tester83: no verdict problem
# left
# de229 and de230 (50 true, 10 wrong, 3 volumes whose words name neither stock nor venue, Nvidia's record and the
# distance to it that stay unverifiable) by tester86
# de231 and en227 (65 true, 12 wrong) by tester88: two non-claims judged left (below)
# en225 and en226 (43 true, 7 wrong, a US volume and a volume so far that must stay unverifiable) by tester87
# de232..de234 (52 true, 9 wrong, 2 unverifiable) by tester95: one true figure called imprecise (de232 '133,80',
# below)
# de238..de240 by tester99 and en231..en233 by tester100: no verdict problem left
# de247 and en237..en238 (59 true, 13 wrong) by tester106: no verdict problem left
# de248..de249 and en239 (44 true, 10 wrong; a Hong Kong volume whose clause names no venue stays unverifiable) by
# tester107: no verdict problem left
# de250, en240 and en241 (32 true, 9 wrong) by tester108: no verdict problem left
# de252, de253 and en244 (42 true, 7 wrong, a premarket move that must stay unverifiable) by tester110: no verdict
# problem left
# de254, en245 and en246 (38 true, 8 wrong) by tester111: a US volume compared with the previous day's is missed
# (below)
# de258, en250 and en251 (45 true, 10 wrong, four premarket figures that must stay unverifiable) by tester115: no
# verdict problem left
# en267..en269 (43 true, 9 wrong, 6 unverifiable: premarket quotes, a US volume, indices without quotes, a
# five-year move) by tester128: no verdict problem left
# de256, de257 and en249 (52 true, 9 wrong) by tester114: two distances to the 50-day line read on the day after the
# session the text reports, one distance to a moving average named the sentence before out of scope (below)
EDITOR_VERDICT_PROBLEMS_STILL_OPEN = {
    # ('Aus 10.000 HKD wurden so 4.587,83 HKD, das entspricht einem Minus von 54,12 Prozent', tester20's, is a
    # since-return now at the merge, unverifiable: what a sum became, cues.csv)
    # (tester45's de155 'An der NYSE ging das ADR am Vortag mit einem Plus von 0,3 Prozent bei 163,00 USD aus dem
    # Handel', published Tuesday after Monday's Hong Kong close, read on the session before Monday: since the nineteenth
    # session a previous day told in a sentence's first clause in the simple past is read on the day before publication
    # too)
    # (tester51's en162 'which had left the index up 1.1% for the week', told of a Wednesday, is read on the week so
    # far since tester54: a week of a mid-week session may be the week to date unless its words name seven days)
    # (tester53's de175 'Der RSI ist binnen eines Tages von 37 auf 58 gesprungen': the 37 is read on the session
    # before since the twenty-third session: an indicator's reading a move started from is the session before's)
    # (tester53's de177 'rund 4 Prozent unter ihrer 200-Tage-Linie' in a Friday column telling Thursday's close,
    # tester25's en104 'roughly 10% above its 200-day' and tester51's en163 'about 12% below its 50-day' are as of
    # the latest session their texts report, alone, since the twenty-first session: true, true and caught)
    # (tester60's en186 'finished 2025 at HK$142.80, up 62% on the year, while the Hang Seng Index added 28%' takes
    # the year of the move before it since the twenty-second session: reviews._SENTENCE_PERIOD_KINDS)
    # (tester60's en187 'after dipping 190 points at one point to a low of 25,591.66, climbed as much as 299 points
    # to an intraday high of 26,080.84' are the session's moves in points since the twenty-second session: a level
    # with its thousands grouped separates a cue from the number before it, and an opening level does not reach
    # past 'after')
    # (tester62's en192 'after opening at 27,019.74 and touching 27,024.07 in the first minutes of trading' is the
    # day's high since the twenty-third session: a level to the hundredth touched beyond every other level of its
    # sentence is the session's extreme on that side, frames._touched_extreme; en162's deliberately wrong 'after
    # touching 22,575.10', below its close, is read as the low and stays caught)
    # (tester66's en198 'This morning we opened at 22,578' is the open of publication's day since the twenty-third
    # session: 'this morning' names that day, as 'heute' does)
    # (tester67's de206 'Der Dax schloss nahezu unverändert bei 24.986 Punkten' after 'Vor den mit Spannung erwarteten
    # Zahlen von Nvidia am heutigen Abend zeigten sich die Anleger am Dienstag zurückhaltend' is Tuesday's since the
    # twenty-fourth session: 'am heutigen Abend' after a coming event dates the event, dates._EVENT_DAY; and its
    # Meituan '2' is measured on the text's present, not on the Friday of the low: a passive relative clause, 'das erst
    # am Freitag markiert wurde', tells an earlier event, earlier_events.csv auxiliary)
    # (tester70's de213 'Die ADRs verloren 7,9 Prozent auf 114,26 Dollar' in the item 'Baidu: ...' is the week's since
    # the twenty-fifth session: an item led by a stock's name and a colon no longer takes the Friday the Meituan item
    # before it told, and a 'Wochenausblick' opens with its look back at the week, review_periods.csv)
    # true called wrong: none left open since the twenty-eighth session
    # (tester74's de217 'Von dort sind es jetzt ziemlich genau zehn Prozent nach unten', pointing back past a
    # sentence going on about the record, 'Das hatte er Mitte Januar ... erreicht', is that record's distance since
    # the twenty-eighth session: distance_words.csv referent_carried)
    # (tester76's en215 'ended the quarter at 23,880.72, 3.1% below its July 10 record' is the quarter's last close
    # and the move from the record to it since the twenty-eighth session: cues.csv quarter_end, a since-return in
    # apposition to a dated level runs to its day, linking.appositive_since_ends; a record is a high)
    # (tester77's de220 'Die 200-Tage-Linie ... liegt knapp 1 Prozent über dem Schlusskurs', the line the subject
    # and the close 0.99 % below it, is read so since the twenty-seventh session: distance_words.csv
    # average_subject, price_object)
    # (tester87's en225 'at its session low was down 481 points, or 2.1%', the 2.1 after ', or' judged on the
    # close, is read under the hedge of the figure it restates since the twenty-eighth session)
    # (tester82's en221 '2025 was a monster year for both lines: BABA gained 78% (from $84.79 at the end of 2024 to
    # $146.58 on Dec. 31), while 9988 rose 72%', the 72 read as Dec. 31's move, is the calendar year's since the
    # twenty-seventh session: the span from a year's end to the next is that year, which the 72 takes)
    # (tester132's de285 'Ende 2025 kostete sie 142,80 HKD, das entspricht einem Plus von 0,1 Prozent', read as the
    # move of 2025-12-31 itself, restates the gap since that year-end close: a cues.csv row with base 'dated restated',
    # the year to date in 2026, since the thirty-ninth session)
    # (tester138's six in en278-en280, left open at its deadline, resolved in the forty-third session: a month's range
    # label, a month's end without the month's name and the move its next clause restates, a conjunct's day told in the
    # simple past after a move in the present perfect, a distance below a level hit on a date, a when-clause after 'a
    # week earlier')
    "true called wrong": set(),
    "true called imprecise": {
        # tester138: en278's 'on the final day it slipped to HK$142.90' is read a session early (the Thursday's
        # close 143.00)
        "en278_alibaba_in_review_february_hong_kong_shares_adrs_over_the_month_lowest_close_end_of_january.txt 142.90",
        # tester114 (en249): 'The stock now trades about 14% below its 50-day moving average' and 'roughly 14.3%
        # beneath it' are true of Tuesday's close (135.59 / 158.24 - 1 = -14.31 %) but read on Wednesday, the day the
        # lede's 'a stock to watch on Wednesday' names (133.27 vs the average then); the first, read on the ADRs since
        # the forty-seventh session (it was on Hong Kong's), passes on Wednesday's
        "en249_investopedia_stock_to_watch_alibaba_baba_gap_down_50_day_moving_average_year_to_date.txt 14.3",
        # tester87 (en226): 'Since the end of February it has lost nearly 5%' is read as the month so far on Tuesday's
        # close 136.85 (-5.04 %), not on the price at the time of writing the text states, $137.40 (-4.66 %); its
        # 'down about 6% year to date' is read at that price since the thirtieth session (a stamp without a zone, 'March
        # 10, 2026 1:05 PM', is in the zone of the first ticker named, '(NYSE:BABA)')
        "en226_benzinga_why_is_alibaba_stock_trading_higher_today.txt 5",
        # tester76 (en214 '85.10 ..., a new 52-week high' at midday read on the close; en215 'Year to date the stock
        # is up 38.9%' as of publication, and on the Frankfurt parity the sentence before named)
        "en214_cnbc_biggest_moves_midday_baidu_nvidia_alibaba_tencent.txt 85.10",
        "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 38.9",
        # tester69 (de208..de210): see the thirty-second German batch paragraph
        "de208_deutschlandfunk_wirtschaft_am_mittag_transkript_alibaba_ki_hongkong_nvidia_dax.txt 23.600",
        # (de213's '28' and en198's 'it's sitting at around 29', the RSI of the index the sentence before ended on, had
        # been read on a stock in play; the index's since the twenty-fifth session, subjects.subject_of)
        # tester52: Forbes' 'Investors who bought the stock a year ago, when it traded at about $113, are sitting on a
        # gain of roughly 46%' (en167, Thursday 06:30 ET, the figures as of Wednesday's close): 'a year ago' is counted
        # from the publication day (2025-02-12: 118.33, the 113 imprecise) rather than from the close the text is as
        # of (2025-02-11: 112.78), and the gain is read as a since-return (unverifiable), not the twelve-month return
        "en167_forbes_alibaba_stock_up_this_year_hong_kong.txt 113",
        # tester50: the NZZ's 'legte nach dem Rückschlag vom Vortag (–2,2%) um 0,2% auf 26 834,77 Punkte zu': the 0,2%
        # takes the sign of 'Rückschlag' before it, not of the separable verb 'legte ... zu' after it
        "de171_nzz_asiens_boersen_hang_seng_alibaba_tiefst_hoechst_vorjahr.txt 0,2%",
        # tester43: the Tradegate overview's Meituan day low '8,70 Euro (08:02 Uhr)' is judged on the euro parity of
        # Hong Kong's low (78.55 / ECB 9.0637 = 8.666 EUR), 0.39 % away, past the 0.3 % a derived price is accurate
        # within (tolerances.csv); Tradegate's own low is not held, and its 08:02 trade came after Hong Kong's low
        "de152_tradegate_tagesuebersicht_baidu_meituan_euro_umsatz.txt 8,70",
        # tester26: en110's 'Since Aug. 20, when Baidu reported ..., the ADRs are up more than 46% and the Hong Kong
        # shares have gained 42%': read as since-returns now, but the ADRs' 46% on Hong Kong's listing and both up to
        # Monday 2025-10-27 (see the slot errors): 9888.HK +43.4 % to Monday; BIDU 126.82 / 86.76 = +46.2 % and
        # 9888.HK 123.90 / 87.25 = +42.0 % to Tuesday
        # (the 46 is judged on the ADRs since tester149, and true)
        "en110_business_insider_baidu_adr_hong_kong_parity_explainer.txt 42",
        # tester20: a pre-market indication on Lang & Schwarz at 08:40 ('vor 9 Uhr mit 123,20 Euro taxiert, 1,7 Prozent
        # unter dem deutschen Schluss vom Donnerstag') is read as Thursday's Frankfurt close (parity of Hong Kong's
        # Thursday close, 123.79) and its move as Thursday's; the indication trades before Xetra opens, so its reading
        # is the parity of the Hong Kong session trading then (123.17 .. 126.03) against Thursday's German close
        # (125.32: -1.69 %). Needs the off-exchange venues' early hours in sessions. (The 123,20 itself is accurate
        # since tester95: 'Dollar' after Hong Kong in play names no venue of its own, subjects.named_venue)
        "de95_vorboerse_ls_alibaba_hongkong_schluss_vorabend_new_york.txt 1,7",
        # tester95 (de232, Friday 10:14 CET): Xetra's low so far, 'bewegte sich das Papier bisher zwischen 133,80 Euro
        # und 137,10 Euro', is read on the parity of BABA's Friday session (134.83..138.84 EUR), which opened at 15:30
        # CET, after the text, and on the Hong Kong parity's low as a point (128.86); the Hong Kong session's parity
        # range (128.86..137.32 EUR) holds it. Needs a derived listing's extremes so far read on the home parity's range
        "de232_finanzen_net_alibaba_quartalszahlen_kurssprung_hongkong_xetra_euro_preisbox_52_wochen.txt 133,80",
        # tester15: the ADRs' past month in an explainer dated the day of a Hong Kong close ('And over the past
        # month?' ... 'the ADRs 13.6%'), no time of publication: the day in play, Hong Kong's Friday, is read for New
        # York's Friday session, which had not traded yet (the answer through Thursday is true). Needs a rule for
        # a day carried across venues in a text without a clock; a one-sided alternative would let wrong ones through.
        # Called wrong until a month's move may be counted over four weeks too (144.11 / 169.56 = -15.0 % from 30
        # January to New York's Friday close): now imprecise
        "en79_explainer_alibaba_adr_hong_kong_gap.txt 13.6",
        # tester16: Xetra's close of Nvidia told the next morning ('hatte bereits um 17:30 Uhr bei 149,10 Euro
        # geschlossen'): without a Xetra listing row (see the slot errors) it is read on Frankfurt's parity of the New
        # York close (148.40, +0.47 %, beyond the 0.3 % a parity is accurate within); Xetra closes mid-session in New
        # York, so the day's range in euros would be its reading
        "de83_euro_anleger_nvidia_tradegate_xetra.txt 149,10",
        # tester17: 'They had closed at $186.52 on the day of the report' after 'fell 3.2% to $180.64 on Nov. 20, the
        # day after its previous report': the report's day is named by the event only, and the pluperfect sentence
        # takes the last session before publication's Friday (187.90, -0.74 %); carrying Nov. 20 would call it wrong.
        # Needs a day referred back to by its event ('the day of the report', 'am Tag der Zahlen')
        "en86_earnings_preview_nvidia_options_implied_move.txt 186.52",
        # tester23: an n-tv ticker's Xetra close entry ('Seit Jahresbeginn summiert sich das Minus damit auf knapp 7
        # Prozent, seit Monatsbeginn auf gut 10 Prozent'): -10.57 % is 'gut 10' to a reader, but the 'gut' band of a
        # round ten reaches 10.5 only (5 % of the value or 0.5 pp, bands.csv just_over); read on the session of the
        # day since the ticker's clock is German time (before, any session up to publication let it through)
        "de98_ntv_boersenticker_dax_nvidia_euro_dollar.txt 10",
        # (tester71's en205 spoken prices in dollars and cents, '124 dollars 90 cents', are one price to the cent since
        # the twenty-fifth session, numbers._dollars_and_cents; en206 'up 3.1 per cent so far in March' after 'its
        # record close from late October' is March's, dates.names_month_in_clause)
        # tester135 (de289): 'Seit Jahresbeginn liegt das Papier in New York ... noch gut 5 Prozent im Plus' (+5.58 %
        # from the 2025 close) judged imprecise: 'gut' read as just over, a 0.58-point excess beyond it
        "de289_aktionaer_baidu_adr_wochenminus_tradegate_euro.txt 5",
    },
    "wrong called accurate": {
        # de199's 'Mit dem Anstieg hat Tencent die 20-Tage-Linie bei 538 HKD zurückerobert': annotated wrong against the
        # simple average of 20 closes (528.30), but the exponential one is 538.31, a reading a '20-Tage-Linie' may
        # mean (bands.csv moving_average). Read as a mark crossed before this session, it had come out wrong by chance
        "de199_derivate_magazin_turbo_long_tencent_hongkong_dollar_euro_basiswert.txt 538",
        # tester132 (de285): 'Auf Wochensicht ... gut 4 Prozent' (9988.HK -2.86 % to Friday) is read on the ADR to
        # Thursday (-4.03 %), the listing and day of the answer before it (see the slot errors)
        "de285_fragen_und_antworten_alibaba_aktie_hongkong_wochenbilanz_seit_jahresbeginn_52_wochen_hoch_"
        "hang_seng.txt 4",
        # tester127: de278's 'Die ADR hatte ihr 52-Wochen-Hoch am 6. Oktober bei 149,51 US$ markiert und liegt nun rund
        # 15 Prozent darunter': -17.89 % from the high it names, but -15.29 % from the highest close (144.91), which
        # the measure permits for a distance to a 52-week high; reading the distance on the level the sentence names
        # would need the extreme's figure carried into the distance (frames), left open
        "de278_wochenrueckblick_baidu_hongkong_adr_vor_einer_woche_vortag_vor_zehn_tagen_52_wochen_hoch.txt 15",
        # tester126: de276's 'Tradegate zum Handelsschluss rund 126 €' on Friday 2026-02-27: the parity BABA 144.11 /
        # 1.1805 = 122.08 EUR is +3.2 % off, within the 6.5 % a derived euro price may differ (tolerances.csv): no
        # German quotes held, a parity cannot call it wrong
        "de276_aktienforum_digest_alibaba_thread_nutzerbeitraege_hongkong_adr_tradegate_gestern_letzte_woche_januar_hoch.txt"
        " 126",
        # tester116: de259 'Seit Monatsbeginn hat die Aktie 11,6 Prozent verloren, seit Jahresanfang liegt sie 46
        # Prozent vorn' in a paragraph on Baidu in Hong Kong (+42.44 %): the listing carried from the paragraph's first
        # sentence leaves the company's other listings permitted readings, and the ADR's +45.61 % meets the 46 (as
        # de76's '14')
        "de259_euro_am_sonntag_wochenbilanz_alibaba_baidu_freitag_zu_freitag_monatsbeginn_jahresbeginn_wochenhoch_euro.txt"
        " 46",
        # (thirty-third session) de120's table cell '-1,2' for the Nasdaq 100's year to date, -1.148 % (the answer's
        # rounding slip for -1,1), passes by design: a percentage stated to one decimal may have been read off a screen
        # showing -1,15 % and rounded again (bands.csv exact, screen_decimals)
        "de120_euro_am_sonntag_wochenrueckblick_china_tech_nvidia_tabelle.txt 1,2",
        # the twelfth German batch's de76 'Im November summiert sich das Minus auf 7,7 Prozent, seit Quartalsbeginn auf
        # 14 Prozent' after 'Die Alibaba-ADRs beendeten ... bei 157,30 Dollar': measured since the twenty-ninth session
        # (was unverifiable), as of the Friday reported; the listing carried from the sentence before leaves the
        # company's other listings permitted readings, and Hong Kong's quarter to date (151.50 / 177.00 - 1 = -14.41 %)
        # meets the 14 the ADRs' -11.99 % does not. Needs a carried listing to bind a period's move as a named one does
        "de76_euro_am_sonntag_depot_check_alibaba.txt 14",
        # (tester78's en216 'after opening 7% lower at HK$122' in a midday report, also read on the session before, is
        # the open of the session trading when written since the twenty-eighth session: wrong, caught)
        # (tester54's de179 bullet '- Hang Seng: -1,1 Prozent am Freitag', written at 22:40, is read close to close
        # since the twenty-second session: a list item's figure without a verb is the session's result; imprecise)
        # tester54: de36 'Auf Wochensicht ... die Alibaba-ADRs schafften im gleichen Zeitraum 4,6 Prozent', told of
        # Tuesday's session, passes on the week so far (+4.63 %), permitted since tester54, though 'im gleichen
        # Zeitraum' ties it to the five sessions Baidu's '5,7' is true over
        # (tester57's n-tv 'Auf Monatssicht steht ein Plus von 4,0 Prozent', de185, the DAX under '+++ 17:45 Dax
        # schließt ... +++' after Xetra's close, is as of that close since the thirty-third session: the entry's stamp
        # is read with its title between plus signs; wrong, caught.) The Börsen-Zeitung's
        # 'Seit Jahresbeginn steht ein Plus von 33,8 %' (de187, +29.75 %) passes on early October, which 'erreicht
        # Anfang Oktober' after the 52-week high of the next clause names (tried: the month part dating the extreme only
        # fixed it, but the index's year to publication then moved the day in play off Tuesday: reverted)
        "de187_boersen_zeitung_hongkong_marktbericht_hang_seng_alibaba_tencent_meituan_baidu.txt 33,8",
        "de36_baidu_tradegate_euro.txt 4,6",
        # de92 (finanzen.net's 'So viel Gewinn' template, all in dollars on 'der Börse NASDAQ'): 'Seit Jahresbeginn hat
        # das Papier rund 2 Prozent an Wert verloren' is -4.26 % in dollars to Thursday's close (178.56 / 186.50), but
        # -2.08 % on the euro parity (NVD.F derived), a reading the euro view of a German sentence naming no venue
        # permits by design (domain notes: a claim that holds in euros is not called wrong). Since the twentieth
        # session a 52-week high told with the day it was set ('markierte die Aktie am 29.10.2025') reports no session,
        # so the year to date ends at Thursday's, the last the text reports (it was imprecise on Friday's, a session
        # the morning text had not seen): en159's true '36' had been called imprecise that way
        "de92_finanzen_so_viel_gewinn_verlust_investment_vor_einem_jahr.txt 2",
        # (the moving averages' band, bands.csv moving_average, is 0.5 % of a level and 0.3 pp of a distance since the
        # twenty-first session, closes adjusted for dividends a reading of their own: en161 '166.40' (-1.2 %), en152
        # '138.50', en123 '176.5' and en106 '175.63', let through by the former 1 % band, are no longer accurate)
        # (a distance to a moving average whose words do not say exponential is read against the simple average only
        # since the twenty-first session: de180's 'knapp 10 % darunter' (-11.58 %), en118's 'about 1 percent above its
        # 50-day moving average of HK$87.57' (-0.99 %) and en95's 'some 7.8% below' (-8.70 %) had passed on the
        # exponential one)
        # (tester52's en169 'sits 6.7% below its record close of 26,119.85 from late October', matched by the intraday
        # high 26,182.10 (-6.71 %) while the words name the close (-6.49 %), is read from the closes alone since the
        # twenty-eighth session: Claim.extreme_on_closes; wrong, caught)
        # (tester50's de169 'Seit Jahresbeginn steht damit ein Verlust von rund 4 Prozent' stamped '25.03.2026, 06:00',
        # before New York opens, had been measured to Wednesday's close: since the twentieth session a period's later
        # sessions permitted end at the last one opened when the text was written, Tuesday's: -6.06 %, caught)
        # tester50: the Sunday review's 'In Frankfurt ging die Aktie am Freitag mit 145,60 Euro aus dem Handel'
        # (Thursday's parity; Friday's BABA parity 142.26) is matched by the parity of Friday's Hong Kong close
        # (145.44), a derived reading the German euro listing allows by design (its 'im Handelsverlauf bis zu 174,20
        # HK-Dollar gekostet', Thursday's high, had been read as any price up to it; since the twenty-first session
        # it is Wednesday's high, 173.80: wrong, caught)
        "de170_euro_am_sonntag_wochenbilanz_alibaba_hongkong_frankfurt_dax_januar.txt 145,60",
        # tester40: a trader's 'GD 50: 559,95 HKD' where the 50-day average of the closes is 556.95 (0.54 % off; the
        # day before's was 559.26, 0.12 % off): the average up to the session before is a reading of its own (vendors
        # quote yesterday's), so a digit slip this close to it is let through by design
        "de150_traderblog_tencent_stopp_kursziel_gd_rsi.txt 559,95",
        # tester35: Tencent's 'its 50-day moving average of HK$549' (simple 559.26) matched by the exponential average
        # 551.70 the text does not name (0.49 % off), a reading of its own
        "en125_bloomberg_asia_stocks_futures_hang_seng_tencent_nasdaq.txt 549",
        # tester34: a Börse Stuttgart report's 'Binnen einer Woche steht ein Plus von 6,8 Prozent' on Baidu (the ADRs'
        # five sessions +8.66 %): read in euros on the derived German listing over the calendar week (+7.02 %), whose
        # derived slack passes it. A derived euro reading of a period's move needs less slack than a price's
        "de134_boerse_stuttgart_marktbericht_baidu_alibaba_nvidia_euro.txt 6,8",
        # (tester30's t-online ticker at 14:05 CET, 'Auf Tradegate kostet die Alibaba-Aktie 108,20 Euro. Das sind 0,5
        # Prozent mehr als zum Handelsschluss am Montagabend', -0.47 % against Monday's German close (parity 108.71),
        # is no longer read on Monday's session since the thirty-third session: a move measured from a named day's
        # close is of a later session whatever day it carries. Imprecise now, not wrong: the sign mismatch lies within
        # the tolerance of a derived parity, tolerances.csv)
        # tester30: finanzen100's 'Auf Wochensicht steht ein Plus von 6,1 Prozent' in a Hong Kong chart check: +5.49 %
        # in HKD, but the German text names no venue in that paragraph and the euro reading (NNND.F parity, +6.16 %)
        # holds by design (domain notes: a claim that holds in euros must not be called wrong)
        "de123_finanzen100_chartcheck_tencent_gd38_gd200_rsi.txt 6,1",
        # (tester21's en92 '128.10', a range told after Monday's close read maybe on Friday, is gone: tester28's rule
        # that a close of a session the text was written after ends it for the rest of the text)
        # (tester20's 'Meituan gaben 2,7 Prozent nach' at 08:40 CET, after 'Am Freitag, kurz vor dem Hongkong-Schluss,
        # notierten sie zuletzt 0,5 Prozent tiefer', is Friday's since the thirty-third session: a day carried from
        # the claim before it, told of the same market, is that session's, not maybe the one before; wrong, caught)
        # tester4:
        # an index level reached by the day's move ('edged up 0.2% to 26,843.77') in a text without a
        # time of publication: the session may not have closed, so any level in the day's range passes
        "en34_hong_kong_listed_range_tech_index.txt 26,843.77",
        # (tester15's en80 '+1.7%' for Baidu's 1.7% fall under 'Here is what moved on Tuesday' passed on Monday's range,
        # the session before a carried day; since the thirty-third session a session whose range never held the price
        # the move went to, '$112.53', is not the move's: wrong, caught)
        # tester25: 'its 50-day average of HK$567' passes on the exponential average (563.83, 0.56 % off; the simple one
        # is 576.07), '0.9% below that 50-day line' on -1.17 % inside the band of a distance (0.3 pp, bands.csv
        # moving_average) and the exact half-unit. A band per stated precision for averages would close them, and may
        # call other sources' figures wrong
        "en105_the_standard_hang_seng_close_tencent_meituan_turnover.txt 567",
        "en106_ibd_stock_of_the_day_nvidia_buy_point_50_day_line.txt 0.9",
        # (tester58's NZZ 'Meituan rückten um 3,3% vor.' is a completed move since the twenty-third session: a separable
        # verb's simple past, session_words.csv past_move; caught on Hong Kong's close)
        # tester64: a Saturday newsletter's 'In Frankfurt kostet die Tencent-Aktie rund 61 Euro' (de204; Friday's
        # parity 508.00 / 9.0545 = 56.10 EUR) passes on Wednesday's close at the parity (550.50 / 9.0135 = 61.08): a
        # price naming no day is read on the sessions up to publication, though the text told Friday's close just
        # before; a present-tense price after the latest session the text told on the home listing would be read from
        # that session only
        "de204_mission_money_newsletter_nvidia_tencent_seit_jahresbeginn_52_wochen.txt 61",
    },
    "missed": {
        # tester145 (de302): a stochastic oscillator's value ('Der Stochastik-Oszillator signalisiert mit einem Wert von
        # 88 ...'), unverifiable to the answer (no quotes compute it), is set out of scope as an indicator
        # (scope.csv indicator) and gets no verdict
        "de302_chartanalyse_baidu_aktie_im_fokus_adr_bidu_hongkong_9888_rsi_stochastik_unterstuetzung_widerstand_quartal_"
        "monat_nasdaq.txt 88",
        # tester125 (en265): a trading platform's quote line ('HSI 27,081.91 +668.56 (+2.53%)': level, points, percent)
        # gives only its percentage a claim, as en148's Yahoo quote lines (the level and points written bare, no level
        # word before them)
        "en265_tradingview_news_hang_seng_jumps_points_alibaba_tencent_meituan_turnover_session_high_low_nasdaq_100_"
        "previous_close.txt 27,081.91",
        "en265_tradingview_news_hang_seng_jumps_points_alibaba_tencent_meituan_turnover_session_high_low_nasdaq_100_"
        "previous_close.txt 668.56",
        # tester118: a level in a compound in a headline ('Kaufsignal – die 170-HK$-Marke ist geknackt', de262): a
        # number joined to its currency and noun by hyphens is not read as a number at all (numbers.py), as '200-Tage-
        # Linie' is not; the body's 'die Marke von 170 HK$ überwunden' is judged
        "de262_4investors_alibaba_aktie_kaufsignal_170_hkd_marke_gd50_gd200_rsi_52_wochen_hoch.txt 170",
        # tester111: a volume compared with the one before ('3.53 million shares, well above the 2.54 million traded on
        # Monday', en246): the earlier volume is not read (a US listing's volume is not judged anyway)
        "en246_baidu_bidu_stock_analysis_rsi_macd_20_50_day_sma_support_resistance.txt 2.54",
        # tester84: a moving average named by its index's possessive alone after a clause naming the averages ('Both
        # Nasdaq benchmarks ended below their 50-day moving averages; the Nasdaq 100's sits near 25,310', en223): the
        # level is not read (no average's words in its own clause)
        "en223_investopedia_markets_news_live_nasdaq_hang_seng_dax_nvidia_alibaba.txt 25,310",
        # tester81: a broker's performance table whose periods are column labels ('| | 1M | 3M | 12M |', the unit in
        # the caption 'Share price performance, TCEHY (US$), %') finds none of its cells; the 'Relative to HSI' row is a
        # gap in percentage points (relative_return, unmeasured) and must never be read as the ADR's move
        "en219_broker_research_note_tencent_price_target_performance_table_52_week_range.txt 14.7",
        "en219_broker_research_note_tencent_price_target_performance_table_52_week_range.txt 31.4",
        "en219_broker_research_note_tencent_price_target_performance_table_52_week_range.txt 73.1",
        "en219_broker_research_note_tencent_price_target_performance_table_52_week_range.txt 9.0",
        "en219_broker_research_note_tencent_price_target_performance_table_52_week_range.txt 15.6",
        "en219_broker_research_note_tencent_price_target_performance_table_52_week_range.txt 20.0",
        # tester81: a key-data box's 'Hang Seng Index: 26,388' (a label, a colon and a bare level) makes no claim
        "en219_broker_research_note_tencent_price_target_performance_table_52_week_range.txt 26,388",
        # tester78: 'It is also trading comfortably above its 100-day moving average of about 24,600' after a sentence
        # on the Hang Seng: no subject found for the pronoun's moving average
        "en216_reuters_hong_kong_midday_alibaba_surges_baidu_slips.txt 24,600",
        # tester65: RTHK's 'The benchmark opened at 26,496, which turned out to be its high for the day, and its low was
        # 26,139' (en196, deliberately wrong): 'its low was' with an index's bare level makes no claim (a stock's 'Its
        # low was HK$646' is read as a last price; rows for 'its low/high was' read the stock's but not the index's and
        # were dropped; a bare 'its low' may be the year's as well as the day's). (Its 'the Nasdaq rose 1.1 percent to
        # close at a record 23,204.87' is read as the close since the twenty-fourth session: cues.csv 'at a record'
        # after a close's verb, metrics.LEVEL_BEFORE)
        "en196_rthk_business_bulletin_hang_seng_baidu_surges_tencent.txt 26,139",
        # (tester63's de200 'Der RSI liegt bei gerade mal einundzwanzig, das ist klar überverkauft' is read since the
        # thirty-second session: a number word ending its clause after 'bei', 'auf' or 'von', numbers._said_at_words)
        # tester59: Proactive's 'Volume of 19.9 million ADSs compared with just 4.3 million on Monday' (en182): the base
        # of a comparison is no claim of its own (a US volume, unverifiable either way)
        "en182_proactive_investors_baidu_hong_kong_extends_adr_surge_rsi.txt 4.3",
        # tester60: AASTOCKS' headline 'HSI Closes 186 Pts Higher' ('Pts' is no unit), the level in brackets after an
        # SMA ('just above its 50-day SMA (25,948)') and 'Turnover reached HK$14.1 billion on 86.45 million shares' (a
        # volume after a turnover in money) are not read (en187)
        "en187_aastocks_hsi_closes_186_pts_higher_meituan_turnover.txt 186",
        "en187_aastocks_hsi_closes_186_pts_higher_meituan_turnover.txt 25,948",
        "en187_aastocks_hsi_closes_186_pts_higher_meituan_turnover.txt 86.45",
        # tester60: Morningstar's trailing-returns table (en188: '| Period | Tencent ADR | Hang Seng Index |' over '| 1
        # week | 2.7 | 1.1 |', '| 3 months | ...', '| Year to date | ...', '| 1 year | ...'): bare cells under subject
        # columns with a period in the row label are not read (the row label's period is not taken as a cue; 12.6 and
        # 37.7 are deliberately wrong)
        "en188_morningstar_tencent_analyst_note_trailing_returns_fair_value.txt 2.7",
        "en188_morningstar_tencent_analyst_note_trailing_returns_fair_value.txt 1.1",
        "en188_morningstar_tencent_analyst_note_trailing_returns_fair_value.txt 9.5",
        "en188_morningstar_tencent_analyst_note_trailing_returns_fair_value.txt 6.2",
        "en188_morningstar_tencent_analyst_note_trailing_returns_fair_value.txt 30.7",
        "en188_morningstar_tencent_analyst_note_trailing_returns_fair_value.txt 12.6",
        "en188_morningstar_tencent_analyst_note_trailing_returns_fair_value.txt 59.6",
        "en188_morningstar_tencent_analyst_note_trailing_returns_fair_value.txt 37.7",
        "en188_morningstar_tencent_analyst_note_trailing_returns_fair_value.txt 49.0",
        "en188_morningstar_tencent_analyst_note_trailing_returns_fair_value.txt 29.0",
        # tester56: Investing.com's moving-average table ('| MA5 | 125.74 | Buy |' under '| Period | Simple | Action
        # |', en178): cells without a currency sign are not read as prices (the known problem of a quote table whose
        # figures carry no currency sign); 'MA50 at $151.85' in prose or with '$' in the cell is read since tester56.
        # The table's '145.38' is deliberately wrong (SMA100 154.38)
        "en178_investing_com_alibaba_technical_summary_moving_averages_rsi_macd.txt 125.74",
        "en178_investing_com_alibaba_technical_summary_moving_averages_rsi_macd.txt 130.58",
        "en178_investing_com_alibaba_technical_summary_moving_averages_rsi_macd.txt 133.82",
        "en178_investing_com_alibaba_technical_summary_moving_averages_rsi_macd.txt 151.85",
        "en178_investing_com_alibaba_technical_summary_moving_averages_rsi_macd.txt 145.38",
        "en178_investing_com_alibaba_technical_summary_moving_averages_rsi_macd.txt 146.1",
        # tester47: Livemint's 'Gift Nifty was trading around 22,310 level': an index level without a subject the
        # product knows (Nifty futures traded in GIFT City, no quotes held), so no claim; it must stay unverifiable
        "en153_livemint_global_markets_asia_lower_nasdaq_nvidia_hang_seng.txt 22,310",
        # tester44: Yahoo Finance's quote summary (en148): the price line '114.26 -4.75 (-3.99%)', the after-hours line
        # and the table 'Previous Close 121.87 / Open 117.20 / Day's Range 113.73 - 117.89 / 52 Week Range ... / Volume
        # ... / Avg. Volume ...' carry no currency sign (the page says 'Currency in USD' once, under the name), so their
        # figures are no price candidates; the same table with '$' is read (its labels are cues already)
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 114.26",
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 4.75",
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 114.50",
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 0.24",
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 121.87",
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 117.20",
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 113.73",
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 117.89",
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 74.71",
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 165.30",
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 2,149,500",
        "en148_yahoo_finance_quote_summary_baidu_bidu_day_range_52_week.txt 2,856,771",
        # tester42: FXStreet's 'with volume at 22.6 million shares, below Wednesday's 37.4 million': a volume named only
        # as the comparison of another is not read as a claim
        "en143_fxstreet_tencent_price_forecast_support_rsi_moving_averages.txt 37.4",
        # tester41: AP's 'it finished just below its high of the day, 23,169.68' (the Nasdaq composite's day high in
        # points, after a comma and no currency) gets no verdict: 'its high of the day' before a comma is not read as
        # the day's high of the index named
        "en137_ap_how_major_us_indexes_fared_nasdaq_nvidia_week.txt 23,169.68",
        # tester35: 'It is still more than double its 52-week low of $86.62': a ratio in words before a 52-week low is
        # not read as the distance to it ('double' alone; 'doubled' is a since-return)
        "en123_investopedia_markets_news_nvidia_nasdaq_100_rebound_record.txt double",
        # (tester29's Euro am Sonntag table '| Wert | Schlusskurs | Woche in % | seit 1.1. in % |' over rows
        # '| Hang Seng | 26.630,54 Pkt. | +0,8 | +3,9 |', de120, is read since the thirty-third session, its bare per
        # cent cells under the header naming '%'; a minus before a bare figure closing a cell is a fall, directions.csv)
        # tester31: the table under 'Pre-Market Most Active' (en115: 'BABA | $124.20 | -10.23 / -7.61% | 2,413,551'):
        # a table's heading and columns are not read, so the net changes and premarket volumes are no claims (they
        # must stay unverifiable: premarket trading is not in the daily bars)
        "en115_nasdaq_com_pre_market_movers_alibaba_nvidia_baidu.txt 10.23",
        "en115_nasdaq_com_pre_market_movers_alibaba_nvidia_baidu.txt 2,413,551",
        "en115_nasdaq_com_pre_market_movers_alibaba_nvidia_baidu.txt 1.62",
        "en115_nasdaq_com_pre_market_movers_alibaba_nvidia_baidu.txt 1,902,644",
        "en115_nasdaq_com_pre_market_movers_alibaba_nvidia_baidu.txt 2.92",
        "en115_nasdaq_com_pre_market_movers_alibaba_nvidia_baidu.txt 318,207",
        # tester32: 'Friday's range: 22,215.86 - 22,613.76' under 'DAX' is no session range of the index; 'DAX futures
        # are pointing to an open about 60 points lower at 22,240': the futures' level gets no claim (the 60 does,
        # unverifiable as it must be). (en118's list
        # items '- 20-day moving average: HK$523.92' and '- 100-day moving average: HK$598.50' are read since tester36:
        # a hyphen opening the next line is a bullet, no range's dash)
        "en120_cmc_markets_update_dax_nasdaq_100_support_rsi_futures.txt 22,215.86",
        "en120_cmc_markets_update_dax_nasdaq_100_support_rsi_futures.txt 22,613.76",
        "en120_cmc_markets_update_dax_nasdaq_100_support_rsi_futures.txt 22,240",
        # tester26: an index's intraday extreme told without its currency ('The gauge touched 24,204 at one point',
        # en107; its range 'swinging between 21,864 and 23,179' is read since tester42) is no claim (a level after its
        # points move, 'ended down 576 points at 23,587', en109, is the close since tester66)
        "en107_bloomberg_five_things_asia_hang_seng_futures_adrs.txt 24,204",
        # tester21: 'It slid 2% in the week ended March 20 and 1.1% the week before that': 'the week before that' is not
        # read as a week (no claim)
        "en95_barrons_nasdaq_100_nvidia_four_losing_weeks.txt 1.1",
        # the merge of tester11 and tester12: a range of percentages is one figure ('zwischen 8 und 9 Prozent'), claimed
        # for the name nearest it; for two names ('Die ADRs von Alibaba und Baidu legten zwischen 8 und 9 Prozent zu')
        # the other name's move is not claimed (tester12 gave each end to a name, but a cue reaching one end only then
        # read the two ends as two different metrics)
        "de71_dpa_aktien_new_york_schluss_china_werte.txt 9",
        # tester13: a ratio in words not known ('about double that price', against a 2014 IPO price: a gap either way)
        "en75_faq_alibaba_stock_questions.txt double",
        # tester62: IBD's 'below their 50-day line at 182.82 and their 200-day line near 171' (en191): the second
        # moving average of a coordination with a hedge before its number gets no claim (deliberately wrong, at least
        # not let through); SCMP's 'Turnover reached HK$13.2 billion on 25.5 million shares.' (en192): a volume after a
        # turnover in money with no share word of the subject before it in its sentence is not read
        "en191_ibd_stock_of_the_day_nvidia_rebounds_10_day_line_buy_point.txt 171",
        "en192_scmp_hong_kong_close_alibaba_tencent_turnover_slide.txt 25.5",
        # tester67 (de205..de207): see the thirty-first German batch paragraph
        "de206_comdirect_informer_morgen_asien_usa_schlusskurse_tabelle_meituan_tencent_nvidia.txt 25.092",
        # tester68: a past extreme told with its level before the noun and dated by its distance back (en202 'the 28,056
        # high it hit just eight days earlier') and a record told of the session before (en201 'a day after it touched
        # a record 22,397.50 intraday') are not read
        "en201_fortune_stocks_to_watch_baidu_alibaba_nvidia_tencent.txt 22,397.50",
        "en202_morning_brew_weekend_nvidia_nasdaq_rebound_alibaba_hang_seng.txt 28,056",
        # (tester73's Börsen-Zeitung table whose cells carry no unit, the unit in the header ('| Wert | Schluss |
        # Veränd. in % |') and the currency in the row label ('| Alibaba (HKD) | 155,60 | –4,31 |'), de216, is read
        # since the thirty-third session: a header cell's unit goes to the bare cells under it, a close's column takes
        # the row label's currency; its wrong '118,60' and '2,50' are caught)
        # tester143 (de297): a table whose header cells name no unit ('Wert | Schluss | Woche | Oktober'), the unit in
        # the caption line above it ('Veränderung in Prozent'), and a column named by a bare month ('Oktober'): the
        # bare cells of the month's column are not read (the week's column is since the forty-sixth session: its wrong
        # '4,3' is caught)
        "de297_handelsblatt_wochenrueckblick_china_tech_hongkong_alibaba_baidu_tencent_meituan_wochensicht_monatsverlauf_"
        "seit_jahresbeginn_tabelle.txt 4,9",
        "de297_handelsblatt_wochenrueckblick_china_tech_hongkong_alibaba_baidu_tencent_meituan_wochensicht_monatsverlauf_"
        "seit_jahresbeginn_tabelle.txt 3,9",
    },
    "set out of scope": {
        # (forty-seventh session) en269's body 'It now sits about 30% below its 52-week high' restates the Key Points
        # bullet 'The stock sits roughly 30% below its 52-week high', read on the ADRs since the bullets take the
        # listing of the first venue the text names: the same figure, listing and day as a claim before, judged there
        "en269_motley_fool_is_alibaba_stock_a_buy_after_slide_year_to_date_52_week_range_below_high_market_cap.txt 30",
        # tester150: de308's 'Die 200-Tage-Linie (GD200) verläuft bei rund 583 HKD; der Abstand zum aktuellen Kurs
        # beträgt knapp 12 Prozent': the distance's noun after the semicolon, with its own object ('zum aktuellen
        # Kurs'), stands beyond the average's cue reach (a count; without 'zum aktuellen Kurs' it is read right)
        "de308_aktie_im_fokus_tencent_hongkong_erholung_rsi_gd200_gd50_abstand_maerzhoch_monatsbeginn_frankfurt_euro.txt"
        " 12",
        # tester145 (de302): a share's lead over an index in percentage points ('den Nasdaq Composite, der im selben
        # Zeitraum rund 17 Prozent zulegte, damit um knapp 39 Prozentpunkte abgehängt') is not read as a relative
        # return (de62's English-like 'outperformed ... by 50 percentage points' is): set out of scope, not judged
        "de302_chartanalyse_baidu_aktie_im_fokus_adr_bidu_hongkong_9888_rsi_stochastik_unterstuetzung_widerstand_quartal_"
        "monat_nasdaq.txt 39",
        # tester141: en281's bullets before the body ('* Nvidia slips 1.3%, down about 10% this week') and en283's
        # summary bullet ('ADRs fell about 4.2% this week to $155.73, while the Hong Kong shares edged up 0.3% to
        # HK$155.40') are read as repeats of the body's figures, judged there (open: which of the two is judged differs
        # from the answer's)
        "en281_reuters_us_stocks_nasdaq_third_day_nvidia_fifth_session_week_to_date"
        "_since_start_of_year_below_record_close.txt 1.3",
        "en281_reuters_us_stocks_nasdaq_third_day_nvidia_fifth_session_week_to_date"
        "_since_start_of_year_below_record_close.txt 10",
        "en283_seeking_alpha_alibaba_adrs_vs_hong_kong_shares_part_ways_week"
        "_since_start_of_year_below_peaks.txt 155.73",
        "en283_seeking_alpha_alibaba_adrs_vs_hong_kong_shares_part_ways_week"
        "_since_start_of_year_below_peaks.txt 155.40",
        # en278's 'They ended the month at $144.11, compared with $169.56 at the end of January, a decline of about 15%'
        # is February's move, the repeat of the bullet 'ADRs (BABA): down 15.0% to $144.11' above it, judged there
        # (the answer has the bullet's figure as the one judged); since the forty-third session
        "en278_alibaba_in_review_february_hong_kong_shares_adrs_over_the_month_lowest_close_end_of_january.txt 15",
        # tester138: en279's bullet list before the body ('* Hang Seng index gains 2.5%, Hang Seng Tech up 4.1%') is
        # read as the repeat of the body's figures (open: which of the two is judged differs from the answer's)
        "en279_reuters_hong_kong_close_hang_seng_jumps_tech_rally_after"
        "_holiday_meituan_tencent_alibaba_when_appositions.txt 2.5",
        "en279_reuters_hong_kong_close_hang_seng_jumps_tech_rally_after"
        "_holiday_meituan_tencent_alibaba_when_appositions.txt 4.1",
        "en279_reuters_hong_kong_close_hang_seng_jumps_tech_rally_after"
        "_holiday_meituan_tencent_alibaba_when_appositions.txt 5.3",
        "en279_reuters_hong_kong_close_hang_seng_jumps_tech_rally_after"
        "_holiday_meituan_tencent_alibaba_when_appositions.txt 3.1",
        # tester132 (de286): 'Umgerechnet kostete ein ADR zum US-Schluss rund 117 Euro' is a conversion of the
        # dollar close (135.59 / 1.1606 = 116.83 EUR), set out of scope as a restated price
        "de286_eilmeldung_alibaba_aktie_minus_5_prozent_das_steckt_dahinter_adr_new_york_eroeffnung_tief_hang_seng_"
        "nasdaq_euro.txt 117",
        # tester114 (de256): a distance pointing back to the 200-day line of the sentence before ('Der Abstand der
        # Aktie zu diesem langfristigen Trendindikator beträgt gut 15 Prozent') is not linked to it: read as a count,
        # out of scope
        "de256_chartanalyse_alibaba_aktie_euro_xetra_tradegate_paritaet_200_tage_linie_rsi_unterstuetzung.txt 15",
        # (thirty-third session) de120's table restates the Hang Seng's week '+0,8' and Nvidia's year '-5,0' the body
        # told ('0,8 Prozent über dem Stand der Vorwoche', 'rund 5 Prozent im Minus'): marked as repeats, judged once
        "de120_euro_am_sonntag_wochenrueckblick_china_tech_nvidia_tabelle.txt 0,8",
        "de120_euro_am_sonntag_wochenrueckblick_china_tech_nvidia_tabelle.txt 5,0",
        # (a move 'since the end of <month>', 'seit Ende <Monat>', is measured from that month's last close since the
        # twenty-seventh session, the month after's move where the text is of that month: en144's '3.7' and '9',
        # en190's '10.8', en205's 'ten', en213's '5.4' and de181's '15%' are dated as their answers have them.) On the
        # way, de140's Saturday review 'Seit Ende Februar hat die Aktie rund 6,5 Prozent eingebüßt' is March's move up
        # to publication, which moves the text on from Friday: the next paragraph's DAX close '22.301' is then of no
        # day, the table's figure repeated (judged there), and 'nach 22.613 Punkten am Vortag' counts from Saturday
        # (a slot error). Needs a period up to a weekend's writing to end on the Friday the text is at
        "de140_anlegermagazin_wochenausblick_nvidia_nasdaq_100_dax_wochenbilanz.txt 22.301",
        # tester86: 'Bis zum Rekordhoch vom 13. Januar bei 25.508 Punkten fehlt nicht mehr viel. Knapp 1 Prozent sind
        # es noch.' (de230): a distance in a sentence of its own naming neither the extreme nor a distance word, only
        # pointing back to the sentence before, is read as a count (a distance to a record would stay unverifiable)
        "de230_ard_boerse_vor_acht_skript_dax_hang_seng_alibaba_tencent_meituan_nvidia_zahlen.txt 1",
        # tester81: 'in Frankfurt the shares are worth around €150' is read as a conversion ('are worth' before a
        # euro sum), though it names the venue and no other currency's price in its sentence
        "en220_wealth_manager_weekly_client_email_nasdaq_nvidia_alibaba_baidu_hang_seng.txt 150",
        # tester76 (en213 '2.4': the article's second '2.4', after the headline's, read as its repeat)
        "en213_scmp_hong_kong_close_alibaba_baidu_rebound_meituan_52_week_low.txt 2.4",
        # tester63: the podcast's 'Vom Rekordhoch im Januar, das lag bei gut fünfundzwanzigtausendfünfhundert Punkten,
        # sind wir schon siebeneinhalb Prozent weg' (de200): spoken 'weg' for 'entfernt', the speakers' 'wir' for the
        # index, and the record's level in a relative clause between: read as a count
        "de200_boersenradio_podcast_transkript_wochenausklang_dax_hang_seng_tencent_meituan_alibaba.txt siebeneinhalb",
        # tester56: Nikkei Asia's deck 'Hang Seng Index falls 1.4% after failing to hold early gains' above the body's
        # 'ended the day down 1.4% at 26,381.02' (en176): the body's figure is taken as the repeat (the product's
        # convention; the answer calls both claims); 'on the downside, Tuesday's low of $123.92 is the first support'
        # (en178) is read as a chart level, not Tuesday's low (true)
        "en176_nikkei_asia_hong_kong_stocks_alibaba_meituan_tencent_hang_seng.txt 1.4",
        "en178_investing_com_alibaba_technical_summary_moving_averages_rsi_macd.txt 123.92",
        # tester53: 'In Frankfurt ging die Aktie am Abend für rund 65 Euro um' (a sentence of its own naming the venue,
        # after Hong Kong prices) is read as a price conversion, not the Frankfurt listing's price (parity 60.77 EUR: a
        # wrong figure as good as missed); 'Vom Rekord ist die Aktie damit gut 17 Prozent entfernt' (the record without
        # 'hoch') is a count. (de176's 'Vom Hoch Anfang Oktober bei 141,40 Hongkong-Dollar ist die Aktie noch fast 12
        # Prozent entfernt', a month's peak named by a part of the month, is a distance to it since the twenty-second
        # session)
        "de175_boerse_online_chartcheck_tencent_50_200_tage_linie_rsi.txt 65",
        "de177_capital_kolumne_nvidia_nasdaq100_rekord_abstand.txt 17",
        # tester54: 'Die 50-Tage-Linie liegt mit 143,65 US-Dollar weit über dem aktuellen Kurs' (de182) is read as an
        # analyst's target ('über dem aktuellen Kurs' an upside): an average's level told with 'liegt mit' is no target
        "de182_4investors_baidu_aktie_kursluecke_nasdaq_frankfurt_gd200.txt 143,65",
        # tester50: the NZZ's deck 'verliert am Dienstag zeitweise fast 5%' above the body's 'knapp 5% unter dem
        # Schlusskurs vom Montag': the body's figure is taken as the repeat (summaries are the body's repeats, not the
        # other way round); 'Gegenüber dem Vorjahr liegt das Börsenbarometer rund 33% höher' is read as a business
        # figure's growth ('gegenüber dem Vorjahr' is a company's figure's words); 'Vom Höchst des 3. Oktober bei 186.20
        # HK-$ ist die Aktie inzwischen 15,3% entfernt' (deliberately wrong) as a count (the Swiss 'Höchst' is not
        # read as a high)
        "de171_nzz_asiens_boersen_hang_seng_alibaba_tiefst_hoechst_vorjahr.txt 5%",
        "de171_nzz_asiens_boersen_hang_seng_alibaba_tiefst_hoechst_vorjahr.txt 33%",
        "de171_nzz_asiens_boersen_hang_seng_alibaba_tiefst_hoechst_vorjahr.txt 15,3%",
        # Barron's weekly table under 'Week ended | Nasdaq 100 | Nvidia' (en95) is read by its columns' subjects and its
        # row label's period since the nineteenth session; its '-2.0%' for the Nasdaq 100 in the week ended March 20
        # repeats 'It slid 2% in the week ended March 20' of the body: one claim, judged where first said
        "en95_barrons_nasdaq_100_nvidia_four_losing_weeks.txt 2.0",
        # tester45: the newsletter's table row 'Alibaba (HK) | 168,30 HKD | +9,0 % | ...' repeats the body's 'Wochenplus
        # von 9,0 Prozent' and is counted a repeat; the answer judges the table's figures as de140's
        "de158_anleger_newsletter_wochenausblick_tabelle_alibaba_baidu_tencent_meituan.txt 9,0",
        # tester42: the Motley Fool's 'closed at $80.54 on Monday, down 5% from where it finished 2024' is read as the
        # year to date (accurate) and then counted a repeat of the key points' 'lost about 5% since the start of the
        # year', which is judged instead (a summary list should repeat the body, not the body the list)
        "en145_motley_fool_alibaba_down_in_2025_explainer.txt 5",
        # tester40: Handelsblatt's 'Dann kam der geplatzte Börsengang der Finanztochter Ant ... Ende 2021 war ein
        # Anteilsschein nur noch rund 119 Dollar wert. Heute steht die Aktie ... rund 52 Prozent unter dem Rekord': the
        # unit named ('Finanztochter Ant') is the company in play, which has no quotes, so the share and the distance
        # after it have no stock (both unverifiable in the answer: 2021 and the 2020 record lie before the quotes)
        "de149_handelsblatt_alibaba_hintergrund_rekordhoch_2020_boersenwert.txt 119",
        "de149_handelsblatt_alibaba_hintergrund_rekordhoch_2020_boersenwert.txt 52",
        # tester41: the SCMP's summary bullets under the headline ('- Hang Seng Index gives up an early gain of nearly 1
        # per cent and closes 1.4 per cent lower') and the body's 'dropped 1.4 per cent': the bullet is the body's
        # repeat since the standfirst's bullets count as a summary (as under 'Key Points'); the answer calls both true,
        # so one of the two is out of scope either way
        "en138_scmp_hang_seng_alibaba_tencent_morning_afternoon_turnover.txt 1.4",
        # (tester37's de136 'liegt es rund 21 Prozent unter diesem Hoch' after a sentence naming the 52-week high is
        # that distance since the twenty-ninth session: distance_words.csv back_reference 'unter diesem Hoch')
        # tester38: 'the stock plunged 7.1% on March 19 after the company's quarterly results disappointed on margins,
        # and it slipped a further 2% on Friday': the results words of the clause before take Friday's move for a
        # company figure; 'were worth about €109 at Monday's close, using the European Central Bank's reference rate'
        # is read as a conversion of the ADR's price (the answer: the euro parity of the Frankfurt listing)
        "en134_forbes_alibaba_stock_down_from_high_three_six_months.txt 2",
        "en134_forbes_alibaba_stock_down_from_high_three_six_months.txt 109",
        # tester33: 'Zeitweise war die Aktie sogar über die Marke von 128 Dollar gestiegen': a session's high told as a
        # round level crossed is read as a chart level (a view); a past-tense 'gestiegen' with 'zeitweise' is the day's
        # high
        "de128_der_aktionaer_baidu_wochenplus_200_tage_linie_euro_dollar.txt 128",
        # tester33: 'Vom Hoch des Jahres bei 639 Hongkong-Dollar ist die Tencent-Aktie damit gut 20 Prozent entfernt':
        # 'Hoch des Jahres' with 'entfernt' is not read as a distance (a count); 'Vom Jahreshoch ... entfernt' is
        "de129_derstandard_apa_asiens_boersen_hang_seng_tencent_meituan.txt 20",
        # tester34: a chart check's 'Die erste Unterstützung liegt am 52-Wochen-Tief bei 489,60 HKD, darunter bei 470
        # HKD. Bis dahin sind es noch knapp 4 Prozent': the distance to the support is read as a view of the chart,
        # though that support is the 52-week low (+3.76 %)
        "de132_4investors_chartcheck_tencent_gd20_gd200_rsi_tagesspanne.txt 4",
        # tester34: 'In Frankfurt wurde die Tencent-Aktie umgerechnet zu rund 56 Euro gehandelt': 'umgerechnet' makes it
        # a conversion, though a venue and 'gehandelt' tell a German price (parity 56.10 EUR)
        "de132_4investors_chartcheck_tencent_gd20_gd200_rsi_tagesspanne.txt 56",
        # tester34: 'In Stuttgart wurden bis zum Mittag Baidu-Aktien für 1,4 Millionen Euro gehandelt': an exchange's
        # turnover in euros set out of scope; no such volume is held, the answer expects it unverifiable
        "de134_boerse_stuttgart_marktbericht_baidu_alibaba_nvidia_euro.txt 1,4",
        # tester31: en115's list under 'Here are some of the most active stocks in pre-market trading:': 'Baidu, Inc.
        # (BIDU) is down 2.4% at $118.95.' names no premarket word of its own and is read as Thursday's session; the
        # table's same figures are then its repeats. The intro's premarket session is not carried to the items
        "en115_nasdaq_com_pre_market_movers_alibaba_nvidia_baidu.txt 118.95",
        "en115_nasdaq_com_pre_market_movers_alibaba_nvidia_baidu.txt 2.40",
        # tester32: (its '- Weekly change: -0.4%' under a 'DAX' heading, read as a count, is the DAX's week since
        # tester88's row for 'Weekly change'); 'A break below 22,200 would open the way to the 23 March low at
        # 21,863.81' takes the day's low told in a forecast's sentence for part of the forecast; 'The stock still ended
        # the week marginally higher, up 0.3%' had been read as a financial figure ('margin'), fixed in the merge
        "en120_cmc_markets_update_dax_nasdaq_100_support_rsi_futures.txt 21,863.81",
        # tester21: a live page's 'Baidu has gained 2.7%' at 2:45 p.m. and 'Baidu rose 2.7% to $115.60' in the closing
        # entry: the second is taken for a repeat of the first (same figure, venue and day), though entries stamped at
        # different times are different claims (the intraday move and the close-to-close move)
        "en96_cnn_markets_live_nasdaq_nvidia_china_tech_rally.txt 2.7",
        # tester24: 'In Frankfurt kostete die Aktie am Dienstagabend umgerechnet rund 151,70 Euro' names the Frankfurt
        # venue, whose evening price is the parity of the Nasdaq close (true); 'umgerechnet' makes it a conversion of
        # the dollar price (price_conversion, out of scope). Which one the writer meant, the words do not settle
        "de105_focus_money_aktie_des_tages_nvidia_nasdaq_100.txt 151,70",
        # tester13: a figure said again in the body (a photo caption's, a wrap's lead's 'led by a 2.6% surge in Hong
        # Kong' before 'The Hang Seng index gained 2.6%'): the second set out of scope as a repeat (mark_repeats: a
        # figure is judged once in the body); the set calls both claims
        "en75_faq_alibaba_stock_questions.txt 4.9",
        "en72_ap_asian_shares_hang_seng_four_year_high.txt 2.6",
        # tester19: 'The same $1,000 in Alibaba's ADRs, bought at $82.27 that day': a price 'bought at' is a purchase
        # price (cues.csv amount), here the close of the day bought (true); telling the two apart needs the day's
        # close recognised as the buying price, a case for the hypothetical-investment genre only
        "en91_personal_finance_if_you_invested_1000_china_tech_nvidia.txt 82.27",
        # tester27: 'Auf Tradegate ... zuletzt zu 129,35 EUR ..., ebenfalls ein Minus von 0,5 Prozent' after Frankfurt's
        # '0,5 Prozent weniger': the same figure of another venue is taken for a repeat ('ebenfalls' says it is one)
        "de107_ariva_alibaba_frankfurt_tradegate_tagesverlauf.txt 0,5",
        # tester58: 'Der Kurs bewegt sich unter der 50-Tage-Linie, die aktuell bei 140,75 USD verläuft. Der Abstand
        # beträgt rund 14%.': the distance told by its noun in the next sentence points back to a moving average, which
        # the back references (distance_words.csv) know only for extremes: a count
        "de190_aktiencheck_baidu_chartanalyse_gegenbewegung_50_200_tage_linie_rsi.txt 14",
        # tester68: a newsletter's body restating its 'markets' box (en202 'Nvidia jumped 7.9% to $185.41', 'the New
        # York ADRs rallied 3% to $162.51') is a repeat of the box, not checked twice (table cells restating the body,
        # known); and 'It's now 5% off the 28,056 high it hit just eight days earlier' reads the 5 as a count (see
        # missed)
        "en202_morning_brew_weekend_nvidia_nasdaq_rebound_alibaba_hang_seng.txt 185.41",
        "en202_morning_brew_weekend_nvidia_nasdaq_rebound_alibaba_hang_seng.txt 5",
        "en202_morning_brew_weekend_nvidia_nasdaq_rebound_alibaba_hang_seng.txt 162.51",
        # (tester71's spoken decimals, en205 'seven point one percent', 'two point three percent', are read as one
        # number since tester69's numbers._spoken_decimal, merged in the twenty-fourth session)
        # tester73: 'der nächste Widerstand liegt bei 193,63 Dollar, dem Hoch vom 5. Januar' (de214) is read as the
        # chart level it is named as; the apposition dating it as a past session's high is not checked
        "de214_onvista_chartanalyse_nvidia_50_tage_linie_gerissen_unterstuetzung_rsi_nasdaq.txt 193,63",
        # tester135 (de287): finanzen.net's repeated close and move in its second sentence are set out of scope; an
        # analysts' EPS estimate likewise
        "de287_finanzen_net_alibaba_aktie_hongkong_abschlaege_52_wochen_hoch_tief_frankfurt_euro.txt 147,10",
        "de287_finanzen_net_alibaba_aktie_hongkong_abschlaege_52_wochen_hoch_tief_frankfurt_euro.txt 4,91",
        "de287_finanzen_net_alibaba_aktie_hongkong_abschlaege_52_wochen_hoch_tief_frankfurt_euro.txt 6,82",
        # tester143 (de298): the move still needed to regain the 52-week high told with 'müsste' ('Um es wieder zu
        # erreichen, müsste die Aktie um gut 42 Prozent zulegen'): the conditional is read as a forecast (the English
        # 'would need to climb 42% to regain its 52-week high' is a distance)
        "de298_chartanalyse_alibaba_adr_new_york_rsi_38_50_200_tage_linie_widerstand_unterstuetzung_52_wochen_hoch_"
        "abstand.txt 42",
    },
    "non-claim checked": {
        # tester104 (de245): a wikifolio's own result ('Mein wikifolio hat in den vergangenen fünf Handelstagen 6,8 %
        # zugelegt und liegt seit Auflage jetzt bei +41,3 %') is the portfolio's since this session (companies.csv
        # Portfolio, no longer the stock the text is about), a subject without quotes kept unverifiable, as a fund's is
        "de245_wikifolio_wochenkommentar_baidu_alibaba_hongkong_adr_kaeufe_verkaeufe_stopp_hang_seng.txt 6,8",
        "de245_wikifolio_wochenkommentar_baidu_alibaba_hongkong_adr_kaeufe_verkaeufe_stopp_hang_seng.txt 41,3",
        # (thirty-third session) de216's table restates the Hang Seng's '1,7%' of the body to two decimals ('–1,73'),
        # which the answers mark a restatement: judged on its own (accurate), as the digits differ
        "de216_boersen_zeitung_marktbericht_asien_hongkong_tabelle_alibaba_tencent_meituan_baidu.txt 1,73",
        # tester88 (de231): a price restated in euros as an apposition ('auf 532 HKD, etwa 57 Euro') is read as a
        # Frankfurt close (its second analysts' target in an elliptical clause, 'für Meituan liegt bei 110 HKD, für
        # Tencent bei 700 HKD', is a target since the twenty-eighth session: linking.figures_by_ellipsis)
        "de231_newsletter_wochenausblick_hang_seng_dax_nasdaq_alibaba_tencent_meituan_woche_monat_jahr.txt 57",
        # tester76 (en215): the fund's own returns ('The fund's institutional share class returned 9.4%') are the
        # fund's, a subject without quotes, kept unverifiable
        "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 9.4",
        "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 6.1",
        "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 16.8",
        "en215_morningstar_fund_commentary_september_quarter_china_internet_nvidia.txt 31.2",
        # (tester57's de187 'Die chinesische Wirtschaft war im dritten Quartal um 4,8 % gewachsen', read as Baidu's
        # move over the quarter and called wrong, is the economy's since the twenty-eighth session: cues.csv macro)
        # tester50: the Sunday review's closing table restates the body's closes and moves ('Alibaba (HK-Dollar): 169,20
        # | Woche +0,4 % | Januar +18,5 %', 'Hang Seng: ... | Januar +6,9 %'): judged (accurate) on the periods their
        # cells name since the twenty-first session, where they are the body's repeats; the DAX's 'Woche –1,5 %' is
        # now the body's repeat (same period)
        "de170_euro_am_sonntag_wochenbilanz_alibaba_hongkong_frankfurt_dax_januar.txt 169,20",
        "de170_euro_am_sonntag_wochenbilanz_alibaba_hongkong_frankfurt_dax_januar.txt 0,4",
        "de170_euro_am_sonntag_wochenbilanz_alibaba_hongkong_frankfurt_dax_januar.txt 18,5",
        "de170_euro_am_sonntag_wochenbilanz_alibaba_hongkong_frankfurt_dax_januar.txt 6,9",
        # tester45: the chart outlook's 'eine Erholung in Richtung 82,65 HKD und des GD 50 möglich' is read as a moving
        # average (unverifiable), where it is a level of the outlook
        "de156_stock3_godmode_chartanalyse_meituan_wochenkerze_gd_rsi_52_wochen_tief.txt 82,65",
        # tester42: FXStreet's RSI said again in the body ('reads 36', after the key points' 'RSI at 36') is judged
        # (accurate): the key points' figure took the Frankfurt venue of the sentence before, so the two are no repeat
        "en143_fxstreet_tencent_price_forecast_support_rsi_moving_averages.txt 36",
        # (tester41's en139 'The average target price ... is $198, about 34% above Thursday's close', the target's
        # upside read as Nvidia's day move, is the target's since the twenty-eighth session:
        # linking.conversion_premiums; the oversold '30 level that traders consider oversold' is a convention since
        # tester48)
        # tester38: 'using the European Central Bank's reference rate of $1.1596' (an FX level, out of scope) is judged
        "en134_forbes_alibaba_stock_down_from_high_three_six_months.txt 1.1596",
        # tester35: 'At HK$171.00, eight Hong Kong shares, the equivalent of one ADR, are worth about $176.06 at the
        # current exchange rate, below BABA's prior close': the restated Hong Kong close, in a sentence naming no
        # company before it, goes to Baidu, the last company named, and is judged against its quotes (its per-ADR
        # conversion is one since the twenty-eighth session: an apposition between 'shares' and 'are worth', cues.csv)
        "en126_seeking_alpha_alibaba_baidu_premarket_hong_kong.txt 171.00",
        # tester34: a chart check's 'Widerstände finden sich bei 527,88 HKD (GD 20)': the resistance judged as the
        # moving average it names (unverifiable; '..., darunter bei 470 HKD' is a chart level since tester61). Both
        # views
        "de132_4investors_chartcheck_tencent_gd20_gd200_rsi_tagesspanne.txt 527,88",
        # (tester29's de119 'wir erwarten 87,5 Punkte nach 88,4 Punkten im Vormonat', the previous month's ifo value
        # read as a DAX move, takes the kind of the value it follows since the twenty-eighth session:
        # linking.figures_by_ellipsis)
        # tester30: a chart check's lists 'Unterstützungen: 541,50 HKD (Tagestief vom Donnerstag), 502,00 HKD, ...' and
        # 'Widerstände: 559,75 HKD (GD 38), 578,00 HKD (Hoch vom Mittwoch), 600 HKD': the plural headings are no
        # level cue, so the bare levels are judged as prices (559,75 as the GD 38 it names, accurate). A cue row for
        # the plural heading makes them views but takes the bracketed day's low too (set out of scope): needs the
        # bracket right after a level to win over the heading
        # (the plural headings reach all their items since tester45; '600' is still judged)
        "de123_finanzen100_chartcheck_tencent_gd38_gd200_rsi.txt 600",
        # tester30: a newsletter's table restating Meituan's close told in an item naming no day ('schloss in Hongkong
        # bei 79,15 HKD', read as of Saturday) under 'Schlusskurse vom 20.3.': not seen as a repeat, judged again
        # (accurate)
        "de125_boersenbrief_china_tech_wochenbilanz_tabelle.txt 79,15",
        # tester32: 'Across the local bourse, 1.4 billion securities worth $1.6 billion changed hands' (Singapore's
        # market turnover) is read as Nvidia's volume (unverifiable, never wrong); a market's count of securities traded
        # is no stock's volume
        "en119_straits_times_asian_markets_hang_seng_nvidia_overnight.txt 1.4",
        # tester26: 'that gives a parity of roughly $127.57' (en110): a parity the text works out is judged as the ADR's
        # price of the day (accurate, inside its range); 'parity of' is no conversion word yet
        "en110_business_insider_baidu_adr_hong_kong_parity_explainer.txt 127.57",
        # tester13: 'remained 1.3 million below its 50-day average volume' (a difference) judged as an average volume
        "en70_marketwatch_alibaba_underperforms_competitors.txt 1.3",
        # tester15: the rows of 'THE WEEK IN NUMBERS' restating the body's weekly figures are judged again (accurate),
        # where the body's figure is dated to the Saturday of publication and the row to Friday (no repeat found)
        "en77_weekly_wrap_hong_kong_new_york_china_tech.txt 7.2",
        "en77_weekly_wrap_hong_kong_new_york_china_tech.txt 9.5",
        "en77_weekly_wrap_hong_kong_new_york_china_tech.txt 23,898.15",
        "en77_weekly_wrap_hong_kong_new_york_china_tech.txt 2.0",
        # tester15: 'HK$1,143.20, or roughly US$146' (a worked conversion's result in dollars): judged, accurate
        # (the close restated before a parity gap, 'Thursday's ADR close of $148.05', is a repeat since session 16)
        "en79_explainer_alibaba_adr_hong_kong_gap.txt 146",
        # tester19: an ADR parity worked out ('At HK$120.60 apiece, eight Hong Kong shares are worth HK$964.80, or
        # about $124.20'): the sum of eight shares and the gap 'below parity' are conversions now, but the restated
        # close and the dollar figure after 'or about' are still read as prices (accurate: they are near the quotes);
        # and a table restating the closes ('Baidu | $121.81 | HK$120.60 | $124.20 | -1.9%') judges them again
        # (accurate, the gaps imprecise as the day's move). Needs a currency restatement after 'or about' told from
        # a move's money-and-percent pair, and a table's columns read by their headings
        "en90_bloomberg_baidu_alibaba_adrs_discount_hong_kong.txt 120.60",
        "en90_bloomberg_baidu_alibaba_adrs_discount_hong_kong.txt 124.20",
        "en90_bloomberg_baidu_alibaba_adrs_discount_hong_kong.txt 1.9",
        "en90_bloomberg_baidu_alibaba_adrs_discount_hong_kong.txt 121.81",
        "en90_bloomberg_baidu_alibaba_adrs_discount_hong_kong.txt 177.23",
        # tester19: 'a savings account paying 4% a year' is read as a move of the last company named (PDD, no quotes:
        # unverifiable, never wrong); an interest rate is no market claim
        "en91_personal_finance_if_you_invested_1000_china_tech_nvidia.txt 4%",
        # tester25: a strategist quoted, '"The market needs a new catalyst above 26,000 points"', read as a level of the
        # last index named (the Nasdaq 100 overnight, wrong); a level in a quotation after 'needs ... above' is a view
        "en105_the_standard_hang_seng_close_tencent_meituan_turnover.txt 26,000",
        # tester58: a fund manager's column, 'Der Fonds legte im ersten Monat des Jahres 7,4 Prozent zu und schlug
        # seinen Vergleichsindex damit um gut 3 Prozentpunkte': the fund is a subject without quotes (companies.csv,
        # kind market), so its return and lead are unverifiable (the return had been judged as Tencent's move,
        # imprecise); a fund's own performance set out of scope would close them
        "de189_das_investment_kolumne_fondsmanager_china_tech_januar_alibaba_baidu_tencent.txt 7,4",
        "de189_das_investment_kolumne_fondsmanager_china_tech_januar_alibaba_baidu_tencent.txt 3",
        # tester74: the same in de219 ('Der Fonds (Anteilsklasse I) verlor im Februar 8,9 Prozent und lag damit 2,1
        # Prozentpunkte hinter seiner Benchmark')
        "de219_fondsmanager_monatskommentar_februar_nasdaq_dax_hang_seng_baidu_tencent_meituan_alibaba_nvidia.txt 8,9",
        "de219_fondsmanager_monatskommentar_februar_nasdaq_dax_hang_seng_baidu_tencent_meituan_alibaba_nvidia.txt 2,1",
        # tester62: IBD's advice 'wait for a move above the 50-day line, ideally on volume at least 40% above normal'
        # (en191): a volume rule in advice is no market figure; read as a distance to the moving average named before it
        # (wrong) until the twenty-eighth session, since then a volume change (cues.csv 'on volume X% above'):
        # unverifiable, no longer called wrong
        "en191_ibd_stock_of_the_day_nvidia_rebounds_10_day_line_buy_point.txt 40",
        # (the cents of en205's spoken prices, '37 dollars and 50 cents', are part of the price since the twenty-fifth
        # session)
        # tester77: a pre-open indication ('Vorbörslich taxieren Händler den Dax am Dienstag bei rund 23.300 Punkten',
        # de220) judged a premarket level (unverifiable, no such quotes held); (a parity worked out in the text,
        # 'ergeben sich 154,49 Hongkong-Dollar je Aktie', de221, is a conversion since this session, cues.csv)
        "de220_handelsblatt_morning_briefing_maerkte_hang_seng_wall_street_nasdaq_nvidia_alibaba_baidu_dax.txt 23.300",
        # tester82 (en221): a forum post's parity worked out in its own words ('Eight times HK$142.60 is
        # HK$1,140.80. ... that's roughly $146.40 per ADR, so BABA closed about 5.5% above where Hong Kong last
        # printed'): the gap judged as a move ('above where ... last printed' is no conversion cue yet; "that's ... per
        # ADR" is one since the twenty-seventh session, 'X times ... is' since the twenty-eighth, cues.csv)
        "en221_reddit_investing_dd_alibaba_adr_vs_hong_kong_shares_edit.txt 5.5",
        # tester143 (de297): a table's closes restating the body's ('Hang Seng | 26.160 Pkt.', 'Alibaba | 168,30 HKD')
        # are judged again: a Saturday review's table rows (the caption's 'Schlusskurse vom 24.10.' not read) are dated
        # to the publication day when the repeats are marked and to Friday's session only after (linking.mark_repeats
        # runs before as_of_last_session), so they match no body figure then
        "de297_handelsblatt_wochenrueckblick_china_tech_hongkong_alibaba_baidu_tencent_meituan_wochensicht_monatsverlauf_"
        "seit_jahresbeginn_tabelle.txt 26.160",
        "de297_handelsblatt_wochenrueckblick_china_tech_hongkong_alibaba_baidu_tencent_meituan_wochensicht_monatsverlauf_"
        "seit_jahresbeginn_tabelle.txt 168,30",
        "de297_handelsblatt_wochenrueckblick_china_tech_hongkong_alibaba_baidu_tencent_meituan_wochensicht_monatsverlauf_"
        "seit_jahresbeginn_tabelle.txt 117,80",
        "de297_handelsblatt_wochenrueckblick_china_tech_hongkong_alibaba_baidu_tencent_meituan_wochensicht_monatsverlauf_"
        "seit_jahresbeginn_tabelle.txt 637,50",
        # (and, since the forty-sixth session reads the week's column by the caption's 'Veränderung in Prozent', the
        # week's '+9,0' restating the body's 'beendete die Woche mit einem Plus von 9,0 Prozent', for the same reason)
        "de297_handelsblatt_wochenrueckblick_china_tech_hongkong_alibaba_baidu_tencent_meituan_wochensicht_monatsverlauf_"
        "seit_jahresbeginn_tabelle.txt 9,0",
    },
}


ENGLISH_READ_AS_GERMAN_STILL_OPEN: set[str] = set()


def _files(editor: bool) -> list[tuple[Path, Path]]:
    return [pair for pair in golden_files() if is_editor_set(pair[1]) == editor]


def test_precision_and_recall_meet_the_targets() -> None:
    scores = evaluate(_files(editor=False))
    total = Score.total(scores)
    assert len(_files(editor=False)) >= 20 and total.found >= 60  # 5 seeds, 10 German and 5 English articles
    assert total.precision >= 0.95 and total.recall >= 0.95, {k: (v.precision, v.recall) for k, v in scores.items()}


def test_found_claims_have_the_right_listing_day_hedge_and_direction() -> None:
    errors = [e for score in evaluate(_files(editor=False)).values() for e in score.detail_errors]
    assert errors == []


def test_the_editors_set_holds_its_measured_floors() -> None:
    files = _files(editor=True)
    scores = evaluate(files)
    total = Score.total(scores)
    assert len(files) == 584 and total.found >= 195  # 296 German and 288 English articles
    assert total.precision >= EDITOR_PRECISION and total.recall >= EDITOR_RECALL, (total.precision, total.recall)
    assert set(total.detail_errors) <= EDITOR_SLOT_ERRORS_STILL_OPEN


def test_the_editors_set_gets_no_new_false_verdict(tmp_path: Path) -> None:
    """A true number called wrong is the worst mistake, a wrong number called accurate the next:
    none beyond the ones measured when the set was added."""
    problems = editor_verdict_problems(tmp_path)
    assert {k: set(v) - EDITOR_VERDICT_PROBLEMS_STILL_OPEN[k] for k, v in problems.items()} == {
        k: set() for k in problems
    }


def test_english_articles_are_read_as_english() -> None:
    from datetime import date

    from claimcheck import pipeline
    from claimcheck.adapters.articles import load_article

    english = [text for _, text in golden_files() if text.name.startswith("en")]
    assert len(english) >= 15
    for path in english:
        if path.name in ENGLISH_READ_AS_GERMAN_STILL_OPEN:
            continue
        assert pipeline.extract(load_article(path, date(2026, 1, 14), {}, date(2026, 11, 22))).language == "en"
