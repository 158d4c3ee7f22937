"""Step 2: split a message into what it asks and claims. A patient writes "My clinic says there are no side
effects and results in 3 weeks. Is that true? Also how much does it cost?": that is a claim to check (asked
as a yes/no question) and an open question. Personal background ("I'm 45 and losing hair") is neither.
Instructions to the assistant were already removed by the safety reading."""

import re
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from engine.language import (
    DETERMINERS,
    is_open_question,
    names_subject,
    negated_terms,
    predicate_terms,
    takes_or_stops,
    words,
)
from engine.safety import names_red_flag
from engine.specifics import extract
from index.topic import Topic

PartKind = Literal["claim", "yes_no", "open", "symptom"]
MAX_PARTS = 4
# How many words may come before a second reporting verb ("a reddit thread saying") for it to report the claim too.
NESTED_REPORT_WORDS = 4

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)
# A bare answer to the question before it, as in a clinic's FAQ ("Are they FDA-approved? No.").
# A page's FAQ labels: "Q: Is blood drawn? A: No, unlike PRP, no blood is drawn."
_QUESTION_LABEL = re.compile(r"^\s*(?:q|question)\s*:\s*", re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"^\s*(?:a|answer)\s*:\s*", re.IGNORECASE)
# An answer that opens on its yes or no and goes on: "No, please eat a good breakfast."
# ("No, I mean how long?" corrects the question; it answers nothing.)
_LEADING_ANSWER = re.compile(r"^(?:(?P<no>no|nope)|(?P<yes>yes|yep|yeah))\s*,\s*"
                             r"(?!(?:i mean|i meant|wait|sorry|actually|like|not that)\b)(?P<rest>\S.*)$",
                             re.IGNORECASE)
_SELF_ANSWER = re.compile(r"^(?:(?P<no>no|nope|not yet|not at all)|(?P<yes>yes|yep|yes indeed))\s*[.!]*$",
                          re.IGNORECASE)
# Numbered items ("1) they come from stem cells 2) they last two years") are sentences of their own.
_ENUMERATION = re.compile(r"(?:^|\s)(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-e]\)|\([a-e]\))\s+(?=[a-z])", re.IGNORECASE)
_FILLER = re.compile(r"^(?:(?:hi|hello|hey|ok|okay|so|well|also|and|but|plus|btw|anyway|like|thanks|thank you|"
                     r"quick question|question|one more thing|oh|um|umm|hmm|lol|background|context|"
                     # "Wait, so ..." not "wait four days before taking it".
                     r"wait(?!\s+(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|at\s+least|"
                     r"until|till|for|before|after|to)\b)|"
                     r"for context|some context|backstory|fyi|update|edit|info|now|"
                     r"(?:just\s+|please\s+)?tell me(?=\s*:))\b[\s,:!-]*)+", re.IGNORECASE)
# A preamble that frames a claim ("It is important to remember that ...", "In short, ...") is not part of it.
_FRAMING = re.compile(r"^(?:(?:it is|it's|its)\s+(?:important|worth|good|wise)\s+to\s+(?:remember|note|know|understand|"
                      r"keep in mind|mention)|keep in mind|remember|note|in short|in fact|to be clear|the truth is|"
                      r"bottom line|the bottom line is)\b[\s,:]*(?:that\s+)?", re.IGNORECASE)
# "Like, could they cause cancer?", "I mean, is it safe long term?": a question asked again, in detail.
_FOLLOW_UP = re.compile(r"^(?:like|i\.?e\.?|as in|meaning|in other words|i mean)\b", re.IGNORECASE)
# "Unlike stem cells, exosomes do not contain DNA": what the subject is set apart from opens the sentence; the
# claim is what follows.
_UNLIKE = re.compile(r"^(?:unlike|in contrast to|as opposed to)\s+[^,]{1,60},\s*(?=\S)", re.IGNORECASE)
_COMPARATIVE = re.compile(r"\b(?:more|less|fewer|better|worse|safer|faster|slower|stronger|weaker|cheaper|"
                          r"[a-z]{3,}ier)\b", re.IGNORECASE)
# "Nobody can say for sure whether ..." denies that anyone knows: it reports no claim.
_REPORTED = re.compile(
    r"^(?!\s*(?:nobody|no one|no-one|noone|none of (?:us|them))\b)"
    # "The studies still can't say what ..." reports nothing.
    # Nor does "before we can say ...": it is not yet said.
    r".*?\b(?<!n't )(?<!not )(?<!cannot )(?<!never )(?<!can )(?<!could )"
    r"(?:told me|tells me|telling me|told us|been told|was told|were told|said|says|(?<!to )say|saying|"
    r"claims?|claimed|claiming|"
    # "Promise" is a noun in "have shown promise", "hold great promise".
    r"(?<!shown )(?<!show )(?<!shows )(?<!showing )(?<!hold )(?<!holds )(?<!held )(?<!great )(?<!much )(?<!some )"
    r"(?<!real )(?<!early )promised?|promises|insists?|insisted|insisting|swears?|swore|swearing|reckons?|argues?|"
    r"argued|"
    # "The article notes that X": X is what the piece says; what a regulator "stated" is a claim of its own.
    r"(?:article|review|paper|study|piece|post|blog|author|authors|writer)\s+(?:also\s+)?"
    r"(?:notes|noted|states|stated|mentions|mentioned|writes|wrote|explains|explained)(?=\s+that\b)|"
    # So is what a piece described, not named, concluded or found ("the systematic review of aesthetic trials
    # concluded that X"); what a paper named by its author found is checked against that paper.
    r"(?:the|this|that|one|a|an)\s+(?:(?-i:[a-z0-9])[\w'-]*\s+){0,3}(?:article|review|paper|authors)"
    r"(?:\s+(?:of|on|in|by)(?:\s+(?-i:[a-z0-9])[\w'-]*){1,4}?)?\s+(?:also\s+)?"
    r"(?:concludes|concluded|finds|found|reports|reported|shows|showed|demonstrates|demonstrated)(?=\s+that\b)|"
    # "You should recognise that X", "keep in mind that X": X is what the reader is to take as so.
    r"(?:recogni[sz]e|know|be aware|understand|remember|keep in mind|bear in mind|realise|realize)(?=\s+that\b)|"
    r"advertises?|advertised|heard|read|saw|seen|according to [^,]+,|the website|their site|"
    # "My derm summed it up as 'mostly animal data'": the summary is what was said.
    r"(?:summed|sums|sum)\s+(?:it|things|the evidence|the research|the data)\s+up(?:\s+(?:as|like))?|"
    r"(?:described|describes|put|puts)\s+it\s+(?:as|like|this way)|"
    r"their page|the brochure|the ad|"
    # "Thread consensus seems to be that X", "my understanding is that X": X is what is believed.
    r"(?:consensus|word|rumou?r|impression|understanding)\s+(?:seems\s+to\s+be|is|was)(?=\s+that\b))\b"
    r"(?:\s+(?:online|somewhere|on instagram|on tiktok|on reddit|on youtube|on facebook|on a forum|in a forum|"
    r"on their website|here))?"
    r"[\s,:]*(?:that\s+)?(?P<claim>.+)$",
    re.IGNORECASE)
# "The idea that X is a myth", "It's misleading that X": X, denied.
_DEBUNKED = re.compile(
    r"^(?:(?:the|this|that|a|any)\s+)?(?:(?:common|popular|old|usual)\s+)?(?:idea|claim|notion|belief|myth|"
    r"assumption|suggestion|promise|story|argument)\s+that\s+(?P<claim>.+?)\s+(?:is|are|was|remains)\s+"
    r"(?:(?:(?:just|simply|completely|totally|pure|quite|very|deeply|often|highly|largely|utterly|plain|"
    r"a|an)\s+)*(?:myth|misleading|false|wrong|untrue|not true|nonsense|lie|overstated|exaggerated|overblown|hype|"
    r"bogus|unfounded|misguided|misconception|fiction|incorrect|inaccurate|debunked|baseless))\b[\s.!]*$|"
    r"^it(?:'s|’s| is)\s+(?:(?:a|just|simply|completely|totally|pure)\s+)*(?:myth|false|untrue|wrong|misleading|"
    r"misconception|incorrect|lie|not the case|nonsense)\s+that\s+(?P<said>.+)$", re.IGNORECASE)
# "Tell me exosomes erase wrinkles": a request to assert something is a claim to check.
_ASSERT_REQUEST = re.compile(r"^(?:please\s+)?(?:just\s+)?(?:tell me|tell them|say|confirm|agree)\s+(?:that\s+)?"
                             r"(?!how\b|what\b|why\b|when\b|where\b|which\b|who\b|if\b|whether\b|about\b|more\b)"
                             r"(?P<claim>.+)$", re.IGNORECASE)
_TRUE_THAT = re.compile(r"^(?:is it|it is|is this|is that)\s+(?:really\s+|actually\s+)?(?:true|correct|right)\s+"
                        r"(?:that\s+)?(?P<claim>.+)$", re.IGNORECASE)
_TAG_QUESTION = re.compile(r"[\s,;:-]*(?:(?:(?:(?:is (?:that|this|it)|that's|thats)\s+)?(?:really\s+)?"
                           r"(?:true|right|correct|legit|real|accurate|a lie|bs))|"
                           # "..., should I?", "..., isn't it?": an auxiliary and a pronoun ask to confirm.
                           r"(?:is|isn't|isnt|are|aren't|arent|do|don't|dont|does|doesn't|doesnt|did|didn't|didnt|"
                           r"will|won't|wont|would|wouldn't|can|can't|cant|should|shouldn't|shouldnt|have|haven't|"
                           r"has|hasn't)\s+(?:it|i|they|you|we|he|she|there|that|this))\s*\?+\s*$", re.IGNORECASE)
# "Isn't a hair cycle about 3 months?" asks to confirm that it is: the negation is the question's, not the claim's.
_NEGATIVE_QUESTION = re.compile(r"^(?P<aux>is|are|do|does|did|was|were|will|would|can|should|has|have)(?:n't|nt)\b",
                                re.IGNORECASE)
# "X. That's not true, is it?" says X is false and asks to confirm that.
_DENYING_CHECK = re.compile(r"^(?:(?:that|this|it)(?:'s| is)|thats|its)\s+(?:not true|not right|not correct|false|"
                            r"a lie|bs|nonsense|wrong|a myth|made up)(?:,?\s*(?:is it|isn't it|right|correct))?\s*\?*$",
                            re.IGNORECASE)
# A request to check what comes next: "Can you fact-check this FAQ line from a competitor?"
_CHECK_FOLLOWING = re.compile(r"^\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+|please\s+|pls\s+)?(?:fact[- ]?check|"
                              r"check|verify|assess|evaluate|rate)\s+(?:this|these|the following)\b[^?.!:]*[?.!:]?\s*$",
                              re.IGNORECASE)
_CHECK_REQUEST = re.compile(r"^(?:is (?:that|this|it) (?:really |actually )?(?:true|right|correct|legit|accurate)|"
                            # Chat drops the verb: "that right?", "this true?"
                            r"(?:that|this)(?:'s|’s)? (?:really |actually )?(?:true|right|correct|legit|accurate)|"
                            r"(?:should|can|do) (?:i|we) (?:believe|trust) (?:them|him|her|it|that|this|they|"
                            r"the clinic)|"
                            r"(?:is|was|are|were) (?:that|this|it|they) (?:really |actually |even )?(?:an? )?"
                            r"(?:actual|real|legit|genuine|proper) (?:study|trial|thing|fact|finding|result)s?|"
                            r"(?:is|was) (?:that|this) (?:really |actually )?(?:the )?(?:normal|usual|typical|standard|"
                            r"realistic|expected)(?: \w+)?|"
                            # "Does that line up?", "Is that what the article says?": whether it agrees with the
                            # sources.
                            r"(?:does|do) (?:that|this|it) (?:really |actually |even )?(?:line up|check out|hold up|"
                            r"add up|sound right|sound true|sound accurate|match (?:the|what)\b.*)|"
                            r"is (?:that|this|it) (?:really |actually )?(?:what|how) (?:the )?(?:article|sources?|"
                            r"research|studies|science|evidence|papers?|experts?|doctors?)(?: \w+){0,2}|"
                            # "Is that what exosomes are?", "Is that actually how it works?": whether the claim
                            # describes the thing rightly.
                            r"is (?:that|this) (?:really |actually |just )?(?:what|how) (?:\w+ ){1,2}(?:is|are|work|"
                            r"works|do|does)|"
                            r"(?:that |this |is that |is this )?(?:normal|usual|typical|expected)(?: right| too)?|"
                            r"(?:(?:does |do )?(?:that |this |it )?sounds? (?:right|legit|true|correct|accurate|"
                            r"about right))|"
                            # "Fair summary?", "Is that a fair assessment?"
                            r"(?:is (?:that|this|it) )?(?:an? )?(?:fair|good|accurate|reasonable|honest) (?:summary|"
                            r"assessment|take|description|characteri[sz]ation|way to put it)|"
                            r"true|really|correct|accurate|legit|right|can that be right|are they right|is she right|"
                            r"is he right|"
                            r"are they lying|fact check (?:this|that)|can you check (?:this|that)|"
                            # "Who is right?" after two reports asks to check them.
                            r"who(?:['’]s| is) (?:right|correct|lying|telling the truth)|"
                            r"which (?:one )?is (?:it|right|true|correct)|who (?:do|should) i believe)"
                            # "... or just a sales line?" only names the doubt.
                            r"(?:,?\s+or\s+(?:just\s+)?(?:an?\s+)?(?:sales (?:line|pitch|talk)|marketing|hype|bs|"
                            r"(?:a )?scam|made up|nonsense))?\s*\?*"
                            # Chat's sign-off after the question ("who's lying lol").
                            r"(?:\s*(?:lol|lmao|haha|tbh|honestly|here))?[\s?!.]*$",
                            re.IGNORECASE)
# "Is that fear mongering?", "Legit or sales talk?", "Sounds off?" ask to check the claim before them, but a "Yes."
# would answer the wrong question: the claim keeps a statement's lead ("That's right.").
_OVERSTATED_CHECK = re.compile(
    r"^(?:(?:is|are) (?:that|this|it|she|he|they) (?:just |really |actually |being )?(?:overly )?"
    r"(?:fear ?-?mongering|scaremongering|exaggerating|exaggerated|careful|cautious|paranoid|overcautious|hype|"
    r"sales talk|a sales pitch|marketing|a sales line)|"
    r"(?:legit|true|real) or (?:just )?(?:sales talk|a sales pitch|marketing|hype|a sales line|bs|a scam)|"
    # "Sounds off?", "does that sound fishy?": a doubt about the claim before it.
    r"(?:(?:does |do )?(?:that |this |it )?sounds? (?:off|wrong|fishy|too good to be true|like bs|sus|"
    r"dodgy|shady)))\s*\?*$",
    re.IGNORECASE)
_QUESTION_START = (r"(?:how|what|when|where|which|who|why|is|are|does|do|did|can|could|will|would|should|has|"
                   r"have|was|were)\b")
_JOINED_QUESTION = re.compile(rf",?\s+(?:and|also|plus)\s+(?={_QUESTION_START})", re.IGNORECASE)
# A question after a comma: "I take Advil for my back, do I need to stop it".
_SPLICED_QUESTION = re.compile(rf",\s+(?={_QUESTION_START}\s)", re.IGNORECASE)
# A question asked without its question mark ("is it fda approved") still starts like one.
_YES_NO_START = re.compile(r"^(?:is|are|does|do|did|can|could|will|would|has|have|was|were|should)\s+(?:it|this|that|"
                           r"they|there|exosome\w*|these|those|the|a|an|my|your|i|we|you)\b", re.IGNORECASE)
# "Is it ok to eat first or should I fast?", "Should I eat first or come in fasting?" offer a choice: they ask which,
# not whether one claim holds.
# So does "Does it matter whether they come from fat or from dermal papilla cells?".
# So does "are exosomes stem cells or from stem cells?": the second alternative is the first's predicate, placed.
_CHOICE = re.compile(r"\bor\s+(?:should|shall|do|does|is|are|can|must|would|will|have|from|made from|derived from|"
                     r"taken from|made of)\b|"
                     r"^\s*should\s+(?:i|we)\b.+\bor\s+(?!not\b)\w|\bwhether\b.+\bor\s+(?!not\b)\w", re.IGNORECASE)
# "Does it work or is it all hype?", "... or not?" ask whether the first holds: the second only denies it.
_DENIED = (r"(?:it|this|that|they)\s+(?:all\s+|just\s+|only\s+)?(?:hype|a scam|scam|bs|marketing|a gimmick|gimmick|"
           r"a stretch|wishful thinking|overhyped|too good to be true|a long shot|a pipe dream|"
           r"fake|nonsense|made up|a fad|fad|a waste of money|a myth|myth|a lie|false|not true|an old wives'? tale)\b")
_OR_DENIAL = re.compile(rf",?\s+or\s+(?:not\b|(?:is|are)\s+{_DENIED})[\s?!.]*(?:lol|lmao|haha)?[\s?!.]*$",
                        re.IGNORECASE)
_DENIAL = re.compile(rf"^{_DENIED}", re.IGNORECASE)
# "Tried on people yet or only lab animals?": the narrower alternative is what the first is weighed against; whether
# the first holds is what is asked, and the "only" is not part of it.
_OR_ONLY = re.compile(r",?\s+or\s+(?:only|just|merely|still\s+only)\s+[^?.!,;]+[?.!]*\s*$", re.IGNORECASE)
# "Does it hurt or is it painless like they say?": of two alternatives, the one someone is said to claim is the
# claim to check.
_ATTRIBUTED_ALTERNATIVE = re.compile(
    r"\bor\s+(?P<verb>is|are|does|do|will|can|has|have)\s+(?P<claim>.+?),?\s+(?:like|as)\s+(?:[\w'-]+\s+){0,8}?"
    r"(?:say|says|said|claim|claims|claimed|promise|promises|promised|told me|tell me|advertise|advertises|"
    r"post|posts|swear|swears|insist|insists)\b.*$", re.IGNORECASE)
# A message that speaks of the writer ("They numbed my scalp") is their own account, not a page's copy.
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|my|me|mine)\b", re.IGNORECASE)
# Chat drops the "I" of one's own background ("been on fin for 2 years", "asking for my aunt").
# "If so, I'll skip it": a decision that hangs on the answer is one's own too.
_FIRST_PERSON_START = re.compile(r"^(?:(?:if so|if not|if yes|if that's the case|if that's true|if it is|if they are|"
                                 r"in that case|otherwise),?\s+)?"
                                 r"(?:i|i'm|im|i've|ive|i'd|my|we|we're|our|me|been|had|got|did|went|started|"
                                 r"tried|paid|spent|bought|booked|finished|completed|noticed|just had|just got|"
                                 r"it's been|its been|asking|wondering|thinking|considering|"
                                 r"planning|hoping|looking into|trying to|losing|dealing with|struggling with|"
                                 r"suffering from)\b|"
                                 # "My cardiologist has me on baby aspirin": one's own medicines, whoever prescribed.
                                 r"^(?:[\w'-]+\s+){0,3}?(?:has|have|had|put|puts|keeps|kept|started)\s+me\s+on\b",
                                 re.IGNORECASE)
# A clinic speaks of its treatment as "ours": "Our FDA-approved exosome treatment regrows hair in 4 weeks".
_CLINIC_VOICE = re.compile(r"^(?:our|we|we're|we've|we'll)\b", re.IGNORECASE)
# What such a sentence must claim of the treatment: a result, a promise, a status or how it works.
_CLAIMED_KINDS = frozenset({"outcome", "absolute", "regulatory status", "mechanism", "result"})
# What the asker is or will be taking, wherever in the sentence: "the dentist warned me I'll be on ibuprofen".
_OWN_MEDICINES = re.compile(r"\b(?:i|we)(?:'ll|’ll|\s+will|'m|’m|\s+am|'ve been|\s+have been|\s+was|\s+had been)?"
                            r"\s+(?:be\s+)?(?:on|taking|take)\b", re.IGNORECASE)
# "PRP needs a blood draw, but exosomes don't": a side that only repeats the other's predicate by its auxiliary.
_ELLIPTICAL_CONTRAST = re.compile(r"^(?P<first>.+?)\s*(?:,|;)?\s+(?:but\s+|while\s+|whilst\s+|whereas\s+)?"
                                  r"(?P<subject>(?:(?!(?:but|while|whilst|whereas)\b)[\w-]+\s+){0,2}[\w-]+)\s+"
                                  r"(?P<aux>don't|do not|doesn't|does not|"
                                  r"isn't|is not|aren't|are not|can't|cannot|won't|will not|do|does|is|are|can|will)"
                                  r"(?:\s+(?:at all|either|too|as well))?\s*[.!?]*$", re.IGNORECASE)
_DENYING_AUXILIARY = re.compile(r"^(?:don't|do not|doesn't|does not|isn't|is not|aren't|are not|can't|cannot|won't|"
                                r"will not)$", re.IGNORECASE)
# "..., while ..." contrasts; "while nursing" without the comma says when.
_CONTRAST = re.compile(r"(?<=\w)(?:,\s+(?:while|whilst)|,?\s+whereas)\s+", re.IGNORECASE)
# "The serum is safe on the skin but the injections haven't been proven safe", "...; however, data on injected
# exosomes is lacking": two claims, each with its subject.
_BUT = re.compile(r"(?<=\w)(?:,?\s+but(?:\s+then)?|;\s*(?:but|however,?)|,\s+however,)\s+"
                  r"(?=(?:the|they|their|these|those|it|it's|its|this|that|there|nobody|no one|"
                  r"injections?|shots?|results?|studies|trials|research|evidence|data)\b|"
                  # "... but my clinic says theirs are approved": another report.
                  r"(?:my|our|his|her|their)\s+(?:[\w-]+\s+){1,3}?(?:says?|said|claims?|insists?|swears?|told me)\b)",
                  re.IGNORECASE)
# "Preclinical studies show benefits, and human trials have shown efficacy": a clause with its own subject and
# auxiliary after ", and" is a claim of its own; a list of predicates ("reduces redness, and heals scars") is not,
# nor a clause whose subject points back into the first ("..., and the exosomes were put on the scalp").
_AND_CLAUSE = re.compile(r"(?<=\w),\s+and\s+(?!(?:the|these|those|this|that|it|they|their|its|such)\b)"
                         r"(?=(?:[\w'-]+\s+){1,4}?(?:is|are|was|were|has|have|had|will|can|could|"
                         r"may|might|do|does|did|should|would|must)\b)", re.IGNORECASE)
# A denied auxiliary, and what it is without its denial ("aren't" -> "are", "can't" -> "can", "are not" -> "are").
_DENIED_AUXILIARY = re.compile(r"\b(?:(?P<contracted>are|is|was|were|do|does|did|has|have|had|could|should|would)"
                               r"n['’]?t|(?P<irregular>can['’]?t|cannot|won['’]?t)|(?P<aux>\w+)\s+not)\b",
                               re.IGNORECASE)
_IRREGULAR = {"can't": "can", "cant": "can", "can’t": "can", "cannot": "can", "won't": "will", "wont": "will",
              "won’t": "will"}


def _affirmed(found: re.Match) -> str:
    return found.group("contracted") or found.group("aux") or _IRREGULAR[found.group("irregular").lower()]


# A report that only says yes or no to the claim before it ("... but the spa says they are"): an auxiliary,
# perhaps denied, for the whole claim.
_ELLIPTICAL_REPORT = re.compile(
    r"^.*?\b(?:says?|said|claims?|claimed|insists?|insisted|swears?|swore|tells? me|told me)\s+(?:that\s+)?"
    r"(?:they|it|theirs|these|those|ours|she|he)\s*(?:['’]re|['’]s|\s(?:are|is|do|does|did|were|was|can|will|have|has))"
    r"(?P<denied>\s*n['’]?t|\s+not)?(?:\s+(?:too|also|though|actually|now))?[\s?!.]*$", re.IGNORECASE)
_INFERENCE = re.compile(r",?\s+(?:which|so that|that|this|so this|so it|and that)\s+(?:basically\s+|just\s+|really\s+|"
                        r"obviously\s+)?(?:means|meant|proves|shows)\s+(?:that\s+)?|"
                        # "..., does that mean they're FDA approved?": whether the conclusion holds is the question.
                        r",?\s+(?:so\s+)?(?:does|doesn't|would|wouldn't)\s+(?:that|this|it)\s+(?:mean|prove|show)\s+"
                        r"(?:that\s+)?|"
                        # "..., so they are FDA approved": a consequence drawn about the same subject.
                        # "..., so one session a year is enough", not "so far", "so much", "so that".
                        r",\s+(?:and\s+)?so\s+(?!(?:far|much|many|long|that|as|to|very|too|well|yes|no|what|"
                        r"basically|i|i'm|im)\b)(?=[a-z])|"
                        # "... and are therefore not regulated", "...; thus ...".
                        r",?\s+and\s+(?:(?:are|is)\s+)?(?:therefore|thus|hence|consequently)\s+|"
                        r",\s+(?:therefore|thus|hence|consequently),?\s+|"
                        # "..., which is why results are slow": what the premise is said to explain.
                        r",?\s+(?:which|that|this)(?:\s+is|['’]s)\s+why\s+",
                        re.IGNORECASE)
_BECAUSE = re.compile(r",?\s+(?:because|due to the fact that)\s+", re.IGNORECASE)
_HAS_SUBJECT = re.compile(r"^(?:it|it's|its|they|they're|theyre|these|this|that|the|their|our|your|my|we|you|i)\b",
                          re.IGNORECASE)
# After a claim, a sentence opening with "They are/can/contain ..." goes on about its subject; "They said ..."
# reports what others said.
_LEADING_THEY = re.compile(r"^(?:they|these)(?P<are>['’]re)?\b(?!\s+(?:said|say|says|told|tell|claim|claimed|"
                           r"promise|promised|want|wanted|recommend|recommended|charge|charged|asked|offer|offered))",
                           re.IGNORECASE)
# "It" opening a sentence as its subject, not "it's like" a comparison.
_LEADING_IT = re.compile(r"^it\b(?!['’]s\s+like\b)", re.IGNORECASE)
# "It" that goes on to say what the subject does or is, not what happened ("it hurt", "it was").
_IT_GOES_ON = re.compile(r"^it\s+(?:will|can|may|might|could|would|should|is|also|then|helps|works|becomes|"
                         r"contains|carries|stimulates|promotes|repairs|reduces|boosts|increases|triggers|travels|"
                         r"targets|delivers|signals|tells)\b", re.IGNORECASE)
# A pronoun as the object of a verb ("pause it") may stand for a drug or treatment named before; "it's" is a subject.
_OBJECT_PRONOUN = re.compile(r"(?<=[a-z]\s)(?:it|them)\b(?!['’]|\s+(?:is|was|will|would|does|did|has)\b)",
                             re.IGNORECASE)
# "Does that count as one I have to stop?": "that" is what the background named ("I'm on Celebrex").
# ("Is that normal?", "is that long enough?" ask of what was told, not of the thing it named.)
_ASKED_OF_THAT = re.compile(r"^(?:is|does|would|will|can|could|should)\s+(?P<pronoun>that|this)\b(?!\s+(?:normal|true|"
                            r"right|correct|ok|okay|fine|real|legit|expected|usual|common|what|how|why|who|where|"
                            r"when|long|enough|too|soon|early|late|much|many)\b)", re.IGNORECASE)
# ... not a subject after a conjunction ("and it used a cream").
_NOT_VERBS = frozenset({"is", "was", "does", "did", "will", "would", "can", "could", "should", "for", "about", "with",
                        "from", "into", "onto", "than", "that", "what", "make", "makes", "made", "get", "gets", "and",
                        "but", "or", "so", "because", "if", "when", "then", "since", "while", "though", "although",
                        # "so I don't get queasy during it": what a time is set by is the session, not a drug.
                        "during", "before", "after", "throughout", "until", "till"})
# Kinds of specifics a background sentence may name that a later "it" refers to.
_ANTECEDENT_KINDS = ("preparation", "comparator")
# What one should or must do, or goes without ("off"): advice or a pause, not which medicine one has.
# (Stopping it, "I quit NSAIDs", is a negation, which the caller reads apart.)
_ADVICE = re.compile(r"\b(?:should|shouldn't|must|have to|has to|had to|need to|needs to|ought to|supposed to|"
                     r"recommend|recommends|advise|advises|off)\b", re.IGNORECASE)
# Taking a medicine, said of oneself or another: "I'm on Celebrex", "my mum takes naproxen".
_TAKES = re.compile(r"\b(?:take|takes|taking|took|on|use|uses|using|have|has|got)\b", re.IGNORECASE)
# Something said to be somewhere: "There's Advil in my bathroom cabinet", "there is some ibuprofen at home".
_THERE_IS_AT = re.compile(r"^there(?:'s|s|’s| is| are)\s+(?:some\s+|a\s+\w+\s+of\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
                          r"(?:in|at|on|under)\s+(?:my|our|the|home)\b", re.IGNORECASE)


# "Clinic uses vials with 400 billion exosomes. Is that enough of a dose for hair?" asks its own predicate of what
# the claim before it states ("Does that mean it's proven safe?" asks a claim of its own).
_OF_THAT = re.compile(r"^(?:is|was|would|will|does|do|can|could)\s+(?:that|this)\s+(?!mean)(?P<asked>[^?]+?)[\s?]*$",
                      re.IGNORECASE)
# "How soon will I see new hair? My clinic said like 8 weeks": a bare time frame after a question of when is the
# answer someone gave, a claim about what the question asks.
_WHEN_ASKED = re.compile(r"^\s*(?:how soon|how long(?:\s+(?:until|till|til|before|to))?|when|how quickly|how fast)\s+"
                         r"(?:(?P<aux>will|would|do|does|did|can|could|should|is|are|am)\s+)?(?P<asked>.+?)[\s?!.]*$",
                         re.IGNORECASE)
BARE_ANSWER_WORDS = 4
_GUESS = re.compile(r"^(?:is|was|will|would|could)\s+(?:it|that|this)\s+(?:be\s+)?(?:like\s+)?", re.IGNORECASE)
# What stands between the two things a choice question offers: "a topical or an injection".
_BETWEEN_CHOICES = re.compile(r"\s+(?:or|vs\.?|versus)\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)
_BARE_CHOICE = re.compile(r"^[^,;:.!]{1,40}\s+or\s+[^,;:.!]{1,40}$", re.IGNORECASE)
BARE_CHOICE_WORDS = 6
# "Advil after??", "motrin before my facial?": a step named beside a side of the session, with no verb or word of
# judgement, asks what the sources say of it, not whether to take or avoid it.
_BARE_STEP = re.compile(r"^\s*(?P<step>[\w' -]{2,40}?)\s+(?:before|after|beforehand|afterwards|prior)"
                        r"(?:\s+[\w'-]+){0,3}\s*\?+\s*$", re.IGNORECASE)
_STEP_KINDS = ("preparation", "aftercare")
# Auxiliaries kept when the question is put as a claim ("how soon will I see" -> "I will see"); "do" is dropped.
_MODALS = frozenset({"will", "would", "can", "could", "should"})


@dataclass(frozen=True)
class Part:
    text: str
    kind: PartKind
    # "What are the long-term risks? Like, could they cause cancer?": the second asks the first again, in detail;
    # "They might help, but it's not proven yet, is that fair?": the second side qualifies the first.
    follows_up: bool = False
    # "..., because they don't contain DNA": the reason a claim gives, which decides it only when the sources deny it.
    gives_reason: bool = False


def split_parts(topic: Topic, message: str, mentions_domain) -> list[Part]:
    """The claims, questions and symptom reports in a message, in order, at most MAX_PARTS."""
    parts: list[Part] = []
    antecedent = background = other_subject = None
    told = subject_since = False
    reasoned_for = 0
    message = _ENUMERATION.sub("\n", message)
    # A question in a message about the treatment is about it, though it names none of its words ("Quick q
    # about my appointment. Is it true I'm supposed to fast beforehand?").
    message_in_domain = mentions_domain(message)
    for sentence, qualifies, reason, lead in ((piece, qualifies, position > 0, lead)
                                for match in _SENTENCE.finditer(message)
                                for led, lead in _led_in(match.group(0))
                                for joined in _joined_questions(led)
                                for spliced in _spliced_question(topic, joined)
                                for elliptical in _elliptical_contrast(topic, spliced)
                                for contrasted in _contrasted(topic, elliptical)
                                for side, qualifies in _but_sides(contrasted)
                                for inferred in _inferred(topic, side)
                                for position, piece in enumerate(_reasons_given(topic, inferred))):
        follows_up = bool(parts) and parts[-1].kind in ("yes_no", "open") \
            and (qualifies or bool(_FOLLOW_UP.match(sentence.strip())))
        if not reason:
            reasoned_for = len(parts)
        if lead:
            # "Two things about Advil:" names what the questions after it are about, and asks nothing itself.
            antecedent = _named(topic, sentence) or antecedent
            continue
        sentence = _without_contrast(topic, _FRAMING.sub("", _FILLER.sub("", sentence).strip()).strip())
        if other_subject:
            # "Minoxidil is a topical solution. It works by stimulating blood flow": "it" goes on about minoxidil.
            sentence = _LEADING_IT.sub(other_subject, sentence, count=1)
        other_subject = other_treatment_opening(topic, sentence)
        if antecedent:
            sentence = _with_antecedent(topic, sentence, antecedent, subject_since)
        if parts or not mentions_domain(message) or not (names_subject(message, topic.words.subject)
                                                         or _FIRST_PERSON.search(message)):
            # A bare "they" opening a message that names nothing else is what the tool is about: a sentence copied
            # from a clinic's page ("They function as cellular messengers ...", "They can enter cells ... This
            # lowers the risk of side effects"). In a message of one's own ("They injected my scalp") it is the staff.
            sentence = _LEADING_THEY.sub(lambda found: topic.words.subject_plural.capitalize()
                                         + (" are" if found.group("are") else ""), sentence, count=1)
        labelled_answer = bool(_ANSWER_LABEL.match(sentence))
        sentence = _ANSWER_LABEL.sub("", _QUESTION_LABEL.sub("", sentence), count=1)
        answer = _SELF_ANSWER.match(sentence) or _LEADING_ANSWER.match(sentence)
        if answer and parts and parts[-1].kind == "yes_no":
            # A question the message answers itself ("Are they FDA-approved? No.") states a claim; what the answer
            # goes on to say ("No, please eat a good breakfast") is a claim of its own.
            asked = parts[-1].text.rstrip(" ?")
            parts[-1] = Part(asked if answer.group("yes") else f"It is not the case that {asked[0].lower()}{asked[1:]}",
                             "claim")
            if "rest" not in answer.groupdict():
                continue
            sentence = answer.group("rest")
        elif labelled_answer and parts and parts[-1].kind == "yes_no":
            # "Q: Can I take ibuprofen after treatment? A: Please wait 4 days.": the page's answer is its claim, and
            # the question only its heading.
            parts.pop()
        if len(words(sentence)) < 2 and not _CHECK_REQUEST.match(sentence):
            continue
        if _CHECK_FOLLOWING.match(sentence):
            continue  # "Can you fact-check this FAQ line?": what follows is the claim to check
        if _DENYING_CHECK.match(sentence) and parts and parts[-1].kind == "claim":
            claim = parts[-1].text
            parts[-1] = Part(f"It is not the case that {claim[0].lower()}{claim[1:]}", "yes_no")
            continue
        if _OVERSTATED_CHECK.match(sentence) and parts and parts[-1].kind == "claim":
            continue
        if _CHECK_REQUEST.match(sentence):
            # "Is that true?" asks to check the claim before it; "Is that normal?" after what the person felt
            # ("My scalp was a bit tender the day after") asks whether that is what the treatment does.
            if parts and parts[-1].kind == "claim":
                parts[-1] = Part(parts[-1].text, "yes_no")
            elif background and mentions_domain(background):
                parts.append(Part(background.strip(" ,;:-?.!"), "yes_no"))
            background = None
            continue
        elliptical = _ELLIPTICAL_REPORT.match(sentence)
        if elliptical and parts and parts[-1].kind in ("claim", "yes_no"):
            # "My derm says they aren't approved, but the spa says they are": the second report says the opposite
            # of the first, which is checked too; one that agrees adds nothing.
            claim = parts[-1].text
            claim_denied = bool(negated_terms(claim)[0])
            if bool(elliptical.group("denied")) != claim_denied:
                opposite = _DENIED_AUXILIARY.sub(_affirmed, claim, count=1) if claim_denied else ""
                if not opposite or opposite == claim or negated_terms(opposite)[0]:
                    opposite = f"It is not the case that {claim[0].lower()}{claim[1:]}"
                parts.append(Part(opposite, parts[-1].kind))
            continue
        of_that = _OF_THAT.match(sentence)
        if of_that and parts and parts[-1].kind == "claim":
            parts[-1] = Part(f"{parts[-1].text}, {of_that.group('asked')}", "yes_no")
            continue
        at_hand = _at_hand(topic, sentence)
        part = None if at_hand else _read(topic, sentence, mentions_domain, message_in_domain)
        background = None
        if part is not None and parts:
            follows_up = follows_up or _guesses_the_answer(topic, parts[-1], part)
            part = _as_answer_to(topic, parts[-1], part)
        if part is not None:
            # The reason for what is not a claim ("the reason is because ...") is the claim.
            reason = reason and len(parts) > reasoned_for
            parts.append(replace(part, follows_up=follows_up, gives_reason=reason) if follows_up or reason else part)
            # "Do I have to stop Advil? The nurse said just skip it the morning of": "it" is the drug asked about.
            named = _named(topic, sentence)
            # "A friend did exosomes and loves it": once the treatment is named, later pronouns are of it, unless
            # they are taken or stopped.
            subject_since = not named and (subject_since or names_subject(sentence, topic.words.subject))
            antecedent = named or antecedent
        elif _FIRST_PERSON_START.match(sentence) or _OWN_MEDICINES.search(sentence) or at_hand:
            named = _named(topic, sentence)
            subject_since = not named and subject_since
            antecedent = named or antecedent
            background = sentence
            told = told or _tells_a_medicine(topic, sentence)
    if not parts and told and not names_subject(message, topic.words.subject):
        # "My husband takes ibuprofen every day for his back": telling which medicine one has, claiming and asking
        # nothing about the treatment, asks what the sources say of it; it is no claim to agree with or deny.
        return [Part(message.strip(), "open")]
    return parts[:MAX_PARTS]


def _tells_a_medicine(topic: Topic, sentence: str) -> bool:
    """"I take Advil most days", "there's Aleve in the cupboard": which medicine one has, with no advice about it
    ("I have to quit NSAIDs 3 days before" is advice to oneself), not going without it, or for how long."""
    return bool(_named(topic, sentence)) and bool(_TAKES.search(sentence) or _THERE_IS_AT.match(sentence.strip())) \
        and not _ADVICE.search(sentence) and not negated_terms(sentence)[0] \
        and not any(time.span for time in extract(topic, sentence).times)


def _at_hand(topic: Topic, sentence: str) -> bool:
    """"There's Aleve in the cupboard": a medicine the writer has to hand, which says nothing of the treatment."""
    return bool(_THERE_IS_AT.match(sentence.strip())) \
        and {kind for kind, _ in extract(topic, sentence).tags} == {"preparation"}


def _without_contrast(topic: Topic, sentence: str) -> str:
    """"Unlike stem cells, exosomes do not contain DNA" claims what follows. Set against another treatment ("unlike
    PRP"), or with a comparison after it ("often safer"), the contrast is the claim's standard and stays."""
    unlike = _UNLIKE.match(sentence)
    if unlike is None or _COMPARATIVE.search(sentence, unlike.end()) or any(
            lexicon.search(unlike.group(0)) for (kind, _), lexicon in topic.specific_lexicons.items()
            if kind == "comparator"):
        return sentence
    return sentence[unlike.end():]


def _as_answer_to(topic: Topic, asked: Part, part: Part) -> Part:
    """A claim that is only a time frame ("like 8 weeks"), after a question of when, claims the question's event
    comes then ("I see new hair after exosome shots in like 8 weeks"); a yes/no question that is only one ("is it
    about two weeks?") asks whether it does."""
    when = _WHEN_ASKED.match(asked.text) if asked.kind == "open" and part.kind in ("claim", "yes_no") else None
    # "How fast will I see results? Is it about two weeks?" offers the time as the answer, asking whether it is.
    answer = _GUESS.sub("", part.text) if part.kind == "yes_no" else part.text
    if when is None or len(words(answer)) > BARE_ANSWER_WORDS:
        return part
    stated = extract(topic, answer)
    if not stated.times or stated.tags:
        return part
    asked_words = when.group("asked").split(" ")
    # "my hair will grow back": a determiner and its noun are the subject the auxiliary follows.
    subject_length = 2 if asked_words[0].lower() in DETERMINERS and len(asked_words) > 2 else 1
    subject, rest = " ".join(asked_words[:subject_length]), " ".join(asked_words[subject_length:])
    aux = when.group("aux") if (when.group("aux") or "").lower() in _MODALS else None
    claim = f"{subject} {aux} {rest}" if aux and rest else when.group("asked")
    claim = f"{claim} in {answer[0].lower()}{answer[1:]}".rstrip(" ?")
    return Part(claim[0].upper() + claim[1:], part.kind)


def _guesses_the_answer(topic: Topic, asked: Part, part: Part) -> bool:
    """"How fast do you see results? Is it like a few weeks?": a yes/no question that names only a time or a number,
    after an open question, offers its answer."""
    if asked.kind != "open" or part.kind != "yes_no":
        return False
    stated = extract(topic, _GUESS.sub("", part.text))
    return bool(stated.times or stated.counts) and not stated.tags


def _comparator_opening(topic: Topic, text: str) -> re.Match | None:
    """Another treatment the text opens on, after one word at most ("PRP needs ...", "The PRP route uses ...")."""
    return next((found for (kind, _), lexicon in topic.specific_lexicons.items() if kind == "comparator"
                 for found in [lexicon.search(text)] if found is not None and len(words(text[:found.start()])) <= 1),
                None)


def other_treatment_opening(topic: Topic, sentence: str) -> str | None:
    """The other treatment a sentence opens on as its subject ("Minoxidil is ...", "PRP works ..."), when it does
    not name the subject."""
    found = None if names_subject(sentence, topic.words.subject) else _comparator_opening(topic, sentence)
    return found.group(0) if found else None


def _named(topic: Topic, sentence: str) -> str | None:
    """The drug or treatment a background sentence names ("I take NSAIDs every day"), as written."""
    for (kind, _), lexicon in topic.specific_lexicons.items():
        found = lexicon.search(sentence) if kind in _ANTECEDENT_KINDS else None
        if found:
            return found.group(0)
    return None


def _with_antecedent(topic: Topic, sentence: str, antecedent: str, subject_since: bool) -> str:
    """The pronoun a question asks about ("does that count as an NSAID?"), else the first pronoun that is a verb's
    object, replaced by what the background named. The object of taking or stopping is that medicine ("... and is it
    safe to come off it"); another is the treatment when it was named since ("a friend did exosomes and loves it")."""
    asked_of = _ASKED_OF_THAT.match(sentence)
    if asked_of:
        return sentence[:asked_of.start("pronoun")] + antecedent + sentence[asked_of.end("pronoun"):]
    for found in _OBJECT_PRONOUN.finditer(sentence):
        before = sentence[:found.start()].split()
        if not before or before[-1].lower() in _NOT_VERBS:
            continue
        if not takes_or_stops(sentence[:found.start()]) and (subject_since or names_subject(
                re.split(r"[,;:]", sentence[:found.start()])[-1], topic.words.subject)):
            return sentence
        return sentence[:found.start()] + antecedent + sentence[found.end():]
    return sentence


def _read(topic: Topic, sentence: str, mentions_domain, message_in_domain: bool) -> Part | None:
    if _BARE_CHOICE.match(sentence.strip()) and len(words(sentence)) <= BARE_CHOICE_WORDS \
            and not predicate_terms(sentence):
        return Part(sentence, "open")  # "exosomes or prp": which of them, asked without a verb
    if _names_a_bare_step(topic, sentence):
        return Part(sentence, "open")
    debunked = _DEBUNKED.match(sentence.strip())
    if debunked:
        # Read as the denial the checker already reads ("It's not true that X"), before "the claim that" is read
        # as a report of X.
        sentence = f"It's not true that {(debunked.group('claim') or debunked.group('said')).rstrip(' .!')}."
    sentence = _NEGATIVE_QUESTION.sub(lambda found: found.group("aux"), sentence, count=1) \
        if sentence.rstrip().endswith("?") else sentence
    asked = sentence.rstrip().endswith("?") or bool(_YES_NO_START.match(sentence))
    attributed = _ATTRIBUTED_ALTERNATIVE.search(sentence)
    if attributed and attributed.start() > 0:
        # A said-to-be denial ("or is it a scam like my derm says") still only denies the first alternative.
        sentence = sentence[:attributed.start()].rstrip() + "?" if _DENIAL.match(attributed.group("claim")) \
            else f"{attributed.group('verb')} {attributed.group('claim')}?"
        asked = True
    denial = _OR_DENIAL.search(sentence)
    if denial and denial.start() > 0:
        sentence, asked = sentence[:denial.start()].rstrip() + "?", True
    narrower = _OR_ONLY.search(sentence) if asked else None
    if narrower and narrower.start() > 0:
        sentence = sentence[:narrower.start()].rstrip() + "?"
    if names_red_flag(topic, sentence) and topic.lexicon("own_and_now").search(sentence):
        return Part(sentence, "symptom")  # answered with what the sources say about side effects
    tagged = _TAG_QUESTION.search(sentence)
    if tagged and tagged.start() > 0 and len(words(sentence[:tagged.start()])) >= 3:
        return _read_claim(topic, sentence[:tagged.start()], asked=True, mentions_domain=mentions_domain,
                           message_in_domain=message_in_domain)
    true_that = _TRUE_THAT.match(sentence) or _ASSERT_REQUEST.match(sentence)
    if true_that:
        claim = true_that.group("claim")
        if not message_in_domain:
            # "Is it true they can be isolated from urine?", naming nothing else: "they" is what the tool is about.
            claim = _LEADING_THEY.sub(lambda found: topic.words.subject_plural.capitalize()
                                      + (" are" if found.group("are") else ""), claim, count=1)
        return _read_claim(topic, claim, asked=True, mentions_domain=mentions_domain,
                           message_in_domain=message_in_domain)
    if asked or is_open_question(sentence):
        claim = _REPORTED.match(sentence)
        if claim and not is_open_question(sentence) and len(words(claim.group("claim"))) >= 3:
            return _read_claim(topic, sentence, asked=True, mentions_domain=mentions_domain,
                               message_in_domain=message_in_domain)
        open_question = is_open_question(sentence) or bool(_CHOICE.search(sentence)) \
            or _offers_a_choice(topic, sentence)
        return Part(sentence, "open" if open_question else "yes_no")
    return _read_claim(topic, sentence, asked=False, mentions_domain=mentions_domain,
                       message_in_domain=message_in_domain)


def _names_a_bare_step(topic: Topic, sentence: str) -> bool:
    """"Advil after??": the words before the side name a step and nothing else (no "stop", no "ok"), and the rest
    names at most where or how the treatment is given."""
    bare_step = _BARE_STEP.match(sentence)
    if not bare_step or len(words(sentence)) > BARE_CHOICE_WORDS:
        return False
    step = bare_step.group("step")
    named = [lexicon for (kind, _), lexicon in topic.specific_lexicons.items() if kind in _STEP_KINDS
             and lexicon.search(step)]
    for lexicon in named:
        step = lexicon.blank(step)
    return bool(named) and not [word for word in words(step) if word not in DETERMINERS] \
        and all(kind in _STEP_KINDS or kind in ("route", "area") for kind, _ in extract(topic, sentence).tags)


def _in_clinic_voice(topic: Topic, text: str, mentions_domain) -> bool:
    """"Our FDA-approved exosome treatment regrows hair in 4 weeks": a clinic claiming something of its treatment,
    not "We booked exosome injections for next month"."""
    return bool(_CLINIC_VOICE.match(text)) and mentions_domain(text) and any(
        kind in _CLAIMED_KINDS for kind, _ in extract(topic, text).tags)


def _offers_a_choice(topic: Topic, sentence: str) -> bool:
    """"Is it a topical or an injection?" asks which of two values of one kind, not whether one holds."""
    found = sorted((match.start(), match.end(), kind, tag) for (kind, tag), lexicon in topic.specific_lexicons.items()
                   for match in lexicon.finditer(sentence))
    return any(first[2] == second[2] and first[3] != second[3]
               and _BETWEEN_CHOICES.fullmatch(sentence[first[1]:second[0]])
               for first, second in pairwise(found))


def _read_claim(topic: Topic, text: str, asked: bool, mentions_domain, message_in_domain: bool) -> Part | None:
    # What someone is reported to say is about the treatment the sentence names ("my hairdresser had exosome
    # injections and says hers came back thick in a month"); a time frame alone is what was said too ("the clinic
    # told me 8 weeks").
    said_of = None
    reported = _REPORTED.match(text)
    if reported and (len(words(reported.group("claim"))) >= 3 or extract(topic, reported.group("claim")).times):
        said_of, text = text, reported.group("claim")
        # "Saw a reddit thread saying X": a report inside a report, within a few words, hands over X.
        nested = _REPORTED.match(text)
        if nested and len(words(text[:nested.start("claim")])) <= NESTED_REPORT_WORDS \
                and len(words(nested.group("claim"))) >= 3:
            text = nested.group("claim")
    elif _FIRST_PERSON_START.match(text) and not asked and not _in_clinic_voice(topic, text, mentions_domain):
        return None  # the patient's own background, not a claim about the treatment
    if _OWN_MEDICINES.search(text) and not asked:
        return None  # what the patient takes, even as told by their doctor ("the dentist says I'll be on ...")
    # A report quoted in its own marks ("my derm said 'we need longer studies'") is what was said.
    text = text.strip(" ,;:-?.!'\"‘’“”")
    # What someone said, in a message about the treatment, is about it ("the nurse said just skip it the morning of");
    # so is what "it" goes on to do in a message about it ("It will become attracted to inflamed cells").
    if not (mentions_domain(text) or (said_of and mentions_domain(said_of))
            or ((asked or said_of or _IT_GOES_ON.match(text)) and message_in_domain)) \
            or len(words(text)) < 2:
        return None
    return Part(text[0].upper() + text[1:], "yes_no" if asked else "claim")


def _elliptical_contrast(topic: Topic, sentence: str) -> list[str]:
    """"PRP needs a blood draw but exosomes don't": what the other treatment is said to do, the subject is said not
    to (or, with "do", to do too), and that is the claim; what is said of the other treatment alone is not."""
    found = _ELLIPTICAL_CONTRAST.match(sentence.strip())
    if found is None or not names_subject(found.group("subject"), topic.words.subject):
        return [sentence]
    # The other treatment is what the first side opens on ("PRP needs ...", "The PRP route uses ...").
    other = _comparator_opening(topic, found.group("first"))
    if other is None:
        return [sentence]
    subject, predicate = found.group("subject").strip(), found.group("first")[other.end():].strip()
    if _DENYING_AUXILIARY.match(found.group("aux")):
        return [f"It is not the case that {subject} {predicate}"]
    return [f"{subject[0].upper()}{subject[1:]} {predicate}"]


def _contrasted(topic: Topic, sentence: str) -> list[str]:
    """Of "A, while B" ("PRP uses your own blood, while exosome therapy uses vesicles"), a side about another
    treatment and not the subject is what the claim contrasts the subject with, not a claim about it."""
    sides = _CONTRAST.split(sentence, maxsplit=1)
    if len(sides) < 2:
        return [sentence]
    comparators = [lexicon for (kind, _), lexicon in topic.specific_lexicons.items() if kind == "comparator"]
    kept = [side for side in sides
            if names_subject(side, topic.words.subject) or not any(lexicon.search(side) for lexicon in comparators)]
    return kept or [sentence]


def _but_sides(sentence: str) -> list[tuple[str, bool]]:
    """"A, but B" or "A, and B", where B names its own subject, is two claims; a question mark asks of both. Each
    side comes with whether it qualifies the one before it, as B after "but" does."""
    sides, contrast = _BUT.split(sentence, maxsplit=1), True
    if len(sides) < 2:
        sides, contrast = _AND_CLAUSE.split(sentence, maxsplit=1), False
    if len(sides) < 2 or any(len(words(side)) < 3 for side in sides):
        return [(sentence, False)]
    first, second = sides
    return [(f"{first}?" if second.rstrip().endswith("?") else first, False), (second, contrast)]


def _inferred(topic: Topic, sentence: str) -> list[str]:
    """"Made in an FDA-registered lab, which basically means FDA approved": the conclusion drawn is a claim of its
    own, about the same subject."""
    found = _INFERENCE.search(sentence)
    # A conclusion that names nothing checkable ("which means it's often safer") leans on its premise; a premise of
    # a word or two is a lead-in ("Wait, so they're approved?").
    if found is None or len(words(sentence[found.end():])) < 2 or len(words(sentence[:found.start()])) < 3 \
            or not any(lexicon.search(sentence[found.end():]) for lexicon in topic.specific_lexicons.values()):
        return [sentence]
    premise, conclusion = sentence[:found.start()], sentence[found.end():]
    # What "which is why" explains is a clause with its own subject.
    if not _HAS_SUBJECT.match(conclusion) and not found.group(0).rstrip().lower().endswith("why"):
        conclusion = f"{topic.words.subject_plural} are {conclusion}"
    return [premise, conclusion]


def _reasons_given(topic: Topic, sentence: str) -> list[str]:
    """"Exosomes can't cause side effects because they don't contain DNA": the reason is a claim of its own, which
    the sources may deny though they grant the rest. A question asks of its first side only, and keeps its reason."""
    found = _BECAUSE.search(sentence)
    # One's own account or a clinic's ("our mask is safe because ...") is read whole.
    if found is None or sentence.rstrip().endswith("?") or _FIRST_PERSON_START.match(sentence.strip()) \
            or _CLINIC_VOICE.match(sentence.strip()):
        return [sentence]
    claim, reason = sentence[:found.start()], sentence[found.end():]
    # A list of reasons ("no blood draw, they hurt less and they work better") is more than one claim: left whole.
    if len(words(claim)) < 3 or len(words(reason)) < 3 or "," in reason \
            or not any(lexicon.search(reason) for lexicon in topic.specific_lexicons.values()):
        return [sentence]
    if names_subject(" ".join(claim.split()[:3]), topic.words.subject):
        # "Exosome facials are safe because they ...": "they" is the subject the claim opens on.
        reason = _LEADING_THEY.sub(lambda found: topic.words.subject_plural + (" are" if found.group("are") else ""),
                                   reason.strip(), count=1)
    return [claim, reason]


def _spliced_question(topic: Topic, sentence: str) -> list[str]:
    """A question spliced with a comma onto a medicine the writer takes ("I take Advil for my back, do I need to stop
    it") is asked of that medicine, as if it followed in a sentence of its own. Other background stays with its
    question ("got a dermaroller off amazon, is that safe?" asks about what was bought; "I've been off Advil for a
    week, is that long enough?" about the week)."""
    found = next((found for found in _SPLICED_QUESTION.finditer(sentence)
                  if (_FIRST_PERSON_START.match(sentence) or _OWN_MEDICINES.search(sentence[:found.start()]))
                  and _tells_a_medicine(topic, sentence[:found.start()]) and len(words(sentence[:found.start()])) >= 3
                  and len(words(sentence[found.end():])) >= 3), None)
    if found is None:
        return [sentence]
    asked = sentence[found.end():].strip()
    return [sentence[:found.start()] + ".", asked if asked.endswith("?") else f"{asked}?"]


def _led_in(sentence: str) -> list[tuple[str, bool]]:
    """"Two things about Advil: what's the cutoff before, and when can I go back on it?": a lead-in before a colon
    says what the questions after it are about; each comes with whether it is the lead-in."""
    lead, colon, asked = sentence.partition(":")
    if colon and len(words(lead)) >= 2 and re.match(_QUESTION_START, asked.strip(), re.IGNORECASE) \
            and not _QUESTION_LABEL.match(sentence) and not _ANSWER_LABEL.match(sentence):
        return [(lead.strip(), True), (asked.strip(), False)]
    return [(sentence, False)]


def _joined_questions(sentence: str) -> list[str]:
    """Two questions joined by 'and' ("Is it safe and does it work?") are asked in turn."""
    sentence = sentence.strip()
    joined = _JOINED_QUESTION.split(sentence, maxsplit=1)
    # The first question may follow a lead-in of its own ("I'm scared as it's new, are there side effects, and is
    # it effective?").
    first_asked = joined[0].rsplit(",", 1)[-1].strip()
    if len(joined) == 2 and re.match(_QUESTION_START, first_asked, re.IGNORECASE) \
            and all(len(words(part)) >= 3 for part in joined):
        first, second = (part.strip() for part in joined)
        return [first if first.endswith("?") or not sentence.endswith("?") else f"{first}?", second]
    return [sentence]
