"""Step 1: read the message the way the sources are written. Texting shorthand becomes words (corpus/
shorthand.yaml), misspellings are corrected towards the corpus vocabulary (symspellpy), and everyday words
and brand names become the sources' words (the topic's synonym lexicon), so "hw long till i see reslts"
and "Advil" reach the passages that answer them."""

import re
import threading
from importlib import resources
from pathlib import Path

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from symspellpy import SymSpell, Verbosity

from index.topic import Topic

# English words at least this frequent (in symspellpy's bundled frequency list) are never corrected,
# and are also what a misspelling may be corrected to.
COMMON_WORD_COUNT = 3_000_000
MAX_EDIT_DISTANCE = 2
# A message of at least this many letters (Chinese and Japanese write words without spaces) is read as
# English when at least this share of its words are English or corpus words, else as the language langdetect
# names with this confidence; shorter ones ("fda?", "side effects?") say too little to tell.
ENGLISH_MIN_LETTERS = 12
ENGLISH_SHARE = 0.6
OTHER_LANGUAGE_CONFIDENCE = 0.9
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# "U.S.", "e.g.": their dots end no sentence.
_DOTTED_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}(?![\w])")
# Not a letter of a dotted abbreviation ("U.S.", "e.g."): "u" there is no "you".
_SHORTHAND_TOKEN = re.compile(r"(?<![\w'’])(?<!\w\.)[A-Za-z0-9]+(?![\w'’]|\.\w)")
# Chat's "=" between words is a copula: "exosomes = stem cells basically?"
_EQUALS = re.compile(r"(?<=[A-Za-z])(?P<plural>s?)\s*=\s*(?=[A-Za-z])")
# A name spelt out in brackets after its abbreviation reads, once its words are read as the abbreviation, as the
# abbreviation twice: "FDA (Food and Drug Administration) approved" -> "FDA (FDA) approved" -> "FDA approved".
_SPELT_OUT = re.compile(r"\b(?P<name>[\w-]+(?:\s+[\w-]+){0,3})\s+\((?P=name)\)", re.IGNORECASE)
# An initial inside a name ("Aditya K. Gupta") ends no sentence.
_INITIAL = re.compile(r"\b(?P<name>[A-Z][a-z]+ [A-Z])\.(?= [A-Z][a-z])")
# Nor does a title's dot before a name ("Dr. Plews believes").
_TITLE = re.compile(r"\b(?P<title>Dr|Mr|Mrs|Ms|Prof)\.(?= [A-Z])")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": " - "})


# The languages langdetect tells English from: those patients of English-speaking clinics most often write
# in. Its 55 profiles together take some 65 MB; these take a quarter of that.
LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "ru", "uk", "ar", "fa", "hi", "zh-cn", "ja", "ko",
             "vi", "tl", "tr")


# Prefixes that make a word its opposite: "acellular" is not a misspelling of "cellular".
_NEGATING_PREFIXES = ("a", "an", "un", "non", "in", "im", "dis", "anti")


def _unprefixed(word: str, suggestion: str) -> bool:
    """Whether the suggestion is the word without a prefix that negates it."""
    return any(word == prefix + suggestion or word == f"{prefix}-{suggestion}" for prefix in _NEGATING_PREFIXES)


class Normaliser:
    def __init__(self, topic: Topic, corpus_words: set[str]):
        self.topic = topic
        self._corpus_words = frozenset(corpus_words) | topic.vocabulary | frozenset(topic.shorthand.known_words)
        self._english: dict[str, int] | None = None
        self._speller: SymSpell | None = None
        self._languages: DetectorFactory | None = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Build the spelling dictionary and load langdetect's profiles now, once, rather than for the first
        misspelt or foreign question."""
        self._spelling_dictionary()
        self.reads_as_english("Los exosomas no están aprobados.")

    def normalise(self, text: str) -> str:
        text = " ".join(text.translate(_QUOTES).split())
        text = _DOTTED_ABBREVIATION.sub(lambda found: found.group(0).replace(".", ""), text)
        text = _INITIAL.sub(lambda found: found.group("name"), text)
        text = _EQUALS.sub(lambda found: f"{found.group('plural')} {'are' if found.group('plural') else 'is'} ", text)
        return _SPELT_OUT.sub(lambda found: found.group("name"),
                              self.apply_synonyms(self.correct_spelling(self.expand_shorthand(text))))

    def expand_shorthand(self, text: str) -> str:
        """Texting shorthand as the words it stands for ("b4" -> "before"), from corpus/shorthand.yaml."""
        shorthand = self.topic.shorthand.shorthand
        text = _TITLE.sub(lambda found: found.group("title"), text)
        return _SHORTHAND_TOKEN.sub(lambda match: shorthand.get(match.group(0).lower(), match.group(0)), text)

    def apply_synonyms(self, text: str) -> str:
        for lexicon, means in self.topic.synonym_lexicons:
            text = lexicon.pattern.sub(means, text) if lexicon.pattern else text
        return text

    def reads_as_english(self, text: str) -> bool:
        """The sources are in English, and so are the answers. A message is read as another language only when
        two signals agree: langdetect names another language with confidence, and too few of its words
        (letters in any alphabet) are common English words or the corpus's own. Either alone misreads short
        messages ("Exosomes regrow hair in 3 weeks" reads as Afrikaans; brand names are not English words)."""
        letters = [word.lower() for word in _LETTERS.findall(text)]
        if sum(map(len, letters)) < ENGLISH_MIN_LETTERS:
            return True
        english = self._english_counts()
        known = sum(1 for word in letters if word in self._corpus_words or english.get(word, 0) >= COMMON_WORD_COUNT)
        if known / len(letters) >= ENGLISH_SHARE:
            return True
        detector = self._language_profiles().create()
        detector.append(text)
        try:
            guesses = detector.get_probabilities()
        except LangDetectException:
            return True
        return not any(guess.lang != "en" and guess.prob >= OTHER_LANGUAGE_CONFIDENCE for guess in guesses)

    def _language_profiles(self) -> DetectorFactory:
        """langdetect's profiles of LANGUAGES, loaded once, under a lock."""
        with self._lock:
            if self._languages is None:
                factory = DetectorFactory()
                # langdetect samples at random; a fixed seed gives one reading per message.
                factory.set_seed(0)
                folder = Path(PROFILES_DIRECTORY)
                factory.load_json_profile([(folder / language).read_text(encoding="utf-8") for language in LANGUAGES])
                self._languages = factory
            return self._languages

    def correct_spelling(self, text: str) -> str:
        return _TOKEN.sub(lambda match: self._corrected(match.group(0)), text)

    def _corrected(self, word: str) -> str:
        lower = word.lower()
        # A capital after the first letter marks an acronym or a brand ("DPCs", "BENEV"), not a misspelling.
        if any(letter.isupper() for letter in word[1:]) or len(lower) < 4 or "'" in lower \
                or lower in self._corpus_words or lower in self._english_counts():
            return word
        suggestions = self._spelling_dictionary().lookup(lower, Verbosity.CLOSEST,
                                                          MAX_EDIT_DISTANCE if len(lower) > 5 else 1)
        # Equally close and frequent suggestions ("exosomal": "exosome", "exosomes") are taken in a fixed order, so
        # that a message reads the same in every process.
        best = min((suggestion for suggestion in suggestions if not _unprefixed(lower, suggestion.term)),
                   key=lambda suggestion: (suggestion.distance, -suggestion.count, suggestion.term), default=None)
        return best.term if best else word

    def _english_counts(self) -> dict[str, int]:
        """symspellpy's English word list: a word in it is never corrected. Read once, under a lock."""
        with self._lock:
            if self._english is None:
                self._english = {}
                dictionary = resources.files("symspellpy").joinpath("frequency_dictionary_en_82_765.txt")
                with dictionary.open(encoding="utf-8") as lines:
                    for line in lines:
                        word, count = line.split()
                        self._english[word] = int(count)
            return self._english

    def _spelling_dictionary(self) -> SymSpell:
        """What a misspelling may become: the corpus's own words, ranked above the common English words.
        Built once, under a lock, only when a word needs correcting (or at warm-up)."""
        english = self._english_counts()
        with self._lock:
            if self._speller is None:
                speller = SymSpell(max_dictionary_edit_distance=MAX_EDIT_DISTANCE)
                common = {word: count for word, count in english.items() if count >= COMMON_WORD_COUNT}
                top = max(common.values())
                for word in self._corpus_words:
                    speller.create_dictionary_entry(word, top + english.get(word, 0))
                for word, count in common.items():
                    speller.create_dictionary_entry(word, count)
                self._speller = speller
            return self._speller
