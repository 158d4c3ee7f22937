// The widget inside the clinic's iframe. Every text from the API or the corpus is set with
// textContent, never as HTML.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("cc-config").textContent);
  var text = config.text;
  var rules = config.rules;
  var log = document.getElementById("cc-log");
  var status = document.getElementById("cc-status");
  var form = document.getElementById("cc-form");
  var input = document.getElementById("cc-question");
  var askButton = document.getElementById("cc-ask");
  var closeButton = document.getElementById("cc-close");
  // The clinic's page, as /embed.js named it and the server checked it against the clinic's origins.
  var host = window.parent !== window ? config.parent_origin : null;

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
      " \u201c" + citation.section + "\u201d; " + text.rests_on + " " + rules.basis_labels[citation.basis] + ".";
  }

  // The same reading as web/presentation.py's present(): the verdict in words fitting how the patient
  // put it, and for urgent symptoms the banner first, with nothing framed as "not covered".
  function present(answer) {
    var urgent = answer.safety.indexOf("urgent_care") !== -1;
    // Whether the message was asked as a yes/no question is the engine's reading, sent with the answer.
    var label = (answer.asked && rules.question_labels[answer.verdict]) || rules.labels[answer.verdict];
    var words = answer.answer;
    if (urgent && rules.nothing_to_say.indexOf(answer.verdict) !== -1) {
      label = null;
      words = text.urgent.no_sources;
    } else if (urgent && words.indexOf(rules.urgent_line) === 0) {
      words = words.slice(rules.urgent_line.length).trim();
    }
    return {urgent: urgent, label: label, text: words,
            notices: answer.safety.filter(function (flag) { return flag !== "urgent_care"; })};
  }

  function urgentBanner() {
    var banner = element("div", "cc-urgent");
    banner.setAttribute("data-safety", "urgent_care");
    var title = element("p", "cc-urgent-title");
    var icon = element("span", "cc-icon", "!");
    icon.setAttribute("aria-hidden", "true");
    title.appendChild(icon);
    title.appendChild(document.createTextNode(" " + text.urgent.title));
    banner.appendChild(title);
    var contact = element("p", "cc-urgent-contact");
    var link = element("a", null, text.urgent.clinic_link.replace("{clinic}", config.clinic_name));
    link.href = config.contact;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    contact.appendChild(link);
    banner.appendChild(contact);
    banner.appendChild(element("p", "cc-urgent-body", text.urgent.body));
    return banner;
  }

  function renderAnswer(answer, view) {
    var article = element("article", "cc-answer");
    if (view.urgent) article.appendChild(urgentBanner());
    if (view.label) {
      var badge = element("p", "cc-badge cc-verdict-" + answer.verdict);
      badge.setAttribute("data-verdict", answer.verdict);
      var icon = element("span", "cc-icon", text.verdict_icons[answer.verdict]);
      icon.setAttribute("aria-hidden", "true");
      badge.appendChild(icon);
      badge.appendChild(document.createTextNode(" " + view.label));
      article.appendChild(badge);
    }
    view.notices.forEach(function (flag) {
      var notice = element("p", "cc-flag cc-flag-" + flag, text.safety_labels[flag]);
      notice.setAttribute("data-safety", flag);
      article.appendChild(notice);
    });
    article.appendChild(element("p", "cc-text", view.text));
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
    var share = element("p", "cc-share");
    var link = element("a", null, text.share_label);
    link.href = "/?q=" + encodeURIComponent(answer.question);
    link.target = "_blank";
    link.rel = "noopener";
    share.appendChild(link);
    article.appendChild(share);
    article.appendChild(feedbackControls(answer));
    return article;
  }

  // Only the finished answer is announced, once: not the question, the waiting line or later changes.
  function announce(view) {
    status.textContent = [view.urgent ? text.urgent.title : null, view.label, view.text]
      .filter(Boolean).join(". ");
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
        var comment = commentForm(result.data.id);
        box.appendChild(comment);
        // Keep the comment box in sight, not below the bottom edge of the panel.
        comment.scrollIntoView({block: "nearest"});
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
    var asked = element("p", "cc-question", question);
    log.appendChild(asked);
    var waiting = element("p", "cc-thinking", text.thinking);
    log.appendChild(waiting);
    askButton.disabled = true;
    post("/api/ask", {question: question, clinic: config.clinic}).then(function (result) {
      if (!result.ok) {
        waiting.replaceWith(element("p", "cc-error", result.data.error));
        status.textContent = result.data.error;
        return;
      }
      var view = present(result.data);
      waiting.replaceWith(renderAnswer(result.data, view));
      announce(view);
    }).catch(function () {
      waiting.replaceWith(element("p", "cc-error", text.network_error));
      status.textContent = text.network_error;
    }).then(function () {
      askButton.disabled = false;
      reveal(asked, log.lastElementChild);
    });
  }

  // The top of the answer (its banner or badge), not the end of its sources; and the question above
  // it too when both fit.
  function reveal(asked, reply) {
    var top = reply.firstElementChild || reply;
    var room = log.parentElement.clientHeight;
    var fits = top.getBoundingClientRect().bottom - asked.getBoundingClientRect().top < room;
    (fits ? asked : reply).scrollIntoView({block: "start"});
  }

  function tellHost(type) {
    if (host) window.parent.postMessage({claimcheck: type}, host);
  }

  window.addEventListener("message", function (event) {
    if (!host || event.source !== window.parent || event.origin !== host) return;
    if (event.data && event.data.claimcheck === "opened") {
      // Full screen on a phone: focus the close button, so the keyboard does not cover the panel at once.
      (event.data.fullScreen ? closeButton : input).focus();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") tellHost("close");
  });
  if (host) {
    closeButton.hidden = false;
    closeButton.addEventListener("click", function () { tellHost("close"); });
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
