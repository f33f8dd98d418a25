// Progressive enhancement for /quiz: one statement at a time with a progress bar.
// Without this file the same form works as one long page; both post exactly the same fields.
(function () {
  "use strict";
  var form = document.getElementById("quiz-form");
  // After a failed submission every problem should be visible at once, so stay a long page.
  if (!form || document.getElementById("error-summary")) {
    return;
  }

  var steps = Array.prototype.slice.call(form.querySelectorAll("fieldset.statement"));
  var saveChoice = form.querySelector("fieldset.save-choice");
  var submitRow = form.querySelector(".actions");
  var total = steps.length;
  if (total === 0) {
    return;
  }

  var progress = document.createElement("div");
  progress.className = "progress";
  var progressText = document.createElement("p");
  progressText.className = "progress-text";
  progressText.id = "quiz-progress-text";
  progressText.setAttribute("aria-live", "polite");
  var bar = document.createElement("progress");
  bar.max = total;
  bar.setAttribute("aria-labelledby", "quiz-progress-text");
  progress.appendChild(progressText);
  progress.appendChild(bar);
  form.insertBefore(progress, form.firstChild);

  var nav = document.createElement("div");
  nav.className = "actions step-nav";
  var back = makeButton("Back", "button button-secondary");
  var next = makeButton("Next", "button");
  nav.appendChild(back);
  nav.appendChild(next);
  form.insertBefore(nav, saveChoice);

  form.classList.add("stepper");
  var current = 0;

  function makeButton(text, className) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = className;
    button.textContent = text;
    return button;
  }

  function focusStep(step) {
    var target = step.querySelector("input:checked") || step.querySelector("input");
    if (target) {
      target.focus();
    }
  }

  function show(index, moveFocus) {
    current = index;
    var last = index === total - 1;
    steps.forEach(function (step, i) { step.hidden = i !== index; });
    saveChoice.hidden = !last;
    submitRow.hidden = !last;
    next.hidden = last;
    back.disabled = index === 0;
    progressText.textContent = (index + 1) + " of " + total;
    bar.value = index + 1;
    if (moveFocus) {
      focusStep(steps[index]);
    }
  }

  back.addEventListener("click", function () {
    if (current > 0) {
      show(current - 1, true);
    }
  });

  next.addEventListener("click", function () {
    if (current < total - 1) {
      show(current + 1, true);
    }
  });

  // Enter on a chosen answer moves on, as "Next" would, instead of sending a half-finished form.
  form.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "Enter" && target && target.type === "radio") {
      event.preventDefault();
      if (current < total - 1) {
        show(current + 1, true);
      } else {
        saveChoice.querySelector("input").focus();
      }
    }
  });

  show(0, false);
})();
