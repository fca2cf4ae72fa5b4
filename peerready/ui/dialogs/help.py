"""Help: a short guide for whoever runs the workshop, and "About PeerReady"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from peerready import __version__, paths
from peerready.engine import instrument, wording
from peerready.engine.results import ANONYMITY_THRESHOLD
from peerready.ui import dialogs


class _TextDialog(QDialog):
    def __init__(self, title: str, html: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        # A caret: read line by line, word by word with the keyboard, as a document is, not only as a whole.
        self.browser.setTextInteractionFlags(
            self.browser.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.browser.setAccessibleName(title)
        self.browser.setHtml(html)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Large enough for the text at any size (a projector at 200 %), within the screen.
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 90, metrics.height() * 34
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 80)
        self.resize(width, height)


class GuideDialog(_TextDialog):
    def __init__(self, parent=None):
        threshold = wording.plural(ANONYMITY_THRESHOLD, "personne")
        super().__init__(self.tr("Guide pour animer l’atelier"), self.tr(GUIDE).format(threshold=threshold), parent)


class AboutDialog(_TextDialog):
    def __init__(self, context=None, parent=None):
        data = dialogs.data_folder(context.data_dir if context is not None else paths.data_dir())
        sources = ""
        try:
            questionnaire = instrument.find(None) if context is None else context.questionnaires()[0]
            items = "".join(f"<li>{r.title} — {r.author} ({r.date})</li>" for r in questionnaire.references.values())
            sources = f"<ul>{items}</ul>"
        except instrument.QuestionnaireError:
            sources = ""
        html = self.tr(ABOUT).format(version=__version__, data=data, sources=sources)
        super().__init__(self.tr("À propos de PeerReady"), html, parent)


GUIDE = """
<h2>Animer un atelier PeerReady</h2>
<p>Une demi-journée, avec l’équipe et la direction, avant ou après l’arrivée d’un travailleur pair
ou d’une travailleuse paire.
L’objectif n’est pas une note : c’est de se parler de ce qui est prêt et de ce qui ne l’est pas encore, puis de
repartir avec un plan d’action que tout le monde a vu naître.</p>

<h3>Avant</h3>
<ul>
<li>Choisissez l’<b>étape du projet</b> (réflexion, recrutement, poste occupé depuis moins d’un an, poste
installé) : les questions en dépendent.</li>
<li>Choisissez la <b>version</b> : la version courte (20 questions au plus par groupe) pour un premier tour d’horizon,
la complète pour un vrai atelier.</li>
<li>Pour chaque groupe, choisissez <b>comment il répond</b> : à tour de rôle sur l’ordinateur, un décompte
(vote à main levée ou bulletins papier), ou une réponse commune après discussion.</li>
<li>Sans ordinateur pour tout le monde : imprimez les <b>questionnaires papier</b> et la feuille de décompte.</li>
<li>Les <b>personnes accompagnées</b> ne votent jamais à main levée devant l’équipe : elles répondent sur leur
questionnaire papier (version facile à lire), le glissent plié dans une <b>urne</b>, et la personne qui anime
dépouille seule, puis saisit le décompte.</li>
<li>Si la personne en poste de travail pair est déjà là, demandez-lui si elle veut répondre, et si elle est
d’accord pour que les personnes accompagnées répondent (leurs questions parlent du travail pair).</li>
<li>Sur un projecteur : agrandissez le texte (Ctrl++), ou passez en contraste élevé (Ctrl+Maj+C).</li>
</ul>

<h3>Pendant</h3>
<ul>
<li>Rappelez que les réponses sont <b>anonymes</b> : aucun nom, nulle part. Un groupe de moins de {threshold}
qui répondent chacune leur tour n’est jamais montré à part, et un groupe plus grand seulement sur les
questions où {threshold} personnes au moins ont répondu.</li>
<li>La <b>personne en poste de travail pair</b> qui répond seule voit à la fin, et elle seule, ce qu’elle a
signalé, et choisit ce qui est partagé : tout, les risques sans ses réponses, ou rien que leur poids dans les
scores. Laissez-lui l’ordinateur le temps de ce choix, écran du projecteur coupé.</li>
<li><b>À tour de rôle</b>, chaque personne ne voit que ses questions : pas de menu, pas de retour en arrière vers la
vue d’ensemble, et « Personne suivante » à la fin. Pour reprendre la main, la personne qui anime fait le
<b>geste de l’animation</b> : <b>Ctrl+Maj+A</b>, puis choisit dans la fenêtre « Réservé à la personne qui anime ».
Après une coupure, les réponses d’une personne interrompue ne se rouvrent qu’avec ce geste.</li>
<li>Pendant les réponses à tour de rôle, <b>coupez la recopie sur le projecteur</b> (touche Windows+P, « Écran
du PC uniquement ») : la salle ne doit pas voir ce que chaque personne répond.</li>
<li><b>Sur les téléphones</b> : dans la vue d’ensemble de la collecte, « Sur les téléphones… » pour un groupe
qui répond personne par personne. Tout le monde vise le code QR avec son téléphone, sur le même Wi-Fi que
l’ordinateur (le plus sûr : un partage de connexion protégé par un mot de passe), et répond en même temps ;
l’écran ne montre que le nombre de téléphones venus et de ceux qui ont fini. Les réponses passent en clair sur
le réseau de la salle : pas de Wi-Fi public. Si les téléphones n’arrivent pas à se connecter, sous Windows,
autorisez PeerReady sur les réseaux privés, ou continuez autrement : rien n’est perdu.</li>
<li>Pour un <b>décompte</b>, tapez d’abord le nombre de personnes présentes : un total qui ne correspond pas
est signalé sous la question.</li>
<li>« <b>Je ne sais pas</b> » est une vraie réponse : elle montre ce qui manque comme information.</li>
<li>Chaque question a son « <b>Pourquoi cette question ?</b> » : lisez-le à voix haute quand la question fait
débat.</li>
<li>Clavier : les chiffres (1, 2, 3…) répondent, Entrée passe à la suite, Retour arrière revient en arrière.
Chaque réponse est enregistrée tout de suite : une panne ne fait rien perdre. Une question passée sans
réponse est signalée, et rappelée avant la fin.</li>
<li>Les <b>résultats restent cachés</b> tant que la collecte est ouverte, pour que personne ne réponde sous
l’influence du groupe.</li>
</ul>

<h3>Après</h3>
<ul>
<li>Clôturez la collecte, puis regardez les résultats ensemble. Commencez par <b>ce qui est solide</b>.</li>
<li>Arrêtez-vous sur les <b>écarts de perception</b> (la direction et l’équipe ne voient pas la même chose) et les
<b>avis partagés</b> au sein d’un groupe : c’est là qu’il faut se parler.</li>
<li>Passez aux <b>alertes</b>, puis au <b>plan d’action</b> : ses <b>chantiers</b>, du plus important au moins
important, chacun avec une première étape pour la semaine ; pour chaque action, qui s’en charge et pour quand.
Ajoutez vos propres actions.</li>
<li>Imprimez le plan, faites signer l’engagement, et fixez la date du prochain point (six mois à un an). La
prochaine évaluation reprendra les actions encore ouvertes.</li>
<li>Pour la plateforme régionale ou un autre ordinateur : exportez la structure en fichier .peerready.</li>
</ul>
"""

ABOUT = """
<h2>PeerReady {version}</h2>
<p>Un outil pour préparer l’arrivée d’un travailleur pair ou d’une travailleuse paire dans une équipe sociale
ou médico-sociale :
auto-évaluation, résultats et plan d’action. Tout reste sur cet ordinateur ; PeerReady n’utilise jamais
Internet.</p>
<p><b>{data}</b></p>
<h3>Sources</h3>
<p>Les questions, alertes et actions s’appuient sur ces documents, que PeerReady paraphrase :</p>
{sources}
<h3>Licences</h3>
<p>PeerReady est un logiciel libre (GNU GPL version 3 ou ultérieure). Il utilise Qt et PySide6 (LGPL),
reportlab (BSD), sqlite-utils (Apache 2.0), PyYAML (MIT) et la police DejaVu Sans (licence libre Bitstream
Vera / DejaVu).</p>
"""
