"""The patient page: a Gradio chat where every answer shows its verdict, its text and its quoted sources."""

import time

import gradio as gr

from engine.errors import MAX_QUESTION_CHARS, QuestionError
from engine.models import Answer
from index.store import IndexUnavailable
from web.feedback import Feedback
from web.middleware import log_request
from web.services import Services, client_key


def build_patient_page(services: Services) -> gr.Blocks:
    text = services.text
    templates = services.templates
    with gr.Blocks(title=text["app_title"], analytics_enabled=False) as page:
        gr.HTML(templates.render("patient_header.html"))
        # Gradio's own scrolling would show the end of the sources; web/static/patient.js shows the verdict.
        # Messages are HTML from autoescaped templates only, shown as they are: Gradio's sanitizer would
        # drop the data-verdict and data-safety hooks, and Markdown has nothing to add.
        chat = gr.Chatbot(label=text["chat_label"], show_label=False, elem_id="cc-chat", height="min(60vh, 560px)",
                          min_height=240, autoscroll=False, sanitize_html=False, render_markdown=False,
                          placeholder=templates.render("empty_state.html"),
                          examples=[{"text": example} for example in text["examples"]],
                          feedback_options=("Like", "Dislike"), buttons=["copy"], layout="panel")
        answers = gr.State({})  # chat message index -> Answer JSON, so feedback names the answer shown
        rated = gr.State(None)  # id of the feedback a comment would attach to
        # Right under the chat, where the thumb was clicked, rather than at the foot of the page.
        with gr.Column(visible=False, elem_id="cc-comment") as comment_box:
            thanks = gr.HTML()
            comment = gr.Textbox(label=text["comment_label"], lines=2, max_length=2000)
            send_comment = gr.Button(text["comment_button"], size="sm")
        with gr.Row(equal_height=False, elem_id="cc-ask-row"):
            # No autofocus: on a phone it would scroll the title and the note out of sight.
            question = gr.Textbox(label=text["question_label"], placeholder=text["question_placeholder"],
                                  lines=1, max_lines=6, max_length=MAX_QUESTION_CHARS, scale=5,
                                  elem_id="cc-question")
            ask = gr.Button(text["ask_button"], variant="primary", scale=1, min_width=80, elem_id="cc-ask")
        gr.HTML(templates.render("patient_footer.html"))

        def respond(message: str, history: list, shown: dict, request: gr.Request):
            if not message or not message.strip():
                return "", history, shown
            reply = _reply(services, message, request)
            history = [*history, {"role": "user", "content": templates.chat_question(message)},
                       {"role": "assistant", "content": reply if isinstance(reply, str)
                        else templates.chat_answer(reply)}]
            if isinstance(reply, Answer):
                shown = {**shown, len(history) - 1: reply.model_dump_json()}
            return "", history, shown

        def ask_example(example: gr.SelectData) -> str:
            return example.value["text"]

        def ask_from_link(history: list, shown: dict, request: gr.Request):
            """`/?q=…` opens the page with that question asked: how a patient shares an answer."""
            shared = request.query_params.get("q", "")
            if not shared.strip():
                return gr.skip(), gr.skip(), gr.skip()  # leave alone whatever the patient has typed meanwhile
            return respond(shared, history, shown, request)

        def record_rating(like: gr.LikeData, shown: dict):
            answer_json = shown.get(like.index if isinstance(like.index, int) else like.index[0])
            if answer_json is None or like.liked is None:
                return gr.update(visible=False), "", None
            answer = Answer.model_validate_json(answer_json)
            feedback_id = services.feedback.record(Feedback(answer=answer, rating="up" if like.liked else "down"))
            return (gr.update(visible=True), templates.notice(text["rated_answer"].format(question=answer.question)),
                    feedback_id)

        def save_comment(words: str, feedback_id: str | None):
            if not words.strip():
                return words, gr.update()
            if feedback_id is None:
                return words, templates.notice(text["comment_without_rating"])
            services.feedback.add_comment(feedback_id, words.strip())
            return "", templates.notice(text["comment_saved"])

        chat_io = dict(inputs=[question, chat, answers], outputs=[question, chat, answers])
        question.submit(respond, **chat_io)
        ask.click(respond, **chat_io)
        chat.example_select(ask_example, outputs=question).then(respond, **chat_io)
        page.load(ask_from_link, inputs=[chat, answers], outputs=[question, chat, answers])
        chat.like(record_rating, inputs=answers, outputs=[comment_box, thanks, rated])
        send_comment.click(save_comment, inputs=[comment, rated], outputs=[comment, thanks])
    page.queue(default_concurrency_limit=8)
    return page


def _reply(services: Services, message: str, request: gr.Request) -> Answer | str:
    """The answer, or a calm sentence saying why there is none."""
    started = time.perf_counter()
    wait = services.limiter.retry_after(client_key(request))
    if wait is not None:
        return services.text["rate_limited"].format(seconds=wait)
    try:
        answer = services.engine.ask(message)
    except QuestionError as error:
        return str(error)
    except IndexUnavailable:
        return services.text["unavailable"]
    log_request("CHAT", "/", 200, answer.verdict, (time.perf_counter() - started) * 1000)
    return answer
