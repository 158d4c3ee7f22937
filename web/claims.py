"""The editorial claim reviews as open data: views for the /claims page and schema.org ClaimReview JSON-LD."""

import re

from engine.knowledge import Knowledge
from engine.prompts import Prompts
from index.records import ClaimReview

_MARKER = re.compile(r"\s*\[\d+\]")


def ordered_reviews(knowledge: Knowledge) -> list[ClaimReview]:
    return sorted(knowledge.reviews.values(), key=lambda review: (review.topic.lower(), review.id))


def review_views(knowledge: Knowledge, prompts: Prompts) -> list[dict]:
    return [{
        "id": review.id,
        "topic": review.topic,
        "claim": review.claim,
        "verdict": review.verdict,
        "verdict_label": prompts.verdict_label(review.verdict),
        "explanation": review.explanation,
        "evidence": [{
            "quote": item.quote,
            "section": item.section,
            "title": knowledge.sources[item.source_id]["title"],
            "basis_label": prompts.basis_label(knowledge.sources[item.source_id]["basis"]),
        } for item in review.evidence],
    } for review in ordered_reviews(knowledge)]


def claims_jsonld(knowledge: Knowledge, prompts: Prompts, base_url: str) -> dict:
    reviewer = {"@type": "Organization", "name": prompts.table("web")["reviewer"], "url": base_url}
    return {
        "@context": "https://schema.org",
        "@graph": [_claim_review(review, knowledge, prompts, base_url, reviewer)
                   for review in ordered_reviews(knowledge)],
    }


def _claim_review(review: ClaimReview, knowledge: Knowledge, prompts: Prompts, base_url: str,
                  reviewer: dict) -> dict:
    return {
        "@type": "ClaimReview",
        "@id": f"{base_url}/claims#{review.id}",
        "url": f"{base_url}/claims#{review.id}",
        "claimReviewed": review.claim,
        "itemReviewed": {"@type": "Claim", "text": review.claim, "about": review.topic},
        "reviewRating": {"@type": "Rating", "alternateName": prompts.verdict_label(review.verdict),
                         "name": review.verdict},
        "reviewBody": _MARKER.sub("", review.explanation),
        "author": reviewer,
        "datePublished": review.reviewed.isoformat(),
        "citation": [{
            "@type": "Quotation",
            "text": item.quote,
            "isPartOf": {"@type": "CreativeWork", "name": knowledge.sources[item.source_id]["title"]},
        } for item in review.evidence],
    }
