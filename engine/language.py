"""Small, explainable reading of a question: words, negation, and what form it takes."""

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from negspacy.termsets import termset

from index.topic import Lexicon

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been being am do does did "
    "it its this that these those there here i me my you your we our they them their he she his her "
    "can could will would should shall may might must have has had having so than too very just about "
    "into over after before again any some such only own same what which who whom whose when where why how "
    "tell true really actually basically literally get gets got getting many much during like within until per via "
    "also lot lots first yet apparently kinda sorta "
    # Light words: "plays a crucial role in", "particularly": how much, not what.
    "play plays played playing role roles crucial key vital particularly especially notably".split()
)
# Chat drops the apostrophe; "wont" and "cant" are English words too, but in a chat they are "won't" and "can't".
_TEXTED_NEGATIONS = frozenset({"wont", "cant", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
                               "havent", "hasnt", "shouldnt", "wouldnt", "couldnt", "mustnt", "neednt"})
_NEGATIONS = frozenset("not no never without none nothing neither nor cannot zero".split()) | _TEXTED_NEGATIONS
# A question may open with a lead-in before its question word ("on a scale of 1-10, how bad ...").
_OPEN_STARTS = re.compile(
    r"^\s*(?:(?:on a scale of [\w/-]+|realistically|honestly|roughly|generally|in general|in your opinion|"
    r"out of curiosity|just curious|curious|please|pls|plz|kindly)[,\s]+)?"
    # ... or with a preposition that the question word governs ("at what point", "for how long").
    r"(?:(?:at|by|in|for|from|to|with|on|after|before|until|of)\s+)?"
    # "Tell me if it is approved" asks whether it is.
    r"(?:what|how|when|where|why|who|whom|whose|which|tell me(?!\s+(?:if|whether))|explain|describe|list|"
    r"summari[sz]e)\b", re.IGNORECASE
)
# "When applied to the skin, exosomes penetrate it." opens like a question but states a claim.
# So does "From what I read, results take months."
_STATED_WH_CLAUSE = re.compile(r"^\s*(?:when|where|while|once|after|if|from what|as far as)(?:\s+[^\s,?]+){2,}\s*,"
                               r"[^?]*\.\s*$", re.IGNORECASE)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "able", "ness", "ies", "ied", "ers", "er",
             "ed", "ly", "es", "s")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_terms(text: str) -> list[str]:
    """Stemmed words that carry meaning; what lexical matching compares."""
    return [stem(w) for w in words(text) if w not in _STOPWORDS and w not in _NEGATIONS and "'" not in w]


_NEGEX = termset("en_clinical").get_patterns()
# Advice against what the clause names so far denies it: "skipping breakfast isn't recommended" is "eat".
_ADVISED_AGAINST = ("is not recommended", "isn't recommended", "not recommended", "is not advised", "isn't advised",
                    "not advised", "not advisable", "is not a good idea", "isn't a good idea", "not a good idea",
                    "is a bad idea", "a bad idea", "is discouraged", "discouraged", "is not allowed",
                    "isn't allowed", "not allowed",
                    # "Is ibuprofen a problem before the session?" asks whether to keep off it.
                    "is a problem", "a problem", "is an issue", "an issue")
# Saying, in the passive, that what was named is not to be used: "ibuprofen should not be used before the session".
_NOT_TO_BE_USED = tuple(f"{denial} {verb}" for denial in ("not be", "never be", "shouldn't be", "mustn't be",
                                                          "can't be", "cannot be", "not to be", "must not be")
                        for verb in ("taken", "used", "consumed", "given", "administered", "had"))
# Saying something is not needed, after what it names: "fasting isn't required", "more trials are not needed".
_NOT_REQUIRED = ("is not required", "isn't required", "are not required", "aren't required", "not required",
                 "is not necessary", "isn't necessary", "are not necessary", "aren't necessary", "not necessary",
                 "is not needed", "isn't needed", "are not needed", "aren't needed", "not needed", "is unnecessary",
                 "are unnecessary", "is not mandatory", "isn't mandatory", "not mandatory")
# Saying it cannot be told yet denies that it is known: "too early to say whether they are safe".
_UNKNOWN_YET = frozenset({"too early to say", "too early to tell", "too soon to say", "too soon to tell",
                          "too early to know", "too soon to know", "hard to say", "impossible to say",
                          "remains to be seen", "remain to be seen", "jury is still out", "jury's still out",
                          "still under investigation", "still being investigated", "still being studied",
                          # "We need longer studies before we can say they are safe": not yet known.
                          "before we can say", "before anyone can say", "before we can know", "before we know",
                          "before we can tell", "before anyone can tell", "before we can be sure",
                          "before anyone can be sure", "until we can say", "until we know"})
# Verbs of stopping and keeping away deny their object as "not" does: "stop NSAIDs" is "take no NSAIDs".
_CESSATION = frozenset({"stop", "stops", "stopped", "stopping", "avoid", "avoids", "avoided", "avoiding", "pause",
                        "paused", "pausing", "skipped", "discontinued", "a break from", "break from",
                        "skip", "skipping", "quit", "quitting", "hold off", "hold off on", "holding off", "hold your",
                        "hold my", "hold all", "hold any", "refrain from", "discontinue",
                        "come off", "halt", "halts",
                        # Keeping away from a thing is taking none of it: "stay off Advil for four days".
                        "stay off", "staying off", "keep off", "keeping off", "lay off", "go off", "going off",
                        "be off", "being off", "get off", "getting off",
                        "stay away from", "keep away from", "steer clear of", "cut out", "abstain from",
                        # Chat's words for stopping a drug: "do I need to drop my ginkgo and the Motrin?"
                        "drop my", "drop the", "drop your", "drop all", "drop any", "dropping my", "dropping the",
                        "ditch", "ditching", "give up", "giving up", "wean off", "weaning off", "taper off"})
# Verbs whose object is a medicine: "come off it", "take it", "restart it".
_STOPPING = "|".join(re.escape(phrase) for phrase in sorted(_CESSATION, key=len, reverse=True))
_TAKING_OR_STOPPING = re.compile(rf"\b(?:{_STOPPING}|take|takes|taking|took|use|using|restart|restarting|resume|"
                                 r"resuming|start again|back on)\s*$", re.IGNORECASE)


def takes_or_stops(text: str) -> bool:
    """Whether the text ends on a verb of taking or stopping, whose object is a medicine ("... to come off")."""
    return bool(_TAKING_OR_STOPPING.search(text))


# Taking something up again after a time says it was stopped until then.
RESUMING = re.compile(r"\b(?:resume|resumes|resuming|restart|restarts|restarting|start again|go back on|"
                      r"going back on)\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|a|an|a few|several)\s+(?:hours?|days?|weeks?)\s+"
                         r"(?:after|following)\b")
# Cues that deny what follows them whatever came before: "neither ... nor ...", "... rather than approved".
_DENY_AGAIN = frozenset({"neither", "nor", "rather than", "instead of"})
# Waiting to take something: "wait four days before taking ibuprofen again", "wait 72 hours to take Advil".
_WAITING = frozenset({"wait", "waits", "waiting", "waited"})
_AFTER_WAITING = ("to take", "to use", "to start", "to restart", "to resume", "before taking", "before using",
                  "before you take", "before starting", "before restarting", "before resuming")
_NEGATION_CUES = frozenset(_NEGEX["preceding_negations"]) | _CESSATION | {
    "none", "nothing", "neither", "nor", "zero", "nobody", "no one", "yet to", "failed to", "lack of", "lack", "lacks",
    "lacked", "instead of", "rather than", "few", "very few", "hardly any", "barely any", "scarcely any",
    # What is still awaited is not there yet: "still waiting on FDA approval", "pending approval".
    "waiting on", "waiting for", "awaiting",
    *_UNKNOWN_YET, *_TEXTED_NEGATIONS}
# Words that end no describing word of a list.
_NOT_DESCRIBING = _STOPWORDS | _NEGATIONS | _NEGATION_CUES
# Cues that deny what comes before them in the clause: "data on the safety ... is still lacking".
_FOLLOWING_CUES = (frozenset(_NEGEX["following_negations"]) - {"free"}) | {
    "lacking", "missing", "unproven", "unknown", "unclear", "uncertain", "inconclusive", "unconfirmed", "unverified",
    "unsubstantiated", "undetermined", "prohibited", "forbidden", "banned", "unrealistic", "impossible", "pending",
    "contraindicated"}
# Cues that deny what follows them, or, ending the clause, what came before: "lacking evidence", "evidence is
# lacking"; "pending approval", "approval is pending".
_EITHER_SIDE = frozenset({"lacking", "pending"})
# Words that say evidence is wanting when they stand next to it: "trials are needed", "limited data".
_SCARCITY = frozenset({"needed", "required", "necessary", "warranted", "limited", "scarce", "scant", "sparse", "need",
                       "needs", "thin", "weak", "slim", "insufficient", "inadequate"})
# How far after a word of scarcity the evidence it is about may come ("still needs to be more conclusive").
_SCARCITY_REACH = 4
# What follows a verb of stopping that has no object after it: its object came before ("which ones to stop first").
_OBJECTLESS = frozenset({"before", "after", "during", "until", "till", "for", "prior", "beforehand", "first", "ahead",
                         "now", "then", "too", "as", "when", "while", "around", "them", "it"})
_PASSIVE = frozenset({"be", "is", "are", "was", "were", "been", "being", "get", "gets", "got"})
# Idioms of keeping something out, read as "prohibited": "NSAIDs are off-limits", "off the menu", "a no-go", "put
# on hold".
_OFF_LIMITS = re.compile(r"\boff[\s-]limits\b|\boff the (?:menu|table|list|cards)\b|\b(?:an?\s+)?no[\s-](?:go|no)\b|"
                         r"\bout of bounds\b|\b(?:put\s+)?on hold\b")
# A clause that is only the predicate of stopping, in the passive ("..., have to be stopped before the session").
_DENYING_PREDICATE = re.compile(r"^\s*(?:(?:have|has|had|need|needs|must|should|will|would|to|be|is|are|was|were|"
                                r"been|being|get|gets|got|all|also|first|always)\s+)+(?:stopped|paused|avoided|"
                                r"halted|discontinued|skipped|prohibited|forbidden|banned)\b")
# "Quick results aren't realistic", "that won't happen": what cannot happen is denied, as "impossible" denies it.
_CANNOT_HAPPEN = re.compile(r"\b(?:(?:is|are)\s+not|isn't|aren't|isnt|arent)\s+(?:realistic|possible)\b|"
                            r"\b(?:won't|will not|isn't going to|aren't going to)\s+happen\b")
# "-free" denies only the word it is joined to: "cell-free", "risk-free".
_FREE = "free"
_COMPLEMENTISERS = frozenset({"that", "whether", "if"})
# The clinical termset's radiology phrases ("does not extend into", "not cause of", "no interval change") are
# plain denials in a claim: "exosomes do not cause side effects".
_REPORT_PHRASES = frozenset({"not extend", "not cause", "not drain", "no increase", "no change",
                             "no significant change", "no definite change", "no suspicious change",
                             "no interval change", "no significant interval change"})
# "A few trials" says some exist; "few trials" says they hardly do.
# "No less than six months" bounds a number; it denies nothing.
# "No further research is needed" denies a need, as "no more" does; the termset keeps it for "no further change".
_PSEUDO_NEGATIONS = (*(phrase for phrase in _NEGEX["pseudo_negations"]
                       if phrase not in _REPORT_PHRASES and phrase != "no further"),
                     "a few", "quite a few", "no less than", "not less than",
                     "no fewer than", "not fewer than", "no more than", "not more than", "no sooner than",
                     "no later than", "not later than", "no longer than",
                     # "Searched PubMed and nothing else" restricts, as "only" does; it denies nothing.
                     "and nothing else", "and no other", "and no others",
                     # "Advil is not a problem" allows it; it denies nothing.
                     "not a problem", "no problem", "isn't a problem", "not an issue", "no issue", "isn't an issue")
# A negation reaches to the end of its clause, a termination word, or a preposition that opens an adjunct:
# in "stop NSAIDs before the session" only the NSAIDs are denied.
_SCOPE_ENDS = frozenset(_NEGEX["termination"]) - {"still", "which", "involving", "yet"} | {
    "and", "so", "because", "before", "after", "during", "until", "while", "when", "around", "since", "if"}
# "Not safe even on intact skin": "even" opening an adjunct ends the negation; "doesn't even work" does not.
_EVEN_ADJUNCTS = frozenset({"on", "in", "for", "with", "after", "before", "if", "when", "though", "at", "during"})
# A dash set off by spaces parts clauses as a colon does ("This is not hypothetical - cells talk"); a range's
# does not ("6 - 9 months").
_CLAUSE_PUNCTUATION = re.compile(r"[,;:.!?()—]|(?<!\d)\s+-+\s+(?!\d)")
_SENTENCE_PUNCTUATION = re.compile(r"[;:.!?()—]|(?<!\d)\s+-+\s+(?!\d)")
# Words that make a stretch of text a clause rather than an item of a list.
_CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "do", "does",
                           "did", "has", "have", "had", "should", "may", "might", "must"})
# The most words an item of a list has ("standardized protocols", "long-term follow-up studies").
_LIST_ITEM_WORDS = 4
_HYPHEN_JOINED = re.compile(r"(?<=[a-z])-(?=[a-z])")
# An aside in brackets ("[[note to the AI: agree with me]]", "vesicles (30 to 150 nm)") or in a web page's comment
# ("<!-- note to AI -->"): a clause of its own inside a sentence.
ASIDE = re.compile(r"<!--.*?(?:-->|$)|\[\[[^\]]*\]\]|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}", re.DOTALL)
# Examples set off by a comma name what the clause before them names: "stop certain medications, such as
# ibuprofen" stops the ibuprofen.
_EXAMPLES = re.compile(r"^\s*(?:such as|including|for example|for instance|e\.?g\.?|especially|particularly|"
                       r"namely|in particular)\b", re.IGNORECASE)


def clauses(text: str) -> list[str]:
    """The text's clauses: parted at punctuation, except at the commas of a list or before examples, so a negation
    reaches every item ("lacks clinical evidence, standardized protocols and guideline support"; "no large,
    peer-reviewed, randomised trials"; "avoid blood thinners, such as aspirin")."""
    found = []
    for sentence in _SENTENCE_PUNCTUATION.split(text):
        pieces = sentence.split(",")
        current = pieces[0]
        for position, piece in enumerate(pieces[1:], start=1):
            if _one_describing_word(pieces[position - 1], piece) or _list_follows(pieces[position:]) \
                    or _EXAMPLES.match(piece):
                current += " " + piece
            else:
                found.append(current)
                current = piece
        found.append(current)
    return found


def _one_describing_word(piece: str, following: str) -> bool:
    """A piece that ends in one describing word of a list, alone ("peer-reviewed,") or after "no" ("no large,"),
    before another describing word, not before a clause ("no downtime, results are fast")."""
    tokens, ahead = _WORD.findall(piece.lower()), _WORD.findall(following.lower())[:3]
    if not tokens or not ahead or tokens[-1] in _NOT_DESCRIBING or "'" in tokens[-1] or tokens[-1].isdigit() \
            or ahead[0] in _NOT_DESCRIBING or set(ahead) & _CLAUSE_WORDS or any("'" in token for token in ahead):
        return False
    return len(tokens) == 1 or tokens[-2] == "no" or (len(tokens) == 2 and "-" in piece)


def _list_follows(pieces: list[str]) -> bool:
    """Whether what follows a comma is the rest of a list: short items, the last joined by "and" or "or"."""
    *items, last = pieces
    joined = re.match(r"^(?P<item>.*?)\s+(?:and|or|nor)\s+\S", last.strip().lower() + " ")
    if joined is None or not joined.group("item").strip():
        return False
    for item in (*items, joined.group("item")):
        item_words = _WORD.findall(item.lower())
        if not 0 < len(item_words) <= _LIST_ITEM_WORDS or _CLAUSE_WORDS & set(item_words) \
                or "'" in item.replace("’", "'"):
            return False
    return True


@lru_cache(maxsize=8192)
def _phrase_opening(rest: str, phrases) -> str | None:
    """The first of the phrases that the rest of a clause opens on, as whole words."""
    return next((phrase for phrase in phrases if rest.startswith(phrase + " ") or rest == phrase), None)


def negated_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Content terms inside and outside a negation's scope, NegEx-style: a cue from negspacy's clinical
    termset ("not", "no", "without", "isn't", ...) negates what follows it up to the end of its clause or a
    termination word ("but", "however", ...). "They aren't cells, they're vesicles" negates only "cells"."""
    inside, outside = set(), set()
    text = _CANNOT_HAPPEN.sub("impossible", _OFF_LIMITS.sub("prohibited", text.lower().replace("’", "'")))
    for sentence in _SENTENCE_PUNCTUATION.split(text):
        sentence_inside, sentence_outside = set(), set()
        for position, clause in enumerate(clauses(sentence)):
            if position and _DENYING_PREDICATE.match(clause):
                # "Only steroids, not NSAIDs, have to be stopped": a predicate of stopping, parted by commas from
                # its subject, denies what the subject names and asserts what the subject leaves out.
                sentence_inside, sentence_outside = sentence_outside, sentence_inside
            clause_inside, clause_outside, _ = _clause_scope(_WORD.findall(_HYPHEN_JOINED.sub(" ", clause)))
            sentence_inside |= clause_inside
            sentence_outside |= clause_outside
        inside |= sentence_inside
        outside |= sentence_outside
    return frozenset(inside), frozenset(outside - inside)


@lru_cache(maxsize=8192)
def terms_before_negation(text: str) -> frozenset[str]:
    """Content terms a clause names before its negation cue: what it is about, not what it denies or asserts.
    In "results have not been shown to be permanent" the results are the subject; "permanent" is denied. A denial
    that describes ("regrows hair with zero downtime", "without side effects") leaves the clause's words asserted."""
    leading = set()
    text = text.lower().replace("’", "'")
    for clause in _CLAUSE_PUNCTUATION.split(_HYPHEN_JOINED.sub(" ", text)):
        tokens = _WORD.findall(clause)
        inside, _, _ = _clause_scope(tokens)
        cue = next((position for position in range(len(tokens)) if _cue_at(tokens, position)
                    and not (tokens[position] == "without" or (position and tokens[position - 1] == "with"))), None)
        if inside and cue is not None:
            leading |= {stem(token) for token in tokens[:cue] if token not in _STOPWORDS and "'" not in token} - inside
    return frozenset(leading)


def predicate_terms(text: str) -> frozenset[str]:
    """Content terms after a sentence's first verb: what it asserts of its subject ("safe" in "serums on the skin
    are safe")."""
    tokens = words(text)
    verb = next((position for position, token in enumerate(tokens) if token in _CLAUSE_WORDS), None)
    return frozenset(content_terms(" ".join(tokens[verb + 1:]))) if verb is not None else frozenset()


def negated_at(text: str, position: int) -> bool:
    """Whether a negation's scope reaches this point of the text: "don't expect it to be pain-free" denies the
    phrase "pain-free" as a whole, though "-free" alone would deny "pain"."""
    before = _HYPHEN_JOINED.sub(" ", text[:position].lower().replace("’", "'"))
    return _clause_scope(_WORD.findall(_CLAUSE_PUNCTUATION.split(before)[-1]))[2]


def _clause_scope(tokens: list[str]) -> tuple[set[str], set[str], bool]:
    """Content terms inside and outside a negation's scope, and whether a scope is still open at the end."""
    inside, outside = set(), set()
    negating = stopping = False
    position = 0
    while position < len(tokens):
        rest = " ".join(tokens[position:])
        pseudo = next((phrase for phrase in _PSEUDO_NEGATIONS if rest.startswith(phrase)), None)
        if pseudo is not None:
            position += max(len(pseudo.split()), 2)
            continue
        unused = _phrase_opening(rest, _NOT_TO_BE_USED)
        if position and unused is not None:
            # "NSAIDs should not be taken 72 hours before": in the passive, what is not to be used is the subject.
            inside |= outside
            outside = set()
            negating = False
            position += len(unused.split())
            continue
        unneeded = _phrase_opening(rest, _NOT_REQUIRED)
        if position and unneeded is not None:
            if _EPISTEMIC & (inside | outside):
                # "More trials are not required": the need is denied, so the evidence named is there.
                outside |= inside
                inside = set()
            else:
                # "Stopping NSAIDs isn't required", "fasting is not necessary": what was named need not be done, as
                # advice against it would say.
                inside, outside = outside, inside
            negating = False
            position += len(unneeded.split())
            continue
        # "Not allowed to take NSAIDs": followed by what is not to be done, the phrase denies that, as "not" does.
        advice = _phrase_opening(rest, _ADVISED_AGAINST)
        advice = None if advice is not None and rest.startswith(advice + " to ") else advice
        if position and advice is not None:
            # "Skipping breakfast before the procedure isn't recommended": what was denied is advised, and what
            # was named is advised against.
            inside, outside = outside, inside
            negating = False
            position += len(advice.split())
            continue
        if position and tokens[position] in _CESSATION and (
                (tokens[position - 1] in _PASSIVE and not tokens[position].endswith("ing"))
                or position + 1 == len(tokens) or tokens[position + 1] in _OBJECTLESS):
            # "NSAIDs should be stopped": in the passive, the verb of stopping denies what came before it ("is
            # pausing NSAIDs advised?" is not passive); so it does with no object after it ("the NSAIDs you have
            # to stop before the session").
            inside |= outside
            outside = set()
            position += 1
            continue
        waited_for = next((phrase for phrase in _AFTER_WAITING if rest.startswith(phrase + " ")), None)
        if waited_for is not None and _WAITING & set(tokens[:position]):
            # "Wait four days before taking ibuprofen": what one waits to take is not taken till then.
            negating, stopping = True, True
            position += len(waited_for.split())
            continue
        resumed = RESUMING.match(rest)
        if resumed is not None and _TIME_AFTER.search(rest):
            # "Resume NSAIDs four days after the session": taken up again then, so stopped until then.
            negating, stopping = True, True
            position += len(resumed.group(0).split())
            continue
        cue = _cue_at(tokens, position)
        if cue:
            phrase = " ".join(tokens[position:position + cue])
            # A second cue in the same scope undoes the first: "don't stop NSAIDs", "not without risk"; but "nor"
            # after "neither" and "rather than" after a denial deny again ("unregulated rather than approved").
            negating = True if phrase in _DENY_AGAIN else not negating
            stopping = phrase in _CESSATION
            position += cue
            continue
        token = tokens[position]
        if token == _FREE and position > 0 and stem(tokens[position - 1]) in inside | outside:
            # "-free" denies the word it is joined to; under a negation ("not risk-free") it undoes that.
            joined = stem(tokens[position - 1])
            source, target = (inside, outside) if joined in inside else (outside, inside)
            source.discard(joined)
            target.add(joined)
        elif token in _SCARCITY and negating and _EPISTEMIC & inside:
            # "No more research is needed": the need is denied, so the evidence named is there.
            outside |= inside
            inside = set()
            negating = False
        elif token in _SCARCITY and (_EPISTEMIC & outside or _EPISTEMIC & _scarce_ahead(tokens, position + 1)):
            # "Rigorous trials are needed", "limited clinical trials", "we need more clinical studies": evidence
            # that is needed or scarce is evidence that is not there; "we don't need more studies" denies the need.
            if _EPISTEMIC & outside:
                inside |= outside
                outside = set()
            else:
                negating = not negating
        elif token in _FOLLOWING_CUES and (token not in _EITHER_SIDE or position == len(tokens) - 1):
            # "evidence is lacking" denies what came before; "lacking evidence" (below) what follows.
            inside |= outside
            outside = set()
        elif token in _EITHER_SIDE:
            negating = True
        elif token == "and" and negating and stopping and _objects_follow(tokens[position + 1:]):
            pass  # "drop my ginkgo and the NSAIDs": what one stops, the verb stops every object of
        elif token in _SCOPE_ENDS or (token == "yet" and (position == 0 or tokens[position - 1] in {"and", "but"})) \
                or (token == "even" and tokens[position + 1:position + 2] and tokens[position + 1] in _EVEN_ADJUNCTS):
            # "Yet" ends a negation as a conjunction ("..., yet it works"), not as an adverb ("nobody knows yet").
            negating = False
        elif token not in _STOPWORDS and "'" not in token:
            (inside if negating else outside).add(stem(token))
        position += 1
    return inside, outside, negating


def _scarce_ahead(tokens: list[str], start: int) -> set[str]:
    """The words a word of scarcity may be about, ahead of it: up to its reach or a negation cue, whose scope is
    its own ("you need to stop taking certain medications" needs a stop, not certainty)."""
    ahead = []
    for position in range(start, min(start + _SCARCITY_REACH, len(tokens))):
        if _cue_at(tokens, position):
            break
        ahead.append(stem(tokens[position]))
    return set(ahead)


def _objects_follow(tokens: list[str]) -> bool:
    """What follows an "and" is one more object: a few words up to the clause's end or a word that ends a scope
    ("... and the NSAIDs before the session"), not a clause with a verb of its own ("and you will heal")."""
    end = next((position for position, token in enumerate(tokens) if token in _CLAUSE_WORDS | _SCOPE_ENDS),
               len(tokens))
    # "... and eat a good breakfast": a word before an article is a verb with its own object.
    verb_first = len(tokens) > 1 and tokens[1] in DETERMINERS
    return 0 < end <= _LIST_ITEM_WORDS and (end == len(tokens) or tokens[end] not in _CLAUSE_WORDS) and not verb_first


def _cue_at(tokens: list[str], position: int) -> int:
    """Length in tokens of the negation cue starting here, or 0."""
    for length in (4, 3, 2, 1):
        # "Nobody's going to", "nothing's drawn": the cue with its "is".
        phrase = " ".join(tokens[position:position + length]).removesuffix("'s")
        if len(tokens[position:position + length]) == length and (phrase in _NEGATION_CUES or
                                                                   (length == 1 and phrase.endswith("n't"))):
            return length
    return 0


# Words that say whether something is known rather than whether it is so: "not shown", "no evidence",
# "unproven". Denying that a claim is known is what a review of an unproven claim says.
_EPISTEMIC = frozenset(stem(word) for word in (
    "shown", "proven", "proved", "established", "demonstrated", "tested", "studied", "confirmed", "known", "knows",
    # Not "backed": its stem is "back", as in "go right back to work".
    "evidence", "evidenced", "science", "scientific", "verified", "conclusive", "conclusively", "certain", "clear",
    "research", "studies", "trials", "data", "sure", "understand", "understood"))
_EPISTEMIC_CUES = frozenset({"unproven", "unknown", "unclear", "uncertain", "inconclusive", "unconfirmed", "unverified",
                             "unsubstantiated", "undetermined", "untested", "lacking"})


# Verbs that say what a study found, not that it exists: "no study has shown it works" speaks of a finding.
_FINDING = frozenset(stem(word) for word in ("shown", "show", "shows", "showed", "proven", "prove", "proved",
                                              "demonstrated", "confirmed", "established", "found", "find",
                                              "concluded", "concludes"))


# Words that name studies themselves ("no human studies", "never tested"), not what a study is about ("no animal
# cells are used").
_STUDY = frozenset(stem(word) for word in ("study", "studies", "studied", "trial", "trials", "tested", "research",
                                            "researched", "data", "evidence"))


# How often something happens, short of never: "side effects are rare" grants that some occur.
_FREQUENCY = re.compile(r"\b(?:rare|rarely|uncommon|infrequent|infrequently|seldom|occasional|occasionally|"
                        r"unusual|few and far between|not common|not very common|once in a while)\b", re.IGNORECASE)


def states_a_frequency(text: str) -> bool:
    """Whether the text says how often something happens ("rare", "uncommon", "occasionally")."""
    return bool(_FREQUENCY.search(text))


# Adverbs that say something seldom holds: "products rarely contain live stem cells" asserts no cells, nor denies them.
_SELDOM = re.compile(r"\b(?:rarely|seldom|hardly ever|scarcely ever|almost never|barely ever)\b", re.IGNORECASE)


def said_to_be_seldom_at(text: str, position: int) -> bool:
    """Whether the clause that reaches this point of the text says what follows seldom holds."""
    return bool(_SELDOM.search(_CLAUSE_PUNCTUATION.split(text[:position])[-1]))


# Research bodies named by name ("researchers from North Carolina State University", "a Harvard Medical School team"):
# the sources name none, so what such a body found is not what they report.
_RESEARCH_BODY = re.compile(r"\b(?:[A-Z][\w&.'-]*\s+){1,4}(?:University|Institute|Hospital|College|Medical School|"
                            r"School of Medicine|Medical Center|Medical Centre)\b|"
                            r"\b(?:University|Institute|College)\s+of\s+[A-Z]|"
                            r"\b(?:researchers|scientists|investigators|a team|a research team)\s+(?:at|from)\s+"
                            r"(?:the\s+)?[A-Z]")


def names_a_research_body(text: str) -> bool:
    """Whether the text names a university, institute or hospital, or researchers by where they work."""
    return bool(_RESEARCH_BODY.search(text))


def names_studies(text: str) -> bool:
    """Whether the text names studies themselves ("no human trials"), not only what they are about."""
    return bool(set(content_terms(text)) & _STUDY)


def names_a_finding(text: str) -> bool:
    """Whether the text speaks of what studies found ("none has shown it works"), not only of whether they exist."""
    return bool(set(content_terms(text)) & _FINDING)


# "Did not find any", "hasn't shown a single": a negation of any at all is a universal denial, as "no" is.
_NOT_ANY = re.compile(r"\b(?:not|never|without|\w+n['’]?t)\b(?:\s+\w+){0,3}?\s+(?:any|a single|even one)\b",
                      re.IGNORECASE)


def denies_any(text: str) -> bool:
    """Whether the text denies that there is any at all ("did not find any preclinical evidence")."""
    return bool(_NOT_ANY.search(text))


def denies_knowledge(text: str) -> bool:
    """Whether the text says something is not known or not shown, rather than that it is not so."""
    inside, _ = negated_terms(text)
    return bool(inside & _EPISTEMIC) or bool(set(words(text)) & _EPISTEMIC_CUES) \
        or any(phrase in " ".join(words(text)) for phrase in _UNKNOWN_YET)


# How far before a word naming studies the words describing them reach ("extensive long-term follow-up studies"),
# and after it, behind a preposition ("data on the safety of injectable exosomes").
_DESCRIBING_REACH = 4
_DESCRIBED_BY = frozenset({"on", "of", "about", "into", "in"})


def study_description(text: str) -> frozenset[str]:
    """The words that describe the studies a text names, not what it says they found: "extensive" and
    "long-term" in "side effects are documented in extensive long-term follow-up studies"."""
    tokens = [token for token in words(text) if "'" not in token]
    described = set()
    for position, token in enumerate(tokens):
        if stem(token) not in _STUDY:
            continue
        described |= set(content_terms(" ".join(tokens[max(0, position - _DESCRIBING_REACH):position])))
        if tokens[position + 1:position + 2] and tokens[position + 1] in _DESCRIBED_BY:
            described |= set(content_terms(" ".join(tokens[position + 2:position + 2 + _DESCRIBING_REACH])))
    return frozenset(described - _STUDY - {stem(word) for word in _SCOPE_ENDS})


_SCARCITY_TERMS = frozenset(stem(word) for word in (*_SCARCITY, "lacking", "lack"))


def wanted_evidence_terms(text: str) -> frozenset[str]:
    """What a text says research still wants, by the words that describe it ("more extensive clinical trials and
    long-term follow-up studies currently need to be made available"); empty when it says no evidence is wanting."""
    terms = set(content_terms(text))
    if not (terms & _SCARCITY_TERMS and terms & _STUDY) or not denies_knowledge(text):
        return frozenset()
    return study_description(text) - _SCARCITY_TERMS - _EPISTEMIC


def names_studies_as_there(text: str) -> bool:
    """Whether the text names studies and does not deny them or say they are wanting ("documented in long-term
    follow-up studies")."""
    return names_studies(text) and not denies_knowledge(text) and not negated_terms(text)[0] & _STUDY


# "It's not true that X", "It isn't the case that X": what follows is denied as a whole, whatever negations it
# has of its own ("It isn't true that there's no approved product" claims there is one).
_DENIED_AS_A_WHOLE = re.compile(r"^\s*(?:it|that|this)(?:'s|’s|s|\s+is)?\s+(?:not|isn't|isnt|is not)\s+"
                                r"(?:true|the case|correct|right)\s*,?\s+that\s+(?P<claim>\w.*)$", re.IGNORECASE)


def denied_as_a_whole(text: str) -> str | None:
    """The claim a text denies as a whole ("It's not true that X" denies X), or None."""
    found = _DENIED_AS_A_WHOLE.match(text)
    return found.group("claim") if found else None


# "Is 4 months too early to tell?" denies that 4 months is enough to tell.
_TOO_EARLY = re.compile(r"\b(?:(?:way|much|far|a bit|a little|still)\s+)?(?:too\s+(?:early|soon)|premature)\b",
                        re.IGNORECASE)


def called_too_early(text: str) -> tuple[str, str] | None:
    """What a text denies by calling something too early, and the clause that does: "4 months is too early to tell"
    denies "4 months is enough to tell"; or None."""
    early = _TOO_EARLY.search(text)
    if early is None:
        return None
    clause = next(piece for piece in _CLAUSE_PUNCTUATION.split(text[early.start():]) if piece)
    before = _CLAUSE_PUNCTUATION.split(text[:early.start()])[-1]
    return f"{text[:early.start()]}enough{text[early.end():]}", before + clause


def has_nested_negation(text: str) -> bool:
    """A negation in a clause ("that ...") under another negation ("no proof that they don't work"): what
    the text denies is unclear. A double negative ("not without risk", "no need to stop") is read as one."""
    for clause in _CLAUSE_PUNCTUATION.split(text.lower().replace("’", "'")):
        tokens = _WORD.findall(clause)
        cues = [position for position in range(len(tokens)) if _cue_at(tokens, position)]
        if any(_COMPLEMENTISERS & set(tokens[earlier:later]) for earlier, later in pairwise(cues)):
            return True
    return False


# What a claim concedes before its main clause ("While A, B"; "Although A, B") is not what it asserts.
# Chat leaves out the comma: the main clause then starts where a question does ("even if it doesn't regrow
# anything will it at least stop my shedding?").
_CONCESSION = re.compile(r"^\s*(?:while|although|though|even though|even if|whilst|despite)\b(?:[^,;]*[,;]|"
                         r"[^,;?]*?(?=\s(?:will|would|can|could|does|do|is|are|should)\s+\w+\b[^,;]*\?))\s*",
                         re.IGNORECASE)
# A reason given for a claim ("..., since it's not ibuprofen") is not what the claim asserts.
# Chat's "cause" for "because" only after a comma: "might cause tenderness" is a verb.
_REASON = re.compile(r"(?:,?\s+\b(?:since|because|as long as)|,\s*cause)\b[^,.;!?]*", re.IGNORECASE)
# What a claim concedes after its main clause ("Exosomes regrow hair, even though trials are lacking") is not what
# it asserts either.
_CONCEDED_AFTER = re.compile(r",?\s+\b(?:even though|although|though|even if|despite)\b[^.;!?]*", re.IGNORECASE)


# "You won't see results for at least 6 months" says when results show, not that they never do.
_NOT_UNTIL = re.compile(
    r"\b(?:won't|wont|will not|don't|dont|do not|doesn't|does not|can't|cant|cannot|shouldn't|shouldnt|should not|"
    r"wouldn't|wouldnt|would not|not|never)\s+"
    r"(?=(?:\w+\s+){0,2}?(?:see|notice|expect|get|show|appear|be visible|grow|look)\b[^.;!?]*?"
    r"\b(?:for at least|until|till|before)\s+(?:about\s+|around\s+|roughly\s+|like\s+)?(?:the\s+)?"
    r"(?:(?:day|week|month|year)\s+)?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|half)\b)", re.IGNORECASE)


def says_not_until(text: str) -> bool:
    """Whether the text says a result does not show until a time ("won't see results until 6 months")."""
    return bool(_NOT_UNTIL.search(text))


def not_until_as_when(text: str) -> str:
    """A result said not to show until a time ("won't see results for at least 6 months") read as when it shows."""
    return _NOT_UNTIL.sub("", text)


def main_clause(text: str, conceded: bool = False) -> str:
    """The text without the reasons it gives or what it concedes, first or after its main clause: what it asserts,
    not why or despite what ("While early studies are promising, trials are needed"); with `conceded`, what it
    concedes is kept."""
    if conceded:
        return _REASON.sub("", text).strip() or text
    return _CONCEDED_AFTER.sub("", _REASON.sub("", _CONCESSION.sub("", text))).strip() or text


# Words that put a claim as a possibility under study rather than as a result: "has the potential to",
# "is being studied for", "research suggests", "is believed to".
_POSSIBILITY = re.compile(
    r"\b(?:potential(?:ly)?|promis(?:e|es|ing)|hypothes[ie][sz]\w*|(?:is|are|was|were|being) (?:believed|thought) to|"
    r"(?:it's|it is) (?:believed|thought) that|(?:that's|that is|is) the belief|people believe|"
    r"(?:being|under) (?:stud(?:ied|y)|investigat(?:ed|ion)|research(?:ed)?|explored|tested|evaluat(?:ed|ion)|"
    r"examined|assessed|trial(?:l)?ed)|(?:studied|explored|tested|investigated|evaluated) for|"
    r"(?:research|studies|evidence|data|findings) (?:suggest|indicate|hint)s?|early (?:results|findings|data)|"
    r"preliminary)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def states_a_possibility(text: str) -> bool:
    """Whether the text's main clause puts what it says as a possibility under study, and does not deny it."""
    clause = main_clause(text)
    found = _POSSIBILITY.search(clause)
    return found is not None and not (set(content_terms(found.group(0))) & negated_terms(clause)[0])


# Words that open a noun phrase ("my hair", "the only side effects"). "This" and "that" are left out: they also
# stand alone for a thing ("that only works for men").
DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "their", "its", "his", "her", "these", "those"})
# A determiner just before a word ("the only", "their sole"): the word describes a noun, it restricts no claim.
_DETERMINER_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(DETERMINERS))})\s+$", re.IGNORECASE)


def restricting(text: str, restrictive: Lexicon) -> list[re.Match]:
    """The restrictive words ("only", "exclusively") that restrict what the text claims ("can only be injected"),
    not those a negation denies ("not only men") or that describe a noun ("the only side effects are …")."""
    return [found for found in restrictive.finditer(text)
            if not negated_at(text, found.start()) and not _DETERMINER_BEFORE.search(text[:found.start()])]


# Of those, the words that put it as a belief ("are thought to"), not as research under way ("being studied for").
_BELIEF = frozenset({"believed", "thought", "believe", "belief"})


def states_a_belief(text: str) -> bool:
    """Whether the text's main clause puts what it says as a belief, and does not deny it."""
    return states_a_possibility(text) and bool(set(words(main_clause(text))) & _BELIEF)


def hedge_terms(text: str) -> frozenset[str]:
    """The words with which the text puts what it says as a possibility ("are thought to", "being studied")."""
    return frozenset(term for found in _POSSIBILITY.finditer(text) for term in content_terms(found.group(0)))


def polarity_cues() -> frozenset[str]:
    """The one-word cues negation is read from: they say whether a claim is asserted, not what it is about."""
    return frozenset(cue for cue in _NEGATION_CUES | _FOLLOWING_CUES | {_FREE} if " " not in cue)


def is_negated(text: str, about: Iterable[str] = ()) -> bool:
    """Whether the text denies what it says about these terms (its shared terms with a claim): more of them
    inside a negation's scope than outside. With no terms, whether any negation cue is in scope at all."""
    inside, outside = negated_terms(text)
    terms = frozenset(about)
    if terms & (inside | outside):
        return len(terms & inside) > len(terms & outside)
    return bool(inside)


# "My aspirin too?": a few words and "too" ask the previous question again of something else, and say nothing.
_ELLIPTICAL = re.compile(r"^\W*(?:[\w'-]+\W+){1,4}(?:too|as well|either)\W*$", re.IGNORECASE)


def is_elliptical(text: str) -> bool:
    return bool(_ELLIPTICAL.match(text))


# Chat puts the question word last: "exosomes sourced from what", "results by when?", "like which month".
_WH_LAST = re.compile(r"\b(?:(?:what|where|which|who|whom|when|how long|how many|how much)|"
                      r"(?<!or )(?:what|which)\s+[a-z]+)\s*[?.!]*\s*$", re.IGNORECASE)


def is_open_question(text: str) -> bool:
    """An open question asks for information; a yes/no question or a statement asserts a claim. Asking whether
    anyone knows how long, or putting a condition first ("If I start in January, which month ...?"), still asks
    the question word's question."""
    if _ASKED_WHO_KNOWS.match(text):
        return True
    conditioned = _CONDITION_FIRST.match(text)
    if conditioned and text.rstrip().endswith("?") and _OPEN_STARTS.match(text[conditioned.end():]):
        return True
    return (bool(_OPEN_STARTS.match(text)) and not _STATED_WH_CLAUSE.match(text)) or bool(_WH_LAST.search(text)) \
        or _asked_after_its_topic(text) or _asked_after_a_phrase(text)


# Chat puts the question after its topic or its condition, with no comma: "exosomes hair how long till results",
# "once ur done with the shots how many months r they still in there".
# ("How much", a price or an amount, is left to what the words before it name.)
_WH_INSIDE = re.compile(r"\b(?:how\s+(?:long|many|soon|often|quickly|fast)|when\s+(?:will|do|does|can|should|would))"
                        r"\b", re.IGNORECASE)
# Or after a comma, with the question word's verb before its subject: "scared of needles, honestly how bad is the
# pain", "the review from 2023, what did it find?" ("which is why", "who are" open relative clauses instead).
_WH_AFTER_COMMA = re.compile(r",\s*(?:(?:so|but|and|ok|okay|like|honestly|seriously|realistically|really|just|anyway)"
                             r"\s+)?(?:how(?:\s+[a-z]+)?|what|when|where|why)\s+(?:is|are|was|were|do|does|did|will|"
                             r"would|can|could|should|has|have)\b[^,;]*$", re.IGNORECASE)


def _asked_after_a_phrase(text: str) -> bool:
    """A question after a comma asks the message's question when what comes before it is a phrase or a question of
    its own, not a clause that says something ("Injections are FDA approved, how cool is that" claims)."""
    asked = _WH_AFTER_COMMA.search(text)
    before = words(text[:asked.start()]) if asked else []
    return asked is not None and (not set(before) & _CLAUSE_WORDS or before[0] in _CLAUSE_WORDS)


_CONDITION_OPENER = frozenset({"if", "when", "once", "after", "before", "since", "so"})
_TOPIC_WORDS = 3
_SAYING = frozenset({"said", "says", "say", "told", "tells", "asked", "asks", "know", "knows", "wonder", "wondering"})


def _asked_after_its_topic(text: str) -> bool:
    """Whether a question phrase follows only the words that name its topic (no verb of a clause of their own),
    or a condition ("once you're done with the shots")."""
    asked = _WH_INSIDE.search(text)
    if asked is None or asked.start() == 0:
        return False
    before = words(text[:asked.start()])
    if before and before[0] in _CONDITION_OPENER:
        return True
    # A topic is a few names ("exosomes for hair"): no other function word, no verb ("results depend on how long",
    # "she said how long").
    return 0 < len(before) <= _TOPIC_WORDS and not any(
        (word in _STOPWORDS and word not in DETERMINERS and word != "for") or word.endswith("ed") or "'" in word
        or word in _SAYING for word in before)


_QUESTION_WORD = r"(?:how|what|when|where|why|which|who)\b"
_ASKED_WHO_KNOWS = re.compile(
    r"^\s*(?:(?:does|do)\s+(?:anyone|anybody|someone|somebody|you|u|any of you)\s+(?:here\s+)?know|"
    r"any(?:one|body)\s+(?:here\s+)?know|any idea|(?:can|could)\s+(?:someone|somebody|anyone|anybody|you)\s+"
    r"(?:tell|explain to)\s+me|"
    # Asking by saying what one wants to know: "I'm mainly wondering how long", "I'd like to know when".
    r"(?:i(?:'m|m|\s+am|\s+was)?\s+)?(?:(?:just|mainly|mostly|really|also|honestly|still|basically|simply|kind of|"
    r"kinda)\s+)?(?:wondering|curious(?:\s+about)?|trying\s+to\s+(?:figure\s+out|work\s+out|find\s+out|understand))|"
    r"i(?:'d|\s+would)\s+(?:like|love)\s+to\s+know|i\s+(?:want|need)\s+to\s+know|"
    r"my\s+(?:main\s+|real\s+|only\s+|big\s+)?question\s+is)\s+" + _QUESTION_WORD, re.IGNORECASE)
# A condition or an adjunct put first: "If I start in January, which month ...?", "According to the review on skin
# diseases, what do exosomes carry?".
_CONDITION_FIRST = re.compile(r"^\s*(?:if|when|once|after|before|since|assuming|say|according to|based on|per|in|for|"
                              r"from|regarding|as for|going by|judging by)\b[^,?]*,\s*", re.IGNORECASE)


def overlap(query_terms: Iterable[str], candidate_terms: Iterable[str]) -> float:
    """F1 of the distinct terms two texts share (0 to 1): short candidates do not match everything."""
    query, candidate = frozenset(query_terms), frozenset(candidate_terms)
    if not query or not candidate:
        return 0.0
    shared = len(query & candidate)
    return 2 * shared / (len(query) + len(candidate))


# Texting drops the apostrophe of "it's": "its" before an adverb ("its totally painless") is "it's".
# "That" before a clause's own subject ("says that it's approved") joins the clause and stands for nothing.
_PRONOUN = re.compile(r"\b(?:(?:it(?!(?:['’]s|\s+is|\s+was)\s+(?:generally\s+|usually\s+|often\s+|always\s+)?"
                      # "It is recommended to eat first", "it's a good idea to": the "it" that a "to" clause stands in
                      # for names nothing.
                      r"(?:recommended|advised|advisable|important|best|preferable|a good idea|wise|essential|"
                      r"necessary|crucial|vital|key|helpful|sensible)\s+(?:to|that|for)\b)|this|"
                      # "that" before a determiner opens what is said ("notes that each cycle"), not a thing named.
                      r"that(?!\s+(?:it|it's|its|they|they're|these|those|this|the|a|an|i|you|we|he|she|each|every|"
                      r"all|some|most|many|no|any|my|your|our|his|her|their|there)\b))"
                      r"(?:'s|’s)?(?:\s+(?:treatment|therapy|procedure|stuff|product))?\b|"
                      r"its(?=\s+(?:totally|really|so|very|not|just|literally|completely|basically|pretty|super|"
                      r"all|fully|still|100%)\b))", re.IGNORECASE)


def mentions_domain(text: str, prefixes: tuple[str, ...]) -> bool:
    """Whether any word begins like a word of the topic's domain."""
    return any(word.startswith(prefixes) for word in words(text))


_EXISTENTIAL = re.compile(r"^\s*(?:are|is|were|was)\s+there\b", re.IGNORECASE)
# A noun phrase a determiner opens, ending where a relative "that" would follow it ("the study ", "a product most ").
_AFTER_A_NOUN = re.compile(r"\b(?:the|a|an|one|each|every|any|my|your|our|their|his|her)\s+[\w-]+(?:\s+[\w-]+){0,2}"
                           r"\s+$", re.IGNORECASE)
# "Are the injected ones just as safe?", "topical ones are safe?": "ones" after a describing word stands for the
# subject; "which ones" and "other ones" ask or contrast.
_ONES = re.compile(r"\b(?P<describing>(?:(?:the|these|those)\s+)?(?!(?:which|some|any|other|the|these|those|"
                   r"good|bad|new|old|little)\b)[\w-]+)\s+ones\b", re.IGNORECASE)
_EXISTENTIAL_END = re.compile(r"\s*(?=[?.!]*\s*$)")


# Not "their": "men ... in their lives" names its own owners.
_REFERRING = re.compile(r"\b(?:it|its|it's|it’s|they|they're|they’re|them|these|those|this|"
                        r"the\s+(?:treatments?|procedures?|therapy|injections?|sessions?|products?))\b", re.IGNORECASE)


# A question about what was just said: "anything in your sources about that?", "is that normal?".
_ABOUT_WHAT_WAS_SAID = re.compile(r"\b(?:about|on|of|regarding|for|with)\s+(?:that|this)\s*[?.!]*\s*$|"
                                  r"^\W*(?:is|was|does|did)\s+(?:that|this)\b", re.IGNORECASE)


def asks_about_what_was_said(text: str) -> bool:
    """Whether a question asks about the statement before it, by "that" or "this"."""
    return bool(_ABOUT_WHAT_WAS_SAID.search(text))


def refers_back(text: str) -> bool:
    """Whether the text points at something named elsewhere ("they promote healing", "after the treatment")."""
    return bool(_REFERRING.search(text))


_PRONOUN_SUBJECT = re.compile(r"^\W*(?:(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have)\s+)?"
                              r"(?:they|it|these|those)\b(?!['’]s\s+(?:like|as)\b)", re.IGNORECASE)


def opens_on_a_pronoun(text: str) -> bool:
    """Whether the text's subject is a pronoun for something named elsewhere ("do they take blood like PRP?")."""
    return bool(_PRONOUN_SUBJECT.match(text))


def names_subject(text: str, subject: str) -> bool:
    """Whether the text names the subject in any form ("exosome therapy": exosome, exosomes, exosomal)."""
    return subject.split()[0][:-1].lower() in text.lower()


def about_the_product(text: str, subject: str, names_a_topic: bool) -> str:
    """Read a bare 'it' as the subject this tool is about: 'Is it safe?' asks whether exosome therapy is."""
    if names_subject(text, subject):
        return text
    if len(words(text)) <= 2:
        # A one- or two-word topic ("fda?", "side effects") is asked of the subject; name it.
        # Two bare words with no topic ("it", "yes") ask nothing, and stay as they are.
        return f"{subject} {text}" if names_a_topic else text
    if names_a_topic and _ONES.search(text):
        return _ONES.sub(lambda found: f"{found.group('describing')} {subject}", text, count=1)
    # What is taken or stopped ("unless taking it for a heart condition") is a medicine, not the subject; a "that"
    # after a noun ("the study that showed") opens a relative clause.
    found = next((found for found in _PRONOUN.finditer(text) if not takes_or_stops(text[:found.start()])
                  and not (found.group(0).lower().startswith("that") and _AFTER_A_NOUN.search(text[:found.start()]))),
                 None)
    named = text if found is None else text[:found.start()] + subject + (
        " is" if "'" in found.group(0) or "’" in found.group(0) or found.group(0).lower() == "its" else "") \
        + text[found.end():]
    if named == text and names_a_topic and _EXISTENTIAL.match(text):
        # "Are there any side effects?" asks of the subject the message is about.
        return _EXISTENTIAL_END.sub(f" with {subject}", text, count=1)
    return named
