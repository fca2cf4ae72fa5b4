<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/help.py" line="+66"/>
        <source>À propos de PeerReady</source>
        <translation>About PeerReady</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire {0} : version {1}</source>
        <translation>Questionnaire {0}: version {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schéma de la base de données : {0} ({1})</source>
        <translation>Database schema: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="+79"/>
        <source>Action choisie</source>
        <extracomment>Days from today proposed for an action to do « Dès maintenant » (a date of today is past tomorrow). Fields a person changed, to save: {&quot;title&quot;: …}, {&quot;due_date&quot;: …}… « Supprimer… » was pressed for the action shown.</extracomment>
        <translation>Selected action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Abandonner</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passer l’action choisie à « Abandonné » : elle reste visible, grisée, et ne sera plus imprimée</source>
        <translation>Set the selected action to “Dropped”: it stays visible, greyed out, and is no longer printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonner l’action</source>
        <translation>Drop the action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supprimer une action ajoutée par l’équipe. Une action proposée s’abandonne, elle ne se supprime pas.</source>
        <translation>Delete an action added by the team. A proposed action can be dropped, not deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer l’action</source>
        <translation>Delete the action</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pourquoi cette action</source>
        <translation>Why this action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment faire</source>
        <translation>How to do it</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Intitulé de l’action</source>
        <translation>Action title</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Porté par</source>
        <translation>&amp;Led by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Porté par (rôle)</source>
        <translation>Led by (role)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un prénom ou une fonction</source>
        <translation>A first name or a job title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un prénom ou une fonction (par exemple « Awa » ou « la cheffe de service »). N’écrivez pas d’autres données personnelles.</source>
        <translation>A first name or a job title (for example “Awa” or “the service manager”). Do not write any other personal data.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nom de la personne qui porte l’action</source>
        <translation>Name of the person leading the action</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date d’échéance, jour/mois/année : par exemple 15/01/2027 (Alt+Flèche bas : le calendrier)</source>
        <translation>Due date, day/month/year: for example 15/01/2027 (Alt+Down arrow: the calendar)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>⚠ « {0} » n’est pas une date : tapez jour/mois/année, par exemple 15/01/2027. L’échéance n’a pas changé.</source>
        <translation>⚠ “{0}” is not a date: type day/month/year, for example 15/01/2027. The due date has not changed.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date proposée d’après l’horizon « {0} » : changez-la si besoin.</source>
        <translation>Date suggested from the timeframe “{0}”: change it if needed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Cette échéance est déjà passée ({0}). Elle est gardée : changez-la si ce n’est pas voulu.</source>
        <translation>⚠ This due date has already passed ({0}). It is kept: change it if that was not intended.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Pas de date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>In&amp;titulé</source>
        <translation>Ti&amp;tle</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pas de date d’échéance</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sans date, le plan affiche l’horizon proposé (par exemple « Dans les 3 mois »)</source>
        <translation>Without a date, the plan shows the suggested timeframe (for example “Within 3 months”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date d’échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Éc&amp;héance</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Statut</source>
        <extracomment>What to know about the date: already past, not understood, proposed from the horizon.</extracomment>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut de l’action</source>
        <translation>Action status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Où en est l’action, ce qui bloque… Pas de nom de personne accompagnée.</source>
        <translation>Where the action stands, what is holding it up… No names of people supported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistré quand vous quittez le champ (Tab)</source>
        <translation>Saved when you leave the field (Tab)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes sur l’action</source>
        <translation>Notes on the action</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Aucune action choisie</source>
        <translation>No action selected</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Action n° {0}</source>
        <translation>Action {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorité : {0}</source>
        <translation>Priority: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ajoutée par l’équipe</source>
        <translation>added by the team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abandonnée</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Action ajoutée par l’équipe.</source>
        <translation>Action added by the team.</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="+55"/>
        <source>N°</source>
        <extracomment>The person chose another action (not emitted while the table is being filled). Alt+Up (-1) or Alt+Down (+1) on the chosen action. The last texts measured for the columns, and their widths: a resize needs no new measure.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Porté par</source>
        <translation>Led by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions du plan</source>
        <translation>Actions in the plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flèches : choisir une action. Alt+Flèche haut ou bas : la déplacer dans le plan.</source>
        <translation>Arrow keys: choose an action. Alt+Up or Alt+Down arrow: move it in the plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flèches haut et bas : choisir une action
Alt+Flèche haut / Alt+Flèche bas : monter ou descendre l’action choisie</source>
        <translation>Up and down arrows: choose an action
Alt+Up arrow / Alt+Down arrow: move the selected action up or down</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Porté par : {0}</source>
        <translation>Led by: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance : {0}</source>
        <translation>Due: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✎ ajoutée par l’équipe</source>
        <translation>✎ added by the team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↻ reprise de l’évaluation précédente</source>
        <translation>↻ carried over from the previous assessment</translation>
    </message>
</context>
<context>
    <name>AnswerKeeper</name>
    <message>
        <location filename="../../peerready/ui/pages/session_answers.py" line="+77"/>
        <source>La réponse n’a pas été enregistrée.</source>
        <extracomment>True while the page fills the question screen: what its widgets then report is no answer.</extracomment>
        <translation>The answer was not saved.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>La fin du questionnaire n’a pas été enregistrée.</source>
        <translation>The end of the questionnaire was not saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Réponses non enregistrées</source>
        <translation>Answers not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 réponse n’est pas enregistrée</source>
        <translation>1 answer is not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} réponses ne sont pas enregistrées</source>
        <translation>{0} answers are not saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (marquées « ⚠ NON enregistrée »). Choisissez-les de nouveau pour les enregistrer, une fois le problème du dossier de données réglé.</source>
        <translation> (marked “⚠ NOT saved”). Choose them again to save them, once the problem with the data folder is fixed.</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="+163"/>
        <source>La collecte est close : plus personne ne peut répondre et les résultats sont visibles.</source>
        <translation>The collection is closed: nobody can answer any more and the results can be seen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voir les résultats</source>
        <translation>See the results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rouvrir la collecte</source>
        <translation>Reopen the collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour ajouter ou corriger des réponses ; les résultats seront de nouveau cachés</source>
        <translation>To add or correct answers; the results will be hidden again</translation>
    </message>
</context>
<context>
    <name>CollectionDesk</name>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="+48"/>
        <source>La nouvelle personne ou feuille n’a pas pu être enregistrée.</source>
        <translation>The new person or sheet could not be saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collecte</source>
        <translation>Answer collection</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clore la collecte et afficher les résultats ?</source>
        <translation>Close the collection and show the results?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pas encore fini :</source>
        <translation>Not finished yet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les résultats seront visibles par toute la salle. Pour ajouter des réponses ensuite, il faudra rouvrir la collecte.</source>
        <translation>The results will be visible to the whole room. To add answers afterwards, you will need to reopen the collection.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clore la collecte</source>
        <translation>Close the collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clore et voir les résultats</source>
        <translation>Close and see the results</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La collecte n’a pas été close.</source>
        <translation>The collection was not closed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> en cours</source>
        <translation> in progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personne n’a encore répondu</source>
        <translation>nobody has answered yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pas encore de décompte</source>
        <translation>no tally yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pas encore de réponse</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} / {1} questions</source>
        <translation>{0}/{1} questions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feuille n° {0} à {1}</source>
        <translation>sheet {0} at {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>réponse commune à {0}</source>
        <translation>joint answer at {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rouvrir la collecte</source>
        <translation>Reopen the collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rouvrir la collecte ? Les résultats seront cachés jusqu’à la prochaine clôture.</source>
        <translation>Reopen the collection? The results will be hidden until it is closed again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La collecte n’a pas été rouverte.</source>
        <translation>The collection was not reopened.</translation>
    </message>
</context>
<context>
    <name>CollectionOverview</name>
    <message>
        <location filename="../../peerready/ui/widgets/collection_overview.py" line="+47"/>
        <source>Vue d’ensemble de la collecte</source>
        <translation>Collection overview</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chaque groupe répond à part. Les résultats restent cachés jusqu’à la clôture de la collecte, pour que personne ne réponde sous l’influence de la salle.</source>
        <translation>Each group answers separately. The results stay hidden until the collection is closed, so that nobody answers under the influence of the room.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clore la collecte et voir les résultats</source>
        <translation>Close the collection and see the results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quand tout le monde a répondu : affiche les résultats à toute la salle</source>
        <translation>When everyone has answered: shows the results to the whole room</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Étape : {0}</source>
        <extracomment>One card per group, and all their buttons in the order the keyboard meets them.</extracomment>
        <translation>Stage: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (version courte)</source>
        <translation> (short version)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="+36"/>
        <source>Comparer deux évaluations — {0}</source>
        <translation>Compare two assessments — {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comparer l’évaluation du {0} avec &amp;celle du :</source>
        <translation>Compare the assessment from {0} &amp;with the one from:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Évaluation à comparer</source>
        <translation>Assessment to compare</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Détail de la comparaison</source>
        <translation>Comparison details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Évolution</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Scores par dimension, avant et après</source>
        <translation>Scores by dimension, before and after</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerte</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alertes levées et nouvelles</source>
        <translation>Cleared and new alerts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut à l’époque</source>
        <translation>Status then</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut maintenant</source>
        <translation>Status now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions de la première évaluation et ce qu’elles sont devenues</source>
        <translation>Actions from the first assessment and what became of them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cette structure n’a pas d’autre évaluation terminée. Refaites l’évaluation dans quelques mois pour voir ce qui a bougé et ce qui a été fait.</source>
        <translation>This organisation has no other finished assessment. Do the assessment again in a few months to see what has changed and what has been done.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Du {0} au {1}</source>
        <translation>From {0} to {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau : {0} → {1}</source>
        <translation>Level: {0} → {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score d’ensemble : {0} → {1} ({2})</source>
        <translation>Overall score: {0} → {1} ({2})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Étape : {0} → {1}</source>
        <translation>Stage: {0} → {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comparées sur les {0} questions posées les deux fois ; {1} posées seulement la première fois et {2} seulement la seconde ne sont pas comparées.</source>
        <translation>Compared on the {0} questions asked both times; {1} asked only the first time and {2} only the second time are not compared.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✓ levée</source>
        <translation>✓ cleared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ nouvelle</source>
        <translation>⚠ new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune alerte n’a changé.</source>
        <translation>No alert has changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La première évaluation n’avait pas d’action.</source>
        <translation>The first assessment had no actions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimensions ({0})</source>
        <translation>Dimensions ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alertes ({0}, {1})</source>
        <translation>Alerts ({0}, {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actions ({0} sur {1})</source>
        <translation>Actions ({0} of {1})</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <location filename="../../peerready/ui/dialogs/__init__.py" line="+61"/>
        <source>dossier choisi</source>
        <translation>folder chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mode portable, à côté du programme</source>
        <translation>portable mode, next to the program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier de l’utilisateur</source>
        <translation>user’s folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Données : {0} ({1})</source>
        <translation>Data: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location line="+13"/>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Regarder dans&#xa0;:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom du fichier&#xa0;:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type de fichier&#xa0;:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choisir</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Document enregistré</source>
        <translation>Document saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le document est enregistré ici :
{0}

Aucun programme n’a pu l’ouvrir sur cet ordinateur (pour un PDF, il faut un lecteur de PDF). Vous pouvez ouvrir son dossier et le copier ou l’envoyer.</source>
        <translation>The document is saved here:
{0}

No program could open it on this computer (a PDF needs a PDF reader). You can open its folder and copy or send it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Le dossier n’a pas pu être ouvert. Il se trouve ici :
{0}</source>
        <translation>The folder could not be opened. It is here:
{0}</translation>
    </message>
</context>
<context>
    <name>DimensionList</name>
    <message>
        <location filename="../../peerready/ui/widgets/dimension_list.py" line="+34"/>
        <source>▶ {0}</source>
        <translation>▶ {0}</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="+63"/>
        <source>Imprimer le plan…</source>
        <extracomment>The follow-up lists every action, the abandoned ones too (with their status). The file being made (or made last) and its kind, for the message if it fails.</extracomment>
        <translation>Print the plan…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imprimer le plan</source>
        <translation>Print the plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imprimer le rapport complet…</source>
        <translation>Print the full report…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imprimer le rapport complet</source>
        <translation>Print the full report</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Comparer avec une autre évaluation…</source>
        <translation>Compare with another assessment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voir ce qui a bougé depuis une autre évaluation de la structure, et ce qui a été fait</source>
        <translation>See what has changed since another assessment of the organisation, and what has been done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparer avec une autre évaluation</source>
        <translation>Compare with another assessment</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Rapport complet</source>
        <translation>Full report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan d’action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>PDF enregistré : {0}</source>
        <translation>PDF saved: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF impossible</source>
        <translation>Could not make the PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le PDF n’a pas pu être fait :
{0}</source>
        <translation>The PDF could not be made:
{0}</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Exporter les actions</source>
        <translation>Export the actions</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Faire le PDF du plan d’action à distribuer (Ctrl+P). Pour un lecteur d’écran ou pour le modifier : Exporter…, document Word</source>
        <translation>Make a PDF of the action plan to hand out (Ctrl+P). For a screen reader or to edit it: Export…, Word document</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Faire le PDF du rapport complet : résultats détaillés, réponses question par question et plan (Ctrl+Maj+P). Pour un lecteur d’écran ou pour le modifier : Exporter…, document Word</source>
        <translation>Make a PDF of the full report: detailed results, answers question by question, and the plan (Ctrl+Shift+P). For a screen reader or to edit it: Export…, Word document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pour les personnes qui n’ont pas PeerReady : le plan ou le rapport en document Word modifiable (lisible avec un lecteur d’écran), le suivi des actions en tableur (Ctrl+E)</source>
        <translation>For people who don’t have PeerReady: the plan or the report as an editable Word document (readable with a screen reader), the action follow-up as a spreadsheet (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter le plan : Word, Excel ou CSV</source>
        <translation>Export the plan: Word, Excel or CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan d’action en document Word (.docx)…</source>
        <translation>Action plan as a Word document (.docx)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport complet en document Word (.docx)…</source>
        <translation>Full report as a Word document (.docx)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suivi des actions en tableur Excel (.xlsx)…</source>
        <translation>Action follow-up as an Excel spreadsheet (.xlsx)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suivi des actions en CSV…</source>
        <translation>Action follow-up as CSV…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Préparation du document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Préparation du document en cours</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Suivi du plan d’action</source>
        <translation>Action plan follow-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer le document Word</source>
        <translation>Save the Word document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le tableur</source>
        <translation>Save the spreadsheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Fichier enregistré : {0}</source>
        <translation>File saved: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le fichier n’a pas pu être fait :
{0}</source>
        <translation>The file could not be made:
{0}</translation>
    </message>
</context>
<context>
    <name>FaultHandler</name>
    <message>
        <location filename="../../peerready/ui/faults.py" line="+85"/>
        <source>(inconnu)</source>
        <extracomment>What can go wrong below the app when it reads or writes its data.</extracomment>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le dossier de données {0} est en lecture seule ou protégé (clé USB verrouillée, CD, dossier sans droit d’écriture) : PeerReady ne peut rien y enregistrer.</source>
        <translation>The data folder {0} is read-only or protected (locked USB stick, CD, folder without write permission): PeerReady cannot save anything there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le disque du dossier de données {0} est plein : PeerReady ne peut plus rien y enregistrer. Libérez de la place puis réessayez, ou continuez dans un autre dossier.</source>
        <translation>The disk of the data folder {0} is full: PeerReady cannot save anything more there. Free up some space and try again, or carry on in another folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le dossier de données {0} n’est plus accessible (clé USB retirée, disque réseau déconnecté, dossier déplacé ou renommé). Remettez-le en place puis réessayez, ou continuez dans un autre dossier.</source>
        <translation>The data folder {0} can no longer be reached (USB stick removed, network drive disconnected, folder moved or renamed). Put it back and try again, or carry on in another folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Un autre programme bloque la base de données depuis plus de {1}&#xa0;secondes (une synchronisation, un antivirus, un autre PeerReady&#x202f;?). Attendez un peu puis réessayez.</source>
        <translation>Another program has been locking the database for more than {1}&#xa0;seconds (a sync tool, an antivirus, another PeerReady?). Wait a little and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} est un fichier, pas un dossier : PeerReady ne peut pas y ranger ses données. Choisissez un autre dossier de données.</source>
        <translation>{0} is a file, not a folder: PeerReady cannot keep its data there. Choose another data folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À la place du fichier de la base de données, il y a un dossier dans {0}. PeerReady n’y a pas touché. Choisissez un autre dossier de données, ou déplacez ce dossier.</source>
        <translation>In {0}, there is a folder where the database file should be. PeerReady has not touched it. Choose another data folder, or move that folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La base de données de {0} est endommagée. Restaurez une sauvegarde (Fichier → Restaurer une sauvegarde) ou continuez dans un autre dossier.</source>
        <translation>The database in {0} is damaged. Restore a backup (File → Restore a backup) or carry on in another folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le disque du dossier de données {0} a signalé une erreur de lecture ou d’écriture (support abîmé, clé USB mal branchée). Réessayez, ou continuez dans un autre dossier.</source>
        <translation>The disk of the data folder {0} reported a read or write error (damaged media, USB stick not plugged in properly). Try again, or carry on in another folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erreur en lisant ou en écrivant dans le dossier {0} ({2}).</source>
        <translation>Error while reading or writing in the folder {0} ({2}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dossier de données en lecture seule</source>
        <translation>data folder is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disque plein</source>
        <translation>disk full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier de données inaccessible</source>
        <translation>data folder unreachable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base bloquée par un autre programme</source>
        <translation>database locked by another program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accès refusé au dossier de données</source>
        <translation>access to the data folder denied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erreur du disque</source>
        <translation>disk error</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>dossier de données inutilisable</source>
        <translation>data folder unusable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base endommagée</source>
        <translation>database damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erreur d’écriture</source>
        <translation>write error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ce support est en lecture seule ou protégé</source>
        <translation>this drive is read-only or protected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ce dossier n’est plus accessible</source>
        <translation>this folder can no longer be reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ce dossier n’existe pas</source>
        <translation>this folder does not exist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier {0} n’a pas pu être écrit : {1}.</source>
        <translation>The file {0} could not be written: {1}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problème avec le dossier de données</source>
        <translation>Problem with the data folder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>« Réessayer » une fois le problème réglé. « Copier les données… » met une copie de tout ailleurs (une autre clé, le disque de l’ordinateur). « Changer de dossier… » continue dans un autre dossier, où les données sont copiées si elles peuvent encore être lues.</source>
        <translation>“Retry” once the problem is fixed. “Copy the data…” puts a copy of everything somewhere else (another USB stick, the computer’s disk). “Change folder…” carries on in another folder, where the data is copied if it can still be read.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copier les données…</source>
        <translation>Copy the data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer de dossier…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enregistrer une copie des données</source>
        <translation>Save a copy of the data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sauvegardes PeerReady (*.sqlite3)</source>
        <translation>PeerReady backups (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copie impossible</source>
        <translation>Copy failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La copie n’a pas pu être faite.

{0}</source>
        <translation>The copy could not be made.

{0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copie enregistrée</source>
        <translation>Copy saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toutes les données sont copiées dans :
{0}

Pour les retrouver : Fichier → Restaurer une sauvegarde, ou « peerready restore » sur un autre ordinateur.</source>
        <translation>All the data has been copied to:
{0}

To get it back: File → Restore a backup, or “peerready restore” on another computer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continuer dans quel dossier de données ?</source>
        <translation>Carry on in which data folder?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Même dossier</source>
        <translation>Same folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C’est le dossier de données actuel : choisissez-en un autre.</source>
        <translation>This is the current data folder: choose another one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dossier déjà utilisé</source>
        <translation>Folder already in use</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier inutilisable</source>
        <translation>Unusable folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Nouveau dossier de données</source>
        <translation>New data folder</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Les données sont copiées dans {0} : vous continuez dans ce dossier.</source>
        <translation>The data has been copied to {0}: you are now working in that folder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PeerReady utilise maintenant le dossier {0}. Les données de l’ancien dossier n’ont pas pu y être copiées (ou ce dossier avait déjà les siennes) : ce qui n’était pas enregistré ne l’est toujours pas.</source>
        <translation>PeerReady now uses the folder {0}. The data from the old folder could not be copied there (or that folder already had its own): what was not saved is still not saved.</translation>
    </message>
</context>
<context>
    <name>FindingsWriter</name>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="+34"/>
        <location line="+17"/>
        <location line="+10"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>D’après : {0}</source>
        <translation>Based on: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aucune alerte.</source>
        <translation>No alerts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Écart de {0}</source>
        <translation>Gap of {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — {1} ; écart de {2}</source>
        <translation>{0} — {1}; gap of {2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucun écart marqué entre les groupes.</source>
        <translation>No marked gap between the groups.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Réponse commune notée « avis partagés »</source>
        <translation>Joint answer marked “divided opinions”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour : {0} · Contre : {1}</source>
        <translation>For: {0} · Against: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aucun groupe n’a des avis partagés.</source>
        <translation>No group has divided opinions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Beaucoup de « je ne sais pas » : {0}</source>
        <translation>Many “don’t know” answers: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} « je ne sais pas » ({1} des réponses)</source>
        <translation>{0} “don’t know” ({1} of the answers)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sans réponse : {0}</source>
        <translation>Unanswered: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rien ne manque : toutes les questions ont une réponse.</source>
        <translation>Nothing is missing: every question has an answer.</translation>
    </message>
</context>
<context>
    <name>GroupCard</name>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="+35"/>
        <source>Mode : {0} · {1} questions</source>
        <extracomment>Opens the group&apos;s collection on the participants&apos; own phones (None: not offered here).</extracomment>
        <translation>Mode: {0} · {1} questions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} / {1} questions répondues</source>
        <extracomment>The card&apos;s buttons, in the order the keyboard meets them.</extracomment>
        <translation>{0}/{1} questions answered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réponse commune</source>
        <translation>Joint answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le groupe se met d’accord sur une réponse à chaque question</source>
        <translation>The group agrees on one answer to each question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponse commune : {0}</source>
        <translation>Joint answer: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Personne n’a encore terminé</source>
        <translation>Nobody has finished yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 personne a terminé</source>
        <translation>1 person has finished</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} personnes ont terminé</source>
        <translation>{0} people have finished</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {0} en cours</source>
        <translation> · {0} in progress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvre l’écran neutre pour passer l’ordinateur à la personne suivante</source>
        <translation>Opens the neutral screen to pass the computer to the next person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle personne : {0}</source>
        <translation>New person: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sur les téléphones…</source>
        <translation>On phones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tout le groupe répond en même temps, chacun sur son téléphone, par le Wi-Fi de la salle</source>
        <translation>The whole group answers at the same time, each on their own phone, over the room’s Wi-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur les téléphones : {0}</source>
        <translation>On phones: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprendre la personne n° {0} ({1} / {2})</source>
        <translation>Resume person {0} ({1}/{2})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cette personne n’avait pas fini : elle reprend où elle s’était arrêtée</source>
        <translation>This person had not finished: they pick up where they left off</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} / {1} questions décomptées</source>
        <translation>{0}/{1} questions tallied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {0} feuilles de décompte</source>
        <translation> · {0} tally sheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas encore de décompte</source>
        <translation>No tally yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saisir le décompte</source>
        <translation>Enter the tally</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tapez combien de personnes ont choisi chaque réponse</source>
        <translation>Type how many people chose each answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saisir le décompte : {0}</source>
        <translation>Enter the tally: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feuille n° {0}</source>
        <translation>Sheet {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprendre cette feuille de décompte</source>
        <translation>Resume this tally sheet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajouter une feuille</source>
        <translation>Add a sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour une autre réunion du même groupe : les décomptes s’additionnent</source>
        <translation>For another meeting of the same group: the tallies add up</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/help.py" line="-24"/>
        <source>Guide pour animer l’atelier</source>
        <translation>Guide to running the workshop</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="-112"/>
        <location line="+45"/>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Commencer (Entrée)</source>
        <translation>Start (Enter)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{0} · {1}, environ {2}</source>
        <translation>{0} · {1}, about {2}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Passez l’ordinateur à la personne suivante. Vos réponses restent anonymes : elles ne seront jamais montrées une par une.</source>
        <translation>Pass the computer to the next person. Your answers stay anonymous: they will never be shown one by one.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>La séance a été interrompue pendant les réponses d’une personne. Appelez la personne qui anime l’atelier : elle seule peut les reprendre.</source>
        <translation>The session was interrupted while someone was answering. Call the workshop facilitator: only they can resume those answers.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} · reprise à la question {1} / {2}</source>
        <translation>{0} · resuming at question {1} of {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>HiddenResults</name>
    <message>
        <location filename="../../peerready/ui/pages/results_hidden.py" line="+22"/>
        <source>Les résultats restent cachés tant que la collecte est ouverte, pour que personne ne réponde sous l’influence du groupe.</source>
        <translation>The results stay hidden while the collection is open, so that nobody answers under the influence of the group.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clore la collecte et voir les résultats</source>
        <translation>&amp;Close the collection and see the results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clore la collecte et voir les résultats (Alt+C)</source>
        <translation>Close the collection and see the results (Alt+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clore la collecte et voir les résultats</source>
        <translation>Close the collection and see the results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retour à la séance</source>
        <translation>&amp;Return to the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retour à la séance (Alt+R)</source>
        <translation>Return to the session (Alt+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retour à la séance</source>
        <translation>Return to the session</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="+28"/>
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nom ou secteur de la structure</source>
        <translation>Name or sector of the organisation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Liste des structures</source>
        <translation>List of organisations</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière évaluation</source>
        <translation>Latest assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions ouvertes</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calcul…</source>
        <translation>calculating…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aucune structure pour l’instant. Commencez par « Nouvelle structure » (Ctrl+N), ou importez un fichier .peerready.</source>
        <translation>No organisations yet. Start with “New organisation” (Ctrl+N), or import a .peerready file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ouvrir la structure (Entrée)</source>
        <translation>Open the organisation (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nouvelle structure</source>
        <translation>&amp;New organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Créer une structure (Ctrl+N)</source>
        <translation>Create an organisation (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renommer (F2)</source>
        <translation>Rename (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer la structure et toutes ses données (Suppr)</source>
        <translation>Delete the organisation and all its data (Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer un fichier .peerready (Ctrl+I)</source>
        <translation>Import a .peerready file (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporter la structure vers un fichier .peerready</source>
        <translation>Export the organisation to a .peerready file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Vue d’ensemble</source>
        <translation>Ove&amp;rview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vue d’ensemble anonyme de toutes les structures (Ctrl+G)</source>
        <translation>Anonymous overview of all organisations (Ctrl+G)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reno&amp;mmer</source>
        <translation>Rena&amp;me</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Im&amp;porter…</source>
        <translation>Im&amp;port…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Aucune structure ne correspond à « {0} ».</source>
        <translation>No organisation matches “{0}”.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+10"/>
        <source>Nouvelle structure</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nom de la structure (par exemple « CHRS Les Tilleuls ») :</source>
        <translation>Name of the organisation (for example “CHRS Les Tilleuls”):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La structure « {0} » n’a pas été créée.</source>
        <translation>The organisation “{0}” was not created.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Structure « {0} » créée.</source>
        <translation>Organisation “{0}” created.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Renommer</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Nouveau nom :</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La structure n’a pas été renommée.</source>
        <translation>The organisation was not renamed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Supprimer « {0} » et toutes ses données ?

{1}, {2} et {3} seront effacées de cet ordinateur. Une sauvegarde de toutes les données est faite juste avant : pour revenir en arrière, Fichier → Restaurer une sauvegarde (« avant-suppression »).</source>
        <translation>Delete “{0}” and all its data?

{1}, {2} and {3} will be erased from this computer. A backup of all the data is made just before: to undo this, File → Restore a backup (the “avant-suppression” one).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>« {0} » n’a pas été supprimée.</source>
        <translation>“{0}” was not deleted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>« {0} » a été supprimée. Une sauvegarde d’avant la suppression est dans {1}</source>
        <translation>“{0}” has been deleted. A backup from before the deletion is in {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importé : {0}, {1}, {2}, {3}.</source>
        <translation>Imported: {0}, {1}, {2}, {3}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Exporté vers {0} : {1}, {2}, {3}. Les commentaires libres ne sont pas inclus.</source>
        <translation>Exported to {0}: {1}, {2}, {3}. Free-text comments are not included.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Supprimer une structure</source>
        <translation>Delete an organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+26"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+46"/>
        <source>Fichiers PeerReady (*.peerready)</source>
        <translation>PeerReady files (*.peerready)</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+29"/>
        <source>Importation en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Ce fichier était déjà importé : rien n’a changé.</source>
        <translation>This file had already been imported: nothing has changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Une autre structure portait déjà ce nom : renommée {0}.</source>
        <translation>Another organisation already had this name: renamed {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce fichier n’a pas été importé ; rien n’a été modifié.</source>
        <translation>This file was not imported; nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importation impossible</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Exportation en cours…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="+47"/>
        <source>Contenu</source>
        <extracomment>A second start of PeerReady on the same data folder asked this window to come forward.</extracomment>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouverture des données…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>La page n’a pas pu être affichée.</source>
        <translation>The page could not be shown.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ce que vous vouliez ouvrir n’existe plus (supprimé ou remplacé par une sauvegarde).</source>
        <translation>What you wanted to open no longer exists (deleted, or replaced by a backup).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page : {0}</source>
        <translation>Page: {0}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>PeerReady était déjà ouvert : voici sa fenêtre.</source>
        <translation>PeerReady was already open: here is its window.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accueil</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nouvelle structure…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Importer un fichier .peerready…</source>
        <translation>&amp;Import a .peerready file…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Vue d’ensemble des structures</source>
        <translation>&amp;Overview of organisations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Faire une &amp;sauvegarde maintenant</source>
        <translation>Make a &amp;backup now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texte plus &amp;grand</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Texte plus &amp;petit</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taille &amp;normale</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contraste élevé</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Réglages…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Guide pour animer l’atelier</source>
        <translation>&amp;Guide to running the workshop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>À &amp;propos de PeerReady</source>
        <translation>&amp;About PeerReady</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>La sauvegarde n’a pas été faite.</source>
        <extracomment>What a participant answering on the laptop may not reach: all but text size and contrast.</extracomment>
        <translation>The backup was not made.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sauvegarde faite :
{0}</source>
        <translation>Backup made:
{0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sauvegardes PeerReady (*.sqlite3)</source>
        <translation>PeerReady backups (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C’est la base de données en cours d’utilisation, pas une sauvegarde.</source>
        <translation>This is the database currently in use, not a backup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remplacer toutes les données actuelles par cette sauvegarde ?
{0}

Les données actuelles seront d’abord sauvegardées dans {1}.</source>
        <translation>Replace all the current data with this backup?
{0}

The current data will first be backed up to {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La sauvegarde n’a pas été restaurée ; les données sont restées comme avant.</source>
        <translation>The backup was not restored; the data is as it was before.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sauvegarde restaurée. Les données d’avant sont gardées dans {0}</source>
        <translation>Backup restored. The previous data is kept in {0}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Restauration impossible</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Taille du texte : {0} %</source>
        <translation>Text size: {0}%</translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <location filename="../../peerready/ui/widgets/option_button.py" line="+47"/>
        <source>Choisir cette réponse (touche {0})</source>
        <extracomment>The border of a chosen answer; the labels keep clear of it.</extracomment>
        <translation>Choose this answer (key {0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ {0} (choisie, NON enregistrée)</source>
        <translation>⚠ {0} (chosen, NOT saved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponse choisie, mais non enregistrée</source>
        <translation>Answer chosen, but not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ {0} (choisie)</source>
        <translation>✓ {0} (chosen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponse choisie</source>
        <translation>Answer chosen</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="+38"/>
        <location line="+58"/>
        <source>Vue d’ensemble des structures</source>
        <translation>Overview of organisations</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Pour la dernière évaluation de chaque structure. Anonyme : aucune structure n’est nommée ici.
{0}, dont {1}.</source>
        <translation>Based on each organisation’s latest assessment. Anonymous: no organisation is named here.
{0}, including {1}.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Vue d’ensemble</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Calcul des résultats</source>
        <translation>Calculating the results</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter en tableur…</source>
        <translation>Export as a spreadsheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter la vue d’ensemble en tableur Excel</source>
        <translation>Export the overview as an Excel spreadsheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un classeur Excel (.xlsx), une feuille par vue, anonyme comme cette vue d’ensemble</source>
        <translation>An Excel workbook (.xlsx), one sheet per view, anonymous like this overview</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calcul des résultats de {0}, une seule fois…</source>
        <extracomment>The figures shown, exported as they are.</extracomment>
        <translation>Calculating the results of {0}, once only…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enregistrer le tableur</source>
        <translation>Save the spreadsheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le tableur n’a pas pu être fait :
{0}</source>
        <translation>The spreadsheet could not be made:
{0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Étape du projet</source>
        <translation>Project stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau de préparation</source>
        <translation>Readiness level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score moyen par dimension</source>
        <translation>Average score by dimension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alertes les plus fréquentes</source>
        <translation>Most frequent alerts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Actions des plans</source>
        <translation>Actions in the plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faites</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonnées</source>
        <translation>Dropped</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../peerready/ui/widgets/__init__.py" line="+54"/>
        <source>← Retour</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retour à la page précédente (Alt+Flèche gauche)</source>
        <translation>Back to the previous page (Alt+Left arrow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retour (Alt+Flèche gauche)</source>
        <translation>Back (Alt+Left arrow)</translation>
    </message>
</context>
<context>
    <name>PassedList</name>
    <message>
        <location filename="../../peerready/ui/widgets/passed_list.py" line="+46"/>
        <source>Questions sans réponse</source>
        <extracomment>The index of the question to go back to.</extracomment>
        <translation>Unanswered questions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Répondre à la question choisie</source>
        <translation>Answer the selected question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenir à la question choisie dans la liste (Entrée)</source>
        <translation>Go back to the question selected in the list (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminer sans y répondre</source>
        <translation>Finish without answering them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ces questions resteront sans réponse</source>
        <translation>These questions will stay unanswered</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Avant de terminer : {0} sans réponse sur {1}</source>
        <translation>Before finishing: {0} unanswered out of {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vous pouvez y revenir, ou les laisser sans réponse : ne pas répondre est permis. Choisissez une question puis Entrée pour y revenir.</source>
        <translation>You can go back to them, or leave them unanswered: not answering is allowed. Choose a question, then press Enter to go back to it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenez-y maintenant, ou terminez : elles resteront sans réponse pour ce groupe. Choisissez une question puis Entrée pour y revenir.</source>
        <translation>Go back to them now, or finish: they will stay unanswered for this group. Choose a question, then press Enter to go back to it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question {0} · {1} — {2}</source>
        <translation>Question {0} · {1} — {2}</translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="+66"/>
        <source>Sur les téléphones : {0}</source>
        <translation>On phones: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} : répondez sur votre téléphone</source>
        <translation>{0}: answer on your phone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connectez-vous au même Wi-Fi que cet ordinateur, puis visez ce code avec l’appareil photo, ou tapez l’adresse. Pas d’application, pas de compte, pas de nom.</source>
        <translation>Connect to the same Wi-Fi as this computer, then point your phone’s camera at this code, or type the address. No app, no account, no name.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Réseau :</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Les téléphones n’arrivent pas à ouvrir la page ?
• Ils doivent être sur le même réseau Wi-Fi que cet ordinateur (pas sur leurs données mobiles).
• Sous Windows, si une fenêtre du pare-feu s’est ouverte, autorisez PeerReady sur les réseaux privés. Un réseau « invité » isole souvent les appareils : il ne convient pas.
• Sinon, créez un partage de connexion (point d’accès) avec votre téléphone ou cet ordinateur, protégé par un mot de passe, et connectez-y tout le monde.
• Vous pouvez aussi continuer autrement (personne par personne, décompte) : ce que les téléphones ont déjà envoyé est gardé.</source>
        <translation>The phones can’t open the page?
• They must be on the same Wi-Fi network as this computer (not on their mobile data).
• On Windows, if a firewall window opened, allow PeerReady on private networks. A “guest” network often keeps devices apart: it won’t work.
• Otherwise, set up a hotspot (connection sharing) on your phone or on this computer, protected by a password, and connect everyone to it.
• You can also carry on another way (person by person, tally): what the phones have already sent is kept.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Arrêter la collecte sur les téléphones</source>
        <translation>&amp;Stop the collection on the phones</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cet ordinateur n’est relié à aucun réseau. Créez un partage de connexion (point d’accès) avec votre téléphone ou cet ordinateur, connectez-y tout le monde, puis rouvrez cette fenêtre.</source>
        <translation>This computer is not connected to any network. Set up a hotspot (connection sharing) on your phone or on this computer, connect everyone to it, then open this window again.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Adresse à taper : {0}</source>
        <translation>Address to type: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code QR de l’adresse {0}</source>
        <translation>QR code for the address {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aucun téléphone connecté pour l’instant</source>
        <translation>No phones connected yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 téléphone connecté</source>
        <translation>1 phone connected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} téléphones connectés</source>
        <translation>{0} phones connected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>personne n’a encore terminé</source>
        <translation>nobody has finished yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 a terminé</source>
        <translation>1 has finished</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ont terminé</source>
        <translation>{0} have finished</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La collecte de l’évaluation est close : les téléphones ne peuvent plus répondre.</source>
        <translation>The assessment’s collection is closed: the phones can no longer answer.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="+51"/>
        <source>Plan d’action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>← Résultats</source>
        <translation>← Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retour aux résultats</source>
        <translation>Back to the results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retour aux résultats (Alt+Flèche gauche)</source>
        <translation>Back to the results (Alt+Left arrow)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>La collecte des réponses est encore ouverte. Le plan d’action se construit à partir des résultats : terminez la collecte depuis la page des résultats, puis revenez ici.</source>
        <translation>The answer collection is still open. The action plan is built from the results: close the collection from the results page, then come back here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Aller aux résultats</source>
        <translation>Go to the results</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>De la plus urgente à la moins urgente. Choisissez qui porte chaque action et pour quand, suivez son avancement, ajoutez les vôtres. Tout est enregistré aussitôt.</source>
        <translation>From the most urgent to the least urgent. Choose who leads each action and by when, follow its progress, add your own. Everything is saved straight away.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>{0}. {1} — cette semaine : {2}</source>
        <translation>{0}. {1} — this week: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les chantiers :</source>
        <translation>Workstreams:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>La modification de l’action n’a pas été enregistrée.</source>
        <translation>The change to the action was not saved.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>L’action n’a pas été déplacée.</source>
        <translation>The action was not moved.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>▲ Monter</source>
        <translation>▲ Move up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monter l’action</source>
        <translation>Move the action up</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Monter l’action choisie dans le plan (Alt+Flèche haut dans la liste)</source>
        <translation>Move the selected action up the plan (Alt+Up arrow in the list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▼ Descendre</source>
        <translation>▼ Move down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Descendre l’action</source>
        <translation>Move the action down</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Descendre l’action choisie dans le plan (Alt+Flèche bas dans la liste)</source>
        <translation>Move the selected action down the plan (Alt+Down arrow in the list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ajouter une action…</source>
        <translation>Add an action…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+148"/>
        <source>Ajouter une action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Ajouter une action de l’équipe à la fin du plan (Ctrl+Maj+N)</source>
        <translation>Add a team action at the end of the plan (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plan d’action — {0}</source>
        <translation>Action plan — {0}</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Intitulé de la nouvelle action :</source>
        <translation>Title of the new action:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L’action « {0} » n’a pas été ajoutée.</source>
        <translation>The action “{0}” was not added.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Supprimer l’action « {0} » ? Elle disparaîtra du plan.</source>
        <translation>Delete the action “{0}”? It will disappear from the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer une action</source>
        <translation>Delete an action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L’action n’a pas été supprimée.</source>
        <translation>The action was not deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppression impossible</source>
        <translation>Could not delete</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message>
        <location filename="../../peerready/ui/words.py" line="+78"/>
        <source>action</source>
        <extracomment>The words the interface counts, singular then plural, in French (« 1 réponse », « 2 réponses »).</extracomment>
        <translation>action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>évaluation</source>
        <translation>assessment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>évaluations</source>
        <translation>assessments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>évaluée</source>
        <translation>assessed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>évaluées</source>
        <translation>assessed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faite</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>faites</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>levée</source>
        <translation>cleared</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>levées</source>
        <translation>cleared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nouvelle</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nouvelles</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personne</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>personnes</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personne présente</source>
        <translation>person present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>personnes présentes</source>
        <translation>people present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question sans réponse</source>
        <translation>question without an answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>questions sans réponse</source>
        <translation>questions without an answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réponse</source>
        <translation>answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>réponses</source>
        <translation>answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>structure</source>
        <translation>structure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>structures</source>
        <translation>structures</translation>
    </message>
</context>
<context>
    <name>PostsEditor</name>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="+19"/>
        <source>Le ou les postes de travail pair (facultatif)</source>
        <translation>Peer worker post(s) (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Décrivez chaque poste, prévu ou occupé, sans nom : plusieurs pairs peuvent avoir des statuts différents. Le plan en tient compte.</source>
        <translation>Describe each post, planned or filled, without names: several peer workers may have different statuses. The plan takes this into account.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postes décrits</source>
        <translation>Posts described</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrat :</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temps de travail :</source>
        <translation>Working time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salaire :</source>
        <translation>Pay:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification :</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ajouter ce poste</source>
        <translation>Add this post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer le poste choisi</source>
        <translation>Remove the selected post</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Poste {0} : {1}</source>
        <translation>Post {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PrepareDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="+48"/>
        <location line="+165"/>
        <source>Nouvelle évaluation</source>
        <extracomment>A group that answers on phones is stored as person by person: each phone is one anonymous respondent.</extracomment>
        <translation>New assessment</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>&amp;Questionnaire :</source>
        <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>É&amp;tape du projet :</source>
        <translation>Project &amp;stage:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;urte (vérification rapide)</source>
        <translation>Sh&amp;ort (quick check)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version :</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qui répond, et comment</source>
        <translation>Who answers, and how</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>À tour de rôle (l’ordinateur passe de main en main)</source>
        <extracomment>Whether the facilitator wants each group, whatever the version or stage shown asks it.</extracomment>
        <translation>Taking turns (the computer is passed from hand to hand)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Personnes accompagnées : leurs questions parlent du travail pair dans l’équipe. Ne les posez qu’avec l’accord de la personne en poste, qui choisit de dire ou non son parcours.</source>
        <translation>People supported: their questions are about peer work in the team. Only ask them with the agreement of the peer worker in post, who chooses whether or not to share their own story.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Décompte (vote à main levée ou bulletins papier)</source>
        <translation>Tally (show of hands or paper ballots)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Comp&amp;lète</source>
        <translation>Ful&amp;l</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Réponse commune du groupe</source>
        <translation>Joint answer from the group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sur leurs téléphones</source>
        <translation>On their phones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulletins papier glissés dans une urne, comptés par l’animation</source>
        <extracomment>Accompanied people never answer by a show of hands in front of the staff who support them.</extracomment>
        <translation>Paper ballots put in a box, counted by the facilitators</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Façon de répondre : {0}</source>
        <translation>Way of answering: {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Les actions encore ouvertes de la dernière évaluation seront reprises.</source>
        <translation>The actions still open from the latest assessment will be carried over.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imprimer les questionnaires &amp;papier…</source>
        <translation>Print &amp;paper questionnaires…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un questionnaire vierge par groupe coché, pour une séance sur papier</source>
        <translation>One blank questionnaire per ticked group, for a session on paper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Commencer la séance</source>
        <translation>S&amp;tart the session</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{0} questions</source>
        <translation>{0} questions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aucune question</source>
        <translation>no questions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cette version ne pose aucune question à ce groupe : il sera recoché avec ses questions.</source>
        <translation>This version asks this group no questions: it will be ticked again when it has questions.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>La nouvelle évaluation n’a pas été créée.</source>
        <translation>The new assessment was not created.</translation>
    </message>
</context>
<context>
    <name>QuestionFlow</name>
    <message>
        <location filename="../../peerready/ui/pages/session_questions.py" line="+47"/>
        <source>réponse choisie mais non enregistrée</source>
        <translation>answer chosen but not saved</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="+56"/>
        <source>&amp;Dimensions</source>
        <translation>&amp;Dimensions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avancement par dimension</source>
        <translation>Progress by dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aller à une dimension : Ctrl+D, flèches puis Entrée</source>
        <translation>Go to a dimension: Ctrl+D, arrow keys, then Enter</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Les avis restent &amp;partagés</source>
        <extracomment>« Question 3 passée sans réponse »: said on the next question, so that no question is passed silently.</extracomment>
        <translation>O&amp;pinions remain divided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les avis restent partagés</source>
        <translation>Opinions remain divided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochez si le groupe n’a pas vraiment pu se mettre d’accord (Alt+P)</source>
        <translation>Tick if the group could not really agree (Alt+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pourquoi cette question ?</source>
        <translation>Why this question?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afficher ou masquer l’explication et les sources (touche ? ou Ctrl+W)</source>
        <translation>Show or hide the explanation and the sources (? key or Ctrl+W)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>← Précédent</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question précédente (Retour arrière ou flèche gauche)</source>
        <translation>Previous question (Backspace or left arrow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question précédente</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <source>Suivant →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Question suivante (Entrée ou flèche droite)</source>
        <translation>Next question (Enter or right arrow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Question suivante</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Vue d’ensemble</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenir à la vue d’ensemble ; on pourra reprendre ici plus tard</source>
        <translation>Back to the overview; you can pick up here later</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{0} · personne n° {1}</source>
        <translation>{0} · person {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · décompte, feuille n° {1}</source>
        <translation>{0} · tally, sheet {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · réponse commune du groupe</source>
        <translation>{0} · joint answer from the group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · Question {1} / {2}</source>
        <translation>{0} · Question {1} of {2}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Note sur le désaccord ou commentaire</source>
        <translation>&amp;Note on the disagreement, or comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facultatif : n’écrivez aucun nom</source>
        <translation>Optional: do not write any names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note sur le désaccord ou commentaire</source>
        <translation>Note on the disagreement, or comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commentaire</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commentaire facultatif : n’écrivez aucun nom</source>
        <translation>Optional comment: do not write any names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commentaire facultatif</source>
        <translation>Optional comment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources :</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pas d’explication pour cette question.</source>
        <translation>No explanation for this question.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminer ✓</source>
        <translation>Finish ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>⚠ Question {0} passée sans réponse : elle sera rappelée avant la fin.</source>
        <translation>⚠ Question {0} skipped without an answer: you will be reminded of it before the end.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Question {0} passée sans réponse ({1} jusqu’ici) : elles seront rappelées avant la fin.</source>
        <translation>⚠ Question {0} skipped without an answer ({1} so far): you will be reminded of them before the end.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Le commentaire sera enregistré avec la réponse, dès qu’une réponse sera choisie.</source>
        <translation>The comment will be saved with the answer, as soon as an answer is chosen.</translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <location filename="../../peerready/ui/widgets/radar.py" line="+52"/>
        <source>Radar des scores par dimension</source>
        <extracomment>Dash pattern of each series, by group; &quot;all&quot; is the whole (« Tous groupes »). The marker shapes and colours are ``wording``&apos;s, the same as on paper. The style given to a series that names no group, by its place.</extracomment>
        <translation>Radar chart of scores by dimension</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Aucun score par dimension à afficher.</source>
        <translation>No scores by dimension to show.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échelle de 0 à 100.</source>
        <translation>Scale from 0 to 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} — {1}.</source>
        <translation>{0} — {1}.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Pas encore de score par dimension.</source>
        <translation>No scores by dimension yet.</translation>
    </message>
</context>
<context>
    <name>ResultsDetail</name>
    <message>
        <location filename="../../peerready/ui/pages/results_detail.py" line="+40"/>
        <source>Choisissez un élément de la liste pour voir les questions qui sont derrière, et ce que chaque groupe a répondu.</source>
        <extracomment>the groups asked, when nobody has answered yet</extracomment>
        <translation>Choose an item in the list to see the questions behind it, and what each group answered.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Écart de {0} entre {1}</source>
        <translation>Gap of {0} between {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} : les avis sont partagés sur cette question.</source>
        <translation>{0}: opinions are divided on this question.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aucune question posée sur ce point à cette étape.</source>
        <translation>No question was asked about this at this stage.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aucune réponse.</source>
        <translation>No answers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tous groupes : {0}</source>
        <translation>All groups: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score : {0}</source>
        <translation>score: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Des réponses d’un groupe de moins de {0} comptent dans l’ensemble mais ne sont pas détaillées, pour préserver l’anonymat.</source>
        <translation>Answers from a group of fewer than {0} count in the overall figures but are not shown in detail, to protect anonymity.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pourquoi cette question ?</source>
        <translation>Why this question?</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="+57"/>
        <location line="+16"/>
        <source>Résultats</source>
        <extracomment>The assessment and results the widgets were last filled from: shown again unchanged, they are kept as they are (the lists, the radar and the tree cost tens of milliseconds to make again). What the detail panel shows (a finding&apos;s or a score&apos;s key), so that choosing it again costs nothing.</extracomment>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Détail des résultats</source>
        <translation>Results in detail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écarts de perception</source>
        <translation>Perception gaps</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Alertes, écarts, avis partagés, ce qui manque</source>
        <translation>Alerts, gaps, divided opinions, what’s missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avis partagés</source>
        <translation>Divided opinions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce qui manque</source>
        <translation>What’s missing</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Questions concernées</source>
        <translation>&amp;Questions involved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions concernées</source>
        <translation>Questions involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les questions derrière l’élément choisi (Alt+Q)</source>
        <translation>The questions behind the selected item (Alt+Q)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Dimensions et facteurs</source>
        <translation>&amp;Dimensions and factors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Montrer les scores par dimension et par facteur en tableau, à la place du radar (Alt+D)</source>
        <translation>Show the scores by dimension and by factor as a table, instead of the radar chart (Alt+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimensions et facteurs : scores en tableau</source>
        <translation>Dimensions and factors: scores as a table</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voir le plan d’ac&amp;tion</source>
        <translation>See the ac&amp;tion plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir le plan d’action (Alt+T)</source>
        <translation>See the action plan (Alt+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir le plan d’action</source>
        <translation>See the action plan</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>La collecte n’a pas été close.</source>
        <translation>The collection was not closed.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Résultats — {0}</source>
        <translation>Results — {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Clore la collecte</source>
        <translation>Close the collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tout le monde a-t-il répondu ? Une fois la collecte close, les résultats s’affichent pour tout le groupe.</source>
        <translation>Has everyone answered? Once the collection is closed, the results are shown to the whole group.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clore et voir les résultats</source>
        <translation>Close and see the results</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Avis &amp;partagés ({0})</source>
        <translation>Divided o&amp;pinions ({0})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A&amp;lertes ({0})</source>
        <translation>A&amp;lerts ({0})</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Les mêmes scores, en tableau : bouton « Dimensions et facteurs » (Alt+D).</source>
        <translation>The same scores as a table: “Dimensions and factors” button (Alt+D).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>É&amp;carts de perception ({0})</source>
        <translation>Per&amp;ception gaps ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce qui &amp;manque ({0})</source>
        <translation>What’s &amp;missing ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alertes graves et points de vigilance (Alt+L)</source>
        <translation>Serious alerts and points to watch (Alt+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Là où les groupes voient les choses très différemment (Alt+C)</source>
        <translation>Where the groups see things very differently (Alt+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions où un groupe est partagé entre pour et contre (Alt+P)</source>
        <translation>Questions where a group is split between for and against (Alt+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions avec beaucoup de « je ne sais pas » ou sans réponse (Alt+M)</source>
        <translation>Questions with many “don’t know” answers or no answer (Alt+M)</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <location filename="../../peerready/ui/widgets/__init__.py" line="+49"/>
        <source>✓ enregistré</source>
        <translation>✓ saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ non enregistré : {0}</source>
        <translation>⚠ not saved: {0}</translation>
    </message>
</context>
<context>
    <name>ScoreTree</name>
    <message>
        <location filename="../../peerready/ui/pages/results_scores.py" line="+23"/>
        <source>Scores par dimension et par facteur</source>
        <translation>Scores by dimension and by factor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Point évalué</source>
        <translation>Item assessed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tous groupes</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facteurs</source>
        <translation>Factors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (essentiel)</source>
        <translation>{0} (essential)</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../peerready/ui/pages/session.py" line="+73"/>
        <source>Collecte des réponses</source>
        <extracomment>The phone collections running, by group (their windows). The respondent on screen, as the workshop model has it (None on the other screens). The questions without an answer are being gone back to, from the list shown before the end. The people present for each tally sheet of this assessment, by respondent id.</extracomment>
        <translation>Answer collection</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Collecte — {0}</source>
        <extracomment>The group of the person who has just finished, for « Personne suivante ».</extracomment>
        <translation>Answer collection — {0}</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Collecte rouverte.</source>
        <translation>Collection reopened.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Réponses de « {0} » enregistrées.</source>
        <translation>Answers from “{0}” saved.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/settings.py" line="+26"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pour un projecteur, 150 % ou plus (Ctrl++ et Ctrl+- à tout moment)</source>
        <translation>For a projector, 150% or more (Ctrl++ and Ctrl+- at any time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taille du texte :</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contraste élevé (texte clair sur fond noir)</source>
        <translation>&amp;High contrast (light text on a black background)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Langue de l’interface :</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La langue change au prochain démarrage de PeerReady. Seuls les mots de l’application changent : les questionnaires, les documents (PDF, Word, Excel), la ligne de commande et les pages des téléphones restent en français.</source>
        <translation>The language changes the next time PeerReady starts. Only the app’s own words change: the questionnaires, the documents (PDF, Word, Excel), the command line and the phone pages stay in French.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PeerReady enregistre chaque réponse immédiatement. Il fait aussi une copie de sécurité de toute la base à l’ouverture (au plus toutes les 12 heures ; les {0} dernières sont gardées) dans le dossier « backups » du dossier de données.</source>
        <translation>PeerReady saves every answer immediately. It also makes a backup copy of the whole database when it opens (at most every 12 hours; the last {0} are kept) in the “backups” folder inside the data folder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ouvrir le dossier des données</source>
        <translation>Open the data &amp;folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faire une &amp;sauvegarde maintenant</source>
        <translation>Make a &amp;backup now</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La sauvegarde n’a pas été faite.</source>
        <translation>The backup was not made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sauvegarde faite :
{0}</source>
        <translation>Backup made:
{0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Langue de l’interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} : la langue changera au prochain démarrage de PeerReady.</source>
        <translation>{0}: the language will change the next time PeerReady starts.</translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../peerready/ui/widgets/sharing_screen.py" line="+28"/>
        <source>Avant de finir : ce que vous partagez</source>
        <translation>Before you finish: what you share</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votre groupe compte peu de personnes : on pourrait vous reconnaître. Voici ce que vous avez dit qui signale un risque ou qui diffère des autres. Personne d’autre ne le voit. Choisissez ce qui peut apparaître dans les résultats communs.</source>
        <translation>Your group has only a few people: you could be recognised. Here is what you said that points to a risk or differs from the others. Nobody else can see it. Choose what may appear in the shared results.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enregistrer ma fiche personnelle (PDF)…</source>
        <translation>Save my personal summary (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider mon choix (Entrée)</source>
        <translation>Confirm my choice (Enter)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ce que vous avez signalé :</source>
        <translation>What you pointed out:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• {0} — vous avez répondu « {1} »</source>
        <translation>• {0} — you answered “{1}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Là où votre regard diffère :</source>
        <translation>Where your view differs:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {0} » — vous avez répondu « {1} » ; les autres voient les choses autrement : {2}</source>
        <translation>“{0}” — you answered “{1}”; the others see things differently: {2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rien de ce que vous avez dit ne signale un risque ni ne diffère nettement des autres.</source>
        <translation>Nothing you said points to a risk or differs clearly from the others.</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="+42"/>
        <source>← Structures</source>
        <translation>← Organisations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>É&amp;valuations</source>
        <translation>&amp;Assessments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Évaluations de la structure</source>
        <translation>The organisation’s assessments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groupes</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecte</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pas encore d’évaluation. « Nouvelle évaluation » prépare une séance : questionnaire, étape du projet, groupes qui répondent.</source>
        <translation>No assessment yet. “New assessment” prepares a session: questionnaire, project stage, groups who answer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Nouvelle évaluation…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Préparer une séance (Ctrl+E)</source>
        <translation>Prepare a session (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+106"/>
        <source>&amp;Continuer la séance</source>
        <translation>&amp;Continue the session</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Reprendre la collecte des réponses (Entrée)</source>
        <translation>Resume collecting answers (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Résultats</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voir les résultats (Ctrl+R)</source>
        <translation>See the results (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plan d’action</source>
        <translation>Action &amp;plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travailler le plan d’action (Ctrl+P)</source>
        <translation>Work on the action plan (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Questionnaires papier…</source>
        <translation>Paper &amp;questionnaires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imprimer les questionnaires vierges de l’évaluation choisie</source>
        <translation>Print blank questionnaires for the selected assessment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xporter l’évaluation…</source>
        <translation>E&amp;xport the assessment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter l’évaluation choisie vers un fichier .peerready</source>
        <translation>Export the selected assessment to a .peerready file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Supprimer l’évaluation…</source>
        <translation>&amp;Delete the assessment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer l’évaluation choisie, vide ou commencée par erreur, après une sauvegarde (Suppr)</source>
        <translation>Delete the selected assessment, if empty or started by mistake, after a backup (Del)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>courte</source>
        <translation>short</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>complète</source>
        <translation>full</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en cours ({0})</source>
        <translation>in progress ({0})</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reprendre la &amp;collecte</source>
        <translation>Resume the &amp;collection</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>celle du {0} ({1}, {2})</source>
        <translation>the one from {0} ({1}, {2})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Une collecte de cette structure est encore ouverte : {0}.</source>
        <translation>A collection for this organisation is still open: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} collectes de cette structure sont encore ouvertes ; la plus récente : {1}.</source>
        <translation>{0} collections for this organisation are still open; the most recent: {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Une nouvelle évaluation deviendrait la dernière de la structure, celle que montrent l’accueil et la prochaine séance. Pour continuer la collecte en cours, revenez à la séance ouverte.</source>
        <translation>A new assessment would become the organisation’s latest one, the one shown on the home page and in the next session. To carry on with the current collection, go back to the open session.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Une séance est déjà ouverte</source>
        <translation>A session is already open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenir à la séance ouverte</source>
        <translation>Go back to the open session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commencer une autre évaluation</source>
        <translation>Start another assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>aucune action</source>
        <translation>no actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elle contient {0} et {1}.</source>
        <translation>It contains {0} and {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elle ne contient aucune réponse, et {0}.</source>
        <translation>It contains no answers, and {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collecte close</source>
        <translation>collection closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>collecte en cours</source>
        <translation>collection in progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer l’évaluation du {0} ({1}, {2}) ?</source>
        <translation>Delete the assessment from {0} ({1}, {2})?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Les autres évaluations de « {0} » ne changent pas.</source>
        <translation>The other assessments of “{0}” do not change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une sauvegarde de toutes les données est faite juste avant : pour revenir en arrière, Fichier → Restaurer une sauvegarde (« avant-suppression »).</source>
        <translation>A backup of all the data is made just before: to undo this, File → Restore a backup (the “avant-suppression” one).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Supprimer une évaluation</source>
        <translation>Delete an assessment</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L’évaluation n’a pas été supprimée.</source>
        <translation>The assessment was not deleted.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>L’évaluation du {0} a été supprimée. Une sauvegarde d’avant la suppression est dans {1}</source>
        <translation>The assessment from {0} has been deleted. A backup from before the deletion is in {1}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Exporter l’évaluation</source>
        <translation>Export the assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichiers PeerReady (*.peerready)</source>
        <translation>PeerReady files (*.peerready)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Évaluation exportée vers {0}</source>
        <translation>Assessment exported to {0}</translation>
    </message>
</context>
<context>
    <name>SummaryWriter</name>
    <message>
        <location filename="../../peerready/ui/pages/results_summary.py" line="+28"/>
        <source>Niveau : {0}</source>
        <translation>Level: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} questions sur {1} ont reçu une réponse.</source>
        <translation>{0} of {1} questions have been answered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Étape : {0}.</source>
        <translation>Stage: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version courte du questionnaire.</source>
        <translation>Short version of the questionnaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ont répondu : {0}.</source>
        <translation>Who answered: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postes de travail pair : {0}.</source>
        <translation>Peer worker posts: {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tous groupes</source>
        <translation>All groups</translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="+136"/>
        <source>Tapez combien de personnes ont choisi chaque réponse. Entrée passe à la question suivante.</source>
        <translation>Type how many people chose each answer. Enter goes to the next question.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Personnes &amp;présentes :</source>
        <translation>People &amp;present:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nombre de personnes présentes</source>
        <translation>Number of people present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combien de personnes sont dans la salle pour ce décompte : chaque total lui est comparé</source>
        <translation>How many people are in the room for this tally: each total is checked against it</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nombre de « {0} »</source>
        <translation>Number of “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre de personnes (flèches haut et bas pour ajuster)</source>
        <translation>Number of people (up and down arrows to adjust)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tapez d’abord combien de personnes sont présentes, puis Entrée : chaque total leur sera comparé. Puis, pour chaque réponse, combien de personnes l’ont choisie.</source>
        <translation>First type how many people are present, then press Enter: each total will be checked against it. Then, for each answer, type how many people chose it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total : 1 réponse</source>
        <translation>Total: 1 answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total : {0} réponses</source>
        <translation>Total: {0} answers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ {0} pour {1} : {2} de moins. Une abstention, ou une main oubliée ?</source>
        <translation>⚠ {0} for {1}: {2} short. Someone abstained, or a hand was missed?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ {0} pour {1} : {2} de trop. Un nombre tapé deux fois, ou un zéro de trop ?</source>
        <translation>⚠ {0} for {1}: {2} too many. A number typed twice, or an extra zero?</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="+38"/>
        <source>Merci, vos réponses sont enregistrées. Passez l’ordinateur à la personne suivante, ou rendez-le à la personne qui anime l’atelier.</source>
        <translation>Thank you, your answers are saved. Pass the computer to the next person, or give it back to the workshop facilitator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personne suivante</source>
        <translation>Next person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Une autre personne du même groupe répond (Entrée)</source>
        <translation>Another person from the same group answers (Enter)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../peerready/ui/words.py" line="-66"/>
        <source>Direction et encadrement</source>
        <translation>Management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travailleur pair ou travailleuse paire</source>
        <translation>Peer worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnes accompagnées</source>
        <translation>People accompanied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la direction</source>
        <translation>the management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l’équipe</source>
        <translation>the team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la personne en poste de travail pair</source>
        <translation>the peer worker in post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>les personnes accompagnées</source>
        <translation>the people accompanied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réflexion / préparation, pas encore de recrutement</source>
        <translation>Thinking / preparing, no recruitment yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recrutement en cours</source>
        <translation>Recruiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poste de travail pair occupé depuis moins d’un an</source>
        <translation>Peer worker post held for less than a year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poste installé depuis plus d’un an</source>
        <translation>Post established for more than a year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réflexion / préparation</source>
        <translation>Thinking / preparing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À tour de rôle</source>
        <translation>One after another</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Décompte (vote à main levée ou bulletins)</source>
        <translation>Tally (show of hands or ballots)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponse commune</source>
        <translation>Joint answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>à tour de rôle</source>
        <translation>one after another</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>décompte</source>
        <translation>tally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réponse commune</source>
        <translation>joint answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chef ou cheffe de service</source>
        <translation>Service head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ressources humaines</source>
        <translation>Human resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plateforme de soutien</source>
        <translation>Support platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dès&#xa0;maintenant</source>
        <translation>Straight away</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avant l’arrivée de la personne</source>
        <translation>Before the person arrives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les 3&#xa0;mois</source>
        <translation>Within 3 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les 6&#xa0;mois</source>
        <translation>Within 6 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans l’année</source>
        <translation>Within the year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans la durée</source>
        <translation>Over time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critique</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haute</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moyenne</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basse</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerte grave</source>
        <translation>Serious alert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point de vigilance</source>
        <translation>Point to watch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas assez de réponses pour conclure</source>
        <translation>Not enough answers to conclude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas encore prêt</source>
        <translation>Not ready yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En partie prêt</source>
        <translation>Partly ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonné</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tout partager : mes réponses peuvent apparaître dans les résultats communs</source>
        <translation>Share everything: my answers may appear in the shared results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partager les risques que je signale, sans mes réponses</source>
        <translation>Share the risks I point out, without my answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne rien partager : mes réponses comptent seulement dans les scores d’ensemble et le niveau</source>
        <translation>Share nothing: my answers count only in the overall scores and the level</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location line="+151"/>
        <source>a choisi de partager ses réponses</source>
        <translation>chose to share their answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seuls les risques signalés sont partagés, sans les réponses ; compté dans l’ensemble</source>
        <translation>only the risks pointed out are shared, without the answers; counted in the whole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pas montré à part en dessous de {0}, compté dans l’ensemble</source>
        <translation>not shown on its own below {0}, counted in the whole</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>« {0} », toutes questions prises ensemble</source>
        <translation>“{0}”, all questions taken together</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} : « {1} »</source>
        <translation>{0}: “{1}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signalé par {0} pairs</source>
        <translation>Reported by {0} peers</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../peerready/ui/pages/session_sharing.py" line="+31"/>
        <source>Ce que vous avez dit n’a pas pu être relu.</source>
        <translation>What you said could not be read back.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Votre choix de partage n’a pas été enregistré.</source>
        <translation>Your sharing choice was not saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enregistrer ma fiche personnelle</source>
        <translation>Save my personal summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ma-fiche-personnelle.pdf</source>
        <translation>my-personal-summary.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fiche non enregistrée</source>
        <translation>Summary not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La fiche n’a pas pu être écrite : {0}</source>
        <translation>The summary could not be written: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fiche personnelle enregistrée : {0}</source>
        <translation>Personal summary saved: {0}</translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_privacy.py" line="+66"/>
        <source>Rester sur cet écran</source>
        <extracomment>The facilitator&apos;s gesture: two modifiers and a letter nobody types while answering with digits and Enter.</extracomment>
        <translation>Stay on this screen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reprendre les réponses de la personne n° {0}</source>
        <translation>Resume the answers of person {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aller à la vue d’ensemble de la collecte</source>
        <translation>Go to the collection overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce choix est pour la personne qui anime l’atelier. Les réponses déjà données sont enregistrées ; une personne qui n’a pas fini pourra reprendre depuis la vue d’ensemble.</source>
        <translation>This choice is for the workshop facilitator. The answers already given are saved; someone who has not finished can pick up again from the overview.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Réservé à la personne qui anime</source>
        <translation>For the facilitator only</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="+36"/>
        <source>Où enregistrer les questionnaires papier ?</source>
        <translation>Where should the paper questionnaires be saved?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 questionnaire enregistré dans {1}</source>
        <translation>1 questionnaire saved in {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} questionnaires enregistrés dans {1}</source>
        <translation>{0} questionnaires saved in {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impression impossible</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="+38"/>
        <source>L’exportation n’a pas été faite.</source>
        <translation>The export was not made.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Exportation impossible</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../peerready/ui/app.py" line="+99"/>
        <source>PeerReady est déjà ouvert</source>
        <translation>PeerReady is already open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deux fenêtres sur les mêmes données montreraient des réponses périmées. Fermez l’autre PeerReady (ou demandez à la personne qui l’utilise), puis réessayez ; ou choisissez un autre dossier de données.</source>
        <translation>Two windows on the same data would show out-of-date answers. Close the other PeerReady (or ask the person using it), then try again; or choose another data folder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Données inutilisables</source>
        <translation>Unusable data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rien n’a été modifié.</source>
        <translation>Nothing has been changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vous pouvez réessayer, choisir un autre dossier de données, ou quitter.</source>
        <translation>You can try again, choose another data folder, or quit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir un autre dossier…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choisir un dossier de données</source>
        <translation>Choose a data folder</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>La dernière action n’a pas pu aller jusqu’au bout.</source>
        <translation>The last action could not be completed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action impossible</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une erreur inattendue s’est produite ({0}). Les réponses déjà enregistrées ne sont pas perdues. Si cela se reproduit, notez ce que vous faisiez et signalez-le.</source>
        <translation>An unexpected error occurred ({0}). The answers already saved are not lost. If it happens again, note what you were doing and report it.</translation>
    </message>
</context>
</TS>
