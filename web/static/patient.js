// The patient page. After each answer, its top (the urgent banner or the verdict badge) is brought into
// view, in the chat box and in the window, instead of the end of its sources. When a thumb opens the
// comment box under the chat, the box is brought into view too.
(function () {
  "use strict";
  var MARGIN = 8;
  var answersShown = 0;
  var commentShown = false;

  function scrollingBox(element) {
    for (var node = element.parentElement; node; node = node.parentElement) {
      var overflow = getComputedStyle(node).overflowY;
      if ((overflow === "auto" || overflow === "scroll") && node.scrollHeight > node.clientHeight) return node;
    }
    return null;
  }

  // The question it answers stays in sight too, when the box has room for it and the badge.
  function revealAnswer(answer) {
    var box = scrollingBox(answer);
    var badge = answer.firstElementChild;
    if (box) {
      var questions = document.querySelectorAll("#cc-chat .cc-question");
      var question = questions[questions.length - 1];
      var edge = box.getBoundingClientRect().top + MARGIN;
      var fits = question && badge.getBoundingClientRect().bottom - question.getBoundingClientRect().top <
        box.clientHeight - 2 * MARGIN;
      box.scrollTop += (fits ? question : answer).getBoundingClientRect().top - edge;
    }
    var top = badge.getBoundingClientRect();
    if (top.top < 0 || top.bottom > window.innerHeight) window.scrollBy(0, top.top - MARGIN);
  }

  function visible(element) {
    return Boolean(element && element.getClientRects().length);
  }

  new MutationObserver(function () {
    var answers = document.querySelectorAll("#cc-chat .cc-answer");
    if (answers.length > answersShown) {
      var latest = answers[answers.length - 1];
      // After Gradio has laid the new message out.
      requestAnimationFrame(function () { revealAnswer(latest); });
    }
    answersShown = answers.length;
    var comment = document.getElementById("cc-comment");
    if (visible(comment) && !commentShown) {
      requestAnimationFrame(function () { comment.scrollIntoView({block: "nearest"}); });
    }
    commentShown = visible(comment);
  }).observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ["class", "style"]});
})();
