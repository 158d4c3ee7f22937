"""HTML from the templates in prompts/web/, always autoescaped: user and corpus text render as text."""

import re

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from engine.models import Answer
from engine.prompts import Prompts
from web.presentation import present

_BETWEEN_TAGS = re.compile(r">\s+<")


class Templates:
    def __init__(self, prompts: Prompts):
        self.prompts = prompts
        self.text = prompts.table("web")
        self._environment = Environment(loader=FileSystemLoader(prompts.folder / "web"), autoescape=True,
                                        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)

    def render(self, name: str, **values) -> str:
        return self._environment.get_template(name).render(text=self.text, **values)

    def message_page(self, key: str, **fields) -> str:
        message = self.text[key]
        return self.render("message.html", title=message["title"], body=message["body"].format(**fields))

    def chat_answer(self, answer: Answer) -> str:
        """One line of HTML: the chat renders Markdown, where blank lines or indents would break it."""
        citations = [{**citation.model_dump(), "basis_label": self.prompts.basis_label(citation.basis)}
                     for citation in answer.citations]
        html = self.render("answer.html", answer=answer, view=present(self.prompts, answer), citations=citations)
        return _one_line(html)

    def chat_question(self, question: str) -> str:
        return _one_line(self.render("question.html", question=question))

    def notice(self, words: str) -> str:
        """A short message for a Markdown component, as one line of HTML so Markdown reads none of it; the
        words may quote the patient, so they are escaped."""
        return self._environment.from_string('<p class="cc-notice" role="status">{{ words }}</p>').render(
            words=" ".join(words.split()))


def _one_line(html: str) -> str:
    return " ".join(_BETWEEN_TAGS.sub("><", html).split())
