<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../peerready/ui/help_dialogs.py" line="48"/>
        <source>À propos de PeerReady</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="53"/>
        <source>Comparer deux évaluations — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="64"/>
        <source>Comparer l’évaluation du {0} avec &amp;celle du :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="67"/>
        <source>Évaluation à comparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="88"/>
        <source>Détail de la comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="90"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="90"/>
        <source>Avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="90"/>
        <source>Après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="90"/>
        <location filename="../../peerready/ui/compare_dialog.py" line="93"/>
        <source>Évolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="91"/>
        <source>Scores par dimension, avant et après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="93"/>
        <source>Alerte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="93"/>
        <source>Alertes levées et nouvelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="95"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="95"/>
        <source>Statut à l’époque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="95"/>
        <source>Statut maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="96"/>
        <source>Actions de la première évaluation et ce qu’elles sont devenues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="98"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="99"/>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="100"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="105"/>
        <source>Cette structure n’a pas d’autre évaluation terminée. Refaites l’évaluation dans quelques mois pour voir ce qui a bougé et ce qui a été fait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="114"/>
        <location filename="../../peerready/ui/compare_dialog.py" line="115"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="116"/>
        <source>Fermer (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="180"/>
        <source>Du {0} au {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="181"/>
        <source>Niveau : {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="184"/>
        <source>Score d’ensemble : {0} → {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="190"/>
        <source>Étape : {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="204"/>
        <source>✓ levée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="205"/>
        <source>⚠ nouvelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="207"/>
        <source>Aucune alerte n’a changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="219"/>
        <source>La première évaluation n’avait pas d’action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="222"/>
        <source>Dimensions ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="225"/>
        <source>Alertes ({0} levées, {1} nouvelles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="229"/>
        <source>Actions ({0} faites sur {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../peerready/ui/help_dialogs.py" line="34"/>
        <source>Guide pour animer l’atelier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="33"/>
        <source>Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="37"/>
        <source>&amp;Rechercher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="39"/>
        <source>Nom ou secteur de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="50"/>
        <source>Liste des structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="57"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="58"/>
        <source>Dernière évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="59"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="60"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="61"/>
        <source>Actions ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="73"/>
        <source>Aucune structure pour l’instant. Commencez par « Nouvelle structure » (Ctrl+N), ou importez un fichier .peerready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="82"/>
        <source>&amp;Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="82"/>
        <source>Ouvrir la structure (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="85"/>
        <source>&amp;Nouvelle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="85"/>
        <source>Créer une structure (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="87"/>
        <source>Re&amp;nommer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="87"/>
        <source>Renommer (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="90"/>
        <source>&amp;Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="92"/>
        <source>Supprimer la structure et toutes ses données (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="96"/>
        <source>&amp;Importer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="96"/>
        <source>Importer un fichier .peerready (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="99"/>
        <source>&amp;Exporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="99"/>
        <source>Exporter la structure vers un fichier .peerready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="103"/>
        <source>&amp;Vue d’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="105"/>
        <source>Vue d’ensemble anonyme de toutes les structures (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="113"/>
        <source>Dossier des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="134"/>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="152"/>
        <source>Aucune structure ne correspond à « {0} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="174"/>
        <location filename="../../peerready/ui/home_page.py" line="181"/>
        <source>Nouvelle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="174"/>
        <source>Nom de la structure (par exemple « CHRS Les Tilleuls ») :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="185"/>
        <source>Structure « {0} » créée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="193"/>
        <location filename="../../peerready/ui/home_page.py" line="199"/>
        <source>Renommer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="193"/>
        <source>Nouveau nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="210"/>
        <source>Supprimer « {0} » et toutes ses données ?

{1} évaluation(s), {2} réponses et {3} actions seront effacées de cet ordinateur. C’est définitif : pensez à exporter la structure d’abord si vous voulez la garder ailleurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="214"/>
        <source>Supprimer une structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="214"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="218"/>
        <source>« {0} » a été supprimée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="221"/>
        <location filename="../../peerready/ui/home_page.py" line="245"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="221"/>
        <location filename="../../peerready/ui/home_page.py" line="263"/>
        <source>Fichiers PeerReady (*.peerready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="225"/>
        <source>Importation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="238"/>
        <source>Ce fichier était déjà importé : rien n’a changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="240"/>
        <source>Importé : {0} structure(s), {1} évaluation(s), {2} réponses, {3} actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="244"/>
        <source>Une autre structure portait déjà ce nom : renommée {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="251"/>
        <source>Importation impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="252"/>
        <source>Ce fichier n’a pas été importé ; rien n’a été modifié.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="263"/>
        <location filename="../../peerready/ui/home_page.py" line="282"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="268"/>
        <source>Exportation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="284"/>
        <source>Exporté vers {0} : {1} évaluation(s), {2} réponses, {3} actions. Les commentaires libres ne sont pas inclus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="291"/>
        <source>Exportation impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="29"/>
        <source>Contenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="31"/>
        <source>Ouverture des données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="36"/>
        <source>Barre d’état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="147"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="148"/>
        <source>&amp;Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="151"/>
        <source>&amp;Nouvelle structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="158"/>
        <source>&amp;Importer un fichier .peerready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="165"/>
        <source>&amp;Vue d’ensemble des structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="171"/>
        <source>Faire une &amp;sauvegarde maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="172"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="174"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="176"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="179"/>
        <source>Texte plus &amp;grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="185"/>
        <source>Texte plus &amp;petit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="188"/>
        <source>Taille &amp;normale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="191"/>
        <source>&amp;Contraste élevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="196"/>
        <source>&amp;Réglages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="199"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="202"/>
        <source>&amp;Guide pour animer l’atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="207"/>
        <source>À &amp;propos de PeerReady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="233"/>
        <source>Sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="233"/>
        <source>Sauvegarde faite :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="242"/>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="242"/>
        <source>Sauvegardes PeerReady (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="247"/>
        <source>Remplacer toutes les données actuelles par cette sauvegarde ?
{0}

Les données actuelles seront d’abord sauvegardées dans {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="250"/>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="255"/>
        <source>Restauration impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="258"/>
        <source>Sauvegarde restaurée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/main_window.py" line="269"/>
        <source>Taille du texte : {0} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="72"/>
        <source>Choisir cette réponse (touche {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="77"/>
        <source>✓ {0} (choisie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="79"/>
        <source>Réponse choisie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="13"/>
        <source>Vue d’ensemble des structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="18"/>
        <source>Pour la dernière évaluation de chaque structure. Anonyme : aucune structure n’est nommée ici.
{0} structure(s), dont {1} évaluée(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="26"/>
        <source>Vue d’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="27"/>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="27"/>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="36"/>
        <source>Étape du projet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="37"/>
        <source>Niveau de préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="39"/>
        <source>Score moyen par dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="42"/>
        <source>Alertes les plus fréquentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="46"/>
        <source>{0} structure(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="53"/>
        <source>Actions des plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="55"/>
        <source>Faites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="56"/>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="57"/>
        <source>À faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/overview_dialog.py" line="58"/>
        <source>Abandonnées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../peerready/ui/widgets.py" line="35"/>
        <source>← Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets.py" line="36"/>
        <source>Retour à la page précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets.py" line="37"/>
        <source>Retour (Alt+Flèche gauche)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="211"/>
        <location filename="../../peerready/ui/plan_page.py" line="913"/>
        <location filename="../../peerready/ui/plan_page.py" line="966"/>
        <source>Plan d’action</source>
        <extracomment>Marks that say the priority without colour (the same as on the printed plan). Roughly when each horizon falls, to suggest a date when someone first sets one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="211"/>
        <source>← Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="212"/>
        <source>Retour aux résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="213"/>
        <source>Retour aux résultats (Alt+Flèche gauche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="249"/>
        <source>La collecte des réponses est encore ouverte. Le plan d’action se construit à partir des résultats : terminez la collecte depuis la page des résultats, puis revenez ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="255"/>
        <location filename="../../peerready/ui/plan_page.py" line="256"/>
        <source>Aller aux résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="271"/>
        <source>De la plus urgente à la moins urgente. Choisissez qui porte chaque action et pour quand, suivez son avancement, ajoutez les vôtres. Tout est enregistré aussitôt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="297"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="298"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="299"/>
        <source>Priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="300"/>
        <source>Porté par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="301"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="302"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="305"/>
        <source>Actions du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="307"/>
        <source>Flèches : choisir une action. Alt+Flèche haut ou bas : la déplacer dans le plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="311"/>
        <source>Flèches haut et bas : choisir une action
Alt+Flèche haut / Alt+Flèche bas : monter ou descendre l’action choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="335"/>
        <source>▲ Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="338"/>
        <source>Monter l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="337"/>
        <source>Monter l’action choisie dans le plan (Alt+Flèche haut dans la liste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="341"/>
        <source>▼ Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="344"/>
        <source>Descendre l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="343"/>
        <source>Descendre l’action choisie dans le plan (Alt+Flèche bas dans la liste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="347"/>
        <source>Ajouter une action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="350"/>
        <location filename="../../peerready/ui/plan_page.py" line="853"/>
        <source>Ajouter une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="349"/>
        <source>Ajouter une action de l’équipe à la fin du plan (Ctrl+Maj+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="353"/>
        <source>Abandonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="356"/>
        <source>Abandonner l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="355"/>
        <source>Passer l’action choisie à « Abandonné » : elle reste visible, grisée, et ne sera plus imprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="359"/>
        <source>Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="364"/>
        <source>Supprimer l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="362"/>
        <source>Supprimer une action ajoutée par l’équipe. Une action proposée s’abandonne, elle ne se supprime pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="383"/>
        <source>Action choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="405"/>
        <source>&amp;Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="405"/>
        <source>Intitulé de l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="413"/>
        <source>&amp;Porté par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="413"/>
        <source>Porté par (rôle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="416"/>
        <source>Un prénom ou une fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="419"/>
        <source>Un prénom ou une fonction (par exemple « Awa » ou « la cheffe de service »). N’écrivez pas d’autres données personnelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="424"/>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="424"/>
        <source>Nom de la personne qui porte l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="433"/>
        <source>Date d’échéance (Alt+Flèche bas : ouvrir le calendrier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="435"/>
        <source>Pas de date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="436"/>
        <source>Pas de date d’échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="438"/>
        <source>Sans date, le plan affiche l’horizon proposé (par exemple « Dans les 3 mois »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="444"/>
        <source>Date d’échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="445"/>
        <source>Éc&amp;héance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="453"/>
        <source>&amp;Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="453"/>
        <source>Statut de l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="458"/>
        <source>Où en est l’action, ce qui bloque… Pas de nom de personne accompagnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="460"/>
        <source>Enregistré quand vous quittez le champ (Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="462"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="462"/>
        <source>Notes sur l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="469"/>
        <source>Pourquoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="477"/>
        <source>Pourquoi cette action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="479"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="487"/>
        <source>Comment faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="496"/>
        <source>Imprimer le plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="499"/>
        <source>Imprimer le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="498"/>
        <source>Faire le PDF du plan d’action à distribuer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="502"/>
        <source>Imprimer le rapport complet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="508"/>
        <source>Imprimer le rapport complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="505"/>
        <source>Faire le PDF du rapport complet : résultats détaillés, réponses question par question et plan (Ctrl+Maj+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="511"/>
        <source>Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="514"/>
        <source>Exporter les actions en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="513"/>
        <source>Enregistrer les actions pour un tableur (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="517"/>
        <source>Comparer avec une autre évaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="520"/>
        <source>Comparer avec une autre évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="519"/>
        <source>Voir ce qui a bougé depuis une autre évaluation de la structure, et ce qui a été fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="524"/>
        <source>Préparation du PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="527"/>
        <source>Préparation du PDF en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="552"/>
        <source>Plan d’action — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="677"/>
        <source>Porté par : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="678"/>
        <source>Échéance : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="680"/>
        <source>✎ ajoutée par l’équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="682"/>
        <source>↻ reprise de l’évaluation précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="685"/>
        <source>✕ Abandonné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="687"/>
        <source>✓ Fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="736"/>
        <source>Aucune action choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="746"/>
        <source>Action n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="747"/>
        <source>Priorité : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="749"/>
        <source>ajoutée par l’équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="751"/>
        <source>abandonnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="767"/>
        <source>Action ajoutée par l’équipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="853"/>
        <source>Intitulé de la nouvelle action :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="870"/>
        <source>Supprimer l’action « {0} » ? Elle disparaîtra du plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="871"/>
        <source>Supprimer une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="871"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="877"/>
        <source>Suppression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="913"/>
        <source>Rapport complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="914"/>
        <source>Enregistrer le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="914"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="952"/>
        <source>PDF enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="959"/>
        <source>PDF impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="959"/>
        <source>Le PDF n’a pas pu être fait :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="966"/>
        <source>Exporter les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="966"/>
        <source>Tableur CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="974"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="974"/>
        <source>Le fichier n’a pas pu être écrit :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="979"/>
        <source>Actions exportées : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareDialog</name>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="33"/>
        <location filename="../../peerready/ui/prepare_dialog.py" line="145"/>
        <source>Nouvelle évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="40"/>
        <source>&amp;Questionnaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="48"/>
        <source>É&amp;tape du projet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="51"/>
        <source>&amp;Complète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="52"/>
        <source>Co&amp;urte (vérification rapide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="60"/>
        <source>Version :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="63"/>
        <source>Qui répond, et comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="70"/>
        <source>Chacun·e son tour (l’ordinateur passe de main en main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="71"/>
        <source>Décompte (vote à main levée ou bulletins papier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="72"/>
        <source>Réponse commune du groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="78"/>
        <source>Façon de répondre : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="93"/>
        <source>Personnes accompagnées : leurs questions nomment le rôle de travailleur·se pair·e. Ne les posez qu’avec l’accord de la personne concernée, qui choisit de dire ou non son parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="100"/>
        <source>Les actions encore ouvertes de la dernière évaluation seront reprises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="105"/>
        <source>Imprimer les questionnaires &amp;papier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="106"/>
        <source>Un questionnaire vierge par groupe coché, pour une séance sur papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="109"/>
        <source>&amp;Commencer la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="130"/>
        <source>{0} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="130"/>
        <source>aucune question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="48"/>
        <source>Radar des scores par dimension</source>
        <extracomment>Dash pattern and marker of each series, in order: the first is the whole (&quot;Tous groupes&quot;). Series colours after the first (which uses the palette&apos;s text colour), on light and dark backgrounds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="74"/>
        <source>Aucun score par dimension à afficher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="76"/>
        <source>Échelle de 0 à 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="79"/>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="81"/>
        <source>{0} — {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="156"/>
        <source>Pas encore de score par dimension.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="176"/>
        <location filename="../../peerready/ui/results_page.py" line="212"/>
        <source>Résultats</source>
        <extracomment>What an item leads to: (&quot;flag&quot; | &quot;gap&quot; | &quot;divided&quot; | &quot;missing&quot; | &quot;unanswered&quot; | &quot;dimension&quot; | &quot;factor&quot;, index or id). Bars drawn under an item&apos;s text: a list of (label, score 0–100).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="184"/>
        <source>Les résultats restent cachés tant que la collecte est ouverte, pour que personne ne réponde sous l’influence du groupe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="192"/>
        <source>&amp;Clore la collecte et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="193"/>
        <source>Clore la collecte et voir les résultats (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="194"/>
        <source>Clore la collecte et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="196"/>
        <source>&amp;Retour à la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="197"/>
        <source>Retour à la séance (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="198"/>
        <source>Retour à la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="247"/>
        <source>Détail des résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="249"/>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="250"/>
        <source>Écarts de perception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="248"/>
        <source>Alertes, écarts, avis partagés, ce qui manque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="251"/>
        <source>Avis partagés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="252"/>
        <source>Ce qui manque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="254"/>
        <source>Scores par dimension et par facteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="266"/>
        <source>&amp;Questions concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="269"/>
        <source>Questions concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="270"/>
        <source>Les questions derrière l’élément choisi (Alt+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="295"/>
        <source>&amp;Dimensions et facteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="298"/>
        <source>Montrer les scores par dimension et par facteur en tableau, à la place du radar (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="300"/>
        <source>Dimensions et facteurs : scores en tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="304"/>
        <source>Voir le plan d’ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="305"/>
        <source>Voir le plan d’action (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="306"/>
        <source>Voir le plan d’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="332"/>
        <source>Résultats introuvables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="334"/>
        <source>Résultats — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="366"/>
        <source>Clore la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="368"/>
        <source>Tout le monde a-t-il répondu ? Une fois la collecte close, les résultats s’affichent pour tout le groupe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="371"/>
        <source>Clore et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="432"/>
        <source>Niveau : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="433"/>
        <source>Niveau de préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="439"/>
        <source>chacun·e son tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="473"/>
        <location filename="../../peerready/ui/results_page.py" line="572"/>
        <source>Tous groupes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="544"/>
        <source>Aucun groupe n’a des avis partagés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="610"/>
        <source>Avis &amp;partagés ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="729"/>
        <source>Tous groupes : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="440"/>
        <source>décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="441"/>
        <source>réponse commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="447"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="450"/>
        <source>1 personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="452"/>
        <source>{0} personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="454"/>
        <source>{0} ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="457"/>
        <source> — pas de détail pour ce groupe en dessous de 3 personnes ; ses réponses comptent dans l’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="461"/>
        <source>{0} questions sur {1} ont reçu une réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="463"/>
        <source>Étape : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="465"/>
        <source>Version courte du questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="467"/>
        <source>Ont répondu : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="500"/>
        <source>Alerte grave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="500"/>
        <source>Point de vigilance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="505"/>
        <location filename="../../peerready/ui/results_page.py" line="535"/>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="509"/>
        <source>D’après : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="512"/>
        <source>Aucune alerte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="521"/>
        <source>Écart de {0:.0f} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="523"/>
        <source>{0} — {1} ; écart de {2:.0f} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="524"/>
        <source>{0} : {1:.0f}/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="528"/>
        <source>Aucun écart marqué entre les groupes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="537"/>
        <source>Réponse commune notée « avis partagés »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="539"/>
        <source>Pour : {0:.0f} % · Contre : {1:.0f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="549"/>
        <source>Beaucoup de « je ne sais pas » : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="551"/>
        <source>{0} « je ne sais pas » ({1:.0f} % des réponses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="558"/>
        <source>Sans réponse : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="561"/>
        <source>Rien ne manque : toutes les questions ont une réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="572"/>
        <source>Point évalué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="579"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="582"/>
        <source>Facteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="584"/>
        <source>{0} (essentiel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="608"/>
        <source>A&amp;lertes ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="609"/>
        <source>É&amp;carts de perception ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="611"/>
        <source>Ce qui &amp;manque ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="614"/>
        <source>Alertes graves et points de vigilance (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="615"/>
        <source>Là où les groupes voient les choses très différemment (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="616"/>
        <source>Questions où un groupe est partagé entre pour et contre (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="617"/>
        <source>Questions avec beaucoup de « je ne sais pas » ou sans réponse (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="657"/>
        <source>Choisissez un élément de la liste pour voir les questions qui sont derrière, et ce que chaque groupe a répondu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="678"/>
        <source>Écart de {0:.0f} points entre {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="678"/>
        <source> et </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="686"/>
        <source>{0} est partagé·e sur cette question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="702"/>
        <source>Aucune question posée sur ce point à cette étape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="726"/>
        <source>Aucune réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="737"/>
        <source>score : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="749"/>
        <source>Des réponses d’un groupe de moins de trois personnes comptent dans l’ensemble mais ne sont pas détaillées, pour préserver l’anonymat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="756"/>
        <source>Pourquoi cette question ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <location filename="../../peerready/ui/widgets.py" line="65"/>
        <source>État de l’enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets.py" line="71"/>
        <source>✓ enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets.py" line="76"/>
        <source>⚠ non enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="125"/>
        <source>Collecte des réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="170"/>
        <source>Chaque groupe répond à part. Les résultats restent cachés jusqu’à la clôture de la collecte, pour que personne ne réponde sous l’influence de la salle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="179"/>
        <source>Clore la collecte et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="181"/>
        <source>Quand tout le monde a répondu : affiche les résultats à toute la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="189"/>
        <source>Vue d’ensemble de la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="202"/>
        <location filename="../../peerready/ui/session_page.py" line="692"/>
        <location filename="../../peerready/ui/session_page.py" line="693"/>
        <source>Commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="202"/>
        <source>Commencer (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="204"/>
        <location filename="../../peerready/ui/session_page.py" line="229"/>
        <source>Retour à la vue d’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="206"/>
        <source>Pour l’animateur·rice : revenir à la vue d’ensemble sans répondre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="225"/>
        <source>Merci, vos réponses sont enregistrées. Rendez l’ordinateur à l’animateur·rice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="229"/>
        <source>Retour à la vue d’ensemble (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="245"/>
        <source>La collecte est close : plus personne ne peut répondre et les résultats sont visibles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="247"/>
        <source>Voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="249"/>
        <location filename="../../peerready/ui/session_page.py" line="651"/>
        <source>Rouvrir la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="251"/>
        <source>Pour ajouter ou corriger des réponses ; les résultats seront de nouveau cachés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="267"/>
        <source>&amp;Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="270"/>
        <source>Avancement par dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="271"/>
        <source>Aller à une dimension : Ctrl+D, flèches puis Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="284"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="304"/>
        <source>Tapez combien de personnes ont choisi chaque réponse. Entrée passe à la question suivante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="308"/>
        <source>Total des réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="314"/>
        <source>Les avis restent &amp;partagés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="315"/>
        <source>Les avis restent partagés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="316"/>
        <source>Cochez si le groupe n’a pas vraiment pu se mettre d’accord (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="320"/>
        <location filename="../../peerready/ui/session_page.py" line="322"/>
        <source>Pourquoi cette question ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="323"/>
        <source>Afficher ou masquer l’explication et les sources (touche ? ou Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="349"/>
        <source>← Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="351"/>
        <source>Question précédente (Retour arrière ou flèche gauche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="352"/>
        <source>Question précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="355"/>
        <location filename="../../peerready/ui/session_page.py" line="839"/>
        <source>Suivant →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="357"/>
        <source>Question suivante (Entrée ou flèche droite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="358"/>
        <location filename="../../peerready/ui/session_page.py" line="840"/>
        <source>Question suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="361"/>
        <source>Vue d’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="363"/>
        <source>Revenir à la vue d’ensemble ; on pourra reprendre ici plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="388"/>
        <source>Collecte — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="391"/>
        <source>Étape : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="391"/>
        <source> (version courte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="513"/>
        <source>Mode : {0} · {1} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="524"/>
        <source>1 personne a terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="526"/>
        <source>{0} personnes ont terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="528"/>
        <source> · {0} en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="675"/>
        <source>Passez l’ordinateur à la personne suivante. Vos réponses restent anonymes : elles ne seront jamais montrées une par une.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="1036"/>
        <source>Total : 1 réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="1036"/>
        <source>Total : {0} réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="532"/>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="534"/>
        <source>Ouvre l’écran neutre pour passer l’ordinateur à la personne suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="535"/>
        <source>Nouvelle personne : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="541"/>
        <source>Reprendre la personne n° {0} ({1} / {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="545"/>
        <source>Cette personne n’avait pas fini : elle reprend où elle s’était arrêtée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="552"/>
        <source>{0} / {1} questions décomptées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="554"/>
        <source> · {0} feuilles de décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="555"/>
        <source>Pas encore de décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="557"/>
        <source>Saisir le décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="559"/>
        <source>Tapez combien de personnes ont choisi chaque réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="560"/>
        <source>Saisir le décompte : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="566"/>
        <source>Feuille n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="568"/>
        <source>Reprendre cette feuille de décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="574"/>
        <source>Ajouter une feuille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="576"/>
        <source>Pour une autre réunion du même groupe : les décomptes s’additionnent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="582"/>
        <source>{0} / {1} questions répondues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="584"/>
        <source>Réponse commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="586"/>
        <source>Le groupe se met d’accord sur une réponse à chaque question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="587"/>
        <source>Réponse commune : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="634"/>
        <source>Clore la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="636"/>
        <source>Clore la collecte et afficher les résultats ?

Les résultats seront visibles par toute la salle. Pour ajouter des réponses ensuite, il faudra rouvrir la collecte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="639"/>
        <source>Clore et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="652"/>
        <source>Rouvrir la collecte ? Les résultats seront cachés jusqu’à la prochaine clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="653"/>
        <source>Rouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="658"/>
        <source>Collecte rouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="682"/>
        <source>{0} · reprise à la question {1} / {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="684"/>
        <location filename="../../peerready/ui/session_page.py" line="685"/>
        <source>Continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="688"/>
        <source>{0} · {1} questions, environ {2} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="714"/>
        <source>Réponses de « {0} » enregistrées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="773"/>
        <source>{0} · personne n° {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="775"/>
        <source>{0} · décompte, feuille n° {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="777"/>
        <source>{0} · réponse commune du groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="781"/>
        <source>{0} · Question {1} / {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="797"/>
        <source>Nombre de « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="798"/>
        <source>Nombre de personnes (flèches haut et bas pour ajuster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="818"/>
        <source>&amp;Note sur le désaccord ou commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="819"/>
        <source>Facultatif : n’écrivez aucun nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="820"/>
        <source>Note sur le désaccord ou commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="822"/>
        <source>&amp;Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="823"/>
        <source>Commentaire facultatif : n’écrivez aucun nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="824"/>
        <source>Commentaire facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="833"/>
        <source>Sources :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="835"/>
        <source>Pas d’explication pour cette question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="839"/>
        <source>Terminer ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="840"/>
        <source>Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="883"/>
        <source>▶ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="1047"/>
        <source>Le commentaire sera enregistré avec la réponse, dès qu’une réponse sera choisie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../peerready/ui/settings_dialog.py" line="27"/>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/settings_dialog.py" line="35"/>
        <source>Pour un projecteur, 150 % ou plus (Ctrl++ et Ctrl+- à tout moment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/settings_dialog.py" line="36"/>
        <source>&amp;Taille du texte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/settings_dialog.py" line="37"/>
        <source>&amp;Contraste élevé (texte clair sur fond noir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/settings_dialog.py" line="42"/>
        <source>Données :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/settings_dialog.py" line="46"/>
        <source>PeerReady enregistre chaque réponse immédiatement. Il fait aussi une copie de sécurité de toute la base à l’ouverture (au plus toutes les 12 heures ; les {0} dernières sont gardées) dans le dossier « backups » du dossier de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/settings_dialog.py" line="53"/>
        <source>&amp;Ouvrir le dossier des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/settings_dialog.py" line="55"/>
        <source>Faire une &amp;sauvegarde maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/settings_dialog.py" line="66"/>
        <source>Sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/settings_dialog.py" line="66"/>
        <source>Sauvegarde faite :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="32"/>
        <source>← Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="38"/>
        <source>É&amp;valuations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="43"/>
        <source>Évaluations de la structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="48"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="49"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="50"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="51"/>
        <source>Groupes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="52"/>
        <source>Collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="53"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="64"/>
        <source>Pas encore d’évaluation. « Nouvelle évaluation » prépare une séance : questionnaire, étape du projet, groupes qui répondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="74"/>
        <source>&amp;Nouvelle évaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="76"/>
        <source>Préparer une séance (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="81"/>
        <location filename="../../peerready/ui/structure_page.py" line="180"/>
        <source>&amp;Continuer la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="83"/>
        <source>Reprendre la collecte des réponses (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="86"/>
        <source>&amp;Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="86"/>
        <source>Voir les résultats (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="89"/>
        <source>&amp;Plan d’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="89"/>
        <source>Travailler le plan d’action (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="94"/>
        <source>Questionnaires &amp;papier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="96"/>
        <source>Imprimer les questionnaires vierges de l’évaluation choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="100"/>
        <source>E&amp;xporter l’évaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="102"/>
        <source>Exporter l’évaluation choisie vers un fichier .peerready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="139"/>
        <source>courte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="139"/>
        <source>complète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="141"/>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="144"/>
        <source>en cours (1 réponse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="146"/>
        <source>en cours ({0} réponses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="180"/>
        <source>Reprendre la &amp;collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="239"/>
        <source>Exporter l’évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="241"/>
        <source>Fichiers PeerReady (*.peerready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="256"/>
        <source>Évaluation exportée vers {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="257"/>
        <source>Exportation impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="165"/>
        <source>Où enregistrer les questionnaires papier ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="182"/>
        <source>{0} questionnaire(s) enregistré(s) dans {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="186"/>
        <source>Impression impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../peerready/ui/app.py" line="68"/>
        <source>Vous pouvez choisir un autre dossier de données, ou quitter PeerReady. Rien n’a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="72"/>
        <source>Données illisibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="72"/>
        <source>Choisir un autre dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/app.py" line="75"/>
        <source>Choisir un dossier de données</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
