"""The patient page: a Gradio chat where every answer shows its verdict, its text and its quoted sources.

The conversation lives on the server (gr.State): the browser only ever sends the text it typed, so no
message from the client can name a file or fill the server's memory. Ratings and comments go through the
same rate limit, field limits and checks as the JSON API."""

import time

import gradio as gr

from engine.errors import MAX_QUESTION_CHARS, QuestionError, is_readable
from engine.models import Answer
from index.store import IndexUnavailable
from web.feedback import MAX_COMMENT_CHARS, Feedback, FeedbackUnavailable, UnknownAnswer
from web.middleware import log_request
from web.services import Services, client_key

# Messages kept per conversation (question and answer each count one); older ones scroll away.
MAX_MESSAGES = 60


def build_patient_page(services: Services) -> gr.Blocks:
    text = services.text
    templates = services.templates
    with gr.Blocks(title=text["app_title"], analytics_enabled=False) as page:
        # Markdown, not gr.HTML: gr.HTML evaluates its value as a script template, which the page's
        # Content-Security-Policy forbids.
        gr.Markdown(templates.render("patient_header.html"))
        # Gradio's own scrolling would show the end of the sources; web/static/patient.js shows the verdict.
        # Messages are HTML from autoescaped templates only, shown as they are: Gradio's sanitizer would
        # drop the data-verdict and data-safety hooks, and Markdown and LaTeX have nothing to add.
        chat = gr.Chatbot(label=text["chat_label"], show_label=False, elem_id="cc-chat", height="min(60vh, 560px)",
                          min_height=240, autoscroll=False, sanitize_html=False, render_markdown=False,
                          latex_delimiters=[],
                          placeholder=templates.render("empty_state.html"),
                          examples=[{"text": example} for example in text["examples"]],
                          feedback_options=("Like", "Dislike"), buttons=["copy"], layout="panel")
        conversation = gr.State([])  # the chat's messages, kept here and only ever sent to the browser
        # chat message index -> (id the answer was issued under, or None if it could not be kept; its question)
        answers = gr.State({})
        rated = gr.State(None)  # id of the feedback a comment would attach to
        # Right under the chat, where the thumb was clicked, rather than at the foot of the page.
        with gr.Column(visible=False, elem_id="cc-comment") as comment_box:
            # Notices may quote the patient's question: escaped HTML on one line, no LaTeX.
            thanks = gr.Markdown(latex_delimiters=[])
            comment = gr.Textbox(label=text["comment_label"], lines=2, max_length=MAX_COMMENT_CHARS)
            send_comment = gr.Button(text["comment_button"], size="sm")
        with gr.Row(equal_height=False, elem_id="cc-ask-row"):
            # No autofocus: on a phone it would scroll the title and the note out of sight.
            question = gr.Textbox(label=text["question_label"], placeholder=text["question_placeholder"],
                                  lines=1, max_lines=6, max_length=MAX_QUESTION_CHARS, scale=5,
                                  elem_id="cc-question")
            ask = gr.Button(text["ask_button"], variant="primary", scale=1, min_width=80, elem_id="cc-ask")
        gr.Markdown(templates.render("patient_footer.html"))

        def respond(message, history: list, shown: dict, request: gr.Request):
            if not isinstance(message, str) or not message.strip():
                return "", history, history, shown
            reply = _reply(services, message, request)
            history = [*history, {"role": "user", "content": templates.chat_question(message)},
                       {"role": "assistant", "content": reply if isinstance(reply, str)
                        else templates.chat_answer(reply[0])}]
            if not isinstance(reply, str):
                shown = {**shown, len(history) - 1: (reply[1], reply[0].question)}
            dropped = max(0, len(history) - MAX_MESSAGES)
            if dropped:
                history = history[dropped:]
                shown = {index - dropped: issued for index, issued in shown.items() if index >= dropped}
            return "", history, history, shown

        def ask_example(example: gr.SelectData):
            chosen = example.value.get("text") if isinstance(example.value, dict) else None
            return chosen if chosen in text["examples"] else gr.skip()

        def ask_from_link(history: list, shown: dict, request: gr.Request):
            """`/?q=…` opens the page with that question asked: how a patient shares an answer."""
            shared = request.query_params.get("q", "")
            if not shared.strip():
                return gr.skip(), gr.skip(), gr.skip(), gr.skip()  # leave alone whatever the patient typed meanwhile
            return respond(shared, history, shown, request)

        def record_rating(like: gr.LikeData, shown: dict, request: gr.Request):
            index = like.index[0] if isinstance(like.index, list | tuple) and like.index else like.index
            if not isinstance(index, int) or index not in shown or not isinstance(like.liked, bool):
                return gr.update(visible=False), "", None
            wait = services.limiter.retry_after(client_key(request))
            if wait is not None:
                return gr.update(visible=True), templates.notice(services.wait_message(wait)), None
            answer_id, asked = shown[index]
            try:
                if answer_id is None:  # shown while the feedback database could not keep it
                    raise FeedbackUnavailable
                feedback_id = services.feedback.record(Feedback(answer_id=answer_id,
                                                                rating="up" if like.liked else "down"))
            except (FeedbackUnavailable, UnknownAnswer):
                return gr.update(visible=True), templates.notice(text["feedback_unavailable"]), None
            return gr.update(visible=True), templates.notice(text["rated_answer"].format(question=asked)), feedback_id

        def save_comment(words, feedback_id: str | None, request: gr.Request):
            if not isinstance(words, str) or not words.strip():
                return "", gr.update()
            if feedback_id is None:
                return words, templates.notice(text["comment_without_rating"])
            words = words.strip()
            if len(words) > MAX_COMMENT_CHARS:
                return words, templates.notice(text["comment_too_long"].format(length=len(words),
                                                                              limit=MAX_COMMENT_CHARS))
            if not is_readable(words):
                return words, templates.notice(text["comment_unreadable"])
            wait = services.limiter.retry_after(client_key(request))
            if wait is not None:
                return words, templates.notice(services.wait_message(wait))
            try:
                services.feedback.add_comment(feedback_id, words)
            except FeedbackUnavailable:
                return words, templates.notice(text["feedback_unavailable"])
            return "", templates.notice(text["comment_saved"])

        chat_io = dict(inputs=[question, conversation, answers], outputs=[question, chat, conversation, answers])
        question.submit(respond, **chat_io)
        ask.click(respond, **chat_io)
        chat.example_select(ask_example, outputs=question).then(respond, **chat_io)
        page.load(ask_from_link, inputs=[conversation, answers], outputs=[question, chat, conversation, answers])
        chat.like(record_rating, inputs=answers, outputs=[comment_box, thanks, rated])
        send_comment.click(save_comment, inputs=[comment, rated], outputs=[comment, thanks])
    page.queue(default_concurrency_limit=8)
    return page


def _reply(services: Services, message: str, request: gr.Request) -> tuple[Answer, str | None] | str:
    """The answer and the id it was issued under, or a calm sentence saying why there is none."""
    started = time.perf_counter()
    wait = services.limiter.retry_after(client_key(request))
    if wait is not None:
        return services.wait_message(wait)
    try:
        answer = services.engine.ask(message)
    except QuestionError as error:
        return str(error)
    except IndexUnavailable:
        return services.text["unavailable"]
    log_request("CHAT", "/", 200, answer.verdict, (time.perf_counter() - started) * 1000)
    return answer, services.feedback.issue(answer, clinic=None)
