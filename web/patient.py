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
        chat = gr.Chatbot(label=text["chat_label"], show_label=False, elem_id="cc-chat", height="60vh", min_height=240,
                          feedback_options=("Like", "Dislike"), buttons=["copy"], layout="panel")
        answers = gr.State({})  # chat message index -> Answer JSON, so feedback names the answer shown
        rated = gr.State(None)  # id of the feedback a comment would attach to
        with gr.Row(equal_height=True):
            question = gr.Textbox(label=text["question_label"], placeholder=text["question_placeholder"],
                                  lines=1, max_lines=6, max_length=MAX_QUESTION_CHARS, scale=5,
                                  elem_id="cc-question", autofocus=True)
            ask = gr.Button(text["ask_button"], variant="primary", scale=1, min_width=80, elem_id="cc-ask")
        gr.Markdown(f"**{text['examples_heading']}**")
        with gr.Row(elem_id="cc-examples"):
            examples = [gr.Button(example, size="sm", variant="secondary") for example in text["examples"]]
        with gr.Column(visible=False, elem_id="cc-comment") as comment_box:
            thanks = gr.Markdown(text["feedback_thanks"])
            comment = gr.Textbox(label=text["comment_label"], lines=2, max_length=2000)
            send_comment = gr.Button(text["comment_button"], size="sm")
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

        def record_rating(like: gr.LikeData, shown: dict):
            answer_json = shown.get(like.index if isinstance(like.index, int) else like.index[0])
            if answer_json is None or like.liked is None:
                return None, gr.update(visible=False), ""
            feedback = Feedback(answer=Answer.model_validate_json(answer_json),
                                rating="up" if like.liked else "down")
            return services.feedback.record(feedback), gr.update(visible=True), text["feedback_thanks"]

        def save_comment(words: str, feedback_id: str | None):
            if not words.strip():
                return words, gr.update()
            if feedback_id is None:
                return words, text["comment_without_rating"]
            services.feedback.add_comment(feedback_id, words.strip())
            return "", text["comment_saved"]

        chat_io = dict(inputs=[question, chat, answers], outputs=[question, chat, answers])
        question.submit(respond, **chat_io)
        ask.click(respond, **chat_io)
        for button in examples:
            button.click(lambda label: label, inputs=button, outputs=question).then(respond, **chat_io)
        chat.like(record_rating, inputs=answers, outputs=[rated, comment_box, thanks])
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
