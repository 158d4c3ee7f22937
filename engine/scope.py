"""Is a question about exosome treatments for hair or skin at all?"""

from engine.language import words

_DOMAIN_PREFIXES = (
    "exosom", "vesicle", "hair", "bald", "alopec", "scalp", "follic", "skin", "derm", "wrinkl", "aging",
    "ageing", "anti-ag", "rejuven", "wound", "burn", "scar", "acne", "collagen", "facial", "cosmetic",
    "aesthetic", "clinic", "treatment", "therap", "procedur", "session", "inject", "topical", "serum",
    "microneedl", "prp", "platelet", "stem", "growth", "fda", "approv", "regulat", "side", "adverse", "safe",
    "risk", "result", "cost", "price", "insur", "dose", "nsaid", "ibuprofen", "aspirin", "minoxidil",
    "finasteride", "doctor", "pain", "hurt", "swell", "fever", "redness", "pus", "breath", "study", "studies",
    "trial", "evidence", "research", "paper", "article", "review", "effect", "work", "proven", "cure",
    "regrow", "thinning", "shedding", "pregnan", "breastfeed", "blood", "needle", "numb", "anesth", "anaesth",
)


def mentions_domain(text: str) -> bool:
    return any(word.startswith(_DOMAIN_PREFIXES) for word in words(text))
