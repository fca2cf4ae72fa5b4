<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/help.py" line="51"/>
        <source>À propos de PeerReady</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="77"/>
        <source>Action choisie</source>
        <extracomment>Days from today proposed for an action to do « Dès maintenant » (a date of today is past tomorrow). Fields a person changed, to save: {&quot;title&quot;: …}, {&quot;due_date&quot;: …}… « Supprimer… » was pressed for the action shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="88"/>
        <source>Abandonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="90"/>
        <source>Passer l’action choisie à « Abandonné » : elle reste visible, grisée, et ne sera plus imprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="91"/>
        <source>Abandonner l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="94"/>
        <source>Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="97"/>
        <source>Supprimer une action ajoutée par l’équipe. Une action proposée s’abandonne, elle ne se supprime pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="99"/>
        <source>Supprimer l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="106"/>
        <source>Pourquoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="108"/>
        <source>Pourquoi cette action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="110"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="112"/>
        <source>Comment faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="131"/>
        <source>&amp;Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="131"/>
        <source>Intitulé de l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="139"/>
        <source>&amp;Porté par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="139"/>
        <source>Porté par (rôle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="142"/>
        <source>Un prénom ou une fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="145"/>
        <source>Un prénom ou une fonction (par exemple « Awa » ou « la cheffe de service »). N’écrivez pas d’autres données personnelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="150"/>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="150"/>
        <source>Nom de la personne qui porte l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="157"/>
        <source>Date d’échéance, jour/mois/année : par exemple 15/01/2027 (Alt+Flèche bas : le calendrier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="285"/>
        <source>⚠ « {0} » n’est pas une date : tapez jour/mois/année, par exemple 15/01/2027. L’échéance n’a pas changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="303"/>
        <source>Date proposée d’après l’horizon « {0} » : changez-la si besoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="314"/>
        <source>⚠ Cette échéance est déjà passée ({0}). Elle est gardée : changez-la si ce n’est pas voulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="161"/>
        <source>Pas de date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="162"/>
        <source>Pas de date d’échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="164"/>
        <source>Sans date, le plan affiche l’horizon proposé (par exemple « Dans les 3 mois »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="170"/>
        <source>Date d’échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="171"/>
        <source>Éc&amp;héance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="186"/>
        <source>&amp;Statut</source>
        <extracomment>What to know about the date: already past, not understood, proposed from the horizon.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="186"/>
        <source>Statut de l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="191"/>
        <source>Où en est l’action, ce qui bloque… Pas de nom de personne accompagnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="193"/>
        <source>Enregistré quand vous quittez le champ (Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="195"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="195"/>
        <source>Notes sur l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="223"/>
        <source>Aucune action choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="233"/>
        <source>Action n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="234"/>
        <source>Priorité : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="236"/>
        <source>ajoutée par l’équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="238"/>
        <source>abandonnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_editor.py" line="255"/>
        <source>Action ajoutée par l’équipe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="55"/>
        <source>N°</source>
        <extracomment>The person chose another action (not emitted while the table is being filled). Alt+Up (-1) or Alt+Down (+1) on the chosen action. The last texts measured for the columns, and their widths: a resize needs no new measure.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="56"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="57"/>
        <source>Priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="58"/>
        <source>Porté par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="59"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="60"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="63"/>
        <source>Actions du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="65"/>
        <source>Flèches : choisir une action. Alt+Flèche haut ou bas : la déplacer dans le plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="69"/>
        <source>Flèches haut et bas : choisir une action
Alt+Flèche haut / Alt+Flèche bas : monter ou descendre l’action choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="146"/>
        <source>Porté par : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="147"/>
        <source>Échéance : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="149"/>
        <source>✎ ajoutée par l’équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_table.py" line="151"/>
        <source>↻ reprise de l’évaluation précédente</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerKeeper</name>
    <message>
        <location filename="../../peerready/ui/pages/session_answers.py" line="77"/>
        <source>La réponse n’a pas été enregistrée.</source>
        <extracomment>True while the page fills the question screen: what its widgets then report is no answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_answers.py" line="101"/>
        <source>La fin du questionnaire n’a pas été enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_answers.py" line="112"/>
        <source>Réponses non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_answers.py" line="114"/>
        <source>1 réponse n’est pas enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_answers.py" line="116"/>
        <source>{0} réponses ne sont pas enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_answers.py" line="119"/>
        <source> (marquées « ⚠ NON enregistrée »). Choisissez-les de nouveau pour les enregistrer, une fois le problème du dossier de données réglé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="155"/>
        <source>La collecte est close : plus personne ne peut répondre et les résultats sont visibles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="158"/>
        <source>Voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="160"/>
        <source>Rouvrir la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="162"/>
        <source>Pour ajouter ou corriger des réponses ; les résultats seront de nouveau cachés</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionDesk</name>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="49"/>
        <source>La nouvelle personne ou feuille n’a pas pu être enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="52"/>
        <source>Collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="63"/>
        <source>Clore la collecte et afficher les résultats ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="66"/>
        <source>Pas encore fini :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="68"/>
        <source>Les résultats seront visibles par toute la salle. Pour ajouter des réponses ensuite, il faudra rouvrir la collecte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="72"/>
        <source>Clore la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="72"/>
        <source>Clore et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="78"/>
        <source>La collecte n’a pas été close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="91"/>
        <source> en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="93"/>
        <source>personne n’a encore répondu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="96"/>
        <source>pas encore de décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="96"/>
        <source>pas encore de réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="100"/>
        <source>{0} / {1} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="102"/>
        <source>feuille n° {0} à {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="104"/>
        <source>réponse commune à {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="107"/>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="115"/>
        <source>Rouvrir la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="116"/>
        <source>Rouvrir la collecte ? Les résultats seront cachés jusqu’à la prochaine clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="117"/>
        <source>Rouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_collection.py" line="121"/>
        <source>La collecte n’a pas été rouverte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionOverview</name>
    <message>
        <location filename="../../peerready/ui/widgets/collection_overview.py" line="45"/>
        <source>Vue d’ensemble de la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/collection_overview.py" line="51"/>
        <source>Chaque groupe répond à part. Les résultats restent cachés jusqu’à la clôture de la collecte, pour que personne ne réponde sous l’influence de la salle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/collection_overview.py" line="60"/>
        <source>Clore la collecte et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/collection_overview.py" line="62"/>
        <source>Quand tout le monde a répondu : affiche les résultats à toute la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/collection_overview.py" line="87"/>
        <source>Étape : {0}</source>
        <extracomment>One card per group, and all their buttons in the order the keyboard meets them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/collection_overview.py" line="87"/>
        <source> (version courte)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="36"/>
        <source>Comparer deux évaluations — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="48"/>
        <source>Comparer l’évaluation du {0} avec &amp;celle du :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="52"/>
        <source>Évaluation à comparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="73"/>
        <source>Détail de la comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="75"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="75"/>
        <source>Avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="75"/>
        <source>Après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="75"/>
        <location filename="../../peerready/ui/dialogs/compare.py" line="78"/>
        <source>Évolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="76"/>
        <source>Scores par dimension, avant et après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="78"/>
        <source>Alerte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="78"/>
        <source>Alertes levées et nouvelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="80"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="80"/>
        <source>Statut à l’époque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="80"/>
        <source>Statut maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="81"/>
        <source>Actions de la première évaluation et ce qu’elles sont devenues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="83"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="84"/>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="85"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="90"/>
        <source>Cette structure n’a pas d’autre évaluation terminée. Refaites l’évaluation dans quelques mois pour voir ce qui a bougé et ce qui a été fait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="99"/>
        <location filename="../../peerready/ui/dialogs/compare.py" line="100"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="101"/>
        <source>Fermer (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="164"/>
        <source>Du {0} au {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="165"/>
        <source>Niveau : {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="166"/>
        <source>Score d’ensemble : {0} → {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="172"/>
        <source>Étape : {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="178"/>
        <source>Comparées sur les {0} questions posées les deux fois ; {1} posées seulement la première fois et {2} seulement la seconde ne sont pas comparées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="191"/>
        <source>✓ levée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="192"/>
        <source>⚠ nouvelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="194"/>
        <source>Aucune alerte n’a changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="201"/>
        <source>La première évaluation n’avait pas d’action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="204"/>
        <source>Dimensions ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="207"/>
        <source>Alertes ({0}, {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/compare.py" line="213"/>
        <source>Actions ({0} sur {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionList</name>
    <message>
        <location filename="../../peerready/ui/widgets/dimension_list.py" line="34"/>
        <source>▶ {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="63"/>
        <source>Imprimer le plan…</source>
        <extracomment>The follow-up lists every action, the abandoned ones too (with their status). The file being made (or made last) and its kind, for the message if it fails.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="69"/>
        <source>Imprimer le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="72"/>
        <source>Imprimer le rapport complet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="78"/>
        <source>Imprimer le rapport complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="101"/>
        <source>Comparer avec une autre évaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="103"/>
        <source>Voir ce qui a bougé depuis une autre évaluation de la structure, et ce qui a été fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="104"/>
        <source>Comparer avec une autre évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="155"/>
        <source>Rapport complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="155"/>
        <source>Plan d’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="159"/>
        <source>Enregistrer le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="159"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="213"/>
        <source>PDF enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="224"/>
        <source>PDF impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="224"/>
        <source>Le PDF n’a pas pu être fait :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="162"/>
        <source>Exporter les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="66"/>
        <source>Faire le PDF du plan d’action à distribuer (Ctrl+P). Pour un lecteur d’écran ou pour le modifier : Exporter…, document Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="75"/>
        <source>Faire le PDF du rapport complet : résultats détaillés, réponses question par question et plan (Ctrl+Maj+P). Pour un lecteur d’écran ou pour le modifier : Exporter…, document Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="81"/>
        <source>Exporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="84"/>
        <source>Pour les personnes qui n’ont pas PeerReady : le plan ou le rapport en document Word modifiable (lisible avec un lecteur d’écran), le suivi des actions en tableur (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="87"/>
        <source>Exporter le plan : Word, Excel ou CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="90"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="92"/>
        <source>Plan d’action en document Word (.docx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="93"/>
        <source>Rapport complet en document Word (.docx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="94"/>
        <source>Suivi des actions en tableur Excel (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="95"/>
        <source>Suivi des actions en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="108"/>
        <source>Préparation du document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="111"/>
        <source>Préparation du document en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="157"/>
        <source>Suivi du plan d’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="160"/>
        <source>Enregistrer le document Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="160"/>
        <source>Documents Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="161"/>
        <source>Enregistrer le tableur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="161"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="162"/>
        <source>Tableur CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="213"/>
        <source>Fichier enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="226"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan_printing.py" line="226"/>
        <source>Le fichier n’a pas pu être fait :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultHandler</name>
    <message>
        <location filename="../../peerready/ui/faults.py" line="86"/>
        <source>(inconnu)</source>
        <extracomment>What can go wrong below the app when it reads or writes its data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="89"/>
        <source>Le dossier de données {0} est en lecture seule ou protégé (clé USB verrouillée, CD, dossier sans droit d’écriture) : PeerReady ne peut rien y enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="93"/>
        <source>Le disque du dossier de données {0} est plein : PeerReady ne peut plus rien y enregistrer. Libérez de la place puis réessayez, ou continuez dans un autre dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="97"/>
        <source>Le dossier de données {0} n’est plus accessible (clé USB retirée, disque réseau déconnecté, dossier déplacé ou renommé). Remettez-le en place puis réessayez, ou continuez dans un autre dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="102"/>
        <source>Un autre programme bloque la base de données depuis plus de {1}&#xa0;secondes (une synchronisation, un antivirus, un autre PeerReady&#x202f;?). Attendez un peu puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="106"/>
        <source>{0} est un fichier, pas un dossier : PeerReady ne peut pas y ranger ses données. Choisissez un autre dossier de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="110"/>
        <source>À la place du fichier de la base de données, il y a un dossier dans {0}. PeerReady n’y a pas touché. Choisissez un autre dossier de données, ou déplacez ce dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="114"/>
        <source>La base de données de {0} est endommagée. Restaurez une sauvegarde (Fichier → Restaurer une sauvegarde) ou continuez dans un autre dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="118"/>
        <source>Le disque du dossier de données {0} a signalé une erreur de lecture ou d’écriture (support abîmé, clé USB mal branchée). Réessayez, ou continuez dans un autre dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="122"/>
        <source>Erreur en lisant ou en écrivant dans le dossier {0} ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="128"/>
        <source>dossier de données en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="129"/>
        <source>disque plein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="130"/>
        <source>dossier de données inaccessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="131"/>
        <source>base bloquée par un autre programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="132"/>
        <source>accès refusé au dossier de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="133"/>
        <source>erreur du disque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="134"/>
        <location filename="../../peerready/ui/faults.py" line="135"/>
        <source>dossier de données inutilisable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="136"/>
        <source>base endommagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="137"/>
        <source>erreur d’écriture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="142"/>
        <source>ce support est en lecture seule ou protégé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="143"/>
        <source>le disque est plein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="144"/>
        <source>ce dossier n’est plus accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="145"/>
        <source>ce dossier n’existe pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="148"/>
        <source>Le fichier {0} n’a pas pu être écrit : {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="161"/>
        <source>Problème avec le dossier de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="168"/>
        <source>« Réessayer » une fois le problème réglé. « Copier les données… » met une copie de tout ailleurs (une autre clé, le disque de l’ordinateur). « Changer de dossier… » continue dans un autre dossier, où les données sont copiées si elles peuvent encore être lues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="175"/>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="176"/>
        <source>Copier les données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="177"/>
        <source>Changer de dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="178"/>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="179"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="212"/>
        <source>Enregistrer une copie des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="214"/>
        <source>Sauvegardes PeerReady (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="226"/>
        <source>Copie impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="228"/>
        <source>La copie n’a pas pu être faite.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="234"/>
        <source>Copie enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="237"/>
        <source>Toutes les données sont copiées dans :
{0}

Pour les retrouver : Fichier → Restaurer une sauvegarde, ou « peerready restore » sur un autre ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="246"/>
        <source>Continuer dans quel dossier de données ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="254"/>
        <source>Même dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="255"/>
        <source>C’est le dossier de données actuel : choisissez-en un autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="262"/>
        <source>Dossier déjà utilisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="265"/>
        <source>Dossier inutilisable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="274"/>
        <location filename="../../peerready/ui/faults.py" line="282"/>
        <source>Nouveau dossier de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="276"/>
        <source>Les données sont copiées dans {0} : vous continuez dans ce dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="285"/>
        <source>PeerReady utilise maintenant le dossier {0}. Les données de l’ancien dossier n’ont pas pu y être copiées (ou ce dossier avait déjà les siennes) : ce qui n’était pas enregistré ne l’est toujours pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsWriter</name>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="33"/>
        <location filename="../../peerready/ui/pages/results_findings.py" line="50"/>
        <location filename="../../peerready/ui/pages/results_findings.py" line="60"/>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="35"/>
        <source>D’après : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="40"/>
        <source>Aucune alerte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="46"/>
        <source>Écart de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="48"/>
        <source>{0} — {1} ; écart de {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="55"/>
        <source>Aucun écart marqué entre les groupes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="62"/>
        <source>Réponse commune notée « avis partagés »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="64"/>
        <source>Pour : {0} · Contre : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="69"/>
        <source>Aucun groupe n’a des avis partagés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="75"/>
        <source>Beaucoup de « je ne sais pas » : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="77"/>
        <source>{0} « je ne sais pas » ({1} des réponses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="84"/>
        <source>Sans réponse : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_findings.py" line="87"/>
        <source>Rien ne manque : toutes les questions ont une réponse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCard</name>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="37"/>
        <source>Mode : {0} · {1} questions</source>
        <extracomment>Opens the group&apos;s collection on the participants&apos; own phones (None: not offered here).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="52"/>
        <source>{0} / {1} questions répondues</source>
        <extracomment>The card&apos;s buttons, in the order the keyboard meets them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="55"/>
        <source>Réponse commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="57"/>
        <source>Le groupe se met d’accord sur une réponse à chaque question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="58"/>
        <source>Réponse commune : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="70"/>
        <source>Personne n’a encore terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="72"/>
        <source>1 personne a terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="74"/>
        <source>{0} personnes ont terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="76"/>
        <source> · {0} en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="80"/>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="82"/>
        <source>Ouvre l’écran neutre pour passer l’ordinateur à la personne suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="83"/>
        <source>Nouvelle personne : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="87"/>
        <source>Sur les téléphones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="89"/>
        <source>Tout le groupe répond en même temps, chacun sur son téléphone, par le Wi-Fi de la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="90"/>
        <source>Sur les téléphones : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="94"/>
        <source>Reprendre la personne n° {0} ({1} / {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="98"/>
        <source>Cette personne n’avait pas fini : elle reprend où elle s’était arrêtée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="103"/>
        <source>{0} / {1} questions décomptées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="105"/>
        <source> · {0} feuilles de décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="106"/>
        <source>Pas encore de décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="108"/>
        <source>Saisir le décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="110"/>
        <source>Tapez combien de personnes ont choisi chaque réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="111"/>
        <source>Saisir le décompte : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="115"/>
        <source>Feuille n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="117"/>
        <source>Reprendre cette feuille de décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="122"/>
        <source>Ajouter une feuille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/group_card.py" line="124"/>
        <source>Pour une autre réunion du même groupe : les décomptes s’additionnent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/help.py" line="37"/>
        <source>Guide pour animer l’atelier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="59"/>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="102"/>
        <source>Commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="59"/>
        <source>Commencer (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="98"/>
        <source>{0} · {1}, environ {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="89"/>
        <source>Passez l’ordinateur à la personne suivante. Vos réponses restent anonymes : elles ne seront jamais montrées une par une.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="81"/>
        <source>La séance a été interrompue pendant les réponses d’une personne. Appelez la personne qui anime l’atelier : elle seule peut les reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="94"/>
        <source>{0} · reprise à la question {1} / {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="95"/>
        <source>Continuer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HiddenResults</name>
    <message>
        <location filename="../../peerready/ui/pages/results_hidden.py" line="22"/>
        <source>Les résultats restent cachés tant que la collecte est ouverte, pour que personne ne réponde sous l’influence du groupe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_hidden.py" line="30"/>
        <source>&amp;Clore la collecte et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_hidden.py" line="31"/>
        <source>Clore la collecte et voir les résultats (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_hidden.py" line="32"/>
        <source>Clore la collecte et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_hidden.py" line="34"/>
        <source>&amp;Retour à la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_hidden.py" line="35"/>
        <source>Retour à la séance (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_hidden.py" line="36"/>
        <source>Retour à la séance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="29"/>
        <source>Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="33"/>
        <source>&amp;Rechercher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="35"/>
        <source>Nom ou secteur de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="58"/>
        <source>Liste des structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="46"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="47"/>
        <source>Dernière évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="48"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="49"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="50"/>
        <source>Actions ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="53"/>
        <source>calcul…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="64"/>
        <source>Aucune structure pour l’instant. Commencez par « Nouvelle structure » (Ctrl+N), ou importez un fichier .peerready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="73"/>
        <source>&amp;Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="73"/>
        <source>Ouvrir la structure (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="76"/>
        <source>&amp;Nouvelle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="76"/>
        <source>Créer une structure (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="78"/>
        <source>Re&amp;nommer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="78"/>
        <source>Renommer (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="81"/>
        <source>&amp;Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="83"/>
        <source>Supprimer la structure et toutes ses données (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="86"/>
        <source>&amp;Importer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="86"/>
        <source>Importer un fichier .peerready (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="89"/>
        <source>&amp;Exporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="89"/>
        <source>Exporter la structure vers un fichier .peerready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="93"/>
        <source>&amp;Vue d’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="95"/>
        <source>Vue d’ensemble anonyme de toutes les structures (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="104"/>
        <source>Dossier des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="52"/>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="138"/>
        <source>Aucune structure ne correspond à « {0} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="188"/>
        <location filename="../../peerready/ui/pages/home.py" line="198"/>
        <source>Nouvelle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="188"/>
        <source>Nom de la structure (par exemple « CHRS Les Tilleuls ») :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="194"/>
        <source>La structure « {0} » n’a pas été créée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="205"/>
        <source>Structure « {0} » créée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="213"/>
        <location filename="../../peerready/ui/pages/home.py" line="222"/>
        <source>Renommer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="213"/>
        <source>Nouveau nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="218"/>
        <source>La structure n’a pas été renommée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="234"/>
        <source>Supprimer « {0} » et toutes ses données ?

{1}, {2} et {3} seront effacées de cet ordinateur. Une sauvegarde de toutes les données est faite juste avant : pour revenir en arrière, Fichier → Restaurer une sauvegarde (« avant-suppression »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="241"/>
        <source>« {0} » n’a pas été supprimée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="250"/>
        <source>« {0} » a été supprimée. Une sauvegarde d’avant la suppression est dans {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="278"/>
        <source>Importé : {0}, {1}, {2}, {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="322"/>
        <source>Exporté vers {0} : {1}, {2}, {3}. Les commentaires libres ne sont pas inclus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="238"/>
        <source>Supprimer une structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="238"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="257"/>
        <location filename="../../peerready/ui/pages/home.py" line="283"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="257"/>
        <location filename="../../peerready/ui/pages/home.py" line="303"/>
        <source>Fichiers PeerReady (*.peerready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="261"/>
        <location filename="../../peerready/ui/pages/home.py" line="290"/>
        <source>Importation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="276"/>
        <source>Ce fichier était déjà importé : rien n’a changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="282"/>
        <source>Une autre structure portait déjà ce nom : renommée {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="287"/>
        <source>Ce fichier n’a pas été importé ; rien n’a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="293"/>
        <source>Importation impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="303"/>
        <location filename="../../peerready/ui/pages/home.py" line="321"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/home.py" line="308"/>
        <source>Exportation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="48"/>
        <source>Contenu</source>
        <extracomment>A second start of PeerReady on the same data folder asked this window to come forward.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="50"/>
        <source>Ouverture des données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="88"/>
        <source>Barre d’état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="147"/>
        <source>La page n’a pas pu être affichée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="154"/>
        <source>Ce que vous vouliez ouvrir n’existe plus (supprimé ou remplacé par une sauvegarde).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="231"/>
        <source>PeerReady était déjà ouvert : voici sa fenêtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="270"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="271"/>
        <source>&amp;Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="274"/>
        <source>&amp;Nouvelle structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="281"/>
        <source>&amp;Importer un fichier .peerready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="288"/>
        <source>&amp;Vue d’ensemble des structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="294"/>
        <source>Faire une &amp;sauvegarde maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="295"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="297"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="299"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="302"/>
        <source>Texte plus &amp;grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="308"/>
        <source>Texte plus &amp;petit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="311"/>
        <source>Taille &amp;normale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="314"/>
        <source>&amp;Contraste élevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="319"/>
        <source>&amp;Réglages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="322"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="325"/>
        <source>&amp;Guide pour animer l’atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="330"/>
        <source>À &amp;propos de PeerReady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="367"/>
        <source>La sauvegarde n’a pas été faite.</source>
        <extracomment>What a participant answering on the laptop may not reach: all but text size and contrast.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="373"/>
        <source>Sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="373"/>
        <source>Sauvegarde faite :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="386"/>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="387"/>
        <source>Sauvegardes PeerReady (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="395"/>
        <source>C’est la base de données en cours d’utilisation, pas une sauvegarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="401"/>
        <source>Remplacer toutes les données actuelles par cette sauvegarde ?
{0}

Les données actuelles seront d’abord sauvegardées dans {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="404"/>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="407"/>
        <source>La sauvegarde n’a pas été restaurée ; les données sont restées comme avant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="415"/>
        <source>Sauvegarde restaurée. Les données d’avant sont gardées dans {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="398"/>
        <source>Restauration impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="427"/>
        <source>Taille du texte : {0} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <location filename="../../peerready/ui/widgets/option_button.py" line="42"/>
        <source>Choisir cette réponse (touche {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/option_button.py" line="49"/>
        <source>⚠ {0} (choisie, NON enregistrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/option_button.py" line="50"/>
        <source>Réponse choisie, mais non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/option_button.py" line="52"/>
        <source>✓ {0} (choisie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/option_button.py" line="53"/>
        <source>Réponse choisie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="38"/>
        <location filename="../../peerready/ui/dialogs/overview.py" line="96"/>
        <source>Vue d’ensemble des structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="131"/>
        <source>Pour la dernière évaluation de chaque structure. Anonyme : aucune structure n’est nommée ici.
{0}, dont {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="50"/>
        <source>Vue d’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="45"/>
        <source>Calcul des résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="51"/>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="51"/>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="55"/>
        <source>Exporter en tableur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="56"/>
        <source>Exporter la vue d’ensemble en tableur Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="58"/>
        <source>Un classeur Excel (.xlsx), une feuille par vue, anonyme comme cette vue d’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="74"/>
        <source>Calcul des résultats de {0}, une seule fois…</source>
        <extracomment>The figures shown, exported as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="97"/>
        <source>Enregistrer le tableur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="97"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="115"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="115"/>
        <source>Le tableur n’a pas pu être fait :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="145"/>
        <source>Étape du projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="146"/>
        <source>Niveau de préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="148"/>
        <source>Score moyen par dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="151"/>
        <source>Alertes les plus fréquentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="159"/>
        <source>Actions des plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="161"/>
        <source>Faites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="162"/>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="163"/>
        <source>À faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/overview.py" line="164"/>
        <source>Abandonnées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../peerready/ui/widgets/__init__.py" line="46"/>
        <source>← Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/__init__.py" line="47"/>
        <source>Retour à la page précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/__init__.py" line="48"/>
        <source>Retour (Alt+Flèche gauche)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassedList</name>
    <message>
        <location filename="../../peerready/ui/widgets/passed_list.py" line="47"/>
        <source>Questions sans réponse</source>
        <extracomment>The index of the question to go back to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/passed_list.py" line="52"/>
        <source>Répondre à la question choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/passed_list.py" line="54"/>
        <source>Revenir à la question choisie dans la liste (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/passed_list.py" line="57"/>
        <source>Terminer sans y répondre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/passed_list.py" line="59"/>
        <source>Ces questions resteront sans réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/passed_list.py" line="79"/>
        <source>Avant de terminer : {0} sans réponse sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/passed_list.py" line="86"/>
        <source>Vous pouvez y revenir, ou les laisser sans réponse : ne pas répondre est permis. Choisissez une question puis Entrée pour y revenir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/passed_list.py" line="91"/>
        <source>Revenez-y maintenant, ou terminez : elles resteront sans réponse pour ce groupe. Choisissez une question puis Entrée pour y revenir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/passed_list.py" line="96"/>
        <source>Question {0} · {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="67"/>
        <source>Sur les téléphones : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="69"/>
        <source>{0} : répondez sur votre téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="75"/>
        <source>Connectez-vous au même Wi-Fi que cet ordinateur, puis visez ce code avec l’appareil photo, ou tapez l’adresse. Pas d’application, pas de compte, pas de nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="102"/>
        <source>&amp;Réseau :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="111"/>
        <source>Les téléphones n’arrivent pas à ouvrir la page ?
• Ils doivent être sur le même réseau Wi-Fi que cet ordinateur (pas sur leurs données mobiles).
• Sous Windows, si une fenêtre du pare-feu s’est ouverte, autorisez PeerReady sur les réseaux privés. Un réseau « invité » isole souvent les appareils : il ne convient pas.
• Sinon, créez un partage de connexion (point d’accès) avec votre téléphone ou cet ordinateur, protégé par un mot de passe, et connectez-y tout le monde.
• Vous pouvez aussi continuer autrement (personne par personne, décompte) : ce que les téléphones ont déjà envoyé est gardé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="127"/>
        <source>&amp;Arrêter la collecte sur les téléphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="144"/>
        <source>Cet ordinateur n’est relié à aucun réseau. Créez un partage de connexion (point d’accès) avec votre téléphone ou cet ordinateur, connectez-y tout le monde, puis rouvrez cette fenêtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="172"/>
        <source>Adresse à taper : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="175"/>
        <source>Code QR de l’adresse {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="185"/>
        <source>Aucun téléphone connecté pour l’instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="187"/>
        <source>1 téléphone connecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="189"/>
        <source>{0} téléphones connectés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="193"/>
        <source>personne n’a encore terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="195"/>
        <source>1 a terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="197"/>
        <source>{0} ont terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/phones.py" line="201"/>
        <source>La collecte de l’évaluation est close : les téléphones ne peuvent plus répondre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="51"/>
        <source>Plan d’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="51"/>
        <source>← Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="52"/>
        <source>Retour aux résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="53"/>
        <source>Retour aux résultats (Alt+Flèche gauche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="90"/>
        <source>La collecte des réponses est encore ouverte. Le plan d’action se construit à partir des résultats : terminez la collecte depuis la page des résultats, puis revenez ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="96"/>
        <location filename="../../peerready/ui/pages/plan.py" line="97"/>
        <source>Aller aux résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="112"/>
        <source>De la plus urgente à la moins urgente. Choisissez qui porte chaque action et pour quand, suivez son avancement, ajoutez les vôtres. Tout est enregistré aussitôt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="243"/>
        <source>{0}. {1} — cette semaine : {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="246"/>
        <source>Les chantiers :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="282"/>
        <source>La modification de l’action n’a pas été enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="316"/>
        <source>L’action n’a pas été déplacée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="163"/>
        <source>▲ Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="166"/>
        <source>Monter l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="165"/>
        <source>Monter l’action choisie dans le plan (Alt+Flèche haut dans la liste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="169"/>
        <source>▼ Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="172"/>
        <source>Descendre l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="171"/>
        <source>Descendre l’action choisie dans le plan (Alt+Flèche bas dans la liste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="175"/>
        <source>Ajouter une action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="178"/>
        <location filename="../../peerready/ui/pages/plan.py" line="326"/>
        <source>Ajouter une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="177"/>
        <source>Ajouter une action de l’équipe à la fin du plan (Ctrl+Maj+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="197"/>
        <source>Plan d’action — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="326"/>
        <source>Intitulé de la nouvelle action :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="330"/>
        <source>L’action « {0} » n’a pas été ajoutée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="343"/>
        <source>Supprimer l’action « {0} » ? Elle disparaîtra du plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="344"/>
        <source>Supprimer une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="344"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="349"/>
        <source>L’action n’a pas été supprimée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/plan.py" line="353"/>
        <source>Suppression impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostsEditor</name>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="19"/>
        <source>Le ou les postes de travail pair (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="24"/>
        <source>Décrivez chaque poste, prévu ou occupé, sans nom : plusieurs pairs peuvent avoir des statuts différents. Le plan en tient compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="31"/>
        <source>Postes décrits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="37"/>
        <source>Statut :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="38"/>
        <source>Contrat :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="39"/>
        <source>Temps de travail :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="40"/>
        <source>Salaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="41"/>
        <source>Classification :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="47"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="55"/>
        <source>Ajouter ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="56"/>
        <source>Retirer le poste choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/posts_editor.py" line="90"/>
        <source>Poste {0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="46"/>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="201"/>
        <source>Nouvelle évaluation</source>
        <extracomment>A group that answers on phones is stored as person by person: each phone is one anonymous respondent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="53"/>
        <source>&amp;Questionnaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="61"/>
        <source>É&amp;tape du projet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="64"/>
        <source>&amp;Complète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="65"/>
        <source>Co&amp;urte (vérification rapide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="73"/>
        <source>Version :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="76"/>
        <source>Qui répond, et comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="85"/>
        <source>À tour de rôle (l’ordinateur passe de main en main)</source>
        <extracomment>Whether the facilitator wants each group, whatever the version or stage shown asks it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="115"/>
        <source>Personnes accompagnées : leurs questions parlent du travail pair dans l’équipe. Ne les posez qu’avec l’accord de la personne en poste, qui choisit de dire ou non son parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="86"/>
        <source>Décompte (vote à main levée ou bulletins papier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="87"/>
        <source>Réponse commune du groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="89"/>
        <source>Sur leurs téléphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="92"/>
        <source>Bulletins papier glissés dans une urne, comptés par l’animation</source>
        <extracomment>Accompanied people never answer by a show of hands in front of the staff who support them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="97"/>
        <source>Façon de répondre : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="122"/>
        <source>Les actions encore ouvertes de la dernière évaluation seront reprises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="127"/>
        <source>Imprimer les questionnaires &amp;papier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="128"/>
        <source>Un questionnaire vierge par groupe coché, pour une séance sur papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="131"/>
        <source>&amp;Commencer la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="170"/>
        <source>{0} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="170"/>
        <source>aucune question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="177"/>
        <source>Cette version ne pose aucune question à ce groupe : il sera recoché avec ses questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="189"/>
        <source>La nouvelle évaluation n’a pas été créée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionFlow</name>
    <message>
        <location filename="../../peerready/ui/pages/session_questions.py" line="47"/>
        <source>réponse choisie mais non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="57"/>
        <source>&amp;Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="60"/>
        <source>Avancement par dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="61"/>
        <source>Aller à une dimension : Ctrl+D, flèches puis Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="73"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="79"/>
        <source>Question passée sans réponse</source>
        <extracomment>« Question 3 passée sans réponse »: said on the next question, so that no question is passed silently.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="95"/>
        <source>Les avis restent &amp;partagés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="96"/>
        <source>Les avis restent partagés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="97"/>
        <source>Cochez si le groupe n’a pas vraiment pu se mettre d’accord (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="100"/>
        <location filename="../../peerready/ui/widgets/question_view.py" line="102"/>
        <source>Pourquoi cette question ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="103"/>
        <source>Afficher ou masquer l’explication et les sources (touche ? ou Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="125"/>
        <source>← Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="127"/>
        <source>Question précédente (Retour arrière ou flèche gauche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="128"/>
        <source>Question précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="131"/>
        <location filename="../../peerready/ui/widgets/question_view.py" line="234"/>
        <source>Suivant →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="133"/>
        <source>Question suivante (Entrée ou flèche droite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="134"/>
        <location filename="../../peerready/ui/widgets/question_view.py" line="235"/>
        <source>Question suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="137"/>
        <source>Vue d’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="139"/>
        <source>Revenir à la vue d’ensemble ; on pourra reprendre ici plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="192"/>
        <source>{0} · personne n° {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="194"/>
        <source>{0} · décompte, feuille n° {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="196"/>
        <source>{0} · réponse commune du groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="198"/>
        <source>{0} · Question {1} / {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="217"/>
        <source>&amp;Note sur le désaccord ou commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="218"/>
        <source>Facultatif : n’écrivez aucun nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="219"/>
        <source>Note sur le désaccord ou commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="221"/>
        <source>&amp;Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="222"/>
        <source>Commentaire facultatif : n’écrivez aucun nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="223"/>
        <source>Commentaire facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="229"/>
        <source>Sources :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="231"/>
        <source>Pas d’explication pour cette question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="234"/>
        <source>Terminer ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="235"/>
        <source>Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="284"/>
        <source>⚠ Question {0} passée sans réponse : elle sera rappelée avant la fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="287"/>
        <source>⚠ Question {0} passée sans réponse ({1} jusqu’ici) : elles seront rappelées avant la fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/question_view.py" line="317"/>
        <source>Le commentaire sera enregistré avec la réponse, dès qu’une réponse sera choisie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <location filename="../../peerready/ui/widgets/radar.py" line="51"/>
        <source>Radar des scores par dimension</source>
        <extracomment>Dash pattern of each series, by group; &quot;all&quot; is the whole (« Tous groupes »). The marker shapes and colours are ``wording``&apos;s, the same as on paper. The style given to a series that names no group, by its place.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/radar.py" line="77"/>
        <source>Aucun score par dimension à afficher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/radar.py" line="79"/>
        <source>Échelle de 0 à 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/radar.py" line="82"/>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/radar.py" line="85"/>
        <source>{0} — {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/radar.py" line="165"/>
        <source>Pas encore de score par dimension.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsDetail</name>
    <message>
        <location filename="../../peerready/ui/pages/results_detail.py" line="39"/>
        <source>Choisissez un élément de la liste pour voir les questions qui sont derrière, et ce que chaque groupe a répondu.</source>
        <extracomment>the groups asked, when nobody has answered yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_detail.py" line="56"/>
        <source>Écart de {0} entre {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_detail.py" line="57"/>
        <source> et </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_detail.py" line="63"/>
        <source>{0} : les avis sont partagés sur cette question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_detail.py" line="77"/>
        <source>Aucune question posée sur ce point à cette étape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_detail.py" line="99"/>
        <source>Aucune réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_detail.py" line="103"/>
        <source>Tous groupes : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_detail.py" line="116"/>
        <source>Des réponses d’un groupe de moins de {0} comptent dans l’ensemble mais ne sont pas détaillées, pour préserver l’anonymat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_detail.py" line="121"/>
        <source>Pourquoi cette question ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="57"/>
        <location filename="../../peerready/ui/pages/results.py" line="73"/>
        <source>Résultats</source>
        <extracomment>The assessment and results the widgets were last filled from: shown again unchanged, they are kept as they are (the lists, the radar and the tree cost tens of milliseconds to make again). What the detail panel shows (a finding&apos;s or a score&apos;s key), so that choosing it again costs nothing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="108"/>
        <source>Détail des résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="110"/>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="111"/>
        <source>Écarts de perception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="109"/>
        <source>Alertes, écarts, avis partagés, ce qui manque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="112"/>
        <source>Avis partagés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="113"/>
        <source>Ce qui manque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="127"/>
        <source>&amp;Questions concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="130"/>
        <source>Questions concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="131"/>
        <source>Les questions derrière l’élément choisi (Alt+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="156"/>
        <source>&amp;Dimensions et facteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="159"/>
        <source>Montrer les scores par dimension et par facteur en tableau, à la place du radar (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="161"/>
        <source>Dimensions et facteurs : scores en tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="165"/>
        <source>Voir le plan d’ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="166"/>
        <source>Voir le plan d’action (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="167"/>
        <source>Voir le plan d’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="225"/>
        <source>La collecte n’a pas été close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="184"/>
        <source>Résultats — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="216"/>
        <source>Clore la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="218"/>
        <source>Tout le monde a-t-il répondu ? Une fois la collecte close, les résultats s’affichent pour tout le groupe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="221"/>
        <source>Clore et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="294"/>
        <source>Avis &amp;partagés ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="292"/>
        <source>A&amp;lertes ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="293"/>
        <source>É&amp;carts de perception ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="295"/>
        <source>Ce qui &amp;manque ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="298"/>
        <source>Alertes graves et points de vigilance (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="299"/>
        <source>Là où les groupes voient les choses très différemment (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="300"/>
        <source>Questions où un groupe est partagé entre pour et contre (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results.py" line="301"/>
        <source>Questions avec beaucoup de « je ne sais pas » ou sans réponse (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <location filename="../../peerready/ui/widgets/__init__.py" line="88"/>
        <source>État de l’enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/__init__.py" line="96"/>
        <source>✓ enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/__init__.py" line="103"/>
        <source>⚠ non enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreTree</name>
    <message>
        <location filename="../../peerready/ui/pages/results_scores.py" line="22"/>
        <source>Scores par dimension et par facteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_scores.py" line="30"/>
        <source>Point évalué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_scores.py" line="30"/>
        <source>Tous groupes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_scores.py" line="37"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_scores.py" line="40"/>
        <source>Facteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_scores.py" line="42"/>
        <source>{0} (essentiel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../peerready/ui/pages/session.py" line="74"/>
        <source>Collecte des réponses</source>
        <extracomment>The phone collections running, by group (their windows). The respondent on screen, as the workshop model has it (None on the other screens). The questions without an answer are being gone back to, from the list shown before the end. The people present for each tally sheet of this assessment, by respondent id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session.py" line="203"/>
        <source>Collecte — {0}</source>
        <extracomment>The group of the person who has just finished, for « Personne suivante ».</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session.py" line="354"/>
        <source>Collecte rouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session.py" line="407"/>
        <source>Réponses de « {0} » enregistrées.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../peerready/ui/dialogs/settings.py" line="27"/>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/settings.py" line="35"/>
        <source>Pour un projecteur, 150 % ou plus (Ctrl++ et Ctrl+- à tout moment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/settings.py" line="36"/>
        <source>&amp;Taille du texte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/settings.py" line="37"/>
        <source>&amp;Contraste élevé (texte clair sur fond noir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/settings.py" line="46"/>
        <source>PeerReady enregistre chaque réponse immédiatement. Il fait aussi une copie de sécurité de toute la base à l’ouverture (au plus toutes les 12 heures ; les {0} dernières sont gardées) dans le dossier « backups » du dossier de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/settings.py" line="53"/>
        <source>&amp;Ouvrir le dossier des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/settings.py" line="55"/>
        <source>Faire une &amp;sauvegarde maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/settings.py" line="66"/>
        <source>La sauvegarde n’a pas été faite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/settings.py" line="69"/>
        <source>Sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/settings.py" line="69"/>
        <source>Sauvegarde faite :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingScreen</name>
    <message>
        <location filename="../../peerready/ui/widgets/sharing_screen.py" line="28"/>
        <source>Avant de finir : ce que vous partagez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/sharing_screen.py" line="31"/>
        <source>Votre groupe compte peu de personnes : on pourrait vous reconnaître. Voici ce que vous avez dit qui signale un risque ou qui diffère des autres. Personne d’autre ne le voit. Choisissez ce qui peut apparaître dans les résultats communs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/sharing_screen.py" line="63"/>
        <source>Enregistrer ma fiche personnelle (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/sharing_screen.py" line="64"/>
        <source>Valider mon choix (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/sharing_screen.py" line="76"/>
        <source>Ce que vous avez signalé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/sharing_screen.py" line="79"/>
        <source>Là où votre regard diffère :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/sharing_screen.py" line="82"/>
        <source>« {0} » — vous avez répondu « {1} » ; les autres voient les choses autrement : {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/sharing_screen.py" line="89"/>
        <source>Rien de ce que vous avez dit ne signale un risque ni ne diffère nettement des autres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="43"/>
        <source>← Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="49"/>
        <source>É&amp;valuations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="54"/>
        <source>Évaluations de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="59"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="60"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="61"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="62"/>
        <source>Groupes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="63"/>
        <source>Collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="64"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="74"/>
        <source>Pas encore d’évaluation. « Nouvelle évaluation » prépare une séance : questionnaire, étape du projet, groupes qui répondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="84"/>
        <source>&amp;Nouvelle évaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="86"/>
        <source>Préparer une séance (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="91"/>
        <location filename="../../peerready/ui/pages/structure.py" line="199"/>
        <source>&amp;Continuer la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="93"/>
        <source>Reprendre la collecte des réponses (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="96"/>
        <source>&amp;Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="96"/>
        <source>Voir les résultats (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="99"/>
        <source>&amp;Plan d’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="99"/>
        <source>Travailler le plan d’action (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="103"/>
        <source>Questionnaires &amp;papier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="105"/>
        <source>Imprimer les questionnaires vierges de l’évaluation choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="109"/>
        <source>E&amp;xporter l’évaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="111"/>
        <source>Exporter l’évaluation choisie vers un fichier .peerready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="115"/>
        <source>&amp;Supprimer l’évaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="117"/>
        <source>Supprimer l’évaluation choisie, vide ou commencée par erreur, après une sauvegarde (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="156"/>
        <source>courte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="156"/>
        <source>complète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="158"/>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="160"/>
        <source>en cours ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="199"/>
        <source>Reprendre la &amp;collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="220"/>
        <source>celle du {0} ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="226"/>
        <source>Une collecte de cette structure est encore ouverte : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="228"/>
        <source>{0} collectes de cette structure sont encore ouvertes ; la plus récente : {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="235"/>
        <source>Une nouvelle évaluation deviendrait la dernière de la structure, celle que montrent l’accueil et la prochaine séance. Pour continuer la collecte en cours, revenez à la séance ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="241"/>
        <source>Une séance est déjà ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="244"/>
        <source>Revenir à la séance ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="245"/>
        <source>Commencer une autre évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="246"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="261"/>
        <source>aucune action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="263"/>
        <source>Elle contient {0} et {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="265"/>
        <source>Elle ne contient aucune réponse, et {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="266"/>
        <source>collecte close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="266"/>
        <source>collecte en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="268"/>
        <source>Supprimer l’évaluation du {0} ({1}, {2}) ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="274"/>
        <source>Les autres évaluations de « {0} » ne changent pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="277"/>
        <source>Une sauvegarde de toutes les données est faite juste avant : pour revenir en arrière, Fichier → Restaurer une sauvegarde (« avant-suppression »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="282"/>
        <location filename="../../peerready/ui/pages/structure.py" line="291"/>
        <source>Supprimer une évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="282"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="287"/>
        <source>L’évaluation n’a pas été supprimée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="305"/>
        <source>L’évaluation du {0} a été supprimée. Une sauvegarde d’avant la suppression est dans {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="356"/>
        <source>Exporter l’évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="358"/>
        <source>Fichiers PeerReady (*.peerready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/structure.py" line="370"/>
        <source>Évaluation exportée vers {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryWriter</name>
    <message>
        <location filename="../../peerready/ui/pages/results_summary.py" line="28"/>
        <source>Niveau : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_summary.py" line="29"/>
        <source>Niveau de préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_summary.py" line="39"/>
        <source>{0} questions sur {1} ont reçu une réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_summary.py" line="42"/>
        <source>Étape : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_summary.py" line="44"/>
        <source>Version courte du questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_summary.py" line="46"/>
        <source>Ont répondu : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_summary.py" line="49"/>
        <source>Postes de travail pair : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/results_summary.py" line="54"/>
        <source>Tous groupes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="139"/>
        <source>Tapez combien de personnes ont choisi chaque réponse. Entrée passe à la question suivante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="60"/>
        <source>Total des réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="41"/>
        <source>Personnes &amp;présentes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="45"/>
        <source>Nombre de personnes présentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="47"/>
        <source>Combien de personnes sont dans la salle pour ce décompte : chaque total lui est comparé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="63"/>
        <source>Le total ne correspond pas aux personnes présentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="90"/>
        <source>Nombre de « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="91"/>
        <source>Nombre de personnes (flèches haut et bas pour ajuster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="142"/>
        <source>Tapez d’abord combien de personnes sont présentes, puis Entrée : chaque total leur sera comparé. Puis, pour chaque réponse, combien de personnes l’ont choisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="149"/>
        <source>Total : 1 réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="149"/>
        <source>Total : {0} réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="158"/>
        <source>⚠ {0} pour {1} : {2} de moins. Une abstention, ou une main oubliée ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/tally_grid.py" line="162"/>
        <source>⚠ {0} pour {1} : {2} de trop. Un nombre tapé deux fois, ou un zéro de trop ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="126"/>
        <source>Merci, vos réponses sont enregistrées. Passez l’ordinateur à la personne suivante, ou rendez-le à la personne qui anime l’atelier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="131"/>
        <source>Personne suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets/session_screens.py" line="131"/>
        <source>Une autre personne du même groupe répond (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../peerready/ui/pages/session_sharing.py" line="29"/>
        <source>Ce que vous avez dit n’a pas pu être relu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_sharing.py" line="44"/>
        <source>Votre choix de partage n’a pas été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_sharing.py" line="60"/>
        <source>Enregistrer ma fiche personnelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_sharing.py" line="61"/>
        <source>ma-fiche-personnelle.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_sharing.py" line="62"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_sharing.py" line="75"/>
        <source>Fiche non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_sharing.py" line="75"/>
        <source>La fiche n’a pas pu être écrite : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_sharing.py" line="78"/>
        <source>Fiche personnelle enregistrée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_privacy.py" line="66"/>
        <source>Rester sur cet écran</source>
        <extracomment>The facilitator&apos;s gesture: two modifiers and a letter nobody types while answering with digits and Enter.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_privacy.py" line="69"/>
        <source>Reprendre les réponses de la personne n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_privacy.py" line="70"/>
        <source>Aller à la vue d’ensemble de la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_privacy.py" line="72"/>
        <source>Ce choix est pour la personne qui anime l’atelier. Les réponses déjà données sont enregistrées ; une personne qui n’a pas fini pourra reprendre depuis la vue d’ensemble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/pages/session_privacy.py" line="75"/>
        <source>Réservé à la personne qui anime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="224"/>
        <source>Où enregistrer les questionnaires papier ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="243"/>
        <source>1 questionnaire enregistré dans {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="245"/>
        <source>{0} questionnaires enregistrés dans {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/dialogs/prepare.py" line="251"/>
        <source>Impression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="323"/>
        <source>L’exportation n’a pas été faite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/faults.py" line="325"/>
        <location filename="../../peerready/ui/faults.py" line="327"/>
        <source>Exportation impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../peerready/ui/app.py" line="116"/>
        <source>PeerReady est déjà ouvert</source>
        <extracomment>The app&apos;s language and country, whatever the system&apos;s: dates, month and day names, numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="121"/>
        <source>Deux fenêtres sur les mêmes données montreraient des réponses périmées. Fermez l’autre PeerReady (ou demandez à la personne qui l’utilise), puis réessayez ; ou choisissez un autre dossier de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="127"/>
        <source>Données inutilisables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="129"/>
        <source>Rien n’a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="134"/>
        <source>Vous pouvez réessayer, choisir un autre dossier de données, ou quitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="144"/>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="145"/>
        <source>Choisir un autre dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="146"/>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="153"/>
        <source>Choisir un dossier de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="166"/>
        <source>La dernière action n’a pas pu aller jusqu’au bout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="171"/>
        <source>Action impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="177"/>
        <source>Erreur inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="179"/>
        <source>Une erreur inattendue s’est produite ({0}). Les réponses déjà enregistrées ne sont pas perdues. Si cela se reproduit, notez ce que vous faisiez et signalez-le.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
