"""The one style sheet of the phone pages, served by PeerReady itself (nothing from the internet).

Kept as a Python string rather than a file so that a wheel and a frozen build carry it with
no packaging rule. Large type, touch targets of at least 48 px, and colours that pass WCAG AA
(every pair is at least 4.5:1; the darkest text is 16:1 on white).
"""

CSS = """\
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 112.5%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: #ffffff; color: #1a1a1a;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
  line-height: 1.45;
  /* At 200 % (a phone's largest text, or its zoom), a word longer than a line breaks rather than push the
     page sideways; no automatic hyphens, which would cut words at every width (easy-to-read asks for whole words). */
  overflow-wrap: break-word;
}
main { max-width: 40rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { font-size: 1.45rem; line-height: 1.3; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.1rem; line-height: 1.3; margin: 1.2rem 0 0.5rem; }
p, li { font-size: 1rem; }
.progress { font-weight: bold; color: #1f3f66; margin: 0; }
.dimension { color: #4a4a4a; margin: 0 0 0.25rem; }
.note { border-left: 0.35rem solid #8a5300; background: #fff4e0; padding: 0.6rem 0.8rem; color: #1a1a1a; }
.saved { color: #1e5e2b; font-weight: bold; }
form { margin: 0; }
.answers { display: flex; flex-direction: column; gap: 0.6rem; margin: 1rem 0; }
button, .button {
  display: block; width: 100%; min-height: 3rem; padding: 0.7rem 1rem;
  font: inherit; font-size: 1.1rem; text-align: left; text-decoration: none;
  border-radius: 0.5rem; cursor: pointer;
  border: 2px solid #0b4f8a; background: #ffffff; color: #0b3a66;
}
button.chosen { background: #0b4f8a; color: #ffffff; font-weight: bold; }
/* The tick is seen, not read: the button says « pressed » already (the first line, for older browsers). */
button.chosen::before { content: "✓ "; content: "✓ " / ""; }
button.secondary { border-color: #5c5c5c; background: #f2f2f2; color: #262626; }
button.primary { background: #0b4f8a; color: #ffffff; text-align: center; font-weight: bold; }
.unknown { margin-top: 0.4rem; padding-top: 0.8rem; border-top: 1px solid #9a9a9a; }
.navigation { display: flex; flex-wrap: wrap; gap: 0.6rem; margin-top: 1.2rem; }
.navigation button { flex: 1 1 8rem; text-align: center; font-size: 1rem; }
button:focus-visible, summary:focus-visible, textarea:focus-visible, input:focus-visible, a:focus-visible {
  outline: 3px solid #b34700; outline-offset: 2px;
}
details { margin: 0.8rem 0; border: 1px solid #9a9a9a; border-radius: 0.5rem; padding: 0 0.8rem; }
summary { min-height: 3rem; display: flex; align-items: center; cursor: pointer; font-weight: bold; color: #0b3a66; }
details[open] { padding-bottom: 0.8rem; }
label { display: block; font-weight: bold; margin: 0.4rem 0; }
textarea {
  display: block; width: 100%; min-height: 6rem; font: inherit; padding: 0.5rem;
  border: 2px solid #5c5c5c; border-radius: 0.4rem; color: #1a1a1a; background: #ffffff;
}
.hint { color: #4a4a4a; font-size: 0.95rem; }
.choices { border: 0; padding: 0; margin: 1rem 0; }
.choices legend { font-weight: bold; margin-bottom: 0.5rem; }
.choice { display: flex; gap: 0.6rem; align-items: flex-start; min-height: 3rem; padding: 0.5rem;
  border: 2px solid #5c5c5c; border-radius: 0.5rem; margin-bottom: 0.6rem; font-weight: normal; }
.choice input { width: 1.5rem; height: 1.5rem; margin: 0.15rem 0 0; flex: none; }
a { color: #0b4f8a; }
.passed button { font-size: 1rem; }
/* A narrow screen, or a phone zoomed in: less room around the words, so fewer of them are cut. */
@media (max-width: 20rem) {
  main { padding: 0.5rem 0.5rem 2rem; }
  details { padding: 0 0.5rem; }
  button, .button { padding: 0.6rem 0.6rem; font-size: 1rem; }
}
"""
