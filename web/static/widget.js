// The widget inside the clinic's iframe. Every text from the API or the corpus is set with
// textContent, never as HTML.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("cc-config").textContent);
  var text = config.text;
  var log = document.getElementById("cc-log");
  var form = document.getElementById("cc-form");
  var input = document.getElementById("cc-question");
  var askButton = document.getElementById("cc-ask");

  document.documentElement.style.setProperty("--cc-accent", config.accent);

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined && content !== null) node.textContent = String(content);
    return node;
  }

  function post(path, body) {
    return fetch(path, {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 204) return {ok: true, data: null};
      return response.json().then(function (data) { return {ok: response.ok, data: data}; });
    });
  }

  function citationLine(citation) {
    var where = citation.title;
    if (citation.journal) where += ", " + citation.journal;
    if (citation.year) where += " (" + citation.year + ")";
    return where + ". " + text.section_word.charAt(0).toUpperCase() + text.section_word.slice(1) +
      " \u201c" + citation.section + "\u201d; " + text.rests_on + " " + config.basis_labels[citation.basis] + ".";
  }

  function renderAnswer(answer) {
    var article = element("article", "cc-answer");
    var badge = element("p", "cc-badge cc-verdict-" + answer.verdict);
    badge.appendChild(element("span", "cc-icon", text.verdict_icons[answer.verdict]));
    badge.appendChild(document.createTextNode(" " + config.verdict_labels[answer.verdict]));
    article.appendChild(badge);
    answer.safety.forEach(function (flag) {
      article.appendChild(element("p", "cc-flag cc-flag-" + flag, text.safety_labels[flag]));
    });
    article.appendChild(element("p", "cc-text", answer.answer));
    if (answer.citations.length) {
      var details = element("details", "cc-sources");
      details.open = true;
      details.appendChild(element("summary", null, text.sources_heading + " (" + answer.citations.length + ")"));
      var list = element("ol", "cc-citations");
      answer.citations.forEach(function (citation) {
        var item = element("li", "cc-citation");
        item.value = citation.n;
        item.appendChild(element("blockquote", "cc-quote", citation.quote));
        item.appendChild(element("p", "cc-cite", citationLine(citation)));
        list.appendChild(item);
      });
      details.appendChild(list);
      article.appendChild(details);
    }
    article.appendChild(feedbackControls(answer));
    return article;
  }

  function feedbackControls(answer) {
    var box = element("div", "cc-feedback");
    var prompt = element("span", "cc-feedback-question", text.feedback_question);
    var up = element("button", "cc-thumb", text.feedback_up);
    var down = element("button", "cc-thumb", text.feedback_down);
    up.type = down.type = "button";
    box.appendChild(prompt);
    box.appendChild(up);
    box.appendChild(down);
    function rate(rating) {
      up.disabled = down.disabled = true;
      (rating === "up" ? up : down).setAttribute("aria-pressed", "true");
      post("/api/feedback", {answer_id: answer.id, rating: rating}).then(function (result) {
        if (!result.ok) { prompt.textContent = result.data.error; return; }
        prompt.textContent = text.feedback_thanks;
        box.appendChild(commentForm(result.data.id));
      }).catch(function () { prompt.textContent = text.network_error; });
    }
    up.addEventListener("click", function () { rate("up"); });
    down.addEventListener("click", function () { rate("down"); });
    return box;
  }

  function commentForm(feedbackId) {
    var wrapper = element("form", "cc-comment");
    var fieldId = "cc-comment-" + feedbackId;
    var label = element("label", null, text.comment_label);
    label.htmlFor = fieldId;
    var field = element("textarea");
    field.id = fieldId;
    field.rows = 2;
    field.maxLength = 2000;
    var send = element("button", null, text.comment_button);
    send.type = "submit";
    wrapper.appendChild(label);
    wrapper.appendChild(field);
    wrapper.appendChild(send);
    wrapper.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!field.value.trim()) return;
      send.disabled = true;
      post("/api/feedback/" + feedbackId + "/comment", {comment: field.value}).then(function (result) {
        wrapper.replaceChildren(element("p", "cc-feedback-question",
                                        result.ok ? text.comment_saved : result.data.error));
      }).catch(function () { send.disabled = false; });
    });
    return wrapper;
  }

  function ask(question) {
    if (!question.trim()) return;
    log.appendChild(element("p", "cc-question", question));
    var waiting = element("p", "cc-thinking", text.thinking);
    log.appendChild(waiting);
    askButton.disabled = true;
    post("/api/ask", {question: question, clinic: config.clinic}).then(function (result) {
      waiting.replaceWith(result.ok ? renderAnswer(result.data) : element("p", "cc-error", result.data.error));
    }).catch(function () {
      waiting.replaceWith(element("p", "cc-error", text.network_error));
    }).then(function () {
      askButton.disabled = false;
      log.lastElementChild.scrollIntoView({block: "start"});
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var question = input.value;
    input.value = "";
    ask(question);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll(".cc-example"), function (button) {
    button.addEventListener("click", function () { ask(button.textContent); });
  });
})();
