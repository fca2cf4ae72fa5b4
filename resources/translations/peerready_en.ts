<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../peerready/ui/help_dialogs.py" line="42"/>
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
        <location filename="../../peerready/ui/compare_dialog.py" line="61"/>
        <source>Comparer l’évaluation du {0} avec &amp;celle du :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="64"/>
        <source>Évaluation à comparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="85"/>
        <source>Détail de la comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="87"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="87"/>
        <source>Avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="87"/>
        <source>Après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="87"/>
        <location filename="../../peerready/ui/compare_dialog.py" line="89"/>
        <source>Évolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="88"/>
        <source>Scores par dimension, avant et après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="89"/>
        <source>Alerte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="89"/>
        <source>Alertes levées et nouvelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="91"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="91"/>
        <source>Statut à l’époque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="91"/>
        <source>Statut maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="92"/>
        <source>Actions de la première évaluation et ce qu’elles sont devenues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="93"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="94"/>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="95"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="99"/>
        <source>Cette structure n’a pas d’autre évaluation terminée. Refaites l’évaluation dans quelques mois pour voir ce qui a bougé et ce qui a été fait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="106"/>
        <location filename="../../peerready/ui/compare_dialog.py" line="107"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="108"/>
        <source>Fermer (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="170"/>
        <source>Du {0} au {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="171"/>
        <source>Niveau : {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="173"/>
        <source>Score d’ensemble : {0} → {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="177"/>
        <source>Étape : {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="185"/>
        <source>✓ levée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="186"/>
        <source>⚠ nouvelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="188"/>
        <source>Aucune alerte n’a changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="194"/>
        <source>La première évaluation n’avait pas d’action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="197"/>
        <source>Dimensions ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="198"/>
        <source>Alertes ({0} levées, {1} nouvelles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/compare_dialog.py" line="200"/>
        <source>Actions ({0} faites sur {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../peerready/ui/help_dialogs.py" line="28"/>
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
        <location filename="../../peerready/ui/home_page.py" line="136"/>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="154"/>
        <source>Aucune structure ne correspond à « {0} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="176"/>
        <location filename="../../peerready/ui/home_page.py" line="183"/>
        <source>Nouvelle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="176"/>
        <source>Nom de la structure (par exemple « CHRS Les Tilleuls ») :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="187"/>
        <source>Structure « {0} » créée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="195"/>
        <location filename="../../peerready/ui/home_page.py" line="201"/>
        <source>Renommer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="195"/>
        <source>Nouveau nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="212"/>
        <source>Supprimer « {0} » et toutes ses données ?

{1} évaluation(s), {2} réponses et {3} actions seront effacées de cet ordinateur. C’est définitif : pensez à exporter la structure d’abord si vous voulez la garder ailleurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="216"/>
        <source>Supprimer une structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="216"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="220"/>
        <source>« {0} » a été supprimée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="223"/>
        <location filename="../../peerready/ui/home_page.py" line="247"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="223"/>
        <location filename="../../peerready/ui/home_page.py" line="265"/>
        <source>Fichiers PeerReady (*.peerready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="227"/>
        <source>Importation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="240"/>
        <source>Ce fichier était déjà importé : rien n’a changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="242"/>
        <source>Importé : {0} structure(s), {1} évaluation(s), {2} réponses, {3} actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="246"/>
        <source>Une autre structure portait déjà ce nom : renommée {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="253"/>
        <source>Importation impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="254"/>
        <source>Ce fichier n’a pas été importé ; rien n’a été modifié.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="265"/>
        <location filename="../../peerready/ui/home_page.py" line="284"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="270"/>
        <source>Exportation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="286"/>
        <source>Exporté vers {0} : {1} évaluation(s), {2} réponses, {3} actions. Les commentaires libres ne sont pas inclus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/home_page.py" line="293"/>
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
        <location filename="../../peerready/ui/widgets.py" line="23"/>
        <source>← Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets.py" line="24"/>
        <source>Retour à la page précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets.py" line="25"/>
        <source>Retour (Alt+Flèche gauche)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="200"/>
        <location filename="../../peerready/ui/plan_page.py" line="830"/>
        <location filename="../../peerready/ui/plan_page.py" line="883"/>
        <source>Plan d’action</source>
        <extracomment>Marks that say the priority without colour (the same as on the printed plan). Roughly when each horizon falls, to suggest a date when someone first sets one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="200"/>
        <source>← Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="201"/>
        <source>Retour aux résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="202"/>
        <source>Retour aux résultats (Alt+Flèche gauche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="221"/>
        <source>La collecte des réponses est encore ouverte. Le plan d’action se construit à partir des résultats : terminez la collecte depuis la page des résultats, puis revenez ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="225"/>
        <location filename="../../peerready/ui/plan_page.py" line="226"/>
        <source>Aller aux résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="240"/>
        <source>De la plus urgente à la moins urgente. Choisissez qui porte chaque action et pour quand, suivez son avancement, ajoutez les vôtres. Tout est enregistré aussitôt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="263"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="263"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="263"/>
        <source>Priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="263"/>
        <source>Porté par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="263"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="264"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="266"/>
        <source>Actions du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="268"/>
        <source>Flèches : choisir une action. Alt+Flèche haut ou bas : la déplacer dans le plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="269"/>
        <source>Flèches haut et bas : choisir une action
Alt+Flèche haut / Alt+Flèche bas : monter ou descendre l’action choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="290"/>
        <source>▲ Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="291"/>
        <source>Monter l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="292"/>
        <source>Monter l’action choisie dans le plan (Alt+Flèche haut dans la liste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="294"/>
        <source>▼ Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="295"/>
        <source>Descendre l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="296"/>
        <source>Descendre l’action choisie dans le plan (Alt+Flèche bas dans la liste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="298"/>
        <source>Ajouter une action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="299"/>
        <location filename="../../peerready/ui/plan_page.py" line="771"/>
        <source>Ajouter une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="300"/>
        <source>Ajouter une action de l’équipe à la fin du plan (Ctrl+Maj+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="302"/>
        <source>Abandonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="303"/>
        <source>Abandonner l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="305"/>
        <source>Passer l’action choisie à « Abandonné » : elle reste visible, grisée, et ne sera plus imprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="307"/>
        <source>Supprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="308"/>
        <source>Supprimer l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="310"/>
        <source>Supprimer une action ajoutée par l’équipe. Une action proposée s’abandonne, elle ne se supprime pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="329"/>
        <source>Action choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="351"/>
        <source>&amp;Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="351"/>
        <source>Intitulé de l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="359"/>
        <source>&amp;Porté par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="359"/>
        <source>Porté par (rôle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="362"/>
        <source>Un prénom ou une fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="364"/>
        <source>Un prénom ou une fonction (par exemple « Awa » ou « la cheffe de service »). N’écrivez pas d’autres données personnelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="367"/>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="367"/>
        <source>Nom de la personne qui porte l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="376"/>
        <source>Date d’échéance (Alt+Flèche bas : ouvrir le calendrier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="378"/>
        <source>Pas de date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="379"/>
        <source>Pas de date d’échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="381"/>
        <source>Sans date, le plan affiche l’horizon proposé (par exemple « Dans les 3 mois »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="386"/>
        <source>Date d’échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="387"/>
        <source>Éc&amp;héance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="395"/>
        <source>&amp;Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="395"/>
        <source>Statut de l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="400"/>
        <source>Où en est l’action, ce qui bloque… Pas de nom de personne accompagnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="401"/>
        <source>Enregistré quand vous quittez le champ (Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="403"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="403"/>
        <source>Notes sur l’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="410"/>
        <source>Pourquoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="417"/>
        <source>Pourquoi cette action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="419"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="426"/>
        <source>Comment faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="434"/>
        <source>Imprimer le plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="435"/>
        <source>Imprimer le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="436"/>
        <source>Faire le PDF du plan d’action à distribuer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="438"/>
        <source>Imprimer le rapport complet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="439"/>
        <source>Imprimer le rapport complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="441"/>
        <source>Faire le PDF du rapport complet : résultats détaillés, réponses question par question et plan (Ctrl+Maj+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="444"/>
        <source>Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="445"/>
        <source>Exporter les actions en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="446"/>
        <source>Enregistrer les actions pour un tableur (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="448"/>
        <source>Comparer avec une autre évaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="449"/>
        <source>Comparer avec une autre évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="450"/>
        <source>Voir ce qui a bougé depuis une autre évaluation de la structure, et ce qui a été fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="455"/>
        <source>Préparation du PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="458"/>
        <source>Préparation du PDF en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="480"/>
        <source>Plan d’action — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="605"/>
        <source>Porté par : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="606"/>
        <source>Échéance : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="608"/>
        <source>✎ ajoutée par l’équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="610"/>
        <source>↻ reprise de l’évaluation précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="613"/>
        <source>✕ Abandonné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="615"/>
        <source>✓ Fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="654"/>
        <source>Aucune action choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="664"/>
        <source>Action n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="665"/>
        <source>Priorité : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="667"/>
        <source>ajoutée par l’équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="669"/>
        <source>abandonnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="685"/>
        <source>Action ajoutée par l’équipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="771"/>
        <source>Intitulé de la nouvelle action :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="788"/>
        <source>Supprimer l’action « {0} » ? Elle disparaîtra du plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="789"/>
        <source>Supprimer une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="789"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="795"/>
        <source>Suppression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="830"/>
        <source>Rapport complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="831"/>
        <source>Enregistrer le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="831"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="869"/>
        <source>PDF enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="876"/>
        <source>PDF impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="877"/>
        <source>Le PDF n’a pas pu être fait :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="883"/>
        <source>Exporter les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="884"/>
        <source>Tableur CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="890"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="891"/>
        <source>Le fichier n’a pas pu être écrit :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/plan_page.py" line="895"/>
        <source>Actions exportées : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareDialog</name>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="33"/>
        <location filename="../../peerready/ui/prepare_dialog.py" line="144"/>
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
        <location filename="../../peerready/ui/prepare_dialog.py" line="129"/>
        <source>{0} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="129"/>
        <source>aucune question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="48"/>
        <source>Radar des scores par dimension</source>
        <extracomment>Dash pattern and marker of each series, in order: the first is the whole (&quot;Ensemble&quot;). Series colours after the first (which uses the palette&apos;s text colour), on light and dark backgrounds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="73"/>
        <source>Aucun score par dimension à afficher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="75"/>
        <source>Échelle de 0 à 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="77"/>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="79"/>
        <source>{0} — {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/radar_widget.py" line="152"/>
        <source>Pas encore de score par dimension.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="171"/>
        <location filename="../../peerready/ui/results_page.py" line="204"/>
        <source>Résultats</source>
        <extracomment>What an item leads to: (&quot;flag&quot; | &quot;gap&quot; | &quot;divided&quot; | &quot;missing&quot; | &quot;unanswered&quot; | &quot;dimension&quot; | &quot;factor&quot;, index or id). Bars drawn under an item&apos;s text: a list of (label, score 0–100).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="178"/>
        <source>Les résultats restent cachés tant que la collecte est ouverte, pour que personne ne réponde sous l’influence du groupe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="184"/>
        <source>&amp;Clore la collecte et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="185"/>
        <source>Clore la collecte et voir les résultats (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="186"/>
        <source>Clore la collecte et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="188"/>
        <source>&amp;Retour à la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="189"/>
        <source>Retour à la séance (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="190"/>
        <source>Retour à la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="239"/>
        <source>Détail des résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="240"/>
        <source>Alertes, écarts, groupes partagés, ce qui manque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="241"/>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="242"/>
        <source>Écarts de perception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="243"/>
        <source>Groupes partagés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="244"/>
        <source>Ce qui manque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="246"/>
        <source>Scores par dimension et par facteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="258"/>
        <source>&amp;Questions concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="261"/>
        <source>Questions concernées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="262"/>
        <source>Les questions derrière l’élément choisi (Alt+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="287"/>
        <source>&amp;Dimensions et facteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="289"/>
        <source>Montrer les scores par dimension et par facteur en tableau, à la place du radar (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="291"/>
        <source>Dimensions et facteurs : scores en tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="295"/>
        <source>Voir le plan d’ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="296"/>
        <source>Voir le plan d’action (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="297"/>
        <source>Voir le plan d’action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="323"/>
        <source>Résultats introuvables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="325"/>
        <source>Résultats — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="357"/>
        <source>Clore la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="358"/>
        <source>Tout le monde a-t-il répondu ? Une fois la collecte close, les résultats s’affichent pour tout le groupe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="360"/>
        <source>Clore et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="417"/>
        <source>Niveau : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="418"/>
        <source>Niveau de préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="423"/>
        <source>personne par personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="423"/>
        <source>décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="424"/>
        <source>réponse commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="429"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="431"/>
        <source>1 personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="432"/>
        <source>{0} personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="433"/>
        <source>{0} ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="435"/>
        <source> — pas de détail pour ce groupe en dessous de 3 personnes ; ses réponses comptent dans l’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="439"/>
        <source>{0} questions sur {1} ont reçu une réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="441"/>
        <source>Étape : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="443"/>
        <source>Version courte du questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="445"/>
        <source>Ont répondu : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="450"/>
        <location filename="../../peerready/ui/results_page.py" line="546"/>
        <source>Ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="477"/>
        <source>Alerte grave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="477"/>
        <source>Point de vigilance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="482"/>
        <location filename="../../peerready/ui/results_page.py" line="512"/>
        <source>{0} : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="486"/>
        <source>D’après : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="489"/>
        <source>Aucune alerte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="498"/>
        <source>Écart de {0:.0f} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="500"/>
        <source>{0} — {1} ; écart de {2:.0f} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="501"/>
        <source>{0} : {1:.0f}/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="505"/>
        <source>Aucun écart marqué entre les groupes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="514"/>
        <source>Réponse commune notée « avis partagés »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="516"/>
        <source>Pour : {0:.0f} % · Contre : {1:.0f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="520"/>
        <source>Aucun groupe partagé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="525"/>
        <source>Beaucoup de « je ne sais pas » : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="527"/>
        <source>{0} « je ne sais pas » ({1:.0f} % des réponses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="533"/>
        <source>Sans réponse : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="536"/>
        <source>Rien ne manque : toutes les questions ont une réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="546"/>
        <source>Point évalué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="553"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="556"/>
        <source>Facteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="558"/>
        <source>{0} (essentiel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="577"/>
        <source>A&amp;lertes ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="577"/>
        <source>É&amp;carts de perception ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="578"/>
        <source>Groupes &amp;partagés ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="578"/>
        <source>Ce qui &amp;manque ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="579"/>
        <source>Alertes graves et points de vigilance (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="580"/>
        <source>Là où les groupes voient les choses très différemment (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="581"/>
        <source>Questions où un groupe est partagé entre pour et contre (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="582"/>
        <source>Questions avec beaucoup de « je ne sais pas » ou sans réponse (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="617"/>
        <source>Choisissez un élément de la liste pour voir les questions qui sont derrière, et ce que chaque groupe a répondu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="632"/>
        <source>Écart de {0:.0f} points entre {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="633"/>
        <source> et </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="637"/>
        <source>{0} est partagé·e sur cette question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="651"/>
        <source>Aucune question posée sur ce point à cette étape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="672"/>
        <source>Aucune réponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="675"/>
        <source>Ensemble : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="680"/>
        <source>score : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="687"/>
        <source>Des réponses d’un groupe de moins de trois personnes comptent dans l’ensemble mais ne sont pas détaillées, pour préserver l’anonymat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/results_page.py" line="690"/>
        <source>Pourquoi cette question ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <location filename="../../peerready/ui/widgets.py" line="53"/>
        <source>État de l’enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets.py" line="59"/>
        <source>✓ enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/widgets.py" line="64"/>
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
        <location filename="../../peerready/ui/session_page.py" line="174"/>
        <source>Chaque groupe répond à part. Les résultats restent cachés jusqu’à la clôture de la collecte, pour que personne ne réponde sous l’influence de la salle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="181"/>
        <source>Clore la collecte et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="182"/>
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
        <location filename="../../peerready/ui/session_page.py" line="641"/>
        <location filename="../../peerready/ui/session_page.py" line="642"/>
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
        <location filename="../../peerready/ui/session_page.py" line="225"/>
        <source>Retour à la vue d’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="205"/>
        <source>Pour l’animateur·rice : revenir à la vue d’ensemble sans répondre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="223"/>
        <source>Merci, vos réponses sont enregistrées. Rendez l’ordinateur à l’animateur·rice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="226"/>
        <source>Retour à la vue d’ensemble (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="241"/>
        <source>La collecte est close : plus personne ne peut répondre et les résultats sont visibles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="242"/>
        <source>Voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="244"/>
        <location filename="../../peerready/ui/session_page.py" line="608"/>
        <source>Rouvrir la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="245"/>
        <source>Pour ajouter ou corriger des réponses ; les résultats seront de nouveau cachés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="260"/>
        <source>&amp;Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="263"/>
        <source>Avancement par dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="264"/>
        <source>Aller à une dimension : Ctrl+D, flèches puis Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="277"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="297"/>
        <source>Tapez combien de personnes ont choisi chaque réponse. Entrée passe à la question suivante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="300"/>
        <source>Total des réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="306"/>
        <source>Les avis restent &amp;partagés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="307"/>
        <source>Les avis restent partagés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="308"/>
        <source>Cochez si le groupe n’a pas vraiment pu se mettre d’accord (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="312"/>
        <location filename="../../peerready/ui/session_page.py" line="314"/>
        <source>Pourquoi cette question ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="315"/>
        <source>Afficher ou masquer l’explication et les sources (touche ? ou Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="340"/>
        <source>← Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="341"/>
        <source>Question précédente (Retour arrière ou flèche gauche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="342"/>
        <source>Question précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="343"/>
        <location filename="../../peerready/ui/session_page.py" line="781"/>
        <source>Suivant →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="344"/>
        <source>Question suivante (Entrée ou flèche droite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="345"/>
        <location filename="../../peerready/ui/session_page.py" line="782"/>
        <source>Question suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="346"/>
        <source>Vue d’ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="347"/>
        <source>Revenir à la vue d’ensemble ; on pourra reprendre ici plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="371"/>
        <source>Collecte — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="373"/>
        <source>Étape : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="374"/>
        <source> (version courte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="497"/>
        <source>Mode : {0} · {1} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="506"/>
        <source>{0} personne(s) ont terminé · {1} en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="507"/>
        <source>Nouvelle personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="508"/>
        <source>Ouvre l’écran neutre pour passer l’ordinateur à la personne suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="509"/>
        <source>Nouvelle personne : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="514"/>
        <source>Reprendre la personne n° {0} ({1} / {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="517"/>
        <source>Cette personne n’avait pas fini : elle reprend où elle s’était arrêtée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="523"/>
        <source>{0} / {1} questions décomptées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="526"/>
        <source> · {0} feuilles de décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="527"/>
        <source>Pas encore de décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="528"/>
        <source>Saisir le décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="530"/>
        <source>Tapez combien de personnes ont choisi chaque réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="531"/>
        <source>Saisir le décompte : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="535"/>
        <source>Feuille n° {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="537"/>
        <source>Reprendre cette feuille de décompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="542"/>
        <source>Ajouter une feuille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="543"/>
        <source>Pour une autre réunion du même groupe : les décomptes s’additionnent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="548"/>
        <source>{0} / {1} questions répondues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="549"/>
        <source>Réponse commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="550"/>
        <source>Le groupe se met d’accord sur une réponse à chaque question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="551"/>
        <source>Réponse commune : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="594"/>
        <source>Clore la collecte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="595"/>
        <source>Clore la collecte et afficher les résultats ?

Les résultats seront visibles par toute la salle. Pour ajouter des réponses ensuite, il faudra rouvrir la collecte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="597"/>
        <source>Clore et voir les résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="609"/>
        <source>Rouvrir la collecte ? Les résultats seront cachés jusqu’à la prochaine clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="610"/>
        <source>Rouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="615"/>
        <source>Collecte rouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="631"/>
        <source>Passez l’ordinateur à la personne suivante. Personne ne verra vos réponses une par une.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="634"/>
        <source>{0} · reprise à la question {1} / {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="636"/>
        <location filename="../../peerready/ui/session_page.py" line="637"/>
        <source>Continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="639"/>
        <source>{0} · {1} questions, environ {2} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="663"/>
        <source>Réponses de « {0} » enregistrées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="719"/>
        <source>{0} · personne n° {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="721"/>
        <source>{0} · décompte, feuille n° {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="723"/>
        <source>{0} · réponse commune du groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="726"/>
        <source>{0} · Question {1} / {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="740"/>
        <source>Nombre de « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="741"/>
        <source>Nombre de personnes (flèches haut et bas pour ajuster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="761"/>
        <source>&amp;Note sur le désaccord ou commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="762"/>
        <source>Facultatif : n’écrivez aucun nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="763"/>
        <source>Note sur le désaccord ou commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="765"/>
        <source>&amp;Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="766"/>
        <source>Commentaire facultatif : n’écrivez aucun nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="767"/>
        <source>Commentaire facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="775"/>
        <source>Sources :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="777"/>
        <source>Pas d’explication pour cette question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="781"/>
        <source>Terminer ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="782"/>
        <source>Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="816"/>
        <source>▶ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="951"/>
        <source>Total : {0} réponse(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/session_page.py" line="958"/>
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
        <location filename="../../peerready/ui/structure_page.py" line="143"/>
        <source>courte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="143"/>
        <source>complète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="145"/>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/structure_page.py" line="147"/>
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
        <location filename="../../peerready/ui/prepare_dialog.py" line="164"/>
        <source>Où enregistrer les questionnaires papier ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="181"/>
        <source>{0} questionnaire(s) enregistré(s) dans {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerready/ui/prepare_dialog.py" line="185"/>
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
