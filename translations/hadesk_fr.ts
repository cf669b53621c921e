<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>About hadesk</source>
        <translation>À propos de hadesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;hadesk %1&lt;/h3&gt;&lt;p&gt;Administer running HAProxy instances through their Runtime API.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hadesk %1&lt;/h3&gt;&lt;p&gt;Administrer des instances HAProxy en cours d’exécution via leur Runtime API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Details for a bug report</source>
        <translation>Détails pour un rapport de bogue</translation>
    </message>
    <message>
        <source>&amp;Details for a bug report:</source>
        <translation>&amp;Détails pour un rapport de bogue&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>Copier les détails dans le presse-papiers</translation>
    </message>
    <message>
        <source> (commit %1)</source>
        <translation> (commit %1)</translation>
    </message>
    <message>
        <source>hadesk: %1</source>
        <translation>hadesk&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qt: built with %1, running on %2 (%3)</source>
        <translation>Qt&#xa0;: compilé avec %1, exécuté sur %2 (%3)</translation>
    </message>
    <message>
        <source>HAProxy: %1</source>
        <translation>HAProxy&#xa0;: %1</translation>
    </message>
    <message>
        <source>Instance shown: none connected</source>
        <translation>Instance affichée&#xa0;: aucune connectée</translation>
    </message>
    <message>
        <source>Instance shown: %1, HAProxy %2</source>
        <translation>Instance affichée&#xa0;: %1, HAProxy %2</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non enregistrés</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>Système&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ActionPreviewDialog</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Nothing will be sent: %1</source>
        <translation>Rien ne sera envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation>Rien ne peut être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is destructive: %1 %2 Check the commands below, then confirm.</source>
        <translation>Cette action est destructive&#xa0;: %1 %2 Vérifiez les commandes ci-dessous, puis confirmez.</translation>
    </message>
    <message>
        <source>These commands will be sent, in this order:</source>
        <translation>Ces commandes seront envoyées, dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Command for %1</source>
        <translation>Commande pour %1</translation>
    </message>
    <message>
        <source>Copy as socat command</source>
        <translation>Copier en commande socat</translation>
    </message>
    <message>
        <source>Copies a shell command that sends this line with socat</source>
        <translation>Copie une commande shell qui envoie cette ligne avec socat</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>ActionRunner</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 réussies</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 réussies</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 au résultat inconnu</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 non envoyées</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK&#xa0;: %1</translation>
    </message>
    <message>
        <source>Permission denied: this socket&apos;s level does not allow this command.</source>
        <translation>Permission refusée&#xa0;: le niveau de ce socket n’autorise pas cette commande.</translation>
    </message>
    <message>
        <source>The connection dropped after sending; the result is unknown — the row will be refreshed.</source>
        <translation>La connexion a été coupée après l’envoi&#xa0;; le résultat est inconnu — la ligne va être actualisée.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Not sent: stopped after the connection dropped.</source>
        <translation>Non envoyé&#xa0;: arrêt après la coupure de la connexion.</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Non envoyé&#xa0;: annulé.</translation>
    </message>
</context>
<context>
    <name>AddServerDialog</name>
    <message>
        <source>&amp;Health check</source>
        <translation>&amp;Contrôle de santé</translation>
    </message>
    <message>
        <source>&amp;SSL/TLS to the server</source>
        <translation>&amp;SSL/TLS vers le serveur</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t verify the server&apos;s certificate</source>
        <translation>Ne pas &amp;vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Backup server</source>
        <translation>Serveur de sec&amp;ours</translation>
    </message>
    <message>
        <source>Start in &amp;maintenance</source>
        <translation>Démarrer en &amp;maintenance</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>same as the client&apos;s</source>
        <translation>identique à celui du client</translation>
    </message>
    <message>
        <source>default (1)</source>
        <translation>par défaut (1)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>default interval</source>
        <translation>intervalle par défaut</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>HAProxy creates every new server in maintenance; unchecked, it is put in service right after.</source>
        <translation>HAProxy crée chaque nouveau serveur en maintenance&#xa0;; si la case est décochée, il est mis en service juste après.</translation>
    </message>
    <message>
        <source>B&amp;ackend:</source>
        <translation>&amp;Backend&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>Poi&amp;ds&#xa0;:</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Contrôles&#xa0;:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Max &amp;connections:</source>
        <translation>Connexions ma&amp;x&#xa0;:</translation>
    </message>
    <message>
        <source>No backend to add a server to.</source>
        <translation>Aucun backend auquel ajouter un serveur.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; is not in the last poll.</source>
        <translation>Le backend &apos;%1&apos; ne figure pas dans la dernière interrogation.</translation>
    </message>
    <message>
        <source>server name is empty</source>
        <translation>le nom du serveur est vide</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>nom du serveur</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; already has a server named &apos;%2&apos;.</source>
        <translation>Le backend &apos;%1&apos; a déjà un serveur nommé &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>server address is empty</source>
        <translation>l’adresse du serveur est vide</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>adresse du serveur</translation>
    </message>
    <message>
        <source>HAProxy verifies the certificate by default and refuses the server if no CA file is set (default-server ca-file); its answer will be shown.</source>
        <translation>HAProxy vérifie le certificat par défaut et refuse le serveur si aucun fichier d’AC n’est défini (default-server ca-file)&#xa0;; sa réponse sera affichée.</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation>Adresse IPv4 ou IPv6</translation>
    </message>
</context>
<context>
    <name>AloneCommandPool</name>
    <message>
        <source>not sent: &apos;%1&apos; needs level %2, this socket&apos;s level is %3</source>
        <translation>non envoyé&#xa0;: &apos;%1&apos; exige le niveau %2, ce socket a le niveau %3</translation>
    </message>
    <message>
        <source>the connection was closed before HAProxy answered &apos;%1&apos;</source>
        <translation>la connexion a été fermée avant que HAProxy ne réponde à &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not sent: &apos;%1&apos; needs HAProxy&apos;s master socket (haproxy -S); %2 is a worker&apos;s stats socket</source>
        <translation>non envoyé&#xa0;: &apos;%1&apos; exige le socket master de HAProxy (haproxy -S)&#xa0;; %2 est le socket de stats d’un worker</translation>
    </message>
</context>
<context>
    <name>ArgumentValidator</name>
    <message>
        <source>an unpaired UTF-16 surrogate (%1), which is not valid text</source>
        <translation>un demi-codet UTF-16 isolé (%1), qui n’est pas un texte valide</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>un saut de ligne (LF)</translation>
    </message>
    <message>
        <source>a carriage return (CR)</source>
        <translation>un retour chariot (CR)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un caractère NUL</translation>
    </message>
    <message>
        <source>the control character %1</source>
        <translation>le caractère de contrôle %1</translation>
    </message>
    <message>
        <source>the invisible formatting character %1</source>
        <translation>le caractère de mise en forme invisible %1</translation>
    </message>
    <message>
        <source>the non-character %1</source>
        <translation>le non-caractère %1</translation>
    </message>
    <message>
        <source>the non-ASCII character &apos;%1&apos; (%2)</source>
        <translation>le caractère non ASCII &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 caractères)</translation>
    </message>
    <message>
        <source>an IPv4 address has 4 parts, this has %1</source>
        <translation>une adresse IPv4 a 4 parties, celle-ci en a %1</translation>
    </message>
    <message>
        <source>it has an empty part</source>
        <translation>elle a une partie vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal number</source>
        <translation>&apos;%1&apos; n’est pas un nombre décimal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a leading zero, which some tools read as octal</source>
        <translation>&apos;%1&apos; commence par un zéro, que certains outils lisent comme de l’octal</translation>
    </message>
    <message>
        <source>%1 is greater than 255</source>
        <translation>%1 est supérieur à 255</translation>
    </message>
    <message>
        <source>it has no label</source>
        <translation>il n’a aucune étiquette</translation>
    </message>
    <message>
        <source>it is %1 characters long; a host name has at most 253</source>
        <translation>il fait %1 caractères&#xa0;; un nom d’hôte en a au plus 253</translation>
    </message>
    <message>
        <source>it has an empty label (two dots in a row, or a leading dot)</source>
        <translation>il a une étiquette vide (deux points de suite, ou un point au début)</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is %2 characters long; a label has at most 63</source>
        <translation>l’étiquette &apos;%1&apos; fait %2 caractères&#xa0;; une étiquette en a au plus 63</translation>
    </message>
    <message>
        <source>it contains &apos;%1&apos;; host names allow letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>il contient &apos;%1&apos;&#xa0;; un nom d’hôte n’admet que des lettres, des chiffres, &apos;-&apos; et &apos;.&apos;</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; starts with a hyphen</source>
        <translation>l’étiquette &apos;%1&apos; commence par un trait d’union</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; ends with a hyphen</source>
        <translation>l’étiquette &apos;%1&apos; se termine par un trait d’union</translation>
    </message>
    <message>
        <source>its last label &apos;%1&apos; is all digits, which no host name has</source>
        <translation>sa dernière étiquette &apos;%1&apos; n’a que des chiffres, ce qu’aucun nom d’hôte n’a</translation>
    </message>
    <message>
        <source>IPv6 zone ids (&apos;%1&apos;) are not supported by HAProxy</source>
        <translation>HAProxy ne prend pas en charge les identifiants de zone IPv6 (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>it contains &apos;%1&apos;, which no IPv6 address has</source>
        <translation>elle contient &apos;%1&apos;, ce qu’aucune adresse IPv6 ne contient</translation>
    </message>
    <message>
        <source>its IPv4 part &apos;%1&apos; is not valid: %2</source>
        <translation>sa partie IPv4 &apos;%1&apos; n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a valid IPv6 address</source>
        <translation>ce n’est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3, which HAProxy does not allow in names (allowed: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;:&apos;)</source>
        <translation>%1 &apos;%2&apos; contient %3, que HAProxy n’admet pas dans les noms (admis&#xa0;: lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;:&apos;)</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; the limit is %3 bytes</source>
        <translation>%1 fait %2 octets&#xa0;; la limite est de %3 octets</translation>
    </message>
    <message>
        <source>%1 %2 is out of range (1-65535)</source>
        <translation>%1 %2 est hors limites (1-65535)</translation>
    </message>
    <message>
        <source>use 0-%1, or 0%-%2% of the initial weight</source>
        <translation>utilisez 0-%1, ou 0 %-%2 % du poids initial</translation>
    </message>
    <message>
        <source>weight is empty (%1)</source>
        <translation>le poids est vide (%1)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is negative (%2)</source>
        <translation>le poids &apos;%1&apos; est négatif (%2)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has no number (%2)</source>
        <translation>le poids &apos;%1&apos; ne contient aucun nombre (%2)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; contains %2 (%3)</source>
        <translation>le poids &apos;%1&apos; contient %2 (%3)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has a leading zero (%2)</source>
        <translation>le poids &apos;%1&apos; commence par un zéro (%2)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is out of range (%2)</source>
        <translation>le poids &apos;%1&apos; est hors limites (%2)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: %3</source>
        <translation>%1 &apos;%2&apos; n’est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>write IPv6 addresses without brackets</source>
        <translation>écrivez les adresses IPv6 sans crochets</translation>
    </message>
    <message>
        <source> (use the xn-- form of internationalised names)</source>
        <translation> (utilisez la forme xn-- des noms internationalisés)</translation>
    </message>
    <message>
        <source>it contains %1</source>
        <translation>il contient %1</translation>
    </message>
    <message>
        <source>it contains a port (&apos;:%1&apos;); give the port separately</source>
        <translation>il contient un port (&apos;:%1&apos;)&#xa0;; indiquez le port séparément</translation>
    </message>
    <message>
        <source>not an IPv4 address: %1</source>
        <translation>pas une adresse IPv4&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2 ms is out of range (1 ms to 24 h)</source>
        <translation>%1 %2 ms est hors limites (de 1 ms à 24 h)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3 at position %4, which cannot be sent to HAProxy</source>
        <translation>%1 &apos;%2&apos; contient %3 à la position %4, qui ne peut pas être envoyé à HAProxy</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; ends with &apos;&lt;&lt;&apos;, which HAProxy reads as the start of a payload</source>
        <translation>%1 &apos;%2&apos; se termine par &apos;&lt;&lt;&apos;, que HAProxy lit comme le début d’une charge utile</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long once escaped; a command line has at most %3</source>
        <translation>%1 fait %2 octets une fois échappé&#xa0;; une ligne de commande en a au plus %3</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: a file of that name is in the way.</source>
        <translation>Impossible de créer le dossier %1&#xa0;: un fichier du même nom occupe déjà la place.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>Impossible d’écrire %1&#xa0;: le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private to you: %2</source>
        <translation>Impossible de restreindre l’accès à %1 à vous seul&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not read the audit log %1: %2</source>
        <translation>Impossible de lire le journal d’audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open the audit log %1: %2</source>
        <translation>Impossible d’ouvrir le journal d’audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write to the audit log %1: %2</source>
        <translation>Impossible d’écrire dans le journal d’audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write to the audit log %1: only %2 of %3 bytes were written (is the disk full?)</source>
        <translation>Impossible d’écrire dans le journal d’audit %1&#xa0;: seuls %2 octets sur %3 ont été écrits (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <source>Could not flush the audit log %1 to disk: %2</source>
        <translation>Impossible d’écrire le journal d’audit %1 sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the audit log %1: %2</source>
        <translation>Impossible d’écrire le journal d’audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not make the audit log %1 private to you: %2</source>
        <translation>Impossible de restreindre l’accès au journal d’audit %1 à vous seul&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogDock</name>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Filter by command, instance, user or answer</source>
        <translation>Filtrer par commande, instance, utilisateur ou réponse</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>&amp;Erreurs seulement</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export Audit Log as CSV</source>
        <translation>Exporter le journal d’audit en CSV</translation>
    </message>
    <message>
        <source>Export Audit Log as JSON</source>
        <translation>Exporter le journal d’audit en JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Commands: %1</source>
        <translation>Commandes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Affichées&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(réponse vide)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>BalanceAlgorithm</name>
    <message>
        <source>Backend &apos;%1&apos; balances with static-rr, which cannot take servers added at runtime (HAProxy refuses them). Only roundrobin, leastconn, first, random and consistent hashing can.</source>
        <translation>Le backend &apos;%1&apos; répartit avec static-rr, qui ne peut pas accepter de serveurs ajoutés à l’exécution (HAProxy les refuse). Seuls roundrobin, leastconn, first, random et le hachage cohérent le peuvent.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; balances by &apos;%2&apos;: HAProxy accepts new servers only with &quot;hash-type consistent&quot;, which the statistics do not show. If it uses the default map-based hashing, HAProxy refuses the new server and nothing is changed.</source>
        <translation>Le backend &apos;%1&apos; répartit selon &apos;%2&apos;&#xa0;: HAProxy n’accepte de nouveaux serveurs qu’avec «&#xa0;hash-type consistent&#xa0;», ce que les statistiques ne montrent pas. S’il utilise le hachage par table par défaut, HAProxy refuse le nouveau serveur et rien n’est modifié.</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>tested with HAProxy 2.6 and 3.0 (checked by hand on 3.2 and 3.4); other versions from 2.6 to 3.x expected to work by capability detection</source>
        <translation>testé avec HAProxy 2.6 et 3.0 (vérifié à la main sur 3.2 et 3.4)&#xa0;; les autres versions de 2.6 à 3.x devraient fonctionner grâce à la détection des capacités</translation>
    </message>
    <message>
        <source>hadesk %1 (Qt %2), %3</source>
        <translation>hadesk %1 (Qt %2), %3</translation>
    </message>
</context>
<context>
    <name>CertReplaceDialog</name>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Certificate — %1</source>
        <translation>Remplacer le certificat — %1</translation>
    </message>
    <message>
        <source>Replace &lt;b&gt;%1&lt;/b&gt; on %2 at runtime. Pick the PEM file with the new certificate, its private key and chain, or a certificate file and a key file; hadesk checks them here before anything is sent.</source>
        <translation>Remplacer &lt;b&gt;%1&lt;/b&gt; sur %2 à l’exécution. Choisissez le fichier PEM contenant le nouveau certificat, sa clé privée et sa chaîne, ou un fichier de certificat et un fichier de clé&#xa0;; hadesk les vérifie ici avant tout envoi.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>site.pem, or site.crt;site.key</source>
        <translation>site.pem, ou site.crt;site.key</translation>
    </message>
    <message>
        <source>PEM files</source>
        <translation>Fichiers PEM</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Pick the PEM file(s) (Ctrl+O)</source>
        <translation>Choisir le ou les fichiers PEM (Ctrl+O)</translation>
    </message>
    <message>
        <source>PEM &amp;file(s):</source>
        <translation>Fic&amp;hier(s) PEM&#xa0;:</translation>
    </message>
    <message>
        <source>Served now and new</source>
        <translation>Servi actuellement et nouveau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Served now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Servi actuellement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nouveau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Subject alternative names:</source>
        <translation>Noms alternatifs du sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <source>Not after:</source>
        <translation>Valide jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Jours restants&#xa0;:</translation>
    </message>
    <message>
        <source>PEM File(s)</source>
        <translation>Fichier(s) PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a certificate bundle</source>
        <translation>%1 dépasse 1 Mio&#xa0;: ce n’est pas un bundle de certificat</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation>Inutilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing will be sent until the files are usable.</source>
        <translation>Rien ne sera envoyé tant que les fichiers ne seront pas utilisables.</translation>
    </message>
    <message numerus="yes">
        <source>Will send &lt;tt&gt;set ssl cert %1&lt;/tt&gt; with the bundle (%n line(s), the private key included; the audit log keeps only their number), then &lt;tt&gt;commit ssl cert %1&lt;/tt&gt;. Should HAProxy refuse either, &lt;tt&gt;abort ssl cert %1&lt;/tt&gt; follows.</source>
        <translation>
            <numerusform>Seront envoyés&#xa0;: &lt;tt&gt;set ssl cert %1&lt;/tt&gt; avec le bundle (%n ligne, clé privée comprise&#xa0;; le journal d’audit n’en conserve que le nombre), puis &lt;tt&gt;commit ssl cert %1&lt;/tt&gt;. Si HAProxy refuse l’une des deux commandes, &lt;tt&gt;abort ssl cert %1&lt;/tt&gt; suivra.</numerusform>
            <numerusform>Seront envoyés&#xa0;: &lt;tt&gt;set ssl cert %1&lt;/tt&gt; avec le bundle (%n lignes, clé privée comprise&#xa0;; le journal d’audit n’en conserve que le nombre), puis &lt;tt&gt;commit ssl cert %1&lt;/tt&gt;. Si HAProxy refuse l’une des deux commandes, &lt;tt&gt;abort ssl cert %1&lt;/tt&gt; suivra.</numerusform>
        </translation>
    </message>
    <message>
        <source>The instance is not connected.</source>
        <translation>L’instance n’est pas connectée.</translation>
    </message>
    <message>
        <source>Replacing a certificate needs level admin; this connection has level %1.</source>
        <translation>Le remplacement d’un certificat exige le niveau admin&#xa0;; cette connexion a le niveau %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending the new certificate…</source>
        <translation>Envoi du nouveau certificat…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <source>Cancelled: aborted.</source>
        <translation>Annulé&#xa0;: transaction interrompue.</translation>
    </message>
    <message>
        <source>Outcome unknown.</source>
        <translation>Résultat inconnu.</translation>
    </message>
</context>
<context>
    <name>CertificatesDock</name>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Certificates of all open instances</source>
        <translation>Certificats de toutes les instances ouvertes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read every instance&apos;s certificates again (F5)</source>
        <translation>Relire les certificats de chaque instance (F5)</translation>
    </message>
    <message>
        <source>Re&amp;place Certificate…</source>
        <translation>&amp;Remplacer le certificat…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading certificates…</source>
        <translation>Lecture des certificats…</translation>
    </message>
    <message>
        <source>Select a certificate to replace.</source>
        <translation>Sélectionnez un certificat à remplacer.</translation>
    </message>
    <message>
        <source>The instance is not connected.</source>
        <translation>L’instance n’est pas connectée.</translation>
    </message>
    <message>
        <source>Replacing a certificate needs level admin; this connection has level %1.</source>
        <translation>Le remplacement d’un certificat exige le niveau admin&#xa0;; cette connexion a le niveau %1.</translation>
    </message>
    <message>
        <source>Replace the selected certificate at runtime (F2, Ctrl+R)</source>
        <translation>Remplacer le certificat sélectionné à l’exécution (F2, Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>CertificatesLoader</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>the list of certificates: %1</source>
        <translation>la liste des certificats&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) — expires very soon</source>
        <translation>
            <numerusform>%n jour — expire très bientôt</numerusform>
            <numerusform>%n jours — expire très bientôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) — expires soon</source>
        <translation>
            <numerusform>%n jour — expire bientôt</numerusform>
            <numerusform>%n jours — expire bientôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Subject Alternative Names</source>
        <translation>Noms alternatifs du sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Not After</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>Days Left</source>
        <translation>Jours restants</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>One metric of the rows selected in the table (Alt+O)</source>
        <translation>Une métrique des lignes sélectionnées dans le tableau (Alt+O)</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canari</translation>
    </message>
    <message>
        <source>How a backend&apos;s traffic is shared between its servers, next to their weights (Alt+C)</source>
        <translation>Répartition du trafic d’un backend entre ses serveurs, à côté de leurs poids (Alt+C)</translation>
    </message>
    <message>
        <source>What to plot (Alt+M)</source>
        <translation>Grandeur à tracer (Alt+M)</translation>
    </message>
    <message>
        <source>Which rate to share out between the servers (Alt+M)</source>
        <translation>Débit à répartir entre les serveurs (Alt+M)</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>The last 5 minutes (Alt+1)</source>
        <translation>Les 5 dernières minutes (Alt+1)</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>The last hour (Alt+2)</source>
        <translation>La dernière heure (Alt+2)</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>The last 24 hours (Alt+3)</source>
        <translation>Les dernières 24 heures (Alt+3)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Freeze the chart; polling goes on (Alt+P)</source>
        <translation>Figer le graphique&#xa0;; l’interrogation continue (Alt+P)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Show or hide lines (Alt+R)</source>
        <translation>Afficher ou masquer des courbes (Alt+R)</translation>
    </message>
    <message>
        <source>Unzoom</source>
        <translation>Dézoomer</translation>
    </message>
    <message>
        <source>Show the whole range again (Alt+Z). Drag across the chart to zoom in, Shift+drag to pan.</source>
        <translation>Réafficher toute la plage (Alt+Z). Faites glisser sur le graphique pour zoomer, Maj+glisser pour vous déplacer.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the chart as an image or its data as CSV</source>
        <translation>Enregistrer le graphique en image ou ses données en CSV</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image (Alt+X)</source>
        <translation>Enregistrer le graphique en image PNG (Alt+X)</translation>
    </message>
    <message>
        <source>Data of the visible range (CSV)…</source>
        <translation>Données de la plage visible (CSV)…</translation>
    </message>
    <message>
        <source>One column per line (Alt+D)</source>
        <translation>Une colonne par courbe (Alt+D)</translation>
    </message>
    <message>
        <source>Share of:</source>
        <translation>Part de&#xa0;:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Métrique&#xa0;:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>No traffic history: connect to an instance.</source>
        <translation>Aucun historique de trafic&#xa0;: connectez-vous à une instance.</translation>
    </message>
    <message>
        <source>Select frontends, backends or servers in the table to chart them.</source>
        <translation>Sélectionnez des frontends, backends ou serveurs dans le tableau pour les tracer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s)</source>
        <translation>
            <numerusform>%1 de %n objet</numerusform>
            <numerusform>%1 de %n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a backend or one of its servers in the table.</source>
        <translation>Sélectionnez un backend ou l’un de ses serveurs dans le tableau.</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (poids %2)</translation>
    </message>
    <message>
        <source>%1 %2 (weight %3)</source>
        <translation>%1 %2 (poids %3)</translation>
    </message>
    <message>
        <source>Backend %1 has no servers.</source>
        <translation>Le backend %1 n’a aucun serveur.</translation>
    </message>
    <message>
        <source>No %1 in backend %2 over this range.</source>
        <translation>Aucune valeur de %1 dans le backend %2 sur cette période.</translation>
    </message>
    <message>
        <source>%1 of %2 over the visible range: %3</source>
        <translation>%1 de %2 sur la plage visible&#xa0;: %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No lines</source>
        <translation>Aucune courbe</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Save Chart Image</source>
        <translation>Enregistrer l’image du graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart Data</source>
        <translation>Enregistrer les données du graphique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source> · memory budget: %n object(s) with less history</source>
        <translation>
            <numerusform> · budget mémoire : %n objet avec moins d’historique</numerusform>
            <numerusform> · budget mémoire : %n objets avec moins d’historique</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the last 5 minutes</source>
        <translation>Afficher les 5 dernières minutes</translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation>Afficher la dernière heure</translation>
    </message>
    <message>
        <source>Show the last day</source>
        <translation>Afficher le dernier jour</translation>
    </message>
    <message>
        <source>Chart objects (servers, backends)</source>
        <translation>Objets du graphique (serveurs, backends)</translation>
    </message>
    <message>
        <source>Chart a canary&apos;s share against the others</source>
        <translation>Représenter la part d’un canari par rapport aux autres</translation>
    </message>
    <message>
        <source>Pause or resume the chart</source>
        <translation>Suspendre ou reprendre le graphique</translation>
    </message>
    <message>
        <source>Reset the zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Move the focus to the chart</source>
        <translation>Déplacer le focus sur le graphique</translation>
    </message>
    <message>
        <source>Choose the series shown</source>
        <translation>Choisir les séries affichées</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>Save the visible range&apos;s data as CSV</source>
        <translation>Enregistrer les données de la plage visible en CSV</translation>
    </message>
    <message>
        <source>Choose the metric or the share</source>
        <translation>Choisir la métrique ou la part</translation>
    </message>
</context>
<context>
    <name>ClusterActionRunner</name>
    <message>
        <source>%1 of %2 nodes done</source>
        <translation>%1 nœuds sur %2 réussis</translation>
    </message>
    <message>
        <source>The cluster has no members.</source>
        <translation>Le cluster n’a aucun membre.</translation>
    </message>
    <message>
        <source>A cluster member has no name.</source>
        <translation>Un membre du cluster n’a pas de nom.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the cluster.</source>
        <translation>%1 figure deux fois dans le cluster.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Nothing sent to any node: %1</source>
        <translation>Rien n’a été envoyé à aucun nœud&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: another node of the cluster cannot run this.</source>
        <translation>Non envoyé&#xa0;: un autre nœud du cluster ne peut pas exécuter cette action.</translation>
    </message>
    <message>
        <source>Nothing sent: no node can run this. %1</source>
        <translation>Rien n’a été envoyé&#xa0;: aucun nœud ne peut exécuter cette action. %1</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>New cluster</source>
        <translation>Nouveau cluster</translation>
    </message>
    <message>
        <source>Edit cluster %1</source>
        <translation>Modifier le cluster %1</translation>
    </message>
    <message>
        <source>A cluster is a group of HAProxy instances that serve the same backends: an action taken on the cluster is sent to every member.</source>
        <translation>Un cluster est un groupe d’instances HAProxy qui servent les mêmes backends&#xa0;: une action effectuée sur le cluster est envoyée à chaque membre.</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>par ex. production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Check the saved connections that belong to this cluster (Space toggles)</source>
        <translation>Cochez les connexions enregistrées qui font partie de ce cluster (Espace coche ou décoche)</translation>
    </message>
    <message>
        <source>%1 (no such saved connection)</source>
        <translation>%1 (aucune connexion enregistrée de ce nom)</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>A cluster needs at least two saved connections: connect to each instance once to save it.</source>
        <translation>Un cluster exige au moins deux connexions enregistrées&#xa0;: connectez-vous une fois à chaque instance pour l’enregistrer.</translation>
    </message>
</context>
<context>
    <name>ClusterDivergence</name>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>%1: missing on %2</source>
        <translation>%1&#xa0;: absent sur %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>weight %1 on %2</source>
        <translation>poids %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ClusterDock</name>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Cl&amp;uster:</source>
        <translation>Cl&amp;uster&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Group saved connections into a cluster</source>
        <translation>Regrouper des connexions enregistrées en un cluster</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Rename the cluster or change its members</source>
        <translation>Renommer le cluster ou modifier ses membres</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Forget this cluster (its connections stay)</source>
        <translation>Oublier ce cluster (ses connexions sont conservées)</translation>
    </message>
    <message>
        <source>C&amp;onnect Members</source>
        <translation>C&amp;onnecter les membres</translation>
    </message>
    <message>
        <source>Open every member that is not open yet</source>
        <translation>Ouvrir chaque membre qui n’est pas encore ouvert</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Prêt</translation>
    </message>
    <message>
        <source>Put the selected servers back in service on every member</source>
        <translation>Remettre les serveurs sélectionnés en service sur chaque membre</translation>
    </message>
    <message>
        <source>&amp;Drain</source>
        <translation>&amp;Drain</translation>
    </message>
    <message>
        <source>Drain the selected servers on every member</source>
        <translation>Mettre les serveurs sélectionnés en drain sur chaque membre</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>&amp;Maintenance</translation>
    </message>
    <message>
        <source>Put the selected servers in maintenance on every member</source>
        <translation>Mettre les serveurs sélectionnés en maintenance sur chaque membre</translation>
    </message>
    <message>
        <source>&amp;Weight…</source>
        <translation>Poid&amp;s…</translation>
    </message>
    <message>
        <source>Set the selected servers&apos; weight on every member</source>
        <translation>Définir le poids des serveurs sélectionnés sur chaque membre</translation>
    </message>
    <message>
        <source>Cluster servers</source>
        <translation>Serveurs du cluster</translation>
    </message>
    <message>
        <source>No cluster yet: New… groups saved connections.</source>
        <translation>Aucun cluster pour l’instant&#xa0;: Nouveau… regroupe des connexions enregistrées.</translation>
    </message>
    <message>
        <source>Not open: %1. </source>
        <translation>Non ouverts&#xa0;: %1. </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) open, no differences.</source>
        <translation>
            <numerusform>%n membre ouvert, aucune différence.</numerusform>
            <numerusform>%n membres ouverts, aucune différence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ between members.</source>
        <translation>
            <numerusform>%n ligne diffère entre les membres.</numerusform>
            <numerusform>%n lignes diffèrent entre les membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1 not open. Use Connect Members first.</source>
        <translation>Rien n’a été envoyé&#xa0;: %1 n’est pas ouvert. Utilisez d’abord Connecter les membres.</translation>
    </message>
    <message>
        <source>Select one or more servers in the cluster table first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs serveurs dans le tableau du cluster.</translation>
    </message>
    <message>
        <source>Set Weight on the Cluster</source>
        <translation>Définir le poids sur le cluster</translation>
    </message>
    <message numerus="yes">
        <source>New weight for %n server(s) on every member (0–256, or a percentage of the configured weight such as 50%):</source>
        <translation>
            <numerusform>Nouveau poids pour %n serveur sur chaque membre (0–256, ou un pourcentage du poids configuré, par ex. 50&#xa0;%)&#xa0;:</numerusform>
            <numerusform>Nouveau poids pour %n serveurs sur chaque membre (0–256, ou un pourcentage du poids configuré, par ex. 50&#xa0;%)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: “%1” is not a weight (0–256, or 0%–100%).</source>
        <translation>Rien n’a été envoyé&#xa0;: «&#xa0;%1&#xa0;» n’est pas un poids (0–256, ou 0&#xa0;%–100&#xa0;%).</translation>
    </message>
    <message>
        <source>Delete Cluster</source>
        <translation>Supprimer le cluster</translation>
    </message>
    <message>
        <source>Forget the cluster “%1”? Its connections and the instances stay as they are.</source>
        <translation>Oublier le cluster «&#xa0;%1&#xa0;»&#xa0;? Ses connexions et les instances restent telles quelles.</translation>
    </message>
</context>
<context>
    <name>ClusterMapReplace</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>a replacement is already running</source>
        <translation>un remplacement est déjà en cours</translation>
    </message>
    <message>
        <source>No member of the cluster is connected; nothing was sent.</source>
        <translation>Aucun membre du cluster n’est connecté&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Not connected: %1. Nothing was sent to any member; connect them, or allow the connected members alone.</source>
        <translation>Non connectés&#xa0;: %1. Rien n’a été envoyé à aucun membre&#xa0;; connectez-les, ou autorisez l’exécution sur les seuls membres connectés.</translation>
    </message>
</context>
<context>
    <name>ClusterResultDialog</name>
    <message>
        <source>%1 on cluster %2</source>
        <translation>%1 sur le cluster %2</translation>
    </message>
    <message>
        <source>%1 on every node of %2</source>
        <translation>%1 sur chaque nœud de %2</translation>
    </message>
    <message>
        <source>&amp;Run on the nodes that can, skip the others</source>
        <translation>&amp;Exécuter sur les nœuds qui le peuvent, ignorer les autres</translation>
    </message>
    <message>
        <source>By default nothing is sent unless every node can run the action</source>
        <translation>Par défaut, rien n’est envoyé si tous les nœuds ne peuvent pas exécuter l’action</translation>
    </message>
    <message>
        <source>Commands and results per node</source>
        <translation>Commandes et résultats par nœud</translation>
    </message>
    <message>
        <source>Node / server</source>
        <translation>Nœud / serveur</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>C&amp;opy results</source>
        <translation>C&amp;opier les résultats</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>Nothing will be sent: %1</source>
        <translation>Rien ne sera envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing can be sent: no node of the cluster can run this.</source>
        <translation>Rien ne peut être envoyé&#xa0;: aucun nœud du cluster ne peut exécuter cette action.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be sent: %n node(s) cannot run this (see below).</source>
        <translation>
            <numerusform>Rien ne sera envoyé&#xa0;: %n nœud ne peut pas exécuter cette action (voir ci-dessous).</numerusform>
            <numerusform>Rien ne sera envoyé&#xa0;: %n nœuds ne peuvent pas exécuter cette action (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is destructive, on %n node(s): %1 Check the commands below, then confirm.</source>
        <translation>
            <numerusform>Cette action est destructive, sur %n nœud&#xa0;: %1 Vérifiez les commandes ci-dessous, puis confirmez.</numerusform>
            <numerusform>Cette action est destructive, sur %n nœuds&#xa0;: %1 Vérifiez les commandes ci-dessous, puis confirmez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These commands will be sent to %n node(s) at once:</source>
        <translation>
            <numerusform>Ces commandes seront envoyées simultanément à %n nœud&#xa0;:</numerusform>
            <numerusform>Ces commandes seront envoyées simultanément à %n nœuds&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run on %n node(s)</source>
        <translation>
            <numerusform>Exécuter sur %n nœud</numerusform>
            <numerusform>Exécuter sur %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>ClusterStore</name>
    <message>
        <source>The cluster needs a name.</source>
        <translation>Le cluster doit avoir un nom.</translation>
    </message>
    <message>
        <source>A cluster needs at least two members.</source>
        <translation>Un cluster doit avoir au moins deux membres.</translation>
    </message>
    <message>
        <source>A member has no name.</source>
        <translation>Un membre n’a pas de nom.</translation>
    </message>
    <message>
        <source>%1 is a member twice.</source>
        <translation>%1 est membre deux fois.</translation>
    </message>
    <message>
        <source>A cluster named %1 already exists.</source>
        <translation>Un cluster nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no cluster named %1.</source>
        <translation>Il n’existe aucun cluster nommé %1.</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>le fichier est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1</source>
        <translation>le fichier n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>it does not hold a list of clusters</source>
        <translation>le fichier ne contient pas de liste de clusters</translation>
    </message>
    <message>
        <source>it was written by a newer hadesk (format %1)</source>
        <translation>le fichier a été écrit par une version plus récente de hadesk (format %1)</translation>
    </message>
    <message>
        <source>The clusters in %1 could not be read (%2), and no copy of the file could be kept. hadesk will not change the clusters until the file is moved away or mended.</source>
        <translation>Les clusters de %1 n’ont pas pu être lus (%2), et aucune copie du fichier n’a pu être conservée. hadesk ne modifiera pas les clusters tant que le fichier n’aura pas été déplacé ou réparé.</translation>
    </message>
    <message>
        <source>The clusters in %1 could not be read (%2). The file was kept as %3; hadesk will not change the clusters until you start with an empty list or move the file away.</source>
        <translation>Les clusters de %1 n’ont pas pu être lus (%2). Le fichier a été conservé sous %3&#xa0;; hadesk ne modifiera pas les clusters tant que vous n’aurez pas commencé avec une liste vide ou déplacé le fichier.</translation>
    </message>
    <message>
        <source>Not started with an empty list: no copy of %1 could be kept, and changing the clusters would replace it. Move the file away first.</source>
        <translation>Pas de démarrage avec une liste vide&#xa0;: aucune copie de %1 n’a pu être conservée, et modifier les clusters remplacerait ce fichier. Déplacez d’abord le fichier.</translation>
    </message>
    <message>
        <source>The clusters were not changed: %1 could not be read, and hadesk does not write over a file it could not read. Start with an empty list (a copy of the file is kept) or move the file away.</source>
        <translation>Les clusters n’ont pas été modifiés&#xa0;: %1 n’a pas pu être lu, et hadesk n’écrase pas un fichier qu’il n’a pas pu lire. Commencez avec une liste vide (une copie du fichier est conservée) ou déplacez le fichier.</translation>
    </message>
</context>
<context>
    <name>ClusterTableModel</name>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No data from %1 yet.</source>
        <translation>Pas encore de données de %1.</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 n’a pas de %2.</translation>
    </message>
    <message>
        <source>%1 on %2: status %3, weight %4</source>
        <translation>%1 sur %2&#xa0;: état %3, poids %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Diffère</translation>
    </message>
    <message>
        <source>State and weight on %1</source>
        <translation>État et poids sur %1</translation>
    </message>
    <message>
        <source>What the nodes disagree about: a missing backend or server, the state, the weight</source>
        <translation>Ce sur quoi les nœuds divergent&#xa0;: backend ou serveur absent, état, poids</translation>
    </message>
</context>
<context>
    <name>ColorScheme</name>
    <message>
        <source>HADESK_COLOR_SCHEME is “%1”: it should be dark, light or system; the saved choice applies</source>
        <translation>HADESK_COLOR_SCHEME vaut « %1 »&#xa0;: il doit valoir dark, light ou system&#xa0;; le choix enregistré s’applique</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>Cou&amp;leurs</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>The colours of the desktop&apos;s theme</source>
        <translation>Les couleurs du thème du bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Texte sombre sur fond clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Texte clair sur fond sombre</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Applied to every window, charts included, with OK or Apply (also in View › Colours).</source>
        <translation>Appliqué à toutes les fenêtres, graphiques compris, avec OK ou Appliquer (aussi dans Affichage › Couleurs).</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
</context>
<context>
    <name>CommandBuilder</name>
    <message>
        <source>the command is %1 bytes long; HAProxy reads at most %2 bytes per line</source>
        <translation>la commande fait %1 octets&#xa0;; HAProxy lit au plus %2 octets par ligne</translation>
    </message>
    <message>
        <source>the command contains a line break or a NUL character</source>
        <translation>la commande contient un saut de ligne ou un caractère NUL</translation>
    </message>
    <message>
        <source>backend name</source>
        <translation>nom du backend</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>nom du serveur</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>un saut de ligne (LF)</translation>
    </message>
    <message>
        <source>a carriage return (CR)</source>
        <translation>un retour chariot (CR)</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un caractère NUL</translation>
    </message>
    <message>
        <source>the control character %1</source>
        <translation>le caractère de contrôle %1</translation>
    </message>
    <message>
        <source>the command contains the invisible formatting character %1 at position %2</source>
        <translation>la commande contient le caractère de mise en forme invisible %1 à la position %2</translation>
    </message>
    <message>
        <source>the command contains an unpaired UTF-16 surrogate at position %1</source>
        <translation>la commande contient un demi-codet UTF-16 isolé à la position %1</translation>
    </message>
    <message>
        <source>the command contains %1 at position %2; send one single-line command at a time</source>
        <translation>la commande contient %1 à la position %2&#xa0;; envoyez une seule commande d’une ligne à la fois</translation>
    </message>
    <message>
        <source>the command ends with &apos;\&apos;, which HAProxy reads as a line continuation; write &apos;\\&apos; for a backslash</source>
        <translation>la commande se termine par &apos;\&apos;, que HAProxy lit comme une continuation de ligne&#xa0;; écrivez &apos;\\&apos; pour une barre oblique inverse</translation>
    </message>
    <message>
        <source>the command contains &apos;;&apos; at position %1, which starts a second command; send each command alone, or write &apos;\;&apos; for a literal &apos;;&apos;</source>
        <translation>la commande contient &apos;;&apos; à la position %1, ce qui commence une deuxième commande&#xa0;; envoyez chaque commande seule, ou écrivez &apos;\;&apos; pour un &apos;;&apos; littéral</translation>
    </message>
    <message>
        <source>stat type mask %1 is not valid (use -1, or a sum of 1 frontends, 2 backends, 4 servers)</source>
        <translation>le masque de type %1 n’est pas valide (utilisez -1, ou une somme de 1 frontends, 2 backends, 4 serveurs)</translation>
    </message>
    <message>
        <source>server id %1 is not valid (use -1 for every server, or 1 and up)</source>
        <translation>l’identifiant de serveur %1 n’est pas valide (utilisez -1 pour tous les serveurs, ou 1 et plus)</translation>
    </message>
    <message>
        <source>proxy name</source>
        <translation>nom du proxy</translation>
    </message>
    <message>
        <source>CLI timeout %1 s is out of range (1-%2 s)</source>
        <translation>le délai CLI de %1 s est hors limites (1-%2 s)</translation>
    </message>
    <message>
        <source>unknown server state %1</source>
        <translation>état de serveur inconnu %1</translation>
    </message>
    <message>
        <source>unknown health state %1</source>
        <translation>état de santé inconnu %1</translation>
    </message>
    <message>
        <source>unknown agent state %1</source>
        <translation>état d’agent inconnu %1</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>adresse du serveur</translation>
    </message>
    <message>
        <source>server address &apos;%1&apos; is a host name; set server ... addr needs an IPv4 or IPv6 address</source>
        <translation>l’adresse de serveur &apos;%1&apos; est un nom d’hôte&#xa0;; set server ... addr exige une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>server port</source>
        <translation>port du serveur</translation>
    </message>
    <message>
        <source>check port</source>
        <translation>port de contrôle</translation>
    </message>
    <message>
        <source>check interval and check port need the health check turned on</source>
        <translation>l’intervalle et le port de contrôle exigent que le contrôle de santé soit activé</translation>
    </message>
    <message>
        <source>check interval</source>
        <translation>intervalle de contrôle</translation>
    </message>
    <message>
        <source>&apos;verify none&apos; needs SSL turned on</source>
        <translation>&apos;verify none&apos; exige que SSL soit activé</translation>
    </message>
    <message>
        <source>maxconn %1 is not valid (use 1 and up, or -1 for no limit)</source>
        <translation>maxconn %1 n’est pas valide (utilisez 1 et plus, ou -1 pour aucune limite)</translation>
    </message>
    <message>
        <source>slowstart</source>
        <translation>slowstart</translation>
    </message>
    <message>
        <source>agent port needs the agent check turned on</source>
        <translation>le port d’agent exige que le contrôle d’agent soit activé</translation>
    </message>
    <message>
        <source>agent check needs an agent port</source>
        <translation>le contrôle d’agent exige un port d’agent</translation>
    </message>
    <message>
        <source>agent port</source>
        <translation>port d’agent</translation>
    </message>
    <message>
        <source>wait time</source>
        <translation>temps d’attente</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>la commande est vide</translation>
    </message>
    <message>
        <source>the command ends with &apos;&lt;&lt;&apos;, which starts a multi-line payload; the console sends single lines</source>
        <translation>la commande se termine par &apos;&lt;&lt;&apos;, ce qui commence une charge utile sur plusieurs lignes&#xa0;; la console n’envoie que des lignes seules</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would change this console&apos;s session (mode, level or answer format); it is managed by hadesk and cannot be typed here</source>
        <translation>&apos;%1&apos; changerait la session de cette console (mode, niveau ou format des réponses)&#xa0;; elle est gérée par hadesk et cette commande ne peut pas être saisie ici</translation>
    </message>
    <message>
        <source>the payload is empty</source>
        <translation>la charge utile est vide</translation>
    </message>
    <message>
        <source>payload line %1 is empty; HAProxy would end the payload there and run the following lines as commands</source>
        <translation>la ligne %1 de la charge utile est vide&#xa0;; HAProxy y terminerait la charge utile et exécuterait les lignes suivantes comme des commandes</translation>
    </message>
    <message>
        <source>payload line %1: %2</source>
        <translation>ligne %1 de la charge utile&#xa0;: %2</translation>
    </message>
    <message>
        <source>the command and its payload are %1 bytes long; HAProxy reads at most %2 bytes</source>
        <translation>la commande et sa charge utile font %1 octets&#xa0;; HAProxy lit au plus %2 octets</translation>
    </message>
    <message>
        <source>the payload could not be attached to the command</source>
        <translation>la charge utile n’a pas pu être jointe à la commande</translation>
    </message>
    <message>
        <source>the command&apos;s last word &apos;%1&apos; starts with &apos;&lt;&lt;&apos;, which makes HAProxy read the following lines as a payload; a single-line command cannot end that way</source>
        <translation>le dernier mot de la commande &apos;%1&apos; commence par &apos;&lt;&lt;&apos;, ce qui fait lire à HAProxy les lignes suivantes comme une charge utile&#xa0;; une commande sur une seule ligne ne peut pas se terminer ainsi</translation>
    </message>
    <message>
        <source>the command&apos;s last word &apos;%1&apos; starts with &apos;&lt;&lt;&apos;, which makes HAProxy 2.9 and later read the following lines as a payload ending at &apos;%2&apos;</source>
        <translation>le dernier mot de la commande &apos;%1&apos; commence par &apos;&lt;&lt;&apos;, ce qui fait lire à HAProxy 2.9 et versions ultérieures les lignes suivantes comme une charge utile terminée par &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a command with a payload must end with &apos;&lt;&lt;&apos; or &apos;&lt;&lt;MARK&apos;</source>
        <translation>une commande avec charge utile doit se terminer par &apos;&lt;&lt;&apos; ou &apos;&lt;&lt;MARK&apos;</translation>
    </message>
    <message>
        <source>the payload end marker &apos;%1&apos; is longer than %2 characters, the most HAProxy 2.9 to 3.3 read</source>
        <translation>le marqueur de fin de charge utile &apos;%1&apos; dépasse %2 caractères, le maximum que lisent HAProxy 2.9 à 3.3</translation>
    </message>
    <message>
        <source>&apos;show events … %1&apos; waits for new events without end; the console shows finished answers only: leave out &apos;-w&apos;</source>
        <translation>&apos;show events … %1&apos; attend indéfiniment de nouveaux événements&#xa0;; la console n’affiche que des réponses terminées&#xa0;: omettez &apos;-w&apos;</translation>
    </message>
    <message>
        <source>payload line %1 is the end marker &apos;%2&apos;; HAProxy would end the payload there and run the following lines as commands</source>
        <translation>la ligne %1 de la charge utile est le marqueur de fin &apos;%2&apos;&#xa0;; HAProxy y terminerait la charge utile et exécuterait les lignes suivantes comme des commandes</translation>
    </message>
    <message>
        <source>HAProxy %1</source>
        <translation>HAProxy %1</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>server address &apos;%1&apos; is a host name: %2 registers a server added at run time with a host name but never resolves it, so the server would never take traffic; give its IPv4 or IPv6 address instead</source>
        <translation>l’adresse de serveur &apos;%1&apos; est un nom d’hôte&#xa0;: %2 enregistre un serveur ajouté à l’exécution avec un nom d’hôte mais ne le résout jamais, si bien que le serveur ne recevrait jamais de trafic&#xa0;; indiquez plutôt son adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>proxy id %1 is not valid (use -1 for none, or 1 and up)</source>
        <translation>l’identifiant de proxy %1 n’est pas valide (-1 pour aucun, ou à partir de 1)</translation>
    </message>
</context>
<context>
    <name>CommandChannel</name>
    <message>
        <source>The connection to HAProxy is gone.</source>
        <translation>La connexion à HAProxy a disparu.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Watch and administer running HAProxy instances through their Runtime API (stats socket).</source>
        <translation>Surveiller et administrer des instances HAProxy en cours d’exécution via leur API Runtime (socket de stats).</translation>
    </message>
    <message>
        <source>Where HAProxy&apos;s Runtime API listens: /run/haproxy/admin.sock, unix:PATH, tcp:HOST:PORT, HOST:PORT, [::1]:PORT, tls:HOST:PORT or ssh:[USER@]HOST[:PORT]/PATH. Connects at once.</source>
        <translation>Où écoute l’API Runtime de HAProxy&#xa0;: /run/haproxy/admin.sock, unix:PATH, tcp:HOST:PORT, HOST:PORT, [::1]:PORT, tls:HOST:PORT ou ssh:[USER@]HOST[:PORT]/PATH. Se connecte aussitôt.</translation>
    </message>
    <message>
        <source>[endpoint]</source>
        <translation>[point-de-terminaison]</translation>
    </message>
    <message>
        <source>Connect to the saved connection profile &lt;name&gt;.</source>
        <translation>Se connecter avec le profil de connexion enregistré &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Show the user interface in this language (e.g. de, fr, en) instead of the system&apos;s.</source>
        <translation>Afficher l’interface dans cette langue (par ex. de, fr, en) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Verify a tls: endpoint against the CA certificates in &lt;file&gt; instead of the system&apos;s.</source>
        <translation>Vérifier un point de terminaison tls: avec les certificats d’AC de &lt;fichier&gt; au lieu de ceux du système.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for a tls: endpoint.</source>
        <translation>Certificat client (PEM) pour un point de terminaison tls:.</translation>
    </message>
    <message>
        <source>Private key (PEM) of the client certificate.</source>
        <translation>Clé privée (PEM) du certificat client.</translation>
    </message>
    <message>
        <source>Name the server certificate of a tls: endpoint must carry, if not its host name.</source>
        <translation>Nom que doit porter le certificat du serveur d’un point de terminaison tls:, si ce n’est pas son nom d’hôte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (use e.g. de, fr, en or pt_BR)</source>
        <translation>&apos;%1&apos; n’est pas un code de langue (utilisez par ex. de, fr, en ou pt_BR)</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile</source>
        <translation>--profile exige le nom d’un profil enregistré</translation>
    </message>
    <message>
        <source>give at most one endpoint, not %1 (%2)</source>
        <translation>indiquez au plus un point de terminaison, pas %1 (%2)</translation>
    </message>
    <message>
        <source>give either an endpoint or --profile, not both (%1 and --profile %2)</source>
        <translation>indiquez soit un point de terminaison, soit --profile, pas les deux (%1 et --profile %2)</translation>
    </message>
    <message>
        <source>the --tls-* options apply only to tls: endpoints, and %1 is not one</source>
        <translation>les options --tls-* ne s’appliquent qu’aux points de terminaison tls:, et %1 n’en est pas un</translation>
    </message>
    <message>
        <source>the --tls-* options need a tls:HOST:PORT endpoint</source>
        <translation>les options --tls-* exigent un point de terminaison tls:HOST:PORT</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to HAProxy</source>
        <translation>Connexion à HAProxy</translation>
    </message>
    <message>
        <source>&amp;Recent profiles:</source>
        <translation>Profils &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>Double-click to connect. Delete removes the selected profile.</source>
        <translation>Double-cliquez pour vous connecter. Suppr supprime le profil sélectionné.</translation>
    </message>
    <message>
        <source>Re&amp;move Profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <source>Leave empty to connect without saving</source>
        <translation>Vide&#xa0;: connexion sans enregistrement</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How often to ask HAProxy for fresh statistics. Every poll costs HAProxy a little work.</source>
        <translation>Fréquence à laquelle HAProxy est interrogé pour des statistiques fraîches. Chaque interrogation demande un peu de travail à HAProxy.</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation>&amp;Enregistrer comme profil&#xa0;:</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>&amp;Intervalle d’interrogation&#xa0;:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Only for tls: endpoints.</source>
        <translation>Seulement pour les points de terminaison tls:.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Fichier d’&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>Choisir le fichier d’AC</translation>
    </message>
    <message>
        <source>Choose the CA Certificates</source>
        <translation>Choisir les certificats d’AC</translation>
    </message>
    <message>
        <source>The system&apos;s CA certificates</source>
        <translation>Les certificats d’AC du système</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>Cer&amp;tificat client&#xa0;:</translation>
    </message>
    <message>
        <source>Browse for the client certificate</source>
        <translation>Choisir le certificat client</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>Choisir le certificat client</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clé pri&amp;vée&#xa0;:</translation>
    </message>
    <message>
        <source>Browse for the private key</source>
        <translation>Choisir la clé privée</translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation>Choisir la clé privée</translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key);;All files (*)</source>
        <translation>Clés privées (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>In the certificate file</source>
        <translation>Dans le fichier du certificat</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name</source>
        <translation>Le nom d’hôte du point de terminaison</translation>
    </message>
    <message>
        <source>The name the server certificate must carry, if not the host name typed in the endpoint (e.g. when connecting by IP address).</source>
        <translation>Le nom que doit porter le certificat du serveur, si ce n’est pas le nom d’hôte saisi dans le point de terminaison (par ex. pour une connexion par adresse IP).</translation>
    </message>
    <message>
        <source>Peer &amp;name:</source>
        <translation>&amp;Nom du pair&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verify the server certificate</source>
        <translation>Vérifier le certificat du &amp;serveur</translation>
    </message>
    <message>
        <source>Without verification anyone on the network path can pose as this HAProxy and read or change every command you send, admin commands included.</source>
        <translation>Sans vérification, n’importe qui sur le chemin réseau peut se faire passer pour ce HAProxy et lire ou modifier chaque commande envoyée, commandes d’administration comprises.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profil non enregistré</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be written to the settings file. It is used for this connection but will be missing the next time hadesk starts.</source>
        <translation>Le profil « %1 » n’a pas pu être écrit dans le fichier de configuration. Il sert pour cette connexion, mais manquera au prochain démarrage de hadesk.</translation>
    </message>
    <message>
        <source>Type where HAProxy listens, or pick a recent profile.</source>
        <translation>Saisissez où HAProxy écoute, ou choisissez un profil récent.</translation>
    </message>
    <message>
        <source>Connects to %1 without encryption: anyone on the network path can read the commands. Prefer tls: or ssh: across a network.</source>
        <translation>Se connecte à %1 sans chiffrement&#xa0;: n’importe qui sur le chemin réseau peut lire les commandes. À travers un réseau, préférez tls: ou ssh:.</translation>
    </message>
    <message>
        <source>Connects to %1 (%2).</source>
        <translation>Se connecte à %1 (%2).</translation>
    </message>
    <message>
        <source>Connecting replaces the saved profile &quot;%1&quot;.</source>
        <translation>La connexion remplace le profil enregistré « %1 ».</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the saved profile &quot;%1&quot;? The HAProxy it points to is not affected.</source>
        <translation>Supprimer le profil enregistré « %1 »&#xa0;? Le HAProxy vers lequel il pointe n’est pas touché.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Profile Not Removed</source>
        <translation>Profil non supprimé</translation>
    </message>
    <message>
        <source>The settings file could not be written; the profile &quot;%1&quot; will be back the next time hadesk starts.</source>
        <translation>Le fichier de configuration n’a pas pu être écrit&#xa0;; le profil « %1 » reviendra au prochain démarrage de hadesk.</translation>
    </message>
    <message>
        <source>e.g. /run/haproxy/admin.sock or tls:lb1:9443</source>
        <translation>par ex. /run/haproxy/admin.sock ou tls:lb1:9443</translation>
    </message>
    <message>
        <source>&lt;p&gt;Where HAProxy&apos;s Runtime API (the &lt;i&gt;stats socket&lt;/i&gt;) listens:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;/run/haproxy/admin.sock&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a Unix socket on this machine&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;unix:PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the same, written explicitly&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tcp:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;plain TCP&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;plain TCP, short form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;[::1]:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;an IPv6 address, in brackets&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tls:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;TCP encrypted with TLS&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ssh:[USER@]HOST[:PORT]/PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a Unix socket on another machine, through an ssh tunnel (your ~/.ssh/config and agent)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Où écoute l’API Runtime de HAProxy (le &lt;i&gt;stats socket&lt;/i&gt;)&#xa0;:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;/run/haproxy/admin.sock&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un socket Unix sur cette machine&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;unix:PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;la même chose, écrite explicitement&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tcp:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;TCP non chiffré&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;TCP non chiffré, forme courte&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;[::1]:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;une adresse IPv6, entre crochets&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tls:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;TCP chiffré avec TLS&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ssh:[USER@]HOST[:PORT]/PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un socket Unix sur une autre machine, via un tunnel ssh (votre ~/.ssh/config et votre agent)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>ConnectionProfilesModel</name>
    <message>
        <source>A connection profile needs a name.</source>
        <translation>Un profil de connexion doit avoir un nom.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profil « %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>Profile “%1”: the poll interval must be between %2 ms and %3 ms.</source>
        <translation>Profil « %1 »&#xa0;: l’intervalle d’interrogation doit être compris entre %2 ms et %3 ms.</translation>
    </message>
</context>
<context>
    <name>ConsoleBatch</name>
    <message>
        <source># needs level %1, this session is %2: HAProxy will likely refuse it</source>
        <translation># exige le niveau %1, cette session est de niveau %2&#xa0;: HAProxy la refusera probablement</translation>
    </message>
    <message>
        <source>(done, no output)</source>
        <translation>(terminé, aucune sortie)</translation>
    </message>
    <message>
        <source>(%1: done, no output)</source>
        <translation>(%1&#xa0;: terminé, aucune sortie)</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ConsoleDock</name>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Command (Tab completes, Up/Down history, Ctrl+R search)</source>
        <translation>Commande (Tab complète, Haut/Bas parcourt l’historique, Ctrl+R recherche)</translation>
    </message>
    <message>
        <source>Console command</source>
        <translation>Commande de la console</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <source>Clear the output (Ctrl+Shift+K)</source>
        <translation>Effacer la sortie (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source># %1</source>
        <translation># %1</translation>
    </message>
    <message>
        <source># The instance&apos;s help could not be read; completing from hadesk&apos;s own list</source>
        <translation># L’aide de l’instance n’a pas pu être lue&#xa0;; complétion d’après la liste propre à hadesk</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <source>✗ Payload refused, nothing sent: %1</source>
        <translation>✗ Charge utile refusée, rien n’a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>✗ Refused, nothing sent: %1</source>
        <translation>✗ Refusé, rien n’a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Payload line (an empty line sends, Escape cancels)</source>
        <translation>Ligne de charge utile (une ligne vide envoie, Échap annule)</translation>
    </message>
    <message>
        <source>✗ Not connected: nothing sent</source>
        <translation>✗ Non connecté&#xa0;: rien n’a été envoyé</translation>
    </message>
    <message>
        <source>History search: no older entry contains &apos;%1&apos;</source>
        <translation>Recherche dans l’historique&#xa0;: aucune entrée plus ancienne ne contient &apos;%1&apos;</translation>
    </message>
    <message>
        <source>History search for &apos;%1&apos; (Ctrl+R: older)</source>
        <translation>Recherche de &apos;%1&apos; dans l’historique (Ctrl+R&#xa0;: plus ancienne)</translation>
    </message>
    <message>
        <source># Payload cancelled, nothing sent</source>
        <translation># Charge utile annulée, rien n’a été envoyé</translation>
    </message>
    <message>
        <source>Clear the output</source>
        <translation>Effacer la sortie</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Payload line %1 for &apos;%2&apos;; an empty line sends it, Escape cancels</source>
        <translation>Ligne %1 de la charge utile pour &apos;%2&apos;&#xa0;; une ligne vide l’envoie, Échap annule</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Rien à envoyer</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source> (then payload lines, ended by an empty line)</source>
        <translation> (puis les lignes de charge utile, terminées par une ligne vide)</translation>
    </message>
    <message>
        <source> (needs level %1: HAProxy will likely refuse it)</source>
        <translation> (exige le niveau %1&#xa0;: HAProxy la refusera probablement)</translation>
    </message>
    <message>
        <source> (not in HAProxy&apos;s help list)</source>
        <translation> (absente de la liste d’aide de HAProxy)</translation>
    </message>
    <message>
        <source>Sends %1 commands: %2</source>
        <translation>Envoie %1 commandes&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Envoie&#xa0;: %1</translation>
    </message>
    <message>
        <source>  (&apos;\;&apos; is a literal &apos;;&apos; inside an argument)</source>
        <translation>  (&apos;\;&apos; est un &apos;;&apos; littéral dans un argument)</translation>
    </message>
    <message>
        <source>the line holds no command, only &apos;;&apos;</source>
        <translation>la ligne ne contient aucune commande, seulement &apos;;&apos;</translation>
    </message>
    <message>
        <source>a command with a payload (&apos;&lt;&lt;&apos;) must be alone on its line</source>
        <translation>une commande avec charge utile (&apos;&lt;&lt;&apos;) doit être seule sur sa ligne</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Payload line %1 for &apos;%2&apos;; a line &apos;%3&apos; sends it, Escape cancels</source>
        <translation>Ligne %1 de la charge utile pour &apos;%2&apos;&#xa0;; une ligne &apos;%3&apos; l’envoie, Échap annule</translation>
    </message>
    <message>
        <source>HAProxy %1 does not know payload end markers (&apos;&lt;&lt;%2&apos;, from 2.9 on): it would run each payload line as a command. End the line with &apos;&lt;&lt;&apos; and the payload with an empty line.</source>
        <translation>HAProxy %1 ne connaît pas les marqueurs de fin de charge utile (&apos;&lt;&lt;%2&apos;, à partir de 2.9)&#xa0;: il exécuterait chaque ligne de la charge utile comme une commande. Terminez la ligne par &apos;&lt;&lt;&apos; et la charge utile par une ligne vide.</translation>
    </message>
    <message>
        <source>payload end markers (&apos;&lt;&lt;%1&apos;) need HAProxy 2.9 or later, and this instance&apos;s version is not known yet; end the line with &apos;&lt;&lt;&apos; and the payload with an empty line</source>
        <translation>les marqueurs de fin de charge utile (&apos;&lt;&lt;%1&apos;) exigent HAProxy 2.9 ou une version ultérieure, et la version de cette instance n’est pas encore connue&#xa0;; terminez la ligne par &apos;&lt;&lt;&apos; et la charge utile par une ligne vide</translation>
    </message>
    <message>
        <source>the console history %1 could not be read (%2) and no copy of it could be kept: this session&apos;s history will not be saved over it</source>
        <translation>l’historique de la console %1 n’a pas pu être lu (%2) et aucune copie n’a pu en être conservée&#xa0;: l’historique de cette session ne sera pas enregistré par-dessus</translation>
    </message>
    <message>
        <source>the console history %1 could not be read (%2); it was kept as %3, and the next command saved starts a new history</source>
        <translation>l’historique de la console %1 n’a pas pu être lu (%2)&#xa0;; il a été conservé sous %3, et la prochaine commande enregistrée commencera un nouvel historique</translation>
    </message>
    <message>
        <source>not a JSON array: %1</source>
        <translation>ce n’est pas un tableau JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the console history was not saved: %1 could not be read nor copied aside, and saving would replace it</source>
        <translation>l’historique de la console n’a pas été enregistré&#xa0;: %1 n’a pu être ni lu ni copié à part, et l’enregistrement le remplacerait</translation>
    </message>
    <message>
        <source>the console history was not saved: %1</source>
        <translation>l’historique de la console n’a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Notifications go to the desktop&apos;s notification service.</source>
        <translation>Les notifications sont envoyées au service de notification du bureau.</translation>
    </message>
    <message>
        <source>This desktop has no notification service: notifications are shown by a tray icon.</source>
        <translation>Ce bureau n’a pas de service de notification&#xa0;: les notifications sont affichées par une icône dans la barre d’état système.</translation>
    </message>
    <message>
        <source>Notifications are not available on this desktop: it has neither a notification service nor a system tray.</source>
        <translation>Les notifications ne sont pas disponibles sur ce bureau&#xa0;: il n’a ni service de notification ni barre d’état système.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>DialogLauncher</name>
    <message>
        <source>Select one or more servers to schedule a drain.</source>
        <translation>Sélectionnez un ou plusieurs serveurs pour planifier un drain.</translation>
    </message>
</context>
<context>
    <name>DockSet</name>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Traffic Charts</source>
        <translation>Graphiques de trafic</translation>
    </message>
    <message>
        <source>Scheduled drains: %1</source>
        <translation>Drains planifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Traffic Charts</source>
        <translation>Graphiques de &amp;trafic</translation>
    </message>
    <message>
        <source>C&amp;onsole</source>
        <translation>C&amp;onsole</translation>
    </message>
    <message>
        <source>Cl&amp;usters</source>
        <translation>Cl&amp;usters</translation>
    </message>
    <message>
        <source>Sc&amp;heduled Drains</source>
        <translation>Drains pla&amp;nifiés</translation>
    </message>
    <message>
        <source>&amp;Maps &amp;&amp; ACLs</source>
        <translation>&amp;Maps &amp;&amp; ACL</translation>
    </message>
    <message>
        <source>Stic&amp;k Tables</source>
        <translation>Stic&amp;k tables</translation>
    </message>
    <message>
        <source>Sessio&amp;ns</source>
        <translation>Sess&amp;ions</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>&amp;Erreurs</translation>
    </message>
    <message>
        <source>Cert&amp;ificates</source>
        <translation>&amp;Certificats</translation>
    </message>
    <message>
        <source>Pro&amp;cesses</source>
        <translation>P&amp;rocessus</translation>
    </message>
</context>
<context>
    <name>DrainJob</name>
    <message>
        <source>The job has no id.</source>
        <translation>La tâche n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>No HAProxy instance is chosen for %1/%2.</source>
        <translation>Aucune instance HAProxy n’est choisie pour %1/%2.</translation>
    </message>
    <message>
        <source>backend name</source>
        <translation>nom du backend</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>nom du serveur</translation>
    </message>
    <message>
        <source>The start time of %1/%2 is not a valid time.</source>
        <translation>L’heure de début de %1/%2 n’est pas une heure valide.</translation>
    </message>
    <message>
        <source>The idle deadline of %1/%2 is over 7 days; use no deadline instead.</source>
        <translation>L’échéance d’inactivité de %1/%2 dépasse 7 jours&#xa0;; choisissez plutôt aucune échéance.</translation>
    </message>
    <message>
        <source>The maintenance window of %1/%2 must last more than 0 minutes and at most 7 days.</source>
        <translation>La fenêtre de maintenance de %1/%2 doit durer plus de 0 minute et au plus 7 jours.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Drain en cours</translation>
    </message>
    <message>
        <source>Waiting for sessions to end</source>
        <translation>Attente de la fin des sessions</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Fin en cours</translation>
    </message>
    <message>
        <source>In maintenance window</source>
        <translation>En fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Back to ready</source>
        <translation>Retour à READY</translation>
    </message>
    <message numerus="yes">
        <source>Back to ready after %n min</source>
        <translation>
            <numerusform>Retour à READY après %n min</numerusform>
            <numerusform>Retour à READY après %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back to ready after %n s</source>
        <translation>
            <numerusform>Retour à READY après %n s</numerusform>
            <numerusform>Retour à READY après %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>A drain job has no valid “%1” field.</source>
        <translation>Une tâche de drain n’a pas de champ «&#xa0;%1&#xa0;» valide.</translation>
    </message>
    <message>
        <source>The idle deadline of %1/%2 is negative; use 0 for no deadline.</source>
        <translation>L’échéance d’inactivité de %1/%2 est négative&#xa0;; utilisez 0 pour aucune échéance.</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>“%1” is %2, not a whole number from %3 to %4</source>
        <translation>«&#xa0;%1&#xa0;» vaut %2, et non un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>Not run: the drains file holds a job that is not valid: %1</source>
        <translation>Non exécuté&#xa0;: le fichier des drains contient une tâche non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DrainJobStore</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>not a drains document</source>
        <translation>pas un document de drains</translation>
    </message>
    <message>
        <source>not a drains document of version %1</source>
        <translation>pas un document de drains de version %1</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The scheduled drains in %1 could not all be read (%2), and no copy could be kept.</source>
        <translation>Les drains planifiés de %1 n’ont pas tous pu être lus (%2), et aucune copie n’a pu être conservée.</translation>
    </message>
    <message>
        <source>The scheduled drains in %1 could not all be read (%2). The file was kept as %3.</source>
        <translation>Les drains planifiés de %1 n’ont pas tous pu être lus (%2). Le fichier a été conservé sous %3.</translation>
    </message>
    <message>
        <source>Could not read the scheduled drains from %1: %2. They will not be saved until the file can be read or is moved away.</source>
        <translation>Impossible de lire les drains planifiés depuis %1&#xa0;: %2. Ils ne seront pas enregistrés tant que le fichier ne pourra pas être lu ou n’aura pas été déplacé.</translation>
    </message>
    <message>
        <source>The scheduled drains were not saved: %1 could not be read and no copy of it could be kept, so writing would lose it. Move it away, then restart hadesk.</source>
        <translation>Les drains planifiés n’ont pas été enregistrés&#xa0;: %1 n’a pas pu être lu et aucune copie n’a pu en être conservée, si bien que l’écriture le ferait perdre. Déplacez-le, puis redémarrez hadesk.</translation>
    </message>
    <message>
        <source>The scheduled drains were not saved. %1</source>
        <translation>Les drains planifiés n’ont pas été enregistrés. %1</translation>
    </message>
</context>
<context>
    <name>DrainJobsModel</name>
    <message>
        <source>Its time passed while hadesk was closed or disconnected. Run it now or cancel it.</source>
        <translation>Son heure est passée pendant que hadesk était fermé ou déconnecté. Exécutez-le maintenant ou annulez-le.</translation>
    </message>
    <message>
        <source>Idle deadline: %1</source>
        <translation>Échéance d’inactivité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Prochain événement</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>DrainScheduler</name>
    <message>
        <source>Draining needs an admin-level socket; this one is at level %1, where HAProxy refuses every state change.</source>
        <translation>Le drain exige un socket de niveau admin&#xa0;; celui-ci est de niveau %1, où HAProxy refuse tout changement d’état.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n left)</source>
        <translation>
            <numerusform>%1 (%n restante)</numerusform>
            <numerusform>%1 (%n restantes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>%1 (server %2)</source>
        <translation>%1 (serveur %2)</translation>
    </message>
    <message>
        <source>A job with this id is already scheduled.</source>
        <translation>Une tâche avec cet identifiant est déjà planifiée.</translation>
    </message>
    <message>
        <source>%1/%2 was not scheduled. %3</source>
        <translation>%1/%2 n’a pas été planifié. %3</translation>
    </message>
    <message>
        <source>%1/%2 already has a scheduled drain that has not finished; cancel it first.</source>
        <translation>%1/%2 a déjà un drain planifié qui n’est pas terminé&#xa0;; annulez-le d’abord.</translation>
    </message>
    <message>
        <source>Drain of %1/%2 scheduled for %3.</source>
        <translation>Drain de %1/%2 planifié pour %3.</translation>
    </message>
    <message>
        <source>No such scheduled drain.</source>
        <translation>Ce drain planifié n’existe pas.</translation>
    </message>
    <message>
        <source>The drain of %1/%2 has already finished (%3).</source>
        <translation>Le drain de %1/%2 est déjà terminé (%3).</translation>
    </message>
    <message>
        <source>Cancelling the drain of %1/%2.</source>
        <translation>Annulation du drain de %1/%2.</translation>
    </message>
    <message>
        <source>an unknown state (not connected)</source>
        <translation>inconnu (non connecté)</translation>
    </message>
    <message>
        <source>Cancelled. %1/%2 is left in %3.</source>
        <translation>Annulé. %1/%2 reste dans l’état&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Starting the drain of %1/%2 now.</source>
        <translation>Démarrage immédiat du drain de %1/%2.</translation>
    </message>
    <message>
        <source>Ending the maintenance window of %1/%2 now.</source>
        <translation>Fin immédiate de la fenêtre de maintenance de %1/%2.</translation>
    </message>
    <message>
        <source>The drain of %1/%2 is %3: there is nothing to run now.</source>
        <translation>Le drain de %1/%2 est dans l’état «&#xa0;%3&#xa0;»&#xa0;: il n’y a rien à exécuter maintenant.</translation>
    </message>
    <message>
        <source>The drain of %1/%2 missed its time while it could not run; run it now or cancel it.</source>
        <translation>Le drain de %1/%2 a manqué son heure faute de pouvoir s’exécuter&#xa0;; exécutez-le maintenant ou annulez-le.</translation>
    </message>
    <message>
        <source>Sending “%1”.</source>
        <translation>Envoi de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the connection was lost before HAProxy answered “%1”</source>
        <translation>la connexion a été perdue avant que HAProxy ne réponde à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” was not sent (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été envoyé (%2)</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>Échec de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Will try again: %1.</source>
        <translation>Nouvelle tentative prévue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>could not read the server&apos;s state (%1)</source>
        <translation>impossible de lire l’état du serveur (%1)</translation>
    </message>
    <message>
        <source>%1 was changed outside hadesk: it is %2 now. The drain stops here; nothing more was sent.</source>
        <translation>%1 a été modifié en dehors de hadesk&#xa0;: il est maintenant en %2. Le drain s’arrête ici&#xa0;; rien d’autre n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 is gone: it was removed outside hadesk.</source>
        <translation>%1 a disparu&#xa0;: il a été supprimé en dehors de hadesk.</translation>
    </message>
    <message>
        <source>%1 is already removed.</source>
        <translation>%1 est déjà supprimé.</translation>
    </message>
    <message>
        <source>%1 is READY: the drain was undone outside hadesk, or never reached HAProxy. Nothing more was sent.</source>
        <translation>%1 est READY&#xa0;: le drain a été annulé en dehors de hadesk, ou n’a jamais atteint HAProxy. Rien d’autre n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 is already in MAINT.</source>
        <translation>%1 est déjà en MAINT.</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 est supprimé.</translation>
    </message>
    <message>
        <source>%1 is READY again.</source>
        <translation>%1 est de nouveau READY.</translation>
    </message>
    <message>
        <source>%1 is in MAINT.</source>
        <translation>%1 est en MAINT.</translation>
    </message>
    <message>
        <source>%1 left MAINT outside hadesk before the window ended: it is %2 now. Nothing was sent.</source>
        <translation>%1 a quitté MAINT en dehors de hadesk avant la fin de la fenêtre&#xa0;: il est maintenant en %2. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent: %2/%3 is unchanged.</source>
        <translation>%1 Rien n’a été envoyé&#xa0;: %2/%3 est inchangé.</translation>
    </message>
    <message>
        <source>Draining %1/%2: no new sessions go to it.</source>
        <translation>Mise en drain de %1/%2&#xa0;: il ne reçoit plus de nouvelles sessions.</translation>
    </message>
    <message>
        <source>could not read the sessions (%1)</source>
        <translation>impossible de lire les sessions (%1)</translation>
    </message>
    <message>
        <source>Could not read the sessions: %1</source>
        <translation>Impossible de lire les sessions&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server is not in show stat</source>
        <translation>le serveur ne figure pas dans show stat</translation>
    </message>
    <message>
        <source>No sessions left on %1/%2.</source>
        <translation>Plus aucune session sur %1/%2.</translation>
    </message>
    <message numerus="yes">
        <source>Still %n sessions on %1/%2 at the idle deadline; it is left in DRAIN.</source>
        <translation>
            <numerusform>Encore %n session sur %1/%2 à l’échéance d’inactivité&#xa0;; il reste en DRAIN.</numerusform>
            <numerusform>Encore %n sessions sur %1/%2 à l’échéance d’inactivité&#xa0;; il reste en DRAIN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle deadline reached with %n sessions; shutting them down as asked.</source>
        <translation>
            <numerusform>Échéance d’inactivité atteinte avec %n session&#xa0;; fermeture comme demandé.</numerusform>
            <numerusform>Échéance d’inactivité atteinte avec %n sessions&#xa0;; fermeture comme demandé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still %n sessions on %1/%2 after shutting them down; it is left in DRAIN.</source>
        <translation>
            <numerusform>Encore %n session sur %1/%2 après la fermeture des sessions&#xa0;; il reste en DRAIN.</numerusform>
            <numerusform>Encore %n sessions sur %1/%2 après la fermeture des sessions&#xa0;; il reste en DRAIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 is in MAINT.</source>
        <translation>%1/%2 est en MAINT.</translation>
    </message>
    <message numerus="yes">
        <source>Still %n sessions on %1 at the idle deadline; it is left in %2.</source>
        <translation>
            <numerusform>Encore %n session sur %1 à l’échéance d’inactivité&#xa0;; il reste en %2.</numerusform>
            <numerusform>Encore %n sessions sur %1 à l’échéance d’inactivité&#xa0;; il reste en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 is left in %2.</source>
        <translation>Annulé. %1 reste dans l’état&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Removing %1/%2 (maintenance, then delete).</source>
        <translation>Retrait de %1/%2 (maintenance, puis suppression).</translation>
    </message>
    <message>
        <source>%1/%2 is in MAINT until %3.</source>
        <translation>%1/%2 est en MAINT jusqu’à %3.</translation>
    </message>
    <message>
        <source>The maintenance window of %1/%2 is over.</source>
        <translation>La fenêtre de maintenance de %1/%2 est terminée.</translation>
    </message>
    <message>
        <source>%1/%2 is READY again.</source>
        <translation>%1/%2 est de nouveau READY.</translation>
    </message>
</context>
<context>
    <name>DriftDetector</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Runtime only</source>
        <translation>Seulement à l’exécution</translation>
    </message>
    <message>
        <source>Weight changed</source>
        <translation>Poids modifié</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>État modifié</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>%1, weight %2</source>
        <translation>%1, poids %2</translation>
    </message>
    <message>
        <source>%1 was added at runtime; it disappears at the next reload unless a server line is added to the configuration</source>
        <translation>%1 a été ajouté à l’exécution&#xa0;; il disparaît au prochain rechargement, sauf si une ligne server est ajoutée à la configuration</translation>
    </message>
    <message>
        <source>%1 runs with weight %2 where the configuration gives %3; a reload restores %3 unless the server state is saved to the server-state-file</source>
        <translation>%1 fonctionne avec le poids %2 alors que la configuration indique %3&#xa0;; un rechargement rétablit %3, sauf si l’état des serveurs est enregistré dans le server-state-file</translation>
    </message>
    <message>
        <source>%1 was put in %2 at runtime where the configuration gives %3; a reload restores %3 unless the server state is saved to the server-state-file</source>
        <translation>%1 a été mis en %2 à l’exécution alors que la configuration indique %3&#xa0;; un rechargement rétablit %3, sauf si l’état des serveurs est enregistré dans le server-state-file</translation>
    </message>
    <message>
        <source>HAProxy 3.0 and later do not mark servers added at runtime: give the configuration file to find them.</source>
        <translation>À partir de la version 3.0, HAProxy ne signale plus les serveurs ajoutés à l’exécution&#xa0;: indiquez le fichier de configuration pour les retrouver.</translation>
    </message>
    <message>
        <source>The configuration file could not be read (%1): %2; servers added at runtime are found from `show servers conn` only.</source>
        <translation>Le fichier de configuration n’a pas pu être lu (%1)&#xa0;: %2&#xa0;; les serveurs ajoutés à l’exécution ne sont détectés que par `show servers conn`.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: it is not read.</source>
        <translation>%1 dépasse %2 Mio&#xa0;: le fichier n’est pas lu.</translation>
    </message>
    <message>
        <source>%1 defines no server: is it the instance&apos;s configuration?</source>
        <translation>%1 ne définit aucun serveur&#xa0;: est-ce bien la configuration de l’instance&#xa0;?</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Adresse modifiée</translation>
    </message>
    <message>
        <source>%1 runs at %2 where the configuration gives %3; a reload restores %3 unless the server state is saved to the server-state-file</source>
        <translation>%1 fonctionne à l’adresse %2 alors que la configuration indique %3&#xa0;; un rechargement rétablit %3, sauf si l’état des serveurs est enregistré dans le server-state-file</translation>
    </message>
</context>
<context>
    <name>DriftDialog</name>
    <message>
        <source>Runtime Drift</source>
        <translation>Dérive à l’exécution</translation>
    </message>
    <message>
        <source>Servers added at runtime disappear at the next reload, and runtime changes to servers from the configuration are lost unless the server state is saved to the file named by server-state-file (with load-server-state-from-file).</source>
        <translation>Les serveurs ajoutés à l’exécution disparaissent au prochain rechargement, et les modifications faites à l’exécution sur les serveurs issus de la configuration sont perdues, sauf si l’état des serveurs est enregistré dans le fichier désigné par server-state-file (avec load-server-state-from-file).</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configuré</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Export &amp;Server State…</source>
        <translation>Exporter l’état des &amp;serveurs…</translation>
    </message>
    <message>
        <source>Save `show servers state` as a file for server-state-file</source>
        <translation>Enregistrer `show servers state` dans un fichier pour server-state-file</translation>
    </message>
    <message>
        <source>Export Server &amp;Lines…</source>
        <translation>Exporter les &amp;lignes server…</translation>
    </message>
    <message>
        <source>Save `server` lines for the runtime-only servers, to paste into the configuration</source>
        <translation>Enregistrer les lignes `server` des serveurs créés à l’exécution, à coller dans la configuration</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Reading the servers&apos; state…</source>
        <translation>Lecture de l’état des serveurs…</translation>
    </message>
    <message>
        <source>Could not read the servers: %1</source>
        <translation>Impossible de lire les serveurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>No drift: a reload would bring back the same servers, weights and states.</source>
        <translation>Aucune dérive&#xa0;: un rechargement ramènerait les mêmes serveurs, poids et états.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) a reload would lose.</source>
        <translation>
            <numerusform>%n différence qu’un rechargement perdrait.</numerusform>
            <numerusform>%n différences qu’un rechargement perdrait.</numerusform>
        </translation>
    </message>
    <message>
        <source>The servers&apos; state has not been read</source>
        <translation>L’état des serveurs n’a pas été lu</translation>
    </message>
    <message>
        <source>Export Server State</source>
        <translation>Exporter l’état des serveurs</translation>
    </message>
    <message>
        <source>Server state files (*.state);;All files (*)</source>
        <translation>Fichiers d’état des serveurs (*.state);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Server Lines</source>
        <translation>Exporter les lignes server</translation>
    </message>
    <message>
        <source>Configuration fragments (*.cfg);;All files (*)</source>
        <translation>Fragments de configuration (*.cfg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
    <message>
        <source>haproxy.cfg the instance runs (needed on HAProxy 3.0 and later)</source>
        <translation>haproxy.cfg utilisé par l’instance (nécessaire à partir de HAProxy 3.0)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;onfiguration file:</source>
        <translation>&amp;Fichier de configuration&#xa0;:</translation>
    </message>
    <message>
        <source>HAProxy Configuration</source>
        <translation>Configuration HAProxy</translation>
    </message>
    <message>
        <source>HAProxy configurations (*.cfg);;All files (*)</source>
        <translation>Configurations HAProxy (*.cfg);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un caractère NUL</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>un saut de ligne (LF)</translation>
    </message>
    <message>
        <source>a carriage return (CR)</source>
        <translation>un retour chariot (CR)</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>an unpaired UTF-16 surrogate</source>
        <translation>un demi-codet UTF-16 isolé</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>le caractère de contrôle U+%1</translation>
    </message>
    <message>
        <source>the endpoint contains %1 at position %2</source>
        <translation>le point de terminaison contient %1 à la position %2</translation>
    </message>
    <message>
        <source>empty socket path%1</source>
        <translation>chemin de socket vide%1</translation>
    </message>
    <message>
        <source>socket path %1 is %2 bytes long; a Unix socket path has at most %3</source>
        <translation>le chemin de socket %1 fait %2 octets&#xa0;; un chemin de socket Unix en a au plus %3</translation>
    </message>
    <message>
        <source>missing port in %1</source>
        <translation>port manquant dans %1</translation>
    </message>
    <message>
        <source>port %1 is not a number in %2</source>
        <translation>le port %1 n’est pas un nombre dans %2</translation>
    </message>
    <message>
        <source>port %1 is out of range (1-65535) in %2</source>
        <translation>le port %1 est hors limites (1-65535) dans %2</translation>
    </message>
    <message>
        <source>empty IPv6 address %1%2</source>
        <translation>adresse IPv6 vide %1%2</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv6 address%2</source>
        <translation>%1 n’est pas une adresse IPv6 valide%2</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>nom d’hôte</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address or a host name in %2</source>
        <translation>%1 n’est ni une adresse IPv4 ni un nom d’hôte dans %2</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address or a host name in %2</source>
        <translation>%1 n’est ni une adresse IPv6 ni un nom d’hôte dans %2</translation>
    </message>
    <message>
        <source>missing host and port in %1</source>
        <translation>hôte et port manquants dans %1</translation>
    </message>
    <message>
        <source>%1 has no closing &apos;]&apos;%2</source>
        <translation>%1 n’a pas de &apos;]&apos; fermant%2</translation>
    </message>
    <message>
        <source>unexpected %1 after &apos;]&apos; in %2</source>
        <translation>%1 inattendu après &apos;]&apos; dans %2</translation>
    </message>
    <message>
        <source>missing host in %1</source>
        <translation>hôte manquant dans %1</translation>
    </message>
    <message>
        <source>IPv6 address %1 must be in brackets: &apos;[%2]:%3&apos;%4</source>
        <translation>l’adresse IPv6 %1 doit être entre crochets&#xa0;: &apos;[%2]:%3&apos;%4</translation>
    </message>
    <message>
        <source>missing port in %1 (an IPv6 address with a port is written [%2]:PORT)</source>
        <translation>port manquant dans %1 (une adresse IPv6 avec un port s’écrit [%2]:PORT)</translation>
    </message>
    <message>
        <source>user name %1 is not valid in %2 (use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not first &apos;-&apos;)</source>
        <translation>le nom d’utilisateur %1 n’est pas valide dans %2 (utilisez des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, sans &apos;-&apos; au début)</translation>
    </message>
    <message>
        <source>%1 has no closing &apos;]&apos; in %2</source>
        <translation>%1 n’a pas de &apos;]&apos; fermant dans %2</translation>
    </message>
    <message>
        <source>IPv6 address %1 must be in brackets in %2</source>
        <translation>l’adresse IPv6 %1 doit être entre crochets dans %2</translation>
    </message>
    <message>
        <source>remote socket path %1 must be absolute (start with &apos;/&apos;) in %2</source>
        <translation>le chemin du socket distant %1 doit être absolu (commencer par &apos;/&apos;) dans %2</translation>
    </message>
    <message>
        <source>missing remote socket path in %1 (e.g. ssh:host/run/haproxy/admin.sock)</source>
        <translation>chemin du socket distant manquant dans %1 (par ex. ssh:host/run/haproxy/admin.sock)</translation>
    </message>
    <message>
        <source>empty endpoint (give a socket path, HOST:PORT, tls:HOST:PORT or ssh:HOST/PATH)</source>
        <translation>point de terminaison vide (indiquez un chemin de socket, HOST:PORT, tls:HOST:PORT ou ssh:HOST/PATH)</translation>
    </message>
    <message>
        <source>&apos;~&apos; is not expanded in %1; write the full path</source>
        <translation>&apos;~&apos; n’est pas développé dans %1&#xa0;; écrivez le chemin complet</translation>
    </message>
    <message>
        <source>missing port in %1 (for a socket in the current folder write ./%2)</source>
        <translation>port manquant dans %1 (pour un socket dans le dossier courant, écrivez ./%2)</translation>
    </message>
    <message>
        <source>abstract sockets (&apos;abns@&apos;) are not supported in %1; use a socket path</source>
        <translation>les sockets abstraits (&apos;abns@&apos;) ne sont pas pris en charge dans %1&#xa0;; utilisez un chemin de socket</translation>
    </message>
    <message>
        <source>unknown address prefix %1 (use unix@, ipv4@ or ipv6@, or unix:, tcp:, tls:, ssh:)</source>
        <translation>préfixe d’adresse inconnu %1 (utilisez unix@, ipv4@ ou ipv6@, ou bien unix:, tcp:, tls:, ssh:)</translation>
    </message>
    <message>
        <source>unknown scheme %1 (use unix:, tcp:, tls: or ssh:)</source>
        <translation>schéma inconnu %1 (utilisez unix:, tcp:, tls: ou ssh:)</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>remote socket path %1 is too long for ssh: written for ssh, with each &apos;%&apos; doubled as &apos;%%&apos;, it takes %2 bytes, and ssh accepts at most %3</source>
        <translation>le chemin du socket distant %1 est trop long pour ssh&#xa0;: écrit pour ssh, chaque &apos;%&apos; étant doublé en &apos;%%&apos;, il occupe %2 octets, et ssh en accepte au plus %3</translation>
    </message>
    <message>
        <source>&apos;master:&apos; is written twice in %1</source>
        <translation>&apos;master:&apos; est écrit deux fois dans %1</translation>
    </message>
</context>
<context>
    <name>ErrorsDock</name>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the captured errors again (F5)</source>
        <translation>Relire les erreurs capturées (F5)</translation>
    </message>
    <message>
        <source>Captured errors</source>
        <translation>Erreurs capturées</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>All proxies</source>
        <translation>Tous les proxys</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation>Requêtes et réponses</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>Captured bytes</source>
        <translation>Octets capturés</translation>
    </message>
    <message>
        <source>Captured &amp;bytes:</source>
        <translation>&amp;Octets capturés&#xa0;:</translation>
    </message>
    <message>
        <source>Not connected to HAProxy.</source>
        <translation>Non connecté à HAProxy.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the captured errors: %1</source>
        <translation>Impossible de lire les erreurs capturées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes kept; the error is past them (position %1).</source>
        <translation>
            <numerusform>%n octet conservé&#xa0;; l’erreur se situe au-delà (position %1).</numerusform>
            <numerusform>%n octets conservés&#xa0;; l’erreur se situe au-delà (position %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>HAProxy refused the byte at position %1: %2 (marked below).</source>
        <translation>HAProxy a refusé l’octet à la position %1&#xa0;: %2 (marqué ci-dessous).</translation>
    </message>
    <message>
        <source>The first byte HAProxy refused</source>
        <translation>Le premier octet refusé par HAProxy</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) kept (HAProxy keeps the last of each proxy and direction).</source>
        <translation>
            <numerusform>%n erreur conservée (HAProxy garde la dernière de chaque proxy et de chaque sens).</numerusform>
            <numerusform>%n erreurs conservées (HAProxy garde la dernière de chaque proxy et de chaque sens).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) kept for this proxy.</source>
        <translation>
            <numerusform>%n erreur conservée pour ce proxy.</numerusform>
            <numerusform>%n erreurs conservées pour ce proxy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>request</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>response</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>%1 %2, server %3</source>
        <translation>%1 %2, serveur %3</translation>
    </message>
    <message>
        <source>Offset of the first byte HAProxy refused</source>
        <translation>Position du premier octet refusé par HAProxy</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Caught by</source>
        <translation>Détectée par</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Error at</source>
        <translation>Erreur à</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Autre côté</translation>
    </message>
</context>
<context>
    <name>ErrorsParser</name>
    <message>
        <source>Not a show errors answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas une réponse à show errors. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>HistoryBudgetDialog</name>
    <message>
        <source>History Memory</source>
        <translation>Mémoire de l’historique</translation>
    </message>
    <message>
        <source>Each instance&apos;s traffic history keeps 7 days within its budget. When the servers do not all fit, frontends and backends keep every metric first, then every server keeps sessions/s, picks/s and current sessions, then the servers seen first keep the rest.</source>
        <translation>L’historique du trafic de chaque instance garde 7 jours dans son budget. Quand tous les serveurs n’y tiennent pas, les frontends et backends gardent d’abord toutes les mesures, puis chaque serveur garde sessions/s, choix/s et sessions en cours, puis les serveurs vus en premier gardent le reste.</translation>
    </message>
    <message>
        <source>Held now:</source>
        <translation>Occupé maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Once 7 days are kept:</source>
        <translation>Avec 7 jours d’historique&#xa0;:</translation>
    </message>
    <message>
        <source>Servers keeping fewer metrics:</source>
        <translation>Serveurs gardant moins de mesures&#xa0;:</translation>
    </message>
    <message>
        <source>Servers keeping no history:</source>
        <translation>Serveurs sans historique&#xa0;:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>History budget per instance</source>
        <translation>Budget de l’historique par instance</translation>
    </message>
    <message>
        <source>The most memory one instance&apos;s history may take once it holds 7 days</source>
        <translation>La mémoire maximale que l’historique d’une instance peut prendre avec 7 jours</translation>
    </message>
    <message>
        <source>&amp;Budget per instance:</source>
        <translation>&amp;Budget par instance&#xa0;:</translation>
    </message>
    <message>
        <source>Budget message</source>
        <translation>Message sur le budget</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n instance(s)</source>
        <translation>
            <numerusform>%1 pour %n instance</numerusform>
            <numerusform>%1 pour %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget must be between %L1 and %L2 MiB: it was set to %L3 MiB.</source>
        <translation>Le budget doit être entre %L1 et %L2 Mio&#xa0;: il a été fixé à %L3 Mio.</translation>
    </message>
    <message>
        <source>Applied: every instance&apos;s history now keeps within %L1 MiB.</source>
        <translation>Appliqué&#xa0;: l’historique de chaque instance tient désormais dans %L1 Mio.</translation>
    </message>
</context>
<context>
    <name>InstanceTabBar</name>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation>en attente de reconnexion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>InstanceView</name>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show the servers of every backend</source>
        <translation>Afficher les serveurs de tous les backends</translation>
    </message>
    <message>
        <source>Select one or more backends to show only their servers</source>
        <translation>Sélectionnez un ou plusieurs backends pour n’afficher que leurs serveurs</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Frontends</source>
        <translation>Frontends</translation>
    </message>
    <message>
        <source>Backends (%1)</source>
        <translation>Backends (%1)</translation>
    </message>
    <message>
        <source>Servers (%1)</source>
        <translation>Serveurs (%1)</translation>
    </message>
    <message>
        <source>Frontends (%1)</source>
        <translation>Frontends (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy Name</source>
        <translation>&amp;Copier le nom</translation>
    </message>
    <message>
        <source>Copy the selected rows&apos; names (backend/server for servers)</source>
        <translation>Copier les noms des lignes sélectionnées (backend/serveur pour les serveurs)</translation>
    </message>
    <message>
        <source>Copy as socat Command: &amp;get weight</source>
        <translation>Copier en commande socat&#xa0;: &amp;get weight</translation>
    </message>
    <message>
        <source>Copy a shell command that asks HAProxy the selected servers&apos; weights</source>
        <translation>Copier une commande shell qui demande à HAProxy le poids des serveurs sélectionnés</translation>
    </message>
    <message>
        <source>Copy as socat Command: &amp;show stat</source>
        <translation>Copier en commande socat&#xa0;: &amp;show stat</translation>
    </message>
    <message>
        <source>Copy a shell command that dumps the selected rows&apos; statistics</source>
        <translation>Copier une commande shell qui affiche les statistiques des lignes sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n name(s)</source>
        <translation>
            <numerusform>%n nom copié</numerusform>
            <numerusform>%n noms copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n command(s)</source>
        <translation>
            <numerusform>%n commande copiée</numerusform>
            <numerusform>%n commandes copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing copied: %1</source>
        <translation>Rien n’a été copié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LocalSocketTransport</name>
    <message>
        <source>no socket at %1 (is HAProxy running, and is the path right?)</source>
        <translation>aucun socket à %1 (HAProxy est-il lancé, et le chemin est-il juste&#xa0;?)</translation>
    </message>
    <message>
        <source>connection refused by %1 (HAProxy not listening there?)</source>
        <translation>connexion refusée par %1 (HAProxy n’écoute pas là&#xa0;?)</translation>
    </message>
    <message>
        <source>no permission to open %1 (check the socket&apos;s owner and mode)</source>
        <translation>pas le droit d’ouvrir %1 (vérifiez le propriétaire et les droits du socket)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not connected. Choose File ▸ Connect… (Ctrl+O).</source>
        <translation>Non connecté. Choisissez Fichier ▸ Se connecter… (Ctrl+O).</translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: %2</source>
        <translation>Impossible de se connecter à « %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting to reconnect</source>
        <translation>En attente de reconnexion</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Échec de l’actualisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updates paused</source>
        <translation>Mises à jour suspendues</translation>
    </message>
    <message>
        <source>Updates resumed</source>
        <translation>Mises à jour reprises</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Connected to %1 (HAProxy %2, level %3)</source>
        <translation>Connecté à %1 (HAProxy %2, niveau %3)</translation>
    </message>
    <message>
        <source>hadesk</source>
        <translation>hadesk</translation>
    </message>
    <message>
        <source>%1 — HAProxy %2 — hadesk</source>
        <translation>%1 — HAProxy %2 — hadesk</translation>
    </message>
    <message>
        <source>%1 — hadesk</source>
        <translation>%1 — hadesk</translation>
    </message>
    <message>
        <source>HAProxy reloaded (worker %1 stopping)</source>
        <translation>HAProxy rechargé (le worker %1 s’arrête)</translation>
    </message>
    <message>
        <source>Now on worker %1</source>
        <translation>Désormais sur le worker %1</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 est déjà ouvert.</translation>
    </message>
    <message>
        <source>Clusters: %1</source>
        <translation>Clusters&#xa0;: %1</translation>
    </message>
    <message>
        <source>No saved connection named “%1”.</source>
        <translation>Aucune connexion enregistrée nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Scheduled drains: %1</source>
        <translation>Drains planifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings Could Not Be Read</source>
        <translation>Paramètres illisibles</translation>
    </message>
    <message>
        <source>Clusters Could Not Be Read</source>
        <translation>Clusters illisibles</translation>
    </message>
    <message>
        <source>Start with an Empty List</source>
        <translation>Commencer avec une liste vide</translation>
    </message>
    <message>
        <source>Clusters: starting with an empty list; the unreadable file was kept as %1.</source>
        <translation>Clusters&#xa0;: démarrage avec une liste vide&#xa0;; le fichier illisible a été conservé sous %1.</translation>
    </message>
    <message>
        <source>Scheduled Drains Could Not Be Read</source>
        <translation>Drains planifiés illisibles</translation>
    </message>
    <message>
        <source>%1, master CLI</source>
        <translation>%1, CLI maître</translation>
    </message>
    <message>
        <source>Settings of a Newer hadesk</source>
        <translation>Paramètres d’une version plus récente de hadesk</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Close the connection to the instance shown</source>
        <translation>Fermer la connexion à l’instance affichée</translation>
    </message>
    <message>
        <source>&amp;Next Instance</source>
        <translation>Instance sui&amp;vante</translation>
    </message>
    <message>
        <source>P&amp;revious Instance</source>
        <translation>Instance &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause Updates</source>
        <translation>Sus&amp;pendre les mises à jour</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>Hide DOWN</source>
        <translation>Masquer DOWN</translation>
    </message>
    <message>
        <source>Hide servers that are DOWN (also those coming back up)</source>
        <translation>Masquer les serveurs DOWN (y compris ceux qui reviennent)</translation>
    </message>
    <message>
        <source>Hide MAINT</source>
        <translation>Masquer MAINT</translation>
    </message>
    <message>
        <source>Hide servers in maintenance</source>
        <translation>Masquer les serveurs en maintenance</translation>
    </message>
    <message>
        <source>Hide Backup</source>
        <translation>Masquer les secours</translation>
    </message>
    <message>
        <source>Hide backup servers</source>
        <translation>Masquer les serveurs de secours</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Serveurs</translation>
    </message>
    <message>
        <source>&amp;Frontends</source>
        <translation>&amp;Frontends</translation>
    </message>
    <message>
        <source>Configuration &amp;Drift…</source>
        <translation>Dé&amp;rive de la configuration…</translation>
    </message>
    <message>
        <source>Servers added or changed at runtime, which the next reload would lose, and how to keep them</source>
        <translation>Serveurs ajoutés ou modifiés à l’exécution, que le prochain rechargement perdrait, et comment les conserver</translation>
    </message>
    <message>
        <source>Sc&amp;hedule Drain…</source>
        <translation>Pla&amp;nifier un drain…</translation>
    </message>
    <message>
        <source>Drain the selected servers at a set time, wait until idle, then maintenance, removal or back to ready after a window</source>
        <translation>Mettre en drain les serveurs sélectionnés à une heure donnée, attendre qu’ils soient inactifs, puis maintenance, suppression ou retour à READY après une fenêtre</translation>
    </message>
    <message>
        <source>Ro&amp;lling Replace…</source>
        <translation>Remplacement pro&amp;gressif…</translation>
    </message>
    <message>
        <source>Replace servers of a backend one step at a time: add the new, wait until UP, drain and remove the old</source>
        <translation>Remplacer les serveurs d’un backend une étape à la fois&#xa0;: ajouter le nouveau, attendre qu’il soit UP, mettre l’ancien en drain et le supprimer</translation>
    </message>
    <message>
        <source>&amp;About hadesk</source>
        <translation>À &amp;propos de hadesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often to ask HAProxy for fresh statistics</source>
        <translation>Fréquence à laquelle HAProxy est interrogé pour des statistiques fraîches</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalle d’actualisation</translation>
    </message>
    <message>
        <source>Filter by name, proxy or address (Ctrl+F)</source>
        <translation>Filtrer par nom, proxy ou adresse (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instance</translation>
    </message>
    <message>
        <source>&amp;Reload HAProxy…</source>
        <translation>Re&amp;charger HAProxy…</translation>
    </message>
    <message>
        <source>Reload HAProxy through its master socket: see what the reload would lose first, the result after, and put runtime changes back</source>
        <translation>Recharger HAProxy via son socket master&#xa0;: voir d’abord ce que le rechargement perdrait, puis le résultat, et rétablir les modifications faites à l’exécution</translation>
    </message>
    <message>
        <source>History &amp;Memory…</source>
        <translation>&amp;Mémoire de l’historique…</translation>
    </message>
    <message>
        <source>What the traffic history holds and the memory it may take</source>
        <translation>Ce que contient l’historique du trafic et la mémoire qu’il peut prendre</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window, with where to find it; searchable</source>
        <translation>Tous les raccourcis clavier de cette fenêtre, avec leur emplacement&#xa0;; avec recherche</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Default poll interval, history memory, language, audit log, reopening</source>
        <translation>Intervalle d’interrogation par défaut, mémoire de l’historique, langue, journal d’audit, réouverture</translation>
    </message>
    <message>
        <source>Clear the filter and go back to the table</source>
        <translation>Effacer le filtre et revenir au tableau</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>the %1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>the %1 contains a line break</source>
        <translation>%1 contient un saut de ligne</translation>
    </message>
    <message>
        <source>the %1 contains &apos;;&apos;, which HAProxy reads as the end of a command</source>
        <translation>%1 contient &apos;;&apos;, que HAProxy lit comme la fin d’une commande</translation>
    </message>
    <message>
        <source>the %1 contains &apos;\&apos;, which HAProxy reads as an escape</source>
        <translation>%1 contient &apos;\&apos;, que HAProxy lit comme un échappement</translation>
    </message>
    <message>
        <source>the %1 starts with &apos;&lt;&lt;&apos;, which makes HAProxy read the following lines as a payload</source>
        <translation>%1 commence par &apos;&lt;&lt;&apos;, ce qui fait lire à HAProxy les lignes suivantes comme une charge utile</translation>
    </message>
    <message>
        <source>the %1 contains a control character</source>
        <translation>%1 contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the %1 contains a space; HAProxy would split it into several words</source>
        <translation>%1 contient une espace&#xa0;; HAProxy en ferait plusieurs mots</translation>
    </message>
    <message>
        <source>map reference</source>
        <translation>la référence de la map</translation>
    </message>
    <message>
        <source>ACL reference</source>
        <translation>la référence de l’ACL</translation>
    </message>
    <message>
        <source>the %1 starts with &apos;@&apos;, which HAProxy reads as a version</source>
        <translation>%1 commence par &apos;@&apos;, que HAProxy lit comme une version</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is neither #&lt;number&gt; nor a file</source>
        <translation>%1 &apos;%2&apos; n’est ni #&lt;numéro&gt; ni un fichier</translation>
    </message>
    <message>
        <source>version %1 is out of range (0-%2)</source>
        <translation>la version %1 est hors limites (0-%2)</translation>
    </message>
    <message>
        <source>key</source>
        <translation>la clé</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; starts with &apos;#&apos;, which HAProxy reads as an entry reference; use the reference form</source>
        <translation>la clé &apos;%1&apos; commence par &apos;#&apos;, que HAProxy lit comme une référence d’entrée&#xa0;; utilisez la forme par référence</translation>
    </message>
    <message>
        <source>the entry reference &apos;%1&apos; is not of the form 0x&lt;hex&gt;</source>
        <translation>la référence d’entrée &apos;%1&apos; n’est pas de la forme 0x&lt;hex&gt;</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>l’échantillon</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>le motif</translation>
    </message>
    <message>
        <source>value</source>
        <translation>la valeur</translation>
    </message>
    <message>
        <source>the value contains a space; the one-line &apos;add map&apos; would keep only its first word (use the form with many entries)</source>
        <translation>la valeur contient une espace&#xa0;; le &apos;add map&apos; sur une ligne n’en garderait que le premier mot (utilisez la forme à plusieurs entrées)</translation>
    </message>
    <message>
        <source>an ACL entry has no value</source>
        <translation>une entrée d’ACL n’a pas de valeur</translation>
    </message>
    <message>
        <source>HAProxy adds ACL patterns one per command (no payload form)</source>
        <translation>HAProxy ajoute les motifs d’ACL un par commande (pas de forme avec charge utile)</translation>
    </message>
    <message>
        <source>there are no entries to add</source>
        <translation>il n’y a aucune entrée à ajouter</translation>
    </message>
    <message>
        <source>the value starts or ends with a space, which HAProxy would drop</source>
        <translation>la valeur commence ou se termine par une espace, que HAProxy supprimerait</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the entries take %1 bytes; HAProxy reads at most %2 bytes per command with its payload</source>
        <translation>les entrées occupent %1 octets&#xa0;; HAProxy lit au plus %2 octets par commande, charge utile comprise</translation>
    </message>
    <message>
        <source>the payload could not be attached to the command</source>
        <translation>la charge utile n’a pas pu être jointe à la commande</translation>
    </message>
    <message>
        <source>an ACL entry has no value to set</source>
        <translation>une entrée d’ACL n’a pas de valeur à définir</translation>
    </message>
    <message>
        <source>the value contains a space; &apos;set map&apos; would keep only its first word</source>
        <translation>la valeur contient une espace&#xa0;; &apos;set map&apos; n’en garderait que le premier mot</translation>
    </message>
    <message>
        <source>commit needs the version that prepare created</source>
        <translation>commit exige la version créée par prepare</translation>
    </message>
    <message>
        <source>HAProxy did not create a new version: &quot;%1&quot;</source>
        <translation>HAProxy n’a pas créé de nouvelle version&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MapEntriesModel</name>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>not in file</source>
        <translation>absente du fichier</translation>
    </message>
    <message>
        <source>only in file</source>
        <translation>seulement dans le fichier</translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>(ligne %1)</translation>
    </message>
    <message>
        <source>In the file (line %1) but not live: a reload would bring it back</source>
        <translation>Dans le fichier (ligne %1) mais pas active&#xa0;: un rechargement la rétablirait</translation>
    </message>
    <message>
        <source>Live but not in the file: a reload would lose it</source>
        <translation>Active mais absente du fichier&#xa0;: un rechargement la perdrait</translation>
    </message>
    <message>
        <source>The file gives this key the value &quot;%1&quot;: a reload would change it back</source>
        <translation>Le fichier donne à cette clé la valeur «&#xa0;%1&#xa0;»&#xa0;: un rechargement la remettrait à cette valeur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>MapEntryAction</name>
    <message>
        <source>Add %1 → %2 to %3</source>
        <translation>Ajouter %1 → %2 à %3</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 à %2</translation>
    </message>
    <message>
        <source>Set %1 → %2 in %3</source>
        <translation>Définir %1 → %2 dans %3</translation>
    </message>
    <message>
        <source>Delete %1 from %2</source>
        <translation>Supprimer %1 de %2</translation>
    </message>
</context>
<context>
    <name>MapEntryDialog</name>
    <message>
        <source>Set Value in %1</source>
        <translation>Définir une valeur dans %1</translation>
    </message>
    <message>
        <source>Add Entry to %1</source>
        <translation>Ajouter une entrée à %1</translation>
    </message>
    <message>
        <source>Add Pattern to %1</source>
        <translation>Ajouter un motif à %1</translation>
    </message>
    <message>
        <source>&amp;Preview Set…</source>
        <translation>A&amp;perçu de la modification…</translation>
    </message>
    <message>
        <source>&amp;Preview Add…</source>
        <translation>A&amp;perçu de l’ajout…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation>Rien ne peut être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Will send:</source>
        <translation>Sera envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>(then an empty line)</source>
        <translation>(puis une ligne vide)</translation>
    </message>
</context>
<context>
    <name>MapFile</name>
    <message>
        <source>an entry has an empty key</source>
        <translation>une entrée a une clé vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a line break</source>
        <translation>&apos;%1&apos; contient un saut de ligne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts with a blank, which the file format drops</source>
        <translation>&apos;%1&apos; commence par un blanc, que le format de fichier supprime</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; holds a blank: the file would split it</source>
        <translation>la clé &apos;%1&apos; contient un blanc&#xa0;: le fichier la scinderait</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; starts or ends with a blank, which the file format drops</source>
        <translation>la valeur de &apos;%1&apos; commence ou se termine par un blanc, que le format de fichier supprime</translation>
    </message>
</context>
<context>
    <name>MapListModel</name>
    <message>
        <source>map</source>
        <translation>map</translation>
    </message>
    <message>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>%1 (next %2)</source>
        <translation>%1 (suivante&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>File or description</source>
        <translation>Fichier ou description</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>MapParser</name>
    <message>
        <source>Not a list of maps or ACLs. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas une liste de maps ou d’ACL. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Line %1 of the list of maps or ACLs cannot be read: &quot;%2&quot;</source>
        <translation>La ligne %1 de la liste des maps ou ACL est illisible&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Not a list of entries. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas une liste d’entrées. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Entry line %1 does not start with a reference: &quot;%2&quot;</source>
        <translation>La ligne d’entrée %1 ne commence pas par une référence&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Not an answer to get map or get acl. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas une réponse à get map ou get acl. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The answer to get map or get acl says neither found= nor match=: &quot;%1&quot;</source>
        <translation>La réponse à get map ou get acl ne contient ni found= ni match=&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MapReplace</name>
    <message>
        <source>a replacement is already running</source>
        <translation>un remplacement est déjà en cours</translation>
    </message>
    <message>
        <source>there is no connection to send through</source>
        <translation>aucune connexion pour l’envoi</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>entry %1: the key &apos;%2&apos; is listed twice</source>
        <translation>entrée %1&#xa0;: la clé &apos;%2&apos; figure deux fois</translation>
    </message>
    <message>
        <source>Cancelled; the live contents are untouched.</source>
        <translation>Annulé&#xa0;; le contenu actif n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cancelled before anything was changed.</source>
        <translation>Annulé avant toute modification.</translation>
    </message>
    <message>
        <source>reading the live entries</source>
        <translation>la lecture des entrées actives</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>preparing a new version</source>
        <translation>la préparation d’une nouvelle version</translation>
    </message>
    <message>
        <source>HAProxy did not say which version it prepared; the live contents are untouched.</source>
        <translation>HAProxy n’a pas indiqué quelle version il a préparée&#xa0;; le contenu actif n’a pas été modifié.</translation>
    </message>
    <message>
        <source>adding entries to version %1</source>
        <translation>l’ajout des entrées à la version %1</translation>
    </message>
    <message>
        <source>The link was lost after the commit was sent: the new contents may or may not be live. Read the map again before doing anything else.</source>
        <translation>La liaison a été perdue après l’envoi du commit&#xa0;: le nouveau contenu est peut-être actif, peut-être pas. Relisez la map avant toute autre action.</translation>
    </message>
    <message>
        <source>HAProxy refused the commit (%1); the live contents are untouched.</source>
        <translation>HAProxy a refusé le commit (%1)&#xa0;; le contenu actif n’a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are live.</source>
        <translation>
            <numerusform>%n entrée est désormais active.</numerusform>
            <numerusform>%n entrées sont désormais actives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed while %1 (%2); the live contents are untouched.</source>
        <translation>Échec lors de %1 (%2)&#xa0;; le contenu actif n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>MapReplaceDialog</name>
    <message>
        <source>map</source>
        <translation>la map</translation>
    </message>
    <message>
        <source>ACL</source>
        <translation>l’ACL</translation>
    </message>
    <message>
        <source>Replace %1 %2</source>
        <translation>Remplacer %1 %2</translation>
    </message>
    <message>
        <source>Replaces every entry of the %1 &lt;b&gt;%2&lt;/b&gt; at once: HAProxy builds the new contents aside and switches to them in one step, so no request sees a half-written %1.</source>
        <translation>Remplace d’un coup toutes les entrées de %1 &lt;b&gt;%2&lt;/b&gt;&#xa0;: HAProxy construit le nouveau contenu à part et bascule dessus en une seule étape, si bien qu’aucune requête ne voit %1 à moitié écrite.</translation>
    </message>
    <message>
        <source>New contents</source>
        <translation>Nouveau contenu</translation>
    </message>
    <message>
        <source>&amp;Load File…</source>
        <translation>&amp;Charger un fichier…</translation>
    </message>
    <message>
        <source>Read a map file into the text below (%1)</source>
        <translation>Lire un fichier de map dans le texte ci-dessous (%1)</translation>
    </message>
    <message>
        <source>Or &amp;paste below: one &quot;key value&quot; per line; the value is the rest of the line. Lines starting with # are comments.</source>
        <translation>Ou co&amp;llez ci-dessous&#xa0;: une paire «&#xa0;clé valeur&#xa0;» par ligne&#xa0;; la valeur est le reste de la ligne. Les lignes commençant par # sont des commentaires.</translation>
    </message>
    <message>
        <source>Or &amp;paste below: one pattern per line. Lines starting with # are comments.</source>
        <translation>Ou co&amp;llez ci-dessous&#xa0;: un motif par ligne. Les lignes commençant par # sont des commentaires.</translation>
    </message>
    <message>
        <source>Changes against the live contents</source>
        <translation>Modifications par rapport au contenu actif</translation>
    </message>
    <message>
        <source>Entries added, changed and removed</source>
        <translation>Entrées ajoutées, modifiées et supprimées</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Live value</source>
        <translation>Valeur active</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Run on the connected &amp;nodes alone when some are not</source>
        <translation>Exécuter &amp;seulement sur les nœuds connectés si d’autres ne le sont pas</translation>
    </message>
    <message>
        <source>Result per node</source>
        <translation>Résultat par nœud</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Batches added</source>
        <translation>Lots ajoutés</translation>
    </message>
    <message>
        <source>%v of %m batches</source>
        <translation>%v lots sur %m</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply to every &amp;member of %1</source>
        <translation>Appliquer à chaque &amp;membre de %1</translation>
    </message>
    <message>
        <source>Load Map File</source>
        <translation>Charger un fichier de map</translation>
    </message>
    <message>
        <source>Map and ACL files (*.map *.acl *.lst *.txt)</source>
        <translation>Fichiers de map et d’ACL (*.map *.acl *.lst *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>Not connected: the live contents are read once the link is up.</source>
        <translation>Non connecté&#xa0;: le contenu actif sera lu dès que la liaison sera établie.</translation>
    </message>
    <message>
        <source>Reading the live contents…</source>
        <translation>Lecture du contenu actif…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… et %n ligne de plus</numerusform>
            <numerusform>… et %n lignes de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>The live contents could not be read: %1</source>
        <translation>Le contenu actif n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n live entries. Paste the new contents or load a file; what changes shows here.</source>
        <translation>
            <numerusform>%n entrée active. Collez le nouveau contenu ou chargez un fichier&#xa0;; les modifications s’affichent ici.</numerusform>
            <numerusform>%n entrées actives. Collez le nouveau contenu ou chargez un fichier&#xa0;; les modifications s’affichent ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged (%5 live, %6 new).</source>
        <translation>%1 ajoutées, %2 modifiées, %3 supprimées, %4 inchangées (%5 actives, %6 nouvelles).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The live contents could not be read, so the changes cannot be shown.</source>
        <translation>Le contenu actif n’a pas pu être lu, les modifications ne peuvent donc pas être affichées.</translation>
    </message>
    <message>
        <source>Nothing will be sent: correct the lines listed first.</source>
        <translation>Rien ne sera envoyé&#xa0;: corrigez d’abord les lignes indiquées.</translation>
    </message>
    <message>
        <source>Nothing to apply: the text has no entries.</source>
        <translation>Rien à appliquer&#xa0;: le texte ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>The live contents already equal the text.</source>
        <translation>Le contenu actif est déjà identique au texte.</translation>
    </message>
    <message>
        <source>Not connected: %1. Connect them, or run on the connected nodes alone.</source>
        <translation>Non connectés&#xa0;: %1. Connectez-les, ou exécutez seulement sur les nœuds connectés.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n node(s)</source>
        <translation>
            <numerusform>&amp;Appliquer sur %n nœud</numerusform>
            <numerusform>&amp;Appliquer sur %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>adding</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: the live contents are untouched.</source>
        <translation>Annulé&#xa0;: le contenu actif n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Outcome unknown: check the map before retrying. %1</source>
        <translation>Résultat inconnu&#xa0;: vérifiez la map avant de réessayer. %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>this instance</source>
        <translation>cette instance</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <source>Stopping: what is not committed yet is cleared…</source>
        <translation>Arrêt&#xa0;: ce qui n’est pas encore validé est effacé…</translation>
    </message>
    <message>
        <source>Stops before the commit; the live contents stay as they are</source>
        <translation>S’arrête avant le commit&#xa0;; le contenu actif reste tel quel</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was sent to any node: %1</source>
        <translation>Rien n’a été envoyé à aucun nœud&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replacing on %n node(s)…</source>
        <translation>
            <numerusform>Remplacement sur %n nœud…</numerusform>
            <numerusform>Remplacement sur %n nœuds…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 nodes done</source>
        <translation>%1 nœuds sur %2 réussis</translation>
    </message>
    <message>
        <source>; %1: not sent (%2)</source>
        <translation>&#xa0;; %1&#xa0;: non envoyé (%2)</translation>
    </message>
    <message>
        <source>; %1: %2</source>
        <translation>&#xa0;; %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2 added, %3 changed, %4 removed).</source>
        <translation>%1 (%2 ajoutées, %3 modifiées, %4 supprimées).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MapSource</name>
    <message>
        <source>the key &apos;%1&apos; has no value</source>
        <translation>la clé &apos;%1&apos; n’a pas de valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already on line %2</source>
        <translation>&apos;%1&apos; figure déjà à la ligne %2</translation>
    </message>
</context>
<context>
    <name>MapsDock</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Add Entry…</source>
        <translation>A&amp;jouter une entrée…</translation>
    </message>
    <message>
        <source>&amp;Set Value…</source>
        <translation>&amp;Définir la valeur…</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>&amp;Supprimer l’entrée…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Re&amp;place Contents…</source>
        <translation>&amp;Remplacer le contenu…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>&amp;Maps and ACLs:</source>
        <translation>&amp;Maps et ACL&#xa0;:</translation>
    </message>
    <message>
        <source>Maps and ACLs</source>
        <translation>Maps et ACL</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre&#xa0;:</translation>
    </message>
    <message>
        <source>Part of a key or a value (Ctrl+F)</source>
        <translation>Partie d’une clé ou d’une valeur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>Filtrer les entrées</translation>
    </message>
    <message>
        <source>Compare with fi&amp;le</source>
        <translation>Comparer au fic&amp;hier</translation>
    </message>
    <message>
        <source>Only di&amp;fferences</source>
        <translation>Seulement les di&amp;fférences</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>&amp;Test (get map):</source>
        <translation>&amp;Tester (get map)&#xa0;:</translation>
    </message>
    <message>
        <source>A sample, e.g. a Host header: which entry matches it?</source>
        <translation>Un échantillon, par ex. un en-tête Host&#xa0;: quelle entrée lui correspond&#xa0;?</translation>
    </message>
    <message>
        <source>Sample to test</source>
        <translation>Échantillon à tester</translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation>&amp;Obtenir</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The list of %1 could not be read: %2</source>
        <translation>La liste des %1 n’a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>maps</translation>
    </message>
    <message>
        <source>ACLs</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>&amp;Test (get acl):</source>
        <translation>&amp;Tester (get acl)&#xa0;:</translation>
    </message>
    <message>
        <source>The entries of %1 could not be read: %2</source>
        <translation>Les entrées de %1 n’ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>select a map or an ACL first</source>
        <translation>sélectionnez d’abord une map ou une ACL</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>✗ Nothing sent: %1</source>
        <translation>✗ Rien n’a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>No match (%1 match)</source>
        <translation>Aucune correspondance (correspondance %1)</translation>
    </message>
    <message>
        <source>Match: key &quot;%1&quot; → value &quot;%2&quot; (%3 match)</source>
        <translation>Correspondance&#xa0;: clé «&#xa0;%1&#xa0;» → valeur «&#xa0;%2&#xa0;» (correspondance %3)</translation>
    </message>
    <message>
        <source>Match: pattern &quot;%1&quot; (%2 match)</source>
        <translation>Correspondance&#xa0;: motif «&#xa0;%1&#xa0;» (correspondance %2)</translation>
    </message>
    <message>
        <source>Only for an instance on this machine (a Unix socket): its files are not here.</source>
        <translation>Seulement pour une instance sur cette machine (socket Unix)&#xa0;: ses fichiers ne sont pas ici.</translation>
    </message>
    <message>
        <source>Select a map or an ACL.</source>
        <translation>Sélectionnez une map ou une ACL.</translation>
    </message>
    <message>
        <source>This ACL is written in the configuration: it has no file.</source>
        <translation>Cette ACL est écrite dans la configuration&#xa0;: elle n’a pas de fichier.</translation>
    </message>
    <message>
        <source>The file %1 is named relative to HAProxy&apos;s folder, which hadesk does not know.</source>
        <translation>Le fichier %1 est désigné relativement au dossier de HAProxy, que hadesk ne connaît pas.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read here.</source>
        <translation>Le fichier %1 ne peut pas être lu ici.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Needs %1 level; this socket is %2.</source>
        <translation>Exige le niveau %1&#xa0;; ce socket est de niveau %2.</translation>
    </message>
    <message>
        <source>Select a map or an ACL first.</source>
        <translation>Sélectionnez d’abord une map ou une ACL.</translation>
    </message>
    <message>
        <source>Add an entry (Ins)</source>
        <translation>Ajouter une entrée (Inser)</translation>
    </message>
    <message>
        <source>An ACL entry has no value to set.</source>
        <translation>Une entrée d’ACL n’a pas de valeur à définir.</translation>
    </message>
    <message>
        <source>Select one live entry.</source>
        <translation>Sélectionnez une seule entrée active.</translation>
    </message>
    <message>
        <source>Set the value of the selected entry (F2, Enter)</source>
        <translation>Définir la valeur de l’entrée sélectionnée (F2, Entrée)</translation>
    </message>
    <message>
        <source>Select live entries.</source>
        <translation>Sélectionnez des entrées actives.</translation>
    </message>
    <message>
        <source>Delete the selected entries (Del)</source>
        <translation>Supprimer les entrées sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Write the live entries to a file in the map file format (Ctrl+S)</source>
        <translation>Écrire les entrées actives dans un fichier au format des fichiers de map (Ctrl+S)</translation>
    </message>
    <message>
        <source>Replace the whole contents atomically (Ctrl+Shift+R)</source>
        <translation>Remplacer tout le contenu de façon atomique (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Flag the entries that differ from %1 on disk</source>
        <translation>Signaler les entrées qui diffèrent de %1 sur le disque</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) and ACL(s); select one to see its entries (F5 reads them again).</source>
        <translation>
            <numerusform>%n map ou ACL&#xa0;; sélectionnez-en une pour voir ses entrées (F5 les relit).</numerusform>
            <numerusform>%n maps et ACL&#xa0;; sélectionnez-en une pour voir ses entrées (F5 les relit).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>Affichées&#xa0;: %1 sur %n entrée</numerusform>
            <numerusform>Affichées&#xa0;: %1 sur %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>same as %1 on disk</source>
        <translation>identique à %1 sur le disque</translation>
    </message>
    <message numerus="yes">
        <source>%n differ from %1 on disk</source>
        <translation>
            <numerusform>%n diffère de %1 sur le disque</numerusform>
            <numerusform>%n diffèrent de %1 sur le disque</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 not in the file, %3 only in the file</source>
        <translation>%1 modifiées, %2 absentes du fichier, %3 seulement dans le fichier</translation>
    </message>
    <message>
        <source>Set %1 to &quot;%2&quot; in %3</source>
        <translation>Définir %1 à «&#xa0;%2&#xa0;» dans %3</translation>
    </message>
    <message>
        <source>Add %1 → &quot;%2&quot; to %3</source>
        <translation>Ajouter %1 → «&#xa0;%2&#xa0;» à %3</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 à %2</translation>
    </message>
    <message>
        <source>Nothing deleted: %1</source>
        <translation>Rien n’a été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete %1 from %2</source>
        <translation>Supprimer %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries from %1</source>
        <translation>
            <numerusform>Supprimer %n entrée de %1</numerusform>
            <numerusform>Supprimer %n entrées de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>The entries could not be read: %1</source>
        <translation>Les entrées n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n entrée écrite dans %1</numerusform>
            <numerusform>%n entrées écrites dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written to %1, but %n entries cannot be read back as they are: %2</source>
        <translation>
            <numerusform>Écrit dans %1, mais %n entrée ne peut pas être relue telle quelle&#xa0;: %2</numerusform>
            <numerusform>Écrit dans %1, mais %n entrées ne peuvent pas être relues telles quelles&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Whole &amp;Cluster</source>
        <translation>Tout le c&amp;luster</translation>
    </message>
    <message>
        <source>This instance is in no cluster.</source>
        <translation>Cette instance n’appartient à aucun cluster.</translation>
    </message>
    <message>
        <source>Send entry edits to every member of the instance&apos;s cluster (Ctrl+Shift+A)</source>
        <translation>Envoyer les modifications d’entrées à chaque membre du cluster de l’instance (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Send entry edits to every member of %1 (Ctrl+Shift+A)</source>
        <translation>Envoyer les modifications d’entrées à chaque membre de %1 (Ctrl+Maj+A)</translation>
    </message>
</context>
<context>
    <name>MasterReload</name>
    <message>
        <source>Not connected: nothing was sent.</source>
        <translation>Non connecté&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>This is a worker&apos;s stats socket: connect to HAProxy&apos;s master socket (haproxy -S) to reload.</source>
        <translation>Ceci est le socket de stats d’un worker&#xa0;: connectez-vous au socket master de HAProxy (haproxy -S) pour recharger.</translation>
    </message>
    <message>
        <source>Reading the processes before the reload…</source>
        <translation>Lecture des processus avant le rechargement…</translation>
    </message>
    <message>
        <source>Could not read the processes before the reload, so nothing was sent: %1</source>
        <translation>Impossible de lire les processus avant le rechargement, rien n’a donc été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no current worker listed</source>
        <translation>aucun worker actuel listé</translation>
    </message>
    <message>
        <source>Reloading (worker %1)…</source>
        <translation>Rechargement (worker %1)…</translation>
    </message>
    <message>
        <source>HAProxy could not load the new configuration; worker %1 still serves with the old one.</source>
        <translation>HAProxy n’a pas pu charger la nouvelle configuration&#xa0;; le worker %1 sert toujours avec l’ancienne.</translation>
    </message>
    <message>
        <source>HAProxy gave no status; watching its processes…</source>
        <translation>HAProxy n’a renvoyé aucun statut&#xa0;; surveillance de ses processus…</translation>
    </message>
    <message>
        <source>The reload was refused: %1</source>
        <translation>Le rechargement a été refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No new worker and no failure seen %1 s after the reload; look at the Processes view.</source>
        <translation>Ni nouveau worker ni échec constaté %1 s après le rechargement&#xa0;; consultez la vue Processus.</translation>
    </message>
    <message>
        <source>HAProxy could not load the new configuration (its failed reloads went from %1 to %2); worker %3 still serves with the old one. HAProxy %4 does not say why: run haproxy -c on the configuration.</source>
        <translation>HAProxy n’a pas pu charger la nouvelle configuration (ses rechargements en échec sont passés de %1 à %2)&#xa0;; le worker %3 sert toujours avec l’ancienne. HAProxy %4 n’en donne pas la raison&#xa0;: lancez haproxy -c sur la configuration.</translation>
    </message>
    <message>
        <source>Reloaded: worker %1 took over from worker %2.</source>
        <translation>Rechargé&#xa0;: le worker %1 a pris le relais du worker %2.</translation>
    </message>
    <message>
        <source>New worker %1 is running; waiting for the connection to reach it…</source>
        <translation>Le nouveau worker %1 est en cours d’exécution&#xa0;; en attente que la connexion l’atteigne…</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Sessions/s</source>
        <translation>Sessions/s</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Requêtes/s</translation>
    </message>
    <message>
        <source>Balancer picks/s</source>
        <translation>Sélections de répartition/s</translation>
    </message>
    <message>
        <source>Bytes in/s</source>
        <translation>Octets entrants/s</translation>
    </message>
    <message>
        <source>Bytes out/s</source>
        <translation>Octets sortants/s</translation>
    </message>
    <message>
        <source>2xx responses/s</source>
        <translation>Réponses 2xx/s</translation>
    </message>
    <message>
        <source>3xx responses/s</source>
        <translation>Réponses 3xx/s</translation>
    </message>
    <message>
        <source>4xx responses/s</source>
        <translation>Réponses 4xx/s</translation>
    </message>
    <message>
        <source>5xx responses/s</source>
        <translation>Réponses 5xx/s</translation>
    </message>
    <message>
        <source>Connection errors/s</source>
        <translation>Erreurs de connexion/s</translation>
    </message>
    <message>
        <source>Response errors/s</source>
        <translation>Erreurs de réponse/s</translation>
    </message>
    <message>
        <source>Current sessions</source>
        <translation>Sessions en cours</translation>
    </message>
    <message>
        <source>Queued requests</source>
        <translation>Requêtes en file d’attente</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Temps total</translation>
    </message>
    <message>
        <source>sess/s</source>
        <translation>sess./s</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req./s</translation>
    </message>
    <message>
        <source>picks/s</source>
        <translation>sél./s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>o/s</translation>
    </message>
    <message>
        <source>resp/s</source>
        <translation>rép./s</translation>
    </message>
    <message>
        <source>err/s</source>
        <translation>err./s</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <source>A server or backend goes DOWN</source>
        <translation>Un serveur ou un backend passe DOWN</translation>
    </message>
    <message>
        <source>A server or backend comes back UP</source>
        <translation>Un serveur ou un backend revient UP</translation>
    </message>
    <message>
        <source>A scheduled drain finishes</source>
        <translation>Un drain planifié se termine</translation>
    </message>
    <message>
        <source>A scheduled drain fails</source>
        <translation>Un drain planifié échoue</translation>
    </message>
    <message>
        <source>A reload fails, or its outcome is unknown</source>
        <translation>Un rechargement échoue ou son résultat est inconnu</translation>
    </message>
    <message>
        <source>A certificate enters its last %1 days</source>
        <translation>Un certificat entre dans ses %1 derniers jours</translation>
    </message>
    <message>
        <source>The connection to an instance is lost, or comes back</source>
        <translation>La connexion à une instance est perdue ou rétablie</translation>
    </message>
    <message>
        <source>What was held back</source>
        <translation>Ce qui a été retenu</translation>
    </message>
    <message>
        <source>Nothing is shown while hadesk is the active window. The same server, drain or certificate is told at most once a minute, and at most %1 notifications in %2 seconds; what is held back comes later in one summary.</source>
        <translation>Rien n’est affiché tant que hadesk est la fenêtre active. Un même serveur, drain ou certificat est signalé au plus une fois par minute, et au plus %1 notifications en %2 secondes&#xa0;; ce qui est retenu arrive plus tard dans un seul résumé.</translation>
    </message>
    <message>
        <source>Backend %1</source>
        <translation>Backend %1</translation>
    </message>
    <message>
        <source>Server %1/%2</source>
        <translation>Serveur %1/%2</translation>
    </message>
    <message>
        <source>%1 is DOWN on %2</source>
        <translation>%1 est DOWN sur %2</translation>
    </message>
    <message>
        <source>%1 is back UP on %2</source>
        <translation>%1 est de nouveau UP sur %2</translation>
    </message>
    <message>
        <source>Status: %1 (last check: %2)</source>
        <translation>État&#xa0;: %1 (dernière vérification&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <translation>Connexion à %1 perdue</translation>
    </message>
    <message>
        <source>hadesk keeps trying to reconnect; its tables show the last state read.</source>
        <translation>hadesk continue d’essayer de se reconnecter&#xa0;; ses tableaux montrent le dernier état lu.</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <source>Connection to %1 is back</source>
        <translation>Connexion à %1 rétablie</translation>
    </message>
    <message>
        <source>The tables show live numbers again.</source>
        <translation>Les tableaux affichent de nouveau des valeurs en direct.</translation>
    </message>
    <message>
        <source>back</source>
        <translation>rétablie</translation>
    </message>
    <message>
        <source>Drain of %1 finished on %2</source>
        <translation>Drain de %1 terminé sur %2</translation>
    </message>
    <message>
        <source>Drain of %1 failed on %2</source>
        <translation>Échec du drain de %1 sur %2</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Aucune raison n’a été donnée.</translation>
    </message>
    <message>
        <source>The server was left in %1.</source>
        <translation>Le serveur a été laissé en %1.</translation>
    </message>
    <message>
        <source>Reload of %1 failed</source>
        <translation>Échec du rechargement de %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Reload of %1: outcome unknown</source>
        <translation>Rechargement de %1&#xa0;: résultat inconnu</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>résultat inconnu</translation>
    </message>
    <message>
        <source>Certificate %1 on %2 has expired</source>
        <translation>Le certificat %1 a expiré sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Certificate %1 on %2 expires in %n day(s)</source>
        <translation>
            <numerusform>Le certificat %1 expire dans %n jour sur %2</numerusform>
            <numerusform>Le certificat %1 expire dans %n jours sur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1 (UTC). Subject: %2</source>
        <translation>Valide jusqu’au %1 (UTC). Sujet&#xa0;: %2</translation>
    </message>
    <message>
        <source>Went DOWN on %1: %2</source>
        <translation>Passés DOWN sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Came back UP on %1: %2</source>
        <translation>Revenus UP sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Drains finished on %1: %2</source>
        <translation>Drains terminés sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Drains failed on %1: %2</source>
        <translation>Drains échoués sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reloads of %1: %2</source>
        <translation>Rechargements de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Certificates expiring on %1: %2</source>
        <translation>Certificats qui expirent sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection to %1: %2</source>
        <translation>Connexion à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Dernière&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more notification(s) held back</source>
        <translation>
            <numerusform>%n autre notification retenue</numerusform>
            <numerusform>%n autres notifications retenues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationMenu</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsWidget</name>
    <message>
        <source>While hadesk is not in front, notify me when</source>
        <translation>Quand hadesk n’est pas au premier plan, me notifier quand</translation>
    </message>
</context>
<context>
    <name>OneShotClient</name>
    <message>
        <source>HAProxy did not finish answering &apos;%1&apos; in time</source>
        <translation>HAProxy n’a pas fini de répondre à &apos;%1&apos; à temps</translation>
    </message>
    <message>
        <source>no connection to %1 in time</source>
        <translation>pas de connexion à %1 à temps</translation>
    </message>
    <message>
        <source>not sent: a command is already running on this client</source>
        <translation>non envoyé&#xa0;: une commande est déjà en cours sur ce client</translation>
    </message>
    <message>
        <source>not sent: the command is not valid</source>
        <translation>non envoyé&#xa0;: la commande n’est pas valide</translation>
    </message>
    <message>
        <source>not sent: no way to reach %1</source>
        <translation>non envoyé&#xa0;: aucun moyen de joindre %1</translation>
    </message>
    <message>
        <source>the connection to %1 closed before HAProxy answered &apos;%2&apos;</source>
        <translation>la connexion à %1 a été fermée avant que HAProxy ne réponde à &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; is larger than %2 bytes, the limit for this command</source>
        <translation>la réponse à &apos;%1&apos; dépasse %2 octets, la limite pour cette commande</translation>
    </message>
</context>
<context>
    <name>PemBundle</name>
    <message>
        <source>not PEM: a block has no &quot;-----END&quot; line</source>
        <translation>pas du PEM&#xa0;: un bloc n’a pas de ligne «&#xa0;-----END&#xa0;»</translation>
    </message>
    <message>
        <source>not PEM: there is no &quot;-----BEGIN&quot; line</source>
        <translation>pas du PEM&#xa0;: il n’y a pas de ligne «&#xa0;-----BEGIN&#xa0;»</translation>
    </message>
    <message>
        <source>a certificate block does not read as a certificate</source>
        <translation>un bloc de certificat ne se lit pas comme un certificat</translation>
    </message>
    <message>
        <source>there is more than one private key</source>
        <translation>il y a plus d’une clé privée</translation>
    </message>
    <message>
        <source>the private key is encrypted; HAProxy needs it without a passphrase</source>
        <translation>la clé privée est chiffrée&#xa0;; HAProxy l’exige sans phrase de passe</translation>
    </message>
    <message>
        <source>the private key block does not read as a key</source>
        <translation>le bloc de clé privée ne se lit pas comme une clé</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>aucune clé privée</translation>
    </message>
    <message>
        <source>the key does not match the certificate</source>
        <translation>la clé ne correspond pas au certificat</translation>
    </message>
</context>
<context>
    <name>Poller</name>
    <message>
        <source>HAProxy sent a show stat answer without rows.</source>
        <translation>HAProxy a envoyé une réponse à show stat sans aucune ligne.</translation>
    </message>
    <message>
        <source>HAProxy answered show stat with different columns for different proxies.</source>
        <translation>HAProxy a répondu à show stat avec des colonnes différentes selon les proxys.</translation>
    </message>
    <message>
        <source>HAProxy answered show info without any information.</source>
        <translation>HAProxy a répondu à show info sans aucune information.</translation>
    </message>
    <message>
        <source>The proxy name “%1” is left out of polling: %2</source>
        <translation>Le nom de proxy « %1 » est exclu de l’interrogation&#xa0;: %2</translation>
    </message>
    <message>
        <source>HAProxy has no proxy named “%1”; it is left out of polling.</source>
        <translation>HAProxy n’a aucun proxy nommé « %1 »&#xa0;; il est exclu de l’interrogation.</translation>
    </message>
    <message>
        <source>The proxy “%1” is left out of polling: %2</source>
        <translation>Le proxy « %1 » est exclu de l’interrogation&#xa0;: %2</translation>
    </message>
    <message>
        <source>Polling HAProxy failed: %1</source>
        <translation>Échec de l’interrogation de HAProxy&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read HAProxy&apos;s answer: %1</source>
        <translation>Impossible de lire la réponse de HAProxy&#xa0;: %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s show stat columns changed.</source>
        <translation>Les colonnes de show stat de HAProxy ont changé.</translation>
    </message>
    <message>
        <source>No full poll to merge with.</source>
        <translation>Aucune lecture complète avec laquelle fusionner.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Preferences message</source>
        <translation>Message des préférences</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Default poll interval</source>
        <translation>Intervalle d’interrogation par défaut</translation>
    </message>
    <message>
        <source>Default poll &amp;interval:</source>
        <translation>&amp;Intervalle d’interrogation par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Instances opened from now on start polling this often. The interval in the toolbar changes the instance shown.</source>
        <translation>Les instances ouvertes à partir de maintenant sont interrogées à cet intervalle. L’intervalle de la barre d’outils modifie l’instance affichée.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>History budget per instance</source>
        <translation>Budget d’historique par instance</translation>
    </message>
    <message>
        <source>History &amp;memory per instance:</source>
        <translation>&amp;Mémoire de l’historique par instance&#xa0;:</translation>
    </message>
    <message>
        <source>The most memory one instance&apos;s traffic history may take once it holds 7 days; applied at once to every open instance.</source>
        <translation>La mémoire maximale que l’historique du trafic d’une instance peut occuper une fois qu’il contient 7 jours&#xa0;; appliquée immédiatement à chaque instance ouverte.</translation>
    </message>
    <message>
        <source>&amp;Reopen the instances that were open when hadesk quit</source>
        <translation>&amp;Rouvrir les instances ouvertes à la fermeture de hadesk</translation>
    </message>
    <message>
        <source>When hadesk starts without an address or a profile on its command line, it reopens them and shows the one that was shown</source>
        <translation>Quand hadesk démarre sans adresse ni profil sur sa ligne de commande, il rouvre ces instances et affiche celle qui était affichée</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Takes effect the next time hadesk starts: the windows open now keep their language until then.</source>
        <translation>Prend effet au prochain démarrage de hadesk&#xa0;: d’ici là, les fenêtres ouvertes gardent leur langue.</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Audit log file</source>
        <translation>Fichier du journal d’audit</translation>
    </message>
    <message>
        <source>Empty: the default place, shown greyed</source>
        <translation>Vide&#xa0;: l’emplacement par défaut, affiché en grisé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Every command sent is recorded there from the next start; the records written so far stay in %1.</source>
        <translation>Chaque commande envoyée y est enregistrée à partir du prochain démarrage&#xa0;; les entrées écrites jusqu’ici restent dans %1.</translation>
    </message>
    <message>
        <source>HADESK_AUDIT_LOG is set in the environment and wins over this file.</source>
        <translation>HADESK_AUDIT_LOG est défini dans l’environnement et l’emporte sur ce fichier.</translation>
    </message>
    <message>
        <source>The audit log cannot be written there: %1 Nothing was saved.</source>
        <translation>Le journal d’audit ne peut pas être écrit à cet endroit&#xa0;: %1 Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Enregistré. %1</translation>
    </message>
    <message>
        <source>Audit Log File</source>
        <translation>Fichier du journal d’audit</translation>
    </message>
    <message>
        <source>Audit logs (*.jsonl);;All files (*)</source>
        <translation>Journaux d’audit (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ProcParser</name>
    <message>
        <source>Not a show proc answer (is this the master socket?). HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas une réponse à show proc (est-ce bien le socket master&#xa0;?). HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The show proc answer has no master row.</source>
        <translation>La réponse à show proc n’a pas de ligne master.</translation>
    </message>
</context>
<context>
    <name>ProcessInfoBar</name>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>HAProxy version reported by show info</source>
        <translation>Version de HAProxy indiquée par show info</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>The node name (global section&apos;s node, or the host name)</source>
        <translation>Le nom du nœud (node de la section global, ou le nom d’hôte)</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Process ID of the worker this connection talks to</source>
        <translation>Identifiant du processus worker avec lequel cette connexion communique</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Actif depuis</translation>
    </message>
    <message>
        <source>Time since this worker started</source>
        <translation>Temps écoulé depuis le démarrage de ce worker</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Current connections / the process&apos;s maxconn</source>
        <translation>Connexions actuelles / maxconn du processus</translation>
    </message>
    <message>
        <source>Sessions/s</source>
        <translation>Sessions/s</translation>
    </message>
    <message>
        <source>New sessions per second over the last second</source>
        <translation>Nouvelles sessions par seconde sur la dernière seconde</translation>
    </message>
    <message>
        <source>Conns/s</source>
        <translation>Conn./s</translation>
    </message>
    <message>
        <source>New connections per second over the last second</source>
        <translation>Nouvelles connexions par seconde sur la dernière seconde</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivité</translation>
    </message>
    <message>
        <source>Share of time the worker&apos;s threads were idle</source>
        <translation>Part du temps pendant laquelle les threads du worker étaient inactifs</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>What this socket allows: user (read only), operator (also weights, drain and health), admin (everything, including adding and removing servers)</source>
        <translation>Ce que ce socket autorise&#xa0;: user (lecture seule), operator (aussi poids, drain et santé), admin (tout, y compris l’ajout et la suppression de serveurs)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>How the connection travels: plain, TLS or SSH</source>
        <translation>Comment passe la connexion&#xa0;: non chiffrée, TLS ou SSH</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Requêtes/s</translation>
    </message>
    <message>
        <source>HTTP requests per second between the last two refreshes (from CumReq)</source>
        <translation>Requêtes HTTP par seconde entre les deux dernières actualisations (d’après CumReq)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>ProcessesDock</name>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Ask the master for its processes now (F5); while shown, every 2 s</source>
        <translation>Demander ses processus au master maintenant (F5)&#xa0;; tant que la vue est affichée, toutes les 2 s</translation>
    </message>
    <message>
        <source>HAProxy&apos;s master, workers and old workers still draining</source>
        <translation>Le master de HAProxy, ses workers et les anciens workers encore en vidange</translation>
    </message>
    <message>
        <source>Why no process is listed</source>
        <translation>Pourquoi aucun processus n’est listé</translation>
    </message>
    <message>
        <source>Processes summary</source>
        <translation>Résumé des processus</translation>
    </message>
    <message>
        <source>Refresh processes</source>
        <translation>Actualiser les processus</translation>
    </message>
    <message>
        <source>Old workers stay listed, with their connections, until they exit.</source>
        <translation>Les anciens workers restent listés, avec leurs connexions, jusqu’à ce qu’ils se terminent.</translation>
    </message>
    <message>
        <source>Not connected to HAProxy.</source>
        <translation>Non connecté à HAProxy.</translation>
    </message>
    <message>
        <source>Waiting for the connection to HAProxy…</source>
        <translation>En attente de la connexion à HAProxy…</translation>
    </message>
    <message>
        <source>Connected to a worker socket: connect to the master socket (haproxy -S) to see processes.</source>
        <translation>Connecté au socket d’un worker&#xa0;: connectez-vous au socket master (haproxy -S) pour voir les processus.</translation>
    </message>
    <message>
        <source>Could not read the processes: %1</source>
        <translation>Impossible de lire les processus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProcessesModel</name>
    <message>
        <source>Master %1</source>
        <translation>Master %1</translation>
    </message>
    <message>
        <source>1 reload</source>
        <translation>1 rechargement</translation>
    </message>
    <message>
        <source>%1 reloads</source>
        <translation>%1 rechargements</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 en échec)</translation>
    </message>
    <message>
        <source>1 old worker draining</source>
        <translation>1 ancien worker en vidange</translation>
    </message>
    <message>
        <source>%1 old workers draining</source>
        <translation>%1 anciens workers en vidange</translation>
    </message>
    <message>
        <source>last reload failed</source>
        <translation>dernier rechargement en échec</translation>
    </message>
    <message>
        <source>master says: %1</source>
        <translation>le master indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Old worker (draining)</source>
        <translation>Ancien worker (en vidange)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>en vidange</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Old worker</source>
        <translation>Ancien worker</translation>
    </message>
    <message>
        <source>Stopped by a reload: takes no new connection and exits once its last connection closes</source>
        <translation>Arrêté par un rechargement&#xa0;: n’accepte plus de nouvelle connexion et se termine dès que sa dernière connexion est fermée</translation>
    </message>
    <message>
        <source>No longer listed by the master: this row goes at the next refresh</source>
        <translation>N’est plus listé par le master&#xa0;: cette ligne disparaîtra à la prochaine actualisation</translation>
    </message>
    <message>
        <source>Reloads this process has lived through</source>
        <translation>Rechargements que ce processus a traversés</translation>
    </message>
    <message>
        <source>Reloads whose new configuration did not load (the master&apos;s count)</source>
        <translation>Rechargements dont la nouvelle configuration n’a pas pu être chargée (décompte du master)</translation>
    </message>
    <message>
        <source>Current connections, from the process&apos;s own show info</source>
        <translation>Connexions actuelles, d’après le show info du processus lui-même</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation>Rechargements</translation>
    </message>
    <message>
        <source>Failed reloads</source>
        <translation>Rechargements en échec</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Durée d’activité</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ReapplyPlan</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 no longer runs after the reload: its runtime changes are not put back.</source>
        <translation>%1 ne fonctionne plus après le rechargement&#xa0;: ses modifications faites à l’exécution ne sont pas rétablies.</translation>
    </message>
    <message>
        <source>%1 is no longer loaded after the reload: its runtime entries are not put back.</source>
        <translation>%1 n’est plus chargé après le rechargement&#xa0;: ses entrées modifiées à l’exécution ne sont pas rétablies.</translation>
    </message>
    <message>
        <source>Both reads come from the same worker (pid %1): the reload has not happened, or the connection has not followed the new worker yet.</source>
        <translation>Les deux lectures proviennent du même worker (pid %1)&#xa0;: le rechargement n’a pas eu lieu, ou la connexion n’a pas encore suivi le nouveau worker.</translation>
    </message>
    <message>
        <source>Servers are added back with their address, port, weight, checks and TLS on or off; what `show servers state` does not show (backup, maxconn, check interval, TLS options) takes HAProxy&apos;s defaults.</source>
        <translation>Les serveurs sont rajoutés avec leur adresse, leur port, leur poids, leurs contrôles et TLS activé ou non&#xa0;; ce que `show servers state` n’indique pas (backup, maxconn, intervalle de contrôle, options TLS) prend les valeurs par défaut de HAProxy.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n runtime change(s) lost by the reload</source>
        <translation>
            <numerusform>Rétablir %n modification faite à l’exécution et perdue par le rechargement</numerusform>
            <numerusform>Rétablir %n modifications faites à l’exécution et perdues par le rechargement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReloadDialog</name>
    <message>
        <source>Reload %1</source>
        <translation>Recharger %1</translation>
    </message>
    <message>
        <source>A reload starts new workers from the configuration file. What was changed at runtime and is listed below does not survive it.</source>
        <translation>Un rechargement démarre de nouveaux workers à partir du fichier de configuration. Ce qui a été modifié à l’exécution et figure ci-dessous n’y survit pas.</translation>
    </message>
    <message>
        <source>What the reload would lose</source>
        <translation>Ce que le rechargement perdrait</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>After the reload</source>
        <translation>Après le rechargement</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>&amp;Put these changes back after the reload (you confirm the plan first)</source>
        <translation>Ré&amp;tablir ces modifications après le rechargement (vous validez d’abord le plan)</translation>
    </message>
    <message>
        <source>haproxy.cfg the instance runs (needed on HAProxy 3.0 and later)</source>
        <translation>haproxy.cfg utilisé par l’instance (nécessaire à partir de HAProxy 3.0)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;onfiguration file:</source>
        <translation>&amp;Fichier de configuration&#xa0;:</translation>
    </message>
    <message>
        <source>HAProxy Configuration</source>
        <translation>Configuration HAProxy</translation>
    </message>
    <message>
        <source>HAProxy configurations (*.cfg);;All files (*)</source>
        <translation>Configurations HAProxy (*.cfg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Keep them in files first:</source>
        <translation>Les conserver d’abord dans des fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Export &amp;Server-State File…</source>
        <translation>Exporter le fichier d’état des &amp;serveurs…</translation>
    </message>
    <message>
        <source>Save `show servers state` as a file for server-state-file, so that the reload keeps weights, states and addresses</source>
        <translation>Enregistrer `show servers state` dans un fichier pour server-state-file, afin que le rechargement conserve les poids, états et adresses</translation>
    </message>
    <message>
        <source>Export &amp;Configuration Lines…</source>
        <translation>Exporter les &amp;lignes de configuration…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>The reload would lose %n runtime change(s):</source>
        <translation>
            <numerusform>Le rechargement perdrait %n modification faite à l’exécution&#xa0;:</numerusform>
            <numerusform>Le rechargement perdrait %n modifications faites à l’exécution&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would be lost: the reload brings back the same servers, weights, states, addresses and map entries.</source>
        <translation>Rien ne serait perdu&#xa0;: le rechargement ramène les mêmes serveurs, poids, états, adresses et entrées de map.</translation>
    </message>
    <message>
        <source>After the reload hadesk reads the new worker and previews the commands that put these changes back; nothing is sent before you confirm them.</source>
        <translation>Après le rechargement, hadesk lit le nouveau worker et prévisualise les commandes qui rétablissent ces modifications&#xa0;; rien n’est envoyé avant que vous les ayez confirmées.</translation>
    </message>
    <message>
        <source>Nothing would be lost, so there is nothing to put back.</source>
        <translation>Rien ne serait perdu, il n’y a donc rien à rétablir.</translation>
    </message>
    <message>
        <source>Save `server` lines for the servers added at runtime, to paste into the configuration</source>
        <translation>Enregistrer les lignes `server` des serveurs ajoutés à l’exécution, à coller dans la configuration</translation>
    </message>
    <message>
        <source>No server was added at runtime</source>
        <translation>Aucun serveur n’a été ajouté à l’exécution</translation>
    </message>
    <message>
        <source>Export Server-State File</source>
        <translation>Exporter le fichier d’état des serveurs</translation>
    </message>
    <message>
        <source>Server state files (*.state);;All files (*)</source>
        <translation>Fichiers d’état des serveurs (*.state);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Configuration Lines</source>
        <translation>Exporter les lignes de configuration</translation>
    </message>
    <message>
        <source>Configuration fragments (*.cfg);;All files (*)</source>
        <translation>Fragments de configuration (*.cfg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
</context>
<context>
    <name>ReloadFlow</name>
    <message>
        <source>No instance is shown.</source>
        <translation>Aucune instance n’est affichée.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>This is a worker&apos;s stats socket: connect to the master socket (haproxy -W -S …) to reload.</source>
        <translation>Ceci est le socket de stats d’un worker&#xa0;: connectez-vous au socket master (haproxy -W -S …) pour recharger.</translation>
    </message>
    <message>
        <source>The master socket&apos;s level is %1; reloading needs operator or admin.</source>
        <translation>Le niveau du socket master est %1&#xa0;; le rechargement exige operator ou admin.</translation>
    </message>
    <message>
        <source>What the reload would lose could not be read: %1</source>
        <translation>Impossible de lire ce que le rechargement perdrait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing is put back: the reload did not load a new worker.</source>
        <translation>Rien n’est rétabli&#xa0;: le rechargement n’a pas chargé de nouveau worker.</translation>
    </message>
    <message>
        <source>Reading the new worker&apos;s state to see what to put back…</source>
        <translation>Lecture de l’état du nouveau worker pour savoir quoi rétablir…</translation>
    </message>
    <message>
        <source>Nothing to put back: the new worker already runs every change that was listed.</source>
        <translation>Rien à rétablir&#xa0;: le nouveau worker applique déjà toutes les modifications listées.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) can be put back. Review them; nothing is sent until you confirm.</source>
        <translation>
            <numerusform>%n modification peut être rétablie. Vérifiez-la&#xa0;; rien n’est envoyé tant que vous n’avez pas confirmé.</numerusform>
            <numerusform>%n modifications peuvent être rétablies. Vérifiez-les&#xa0;; rien n’est envoyé tant que vous n’avez pas confirmé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not put back (refused by the checks): %1</source>
        <translation>Non rétabli (refusé par les vérifications)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new worker&apos;s state could not be read, so nothing is put back: %1</source>
        <translation>Impossible de lire l’état du nouveau worker, rien n’est donc rétabli&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReloadLoss</name>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>%1 → %2 was added to %3 at runtime</source>
        <translation>%1 → %2 a été ajouté à %3 à l’exécution</translation>
    </message>
    <message>
        <source>%1 was added to %2 at runtime</source>
        <translation>%1 a été ajouté à %2 à l’exécution</translation>
    </message>
    <message>
        <source>%1 was set to %2 in %3 at runtime; the file gives %4</source>
        <translation>%1 a été défini à %2 dans %3 à l’exécution&#xa0;; le fichier indique %4</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>%1 was deleted from %2 at runtime; the reload brings it back (line %3)</source>
        <translation>%1 a été supprimé de %2 à l’exécution&#xa0;; le rechargement le rétablit (ligne %3)</translation>
    </message>
    <message>
        <source>Servers added at runtime</source>
        <translation>Serveurs ajoutés à l’exécution</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Maintenance and drain states</source>
        <translation>États de maintenance et de drain</translation>
    </message>
    <message>
        <source>Addresses and ports</source>
        <translation>Adresses et ports</translation>
    </message>
    <message>
        <source>Map and ACL entries</source>
        <translation>Entrées de map et d’ACL</translation>
    </message>
</context>
<context>
    <name>ReloadResultDialog</name>
    <message>
        <source>Reload of %1</source>
        <translation>Rechargement de %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &amp;startup log:</source>
        <translation>&amp;Journal de démarrage de HAProxy&#xa0;:</translation>
    </message>
    <message>
        <source>HAProxy&apos;s startup log</source>
        <translation>Journal de démarrage de HAProxy</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Review and Put Back…</source>
        <translation>&amp;Examiner et rétablir…</translation>
    </message>
    <message>
        <source>(HAProxy sent no log lines)</source>
        <translation>(HAProxy n’a envoyé aucune ligne de journal)</translation>
    </message>
    <message>
        <source>(this HAProxy version reports no startup log through the master CLI)</source>
        <translation>(cette version de HAProxy ne fournit pas de journal de démarrage via la CLI maître)</translation>
    </message>
</context>
<context>
    <name>ReloadSnapshotReader</name>
    <message>
        <source>The worker that answered (pid %1) is stopping: a reload left the connection on it. Read again once the connection has followed the new worker.</source>
        <translation>Le worker qui a répondu (pid %1) est en cours d’arrêt&#xa0;: un rechargement y a laissé la connexion. Relisez une fois que la connexion a suivi le nouveau worker.</translation>
    </message>
    <message>
        <source>The maps could not be listed (%1): their runtime changes are not shown.</source>
        <translation>Les maps n’ont pas pu être listées (%1)&#xa0;: leurs modifications faites à l’exécution ne sont pas affichées.</translation>
    </message>
    <message>
        <source>The ACLs could not be listed (%1): their runtime changes are not shown.</source>
        <translation>Les ACL n’ont pas pu être listées (%1)&#xa0;: leurs modifications faites à l’exécution ne sont pas affichées.</translation>
    </message>
    <message>
        <source>The map and ACL files are on the instance&apos;s host, which is not this one: entries changed at runtime are not compared with them.</source>
        <translation>Les fichiers de map et d’ACL se trouvent sur l’hôte de l’instance, qui n’est pas celui-ci&#xa0;: les entrées modifiées à l’exécution ne sont pas comparées avec eux.</translation>
    </message>
    <message>
        <source>The entries of the %1 %2 could not be read: %3</source>
        <translation>Les entrées de %2 (%1) n’ont pas pu être lues&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 could not be read here (%2): its entries are not compared.</source>
        <translation>%1 n’a pas pu être lu ici (%2)&#xa0;: ses entrées ne sont pas comparées.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: its entries are not compared.</source>
        <translation>%1 dépasse %2 Mio&#xa0;: ses entrées ne sont pas comparées.</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <source>Permission denied: this socket&apos;s level does not allow &apos;%1&apos;</source>
        <translation>Permission refusée&#xa0;: le niveau de ce socket n’autorise pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>HAProxy does not know the command &apos;%1&apos; (%2)</source>
        <translation>HAProxy ne connaît pas la commande &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>HAProxy gave no answer where one was expected</source>
        <translation>HAProxy n’a pas répondu alors qu’une réponse était attendue</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; is %2 bytes, larger than %3 bytes, the limit for this command</source>
        <translation>la réponse à &apos;%1&apos; fait %2 octets, plus que %3 octets, la limite pour cette commande</translation>
    </message>
</context>
<context>
    <name>RollingBackendPage</name>
    <message>
        <source>Backend and servers to replace</source>
        <translation>Backend et serveurs à remplacer</translation>
    </message>
    <message>
        <source>Each old server is replaced by a new one: the new server is added and must be UP per its health checks before the old one is drained and removed.</source>
        <translation>Chaque ancien serveur est remplacé par un nouveau&#xa0;: le nouveau serveur est ajouté et doit être UP selon ses contrôles de santé avant que l’ancien soit mis en drain et supprimé.</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Old servers (Space checks):</source>
        <translation>&amp;Anciens serveurs (Espace coche)&#xa0;:</translation>
    </message>
    <message>
        <source>No backend in the last poll.</source>
        <translation>Aucun backend dans la dernière interrogation.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; is not in the last poll.</source>
        <translation>Le backend &apos;%1&apos; ne figure pas dans la dernière interrogation.</translation>
    </message>
    <message>
        <source>%1  —  %2, weight %3</source>
        <translation>%1  —  %2, poids %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>RollingNewServersPage</name>
    <message>
        <source>Fi&amp;ll names</source>
        <translation>&amp;Remplir les noms</translation>
    </message>
    <message>
        <source>New servers</source>
        <translation>Nouveaux serveurs</translation>
    </message>
    <message>
        <source>One row per new server: its name, address and port. The weight starts as the old server&apos;s.</source>
        <translation>Une ligne par nouveau serveur&#xa0;: son nom, son adresse et son port. Le poids de départ est celui de l’ancien serveur.</translation>
    </message>
    <message>
        <source>{old}: the name of the server it replaces; {n}: 1, 2, 3… (skipping names already used in the backend)</source>
        <translation>{old}&#xa0;: le nom du serveur qu’il remplace&#xa0;; {n}&#xa0;: 1, 2, 3… (en sautant les noms déjà utilisés dans le backend)</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Number of ne&amp;w servers:</source>
        <translation>&amp;Nombre de nouveaux serveurs&#xa0;:</translation>
    </message>
    <message>
        <source>Name &amp;pattern:</source>
        <translation>&amp;Modèle de nom&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;servers (F2 edits a cell):</source>
        <translation>Nouveaux &amp;serveurs (F2 modifie une cellule)&#xa0;:</translation>
    </message>
    <message>
        <source>(none: added first)</source>
        <translation>(aucun&#xa0;: ajouté en premier)</translation>
    </message>
    <message numerus="yes">
        <source>%n new server(s) without an old one are added first, so capacity grows before anything is removed.</source>
        <translation>
            <numerusform>%n nouveau serveur sans ancien serveur correspondant est ajouté en premier, pour que la capacité augmente avant tout retrait.</numerusform>
            <numerusform>%n nouveaux serveurs sans ancien serveur correspondant sont ajoutés en premier, pour que la capacité augmente avant tout retrait.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be removed last, once every new server is UP.</source>
        <translation>%1 sera supprimé en dernier, une fois que chaque nouveau serveur sera UP.</translation>
    </message>
    <message>
        <source>Row %1: the new server needs a name.</source>
        <translation>Ligne %1&#xa0;: le nouveau serveur doit avoir un nom.</translation>
    </message>
    <message>
        <source>Row %1: the port is empty.</source>
        <translation>Ligne %1&#xa0;: le port est vide.</translation>
    </message>
    <message>
        <source>Row %1: port &apos;%2&apos; is not a number.</source>
        <translation>Ligne %1&#xa0;: le port &apos;%2&apos; n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Row %1: weight &apos;%2&apos; is not a number (0 to 256, empty for HAProxy&apos;s default).</source>
        <translation>Ligne %1&#xa0;: le poids &apos;%2&apos; n’est pas un nombre (0 à 256, vide pour la valeur par défaut de HAProxy).</translation>
    </message>
</context>
<context>
    <name>RollingReplace</name>
    <message>
        <source>Choose a backend.</source>
        <translation>Choisissez un backend.</translation>
    </message>
    <message>
        <source>backend name</source>
        <translation>nom du backend</translation>
    </message>
    <message>
        <source>Nothing to replace: choose at least one old server or add a new one.</source>
        <translation>Rien à remplacer&#xa0;: choisissez au moins un ancien serveur ou ajoutez-en un nouveau.</translation>
    </message>
    <message>
        <source>The time to wait for a new server to be UP must be positive.</source>
        <translation>Le délai d’attente pour qu’un nouveau serveur soit UP doit être positif.</translation>
    </message>
    <message>
        <source>The polling interval must be at least 50 ms.</source>
        <translation>L’intervalle d’interrogation doit être d’au moins 50 ms.</translation>
    </message>
    <message>
        <source>The check interval of the new servers cannot be negative.</source>
        <translation>L’intervalle de contrôle des nouveaux serveurs ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; is not in HAProxy&apos;s statistics.</source>
        <translation>Le backend &apos;%1&apos; ne figure pas dans les statistiques de HAProxy.</translation>
    </message>
    <message>
        <source>Step %1 has neither an old server nor a new one.</source>
        <translation>L’étape %1 n’a ni ancien ni nouveau serveur.</translation>
    </message>
    <message>
        <source>old server name</source>
        <translation>nom de l’ancien serveur</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Old server &apos;%1&apos; is listed twice.</source>
        <translation>L’ancien serveur &apos;%1&apos; figure deux fois.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; has no server named &apos;%2&apos;.</source>
        <translation>Le backend &apos;%1&apos; n’a aucun serveur nommé &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>new server name</source>
        <translation>nom du nouveau serveur</translation>
    </message>
    <message>
        <source>New server name &apos;%1&apos; is used twice.</source>
        <translation>Le nom de nouveau serveur &apos;%1&apos; est utilisé deux fois.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; already has a server named &apos;%2&apos;.</source>
        <translation>Le backend &apos;%1&apos; a déjà un serveur nommé &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Step %1: the address of &apos;%2&apos; is empty.</source>
        <translation>Étape %1&#xa0;: l’adresse de &apos;%2&apos; est vide.</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>adresse du serveur</translation>
    </message>
    <message>
        <source>Step %1 (&apos;%2&apos;): %3</source>
        <translation>Étape %1 (&apos;%2&apos;)&#xa0;: %3</translation>
    </message>
    <message>
        <source>server port</source>
        <translation>port du serveur</translation>
    </message>
    <message>
        <source>Step %1 (&apos;%2&apos;): weight %3 is not between 0 and 256.</source>
        <translation>Étape %1 (&apos;%2&apos;)&#xa0;: le poids %3 n’est pas compris entre 0 et 256.</translation>
    </message>
    <message>
        <source>The name pattern needs {n} (1, 2, 3...) or {old} (the old server&apos;s name), or every new server would get the same name.</source>
        <translation>Le modèle de nom doit contenir {n} (1, 2, 3...) ou {old} (le nom de l’ancien serveur), sinon tous les nouveaux serveurs auraient le même nom.</translation>
    </message>
    <message>
        <source>There are more new servers than old ones: add {n} to the pattern to number them.</source>
        <translation>Il y a plus de nouveaux serveurs que d’anciens&#xa0;: ajoutez {n} au modèle pour les numéroter.</translation>
    </message>
    <message>
        <source>The pattern gives &apos;%1&apos;, which is already taken.</source>
        <translation>Le modèle donne &apos;%1&apos;, qui est déjà pris.</translation>
    </message>
    <message>
        <source># refused: %1</source>
        <translation># refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source># weight: copied from %1 when the run starts</source>
        <translation># poids&#xa0;: copié de %1 au démarrage de l’exécution</translation>
    </message>
    <message numerus="yes">
        <source># wait until %1/%2 is UP per its health checks (at most %n s)</source>
        <translation>
            <numerusform># attendre que %1/%2 soit UP selon ses contrôles de santé (au plus %n s)</numerusform>
            <numerusform># attendre que %1/%2 soit UP selon ses contrôles de santé (au plus %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source># wait until %1/%2 has no sessions left</source>
        <translation># attendre que %1/%2 n’ait plus aucune session</translation>
    </message>
    <message numerus="yes">
        <source># wait until %1/%2 has no sessions left (at most %n s, then shut them down)</source>
        <translation>
            <numerusform># attendre que %1/%2 n’ait plus aucune session (au plus %n s, puis les fermer)</numerusform>
            <numerusform># attendre que %1/%2 n’ait plus aucune session (au plus %n s, puis les fermer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source># wait until %1/%2 has no sessions left (at most %n s, then ask)</source>
        <translation>
            <numerusform># attendre que %1/%2 n’ait plus aucune session (au plus %n s, puis demander)</numerusform>
            <numerusform># attendre que %1/%2 n’ait plus aucune session (au plus %n s, puis demander)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 goes back to ready.</source>
        <translation>%1 est remis en READY.</translation>
    </message>
    <message>
        <source>%1 was already deleted and cannot come back.</source>
        <translation>%1 a déjà été supprimé et ne peut pas revenir.</translation>
    </message>
    <message>
        <source>%1 is put in maintenance and deleted.</source>
        <translation>%1 est mis en maintenance et supprimé.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Vérification du plan</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Aborting</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Retour arrière effectué</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Adding</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Enabling health checks</source>
        <translation>Activation des contrôles de santé</translation>
    </message>
    <message>
        <source>Setting ready</source>
        <translation>Passage à READY</translation>
    </message>
    <message>
        <source>Waiting for UP</source>
        <translation>Attente de UP</translation>
    </message>
    <message>
        <source>Removing the old server</source>
        <translation>Retrait de l’ancien serveur</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Not connected to HAProxy. Nothing was sent.</source>
        <translation>Non connecté à HAProxy. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>A rolling replace needs an admin-level socket; this one is at level %1. Nothing was sent.</source>
        <translation>Un remplacement progressif exige un socket de niveau admin&#xa0;; celui-ci est de niveau %1. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The plan was refused; nothing was sent:
%1</source>
        <translation>Le plan a été refusé&#xa0;; rien n’a été envoyé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Reading backend %1 from HAProxy to check the plan against it.</source>
        <translation>Lecture du backend %1 depuis HAProxy pour y confronter le plan.</translation>
    </message>
    <message>
        <source>Aborted before anything was changed.</source>
        <translation>Interrompu avant toute modification.</translation>
    </message>
    <message>
        <source>Could not read backend %1 (%2). Nothing was changed.</source>
        <translation>Impossible de lire le backend %1 (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s current state refuses the plan; nothing was changed:
%1</source>
        <translation>L’état actuel de HAProxy ne permet pas le plan&#xa0;; rien n’a été modifié&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Paused. Resume goes on with the next command; nothing is sent meanwhile.</source>
        <translation>En pause. Reprendre continue avec la commande suivante&#xa0;; rien n’est envoyé entre-temps.</translation>
    </message>
    <message>
        <source>Rolling replace of %1 is done.</source>
        <translation>Le remplacement progressif de %1 est terminé.</translation>
    </message>
    <message>
        <source>Adding %1/%2 at %3:%4.</source>
        <translation>Ajout de %1/%2 à %3:%4.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>Échec de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enabling health checks on %1/%2 (add server only configures them).</source>
        <translation>Activation des contrôles de santé sur %1/%2 (add server ne fait que les configurer).</translation>
    </message>
    <message>
        <source>Taking %1/%2 out of maintenance (HAProxy creates new servers in MAINT).</source>
        <translation>Sortie de maintenance de %1/%2 (HAProxy crée les nouveaux serveurs en MAINT).</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n s for %1/%2 to be UP per its health checks.</source>
        <translation>
            <numerusform>Attente pendant %n s au plus que %1/%2 soit UP selon ses contrôles de santé.</numerusform>
            <numerusform>Attente pendant %n s au plus que %1/%2 soit UP selon ses contrôles de santé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the servers (%1); trying again.</source>
        <translation>Impossible de lire les serveurs (%1)&#xa0;; nouvelle tentative.</translation>
    </message>
    <message>
        <source>Could not read the servers: %1</source>
        <translation>Impossible de lire les serveurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1/%2 is no longer in show stat; someone else may have removed it.</source>
        <translation>%1/%2 ne figure plus dans show stat&#xa0;; quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>%1/%2 is UP.</source>
        <translation>%1/%2 est UP.</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 did not come UP within %n s: its status is %3, last check %4%5.</source>
        <translation>
            <numerusform>%1/%2 n’est pas passé UP en %n s&#xa0;: son état est %3, dernier contrôle %4%5.</numerusform>
            <numerusform>%1/%2 n’est pas passé UP en %n s&#xa0;: son état est %3, dernier contrôle %4%5.</numerusform>
        </translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>pas encore exécuté</translation>
    </message>
    <message>
        <source>Removing %1/%2 safely: drain, wait for its sessions, maintenance, delete.</source>
        <translation>Retrait en sécurité de %1/%2&#xa0;: drain, attente de ses sessions, maintenance, suppression.</translation>
    </message>
    <message>
        <source>Removing %1/%2 failed: %3</source>
        <translation>Échec du retrait de %1/%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 added and UP.</source>
        <translation>%1 ajouté et UP.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>%1 replaced by %2.</source>
        <translation>%1 remplacé par %2.</translation>
    </message>
    <message>
        <source>Step %1 failed; nothing more was changed. Roll back to undo this run, or close to leave the servers as they are.</source>
        <translation>L’étape %1 a échoué&#xa0;; rien d’autre n’a été modifié. Revenez en arrière pour annuler cette exécution, ou fermez pour laisser les serveurs en l’état.</translation>
    </message>
    <message>
        <source>Pausing after the command in progress (a wait for UP or a removal is finished first).</source>
        <translation>Pause après la commande en cours (une attente de UP ou un retrait se termine d’abord).</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Repris.</translation>
    </message>
    <message>
        <source>Aborting after the command in progress.</source>
        <translation>Interruption après la commande en cours.</translation>
    </message>
    <message>
        <source>Stopped by abort.</source>
        <translation>Arrêté par interruption.</translation>
    </message>
    <message>
        <source>Aborted. The servers are where the table shows (read back from HAProxy).</source>
        <translation>Interrompu. Les serveurs sont dans l’état qu’indique le tableau (relu depuis HAProxy).</translation>
    </message>
    <message>
        <source>Roll back to undo this run.</source>
        <translation>Revenez en arrière pour annuler cette exécution.</translation>
    </message>
    <message>
        <source>Rolling back: re-reading the servers first.</source>
        <translation>Retour arrière&#xa0;: relecture préalable des serveurs.</translation>
    </message>
    <message>
        <source>Returning %1/%2 to ready.</source>
        <translation>Remise de %1/%2 en READY.</translation>
    </message>
    <message>
        <source>Could not return %1 to ready: %2</source>
        <translation>Impossible de remettre %1 en READY&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1/%2 was already deleted by this run and cannot come back; add it again with Add Server if it is needed.</source>
        <translation>%1/%2 a déjà été supprimé par cette exécution et ne peut pas revenir&#xa0;; ajoutez-le à nouveau avec Ajouter un serveur si nécessaire.</translation>
    </message>
    <message>
        <source>The state of %1 could not be read; it was left alone.</source>
        <translation>L’état de %1 n’a pas pu être lu&#xa0;; il n’a pas été touché.</translation>
    </message>
    <message>
        <source>Removing %1/%2: maintenance, then delete.</source>
        <translation>Retrait de %1/%2&#xa0;: maintenance, puis suppression.</translation>
    </message>
    <message>
        <source>Could not put %1 in maintenance: %2</source>
        <translation>Impossible de mettre %1 en maintenance&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 still has sessions; waiting for them to end before deleting it.</source>
        <translation>%1 a encore des sessions&#xa0;; attente de leur fin avant de le supprimer.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2 It is left in maintenance.</source>
        <translation>Impossible de supprimer %1&#xa0;: %2 Il reste en maintenance.</translation>
    </message>
    <message>
        <source>Rolled back; %1 was deleted earlier and cannot come back.</source>
        <translation>Retour arrière effectué&#xa0;; %1 a été supprimé plus tôt et ne peut pas revenir.</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>Retour arrière effectué.</translation>
    </message>
    <message>
        <source>Rollback incomplete:</source>
        <translation>Retour arrière incomplet&#xa0;:</translation>
    </message>
    <message>
        <source># on HAProxy 3.0 and later: %1</source>
        <translation># à partir de HAProxy 3.0&#xa0;: %1</translation>
    </message>
    <message>
        <source>HAProxy was restarted or reloaded during the rolling replace (worker pid %1, now %2): servers added by this run are gone and the others are back to their configured state. Nothing more was sent; check backend %3 before starting again.</source>
        <translation>HAProxy a été redémarré ou rechargé pendant le remplacement progressif (worker de PID %1, désormais %2)&#xa0;: les serveurs ajoutés par cette exécution ont disparu et les autres sont revenus à leur état configuré. Rien d’autre n’a été envoyé&#xa0;; vérifiez le backend %3 avant de recommencer.</translation>
    </message>
</context>
<context>
    <name>RollingReplaceWizard</name>
    <message>
        <source>Rolling replace</source>
        <translation>Remplacement progressif</translation>
    </message>
    <message>
        <source>Please wait until the current %1 ends; closing now would leave it half way.</source>
        <translation>Veuillez attendre la fin de l’opération en cours (%1)&#xa0;; fermer maintenant la laisserait à mi-chemin.</translation>
    </message>
    <message>
        <source>The rolling replace is still running. Abort it and close?

The command in progress is let finish; the servers stay where they are (nothing is rolled back).</source>
        <translation>Le remplacement progressif est toujours en cours. L’interrompre et fermer&#xa0;?

La commande en cours peut se terminer&#xa0;; les serveurs restent où ils sont (rien n’est annulé).</translation>
    </message>
</context>
<context>
    <name>RollingReviewPage</name>
    <message>
        <source>S&amp;hut remaining sessions down at the timeout</source>
        <translation>&amp;Fermer les sessions restantes à l’échéance</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copier les commandes</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>These are the exact commands each step sends. Nothing has been sent yet: Start runs them.</source>
        <translation>Voici les commandes exactes envoyées à chaque étape. Rien n’a encore été envoyé&#xa0;: Démarrer les exécute.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>HAProxy&apos;s default (2 s)</source>
        <translation>par défaut de HAProxy (2 s)</translation>
    </message>
    <message>
        <source>Wait for a new server to be &amp;UP at most:</source>
        <translation>Attendre qu’un nouveau serveur soit &amp;UP au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Wait for an old server&apos;s sessions at &amp;most:</source>
        <translation>Attendre les sessions d’un ancien serveur au plu&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>New servers&apos; check &amp;interval:</source>
        <translation>&amp;Intervalle de contrôle des nouveaux serveurs&#xa0;:</translation>
    </message>
    <message>
        <source>Comman&amp;ds:</source>
        <translation>Comma&amp;ndes&#xa0;:</translation>
    </message>
    <message>
        <source># Step %1: add %2</source>
        <translation># Étape %1&#xa0;: ajout de %2</translation>
    </message>
    <message>
        <source># Step %1: remove %2</source>
        <translation># Étape %1&#xa0;: retrait de %2</translation>
    </message>
    <message>
        <source># Step %1: %2 → %3</source>
        <translation># Étape %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Sessions still on an old server at the timeout are cut off.</source>
        <translation>Les sessions encore présentes sur un ancien serveur à l’échéance sont coupées.</translation>
    </message>
</context>
<context>
    <name>RollingRunPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <source>R&amp;oll back</source>
        <translation>Reve&amp;nir en arrière</translation>
    </message>
    <message>
        <source>Shut down &amp;sessions</source>
        <translation>Fermer les &amp;sessions</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Stop after the command in progress and leave the servers where they are</source>
        <translation>Arrêter après la commande en cours et laisser les serveurs où ils sont</translation>
    </message>
    <message>
        <source>Return the old servers to ready and remove the new ones this run added</source>
        <translation>Remettre les anciens serveurs en READY et supprimer les nouveaux ajoutés par cette exécution</translation>
    </message>
    <message>
        <source>Cut off the sessions still on the old server being removed</source>
        <translation>Couper les sessions encore présentes sur l’ancien serveur en cours de retrait</translation>
    </message>
    <message>
        <source>Commands sent:</source>
        <translation>Commandes envoyées&#xa0;:</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>%1. Pause stops before the next command; Abort stops now; Roll back undoes this run.</source>
        <translation>%1. Pause s’arrête avant la commande suivante&#xa0;; Interrompre s’arrête maintenant&#xa0;; Revenir en arrière annule cette exécution.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Roll back this run?

%1</source>
        <translation>Revenir en arrière sur cette exécution&#xa0;?

%1</translation>
    </message>
    <message>
        <source>Shut down sessions</source>
        <translation>Fermer les sessions</translation>
    </message>
    <message>
        <source>Cut off the clients still connected to the old server?</source>
        <translation>Couper les clients encore connectés à l’ancien serveur&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RunOnceDialog</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Sends nothing more; commands already sent still complete</source>
        <translation>N’envoie plus rien&#xa0;; les commandes déjà envoyées vont quand même jusqu’au bout</translation>
    </message>
</context>
<context>
    <name>RuntimeConnection</name>
    <message>
        <source>no connection to %1 within %2 s</source>
        <translation>pas de connexion à %1 en %2 s</translation>
    </message>
    <message>
        <source>the connection was closed before HAProxy answered</source>
        <translation>la connexion a été fermée avant que HAProxy ne réponde</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>HAProxy closed the connection</source>
        <translation>HAProxy a fermé la connexion</translation>
    </message>
    <message>
        <source>%1 did not answer like a HAProxy CLI</source>
        <translation>%1 n’a pas répondu comme une CLI HAProxy</translation>
    </message>
    <message>
        <source>%1 answered &apos;show info&apos; with no information</source>
        <translation>%1 a répondu à &apos;show info&apos; sans aucune information</translation>
    </message>
    <message>
        <source>HAProxy worker %1 is stopping (reload in progress)</source>
        <translation>le worker HAProxy %1 s’arrête (rechargement en cours)</translation>
    </message>
    <message>
        <source>Connected to %1: now on worker pid %2 (was %3): HAProxy was reloaded or restarted</source>
        <translation>Connecté à %1&#xa0;: désormais sur le worker de PID %2 (auparavant %3)&#xa0;: HAProxy a été rechargé ou redémarré</translation>
    </message>
    <message>
        <source>Connected to %1 (HAProxy %2, level %3)</source>
        <translation>Connecté à %1 (HAProxy %2, niveau %3)</translation>
    </message>
    <message>
        <source>the connection was lost (%1) after &apos;%2&apos; was sent; HAProxy may or may not have applied it, check the server&apos;s state</source>
        <translation>la connexion a été perdue (%1) après l’envoi de &apos;%2&apos;&#xa0;; HAProxy l’a peut-être appliqué, peut-être pas&#xa0;: vérifiez l’état du serveur</translation>
    </message>
    <message>
        <source>the connection was lost (%1) before the answer to &apos;%2&apos;</source>
        <translation>la connexion a été perdue (%1) avant la réponse à &apos;%2&apos;</translation>
    </message>
    <message>
        <source>not sent: the connection to %1 is closed</source>
        <translation>non envoyé&#xa0;: la connexion à %1 est fermée</translation>
    </message>
    <message>
        <source>HAProxy was reloaded: this connection was on the old worker (pid %1); reconnecting to the new worker</source>
        <translation>HAProxy a été rechargé&#xa0;: cette connexion passait par l’ancien worker (PID %1)&#xa0;; reconnexion au nouveau worker</translation>
    </message>
    <message>
        <source>Connection to %1 lost (%2); reconnecting in %3 s</source>
        <translation>Connexion à %1 perdue (%2)&#xa0;; reconnexion dans %3 s</translation>
    </message>
    <message>
        <source>not sent: the command is not valid</source>
        <translation>non envoyé&#xa0;: la commande n’est pas valide</translation>
    </message>
    <message>
        <source>not sent: the line is %1 bytes long; HAProxy reads at most %2</source>
        <translation>non envoyé&#xa0;: la ligne fait %1 octets&#xa0;; HAProxy en lit au plus %2</translation>
    </message>
    <message>
        <source>not sent: not connected to %1</source>
        <translation>non envoyé&#xa0;: pas connecté à %1</translation>
    </message>
    <message>
        <source>not sent: &apos;%1&apos; needs level %2, this socket&apos;s level is %3</source>
        <translation>non envoyé&#xa0;: &apos;%1&apos; exige le niveau %2, ce socket a le niveau %3</translation>
    </message>
    <message>
        <source>HAProxy sent %1 bytes nobody asked for</source>
        <translation>HAProxy a envoyé %1 octets que personne n’a demandés</translation>
    </message>
    <message>
        <source>oversized answer</source>
        <translation>réponse trop grande</translation>
    </message>
    <message>
        <source>the answer came from an old HAProxy worker (pid %1) left by a reload; reconnecting to the new one</source>
        <translation>la réponse venait d’un ancien worker HAProxy (PID %1) laissé par un rechargement&#xa0;; reconnexion au nouveau</translation>
    </message>
    <message>
        <source>HAProxy reloaded</source>
        <translation>HAProxy rechargé</translation>
    </message>
    <message>
        <source>HAProxy did not answer &apos;%1&apos; within %2 s%3</source>
        <translation>HAProxy n’a pas répondu à &apos;%1&apos; en %2 s%3</translation>
    </message>
    <message>
        <source>; it may or may not have been applied</source>
        <translation>&#xa0;; il a peut-être été appliqué, peut-être pas</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer within %2 s: not a HAProxy CLI, or all of HAProxy&apos;s CLI connections (10 by default, `stats maxconn`) are in use</source>
        <translation>%1 a accepté la connexion mais n’a pas répondu en %2 s&#xa0;: ce n’est pas une CLI HAProxy, ou toutes les connexions CLI de HAProxy (10 par défaut, `stats maxconn`) sont occupées</translation>
    </message>
    <message>
        <source>no answer to the handshake</source>
        <translation>aucune réponse à la poignée de main</translation>
    </message>
    <message>
        <source>answer timed out</source>
        <translation>délai de réponse dépassé</translation>
    </message>
    <message>
        <source>not sent: still waiting for earlier commands after %1 s</source>
        <translation>non envoyé&#xa0;: toujours en attente de commandes précédentes après %1 s</translation>
    </message>
    <message>
        <source>not sent: no connection to %1 within %2 s</source>
        <translation>non envoyé&#xa0;: pas de connexion à %1 en %2 s</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; is larger than %2 bytes, the limit for this command; the connection was reset</source>
        <translation>la réponse à &apos;%1&apos; dépasse %2 octets, la limite pour cette commande&#xa0;; la connexion a été réinitialisée</translation>
    </message>
    <message>
        <source>HAProxy was reloaded: %1 now reaches worker pid %2 (was %3)</source>
        <translation>HAProxy a été rechargé&#xa0;: %1 atteint désormais le worker de pid %2 (auparavant %3)</translation>
    </message>
    <message>
        <source>%1 is a worker&apos;s stats socket, not HAProxy&apos;s master CLI (it was given with master:)</source>
        <translation>%1 est le socket de stats d’un worker, pas la CLI maître de HAProxy (il a été indiqué avec master:)</translation>
    </message>
    <message>
        <source>not sent: &apos;%1&apos; needs HAProxy&apos;s master socket (haproxy -S); %2 is a worker&apos;s stats socket</source>
        <translation>non envoyé&#xa0;: &apos;%1&apos; exige le socket master de HAProxy (haproxy -S)&#xa0;; %2 est le socket de stats d’un worker</translation>
    </message>
    <message>
        <source>not sent: through the master the line is %1 bytes long; HAProxy reads at most %2</source>
        <translation>non envoyé&#xa0;: via le master, la ligne fait %1 octets&#xa0;; HAProxy en lit au plus %2</translation>
    </message>
</context>
<context>
    <name>SafeRemove</name>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Drain en cours</translation>
    </message>
    <message>
        <source>Waiting for sessions to end</source>
        <translation>Attente de la fin des sessions</translation>
    </message>
    <message>
        <source>Timed out waiting for sessions</source>
        <translation>Délai d’attente des sessions dépassé</translation>
    </message>
    <message>
        <source>Shutting sessions down</source>
        <translation>Fermeture des sessions</translation>
    </message>
    <message>
        <source>Setting maintenance</source>
        <translation>Mise en maintenance</translation>
    </message>
    <message>
        <source>Waiting until removable</source>
        <translation>Attente jusqu’à ce qu’il soit supprimable</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Returning to ready</source>
        <translation>Retour à READY</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The connection to HAProxy is gone.</source>
        <translation>La connexion à HAProxy a disparu.</translation>
    </message>
    <message>
        <source>Removing a server needs an admin-level socket; this one is at level %1. Nothing was sent: %2/%3 is unchanged.</source>
        <translation>Supprimer un serveur exige un socket de niveau admin&#xa0;; celui-ci est de niveau %1. Rien n’a été envoyé&#xa0;: %2/%3 est inchangé.</translation>
    </message>
    <message>
        <source>Draining %1/%2: no new sessions go to it.</source>
        <translation>Mise en drain de %1/%2&#xa0;: il ne reçoit plus de nouvelles sessions.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n seconds for its sessions to end.</source>
        <translation>
            <numerusform>Attente de la fin de ses sessions pendant %n seconde au plus.</numerusform>
            <numerusform>Attente de la fin de ses sessions pendant %n secondes au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for its sessions to end.</source>
        <translation>Attente de la fin de ses sessions.</translation>
    </message>
    <message>
        <source>Could not read the sessions (%1); trying again.</source>
        <translation>Impossible de lire les sessions (%1)&#xa0;; nouvelle tentative.</translation>
    </message>
    <message>
        <source>Failed: %1 %2/%3 is in %4.</source>
        <translation>Échec&#xa0;: %1 État de %2/%3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1/%2 is no longer in show stat; someone else may have removed it.</source>
        <translation>%1/%2 ne figure plus dans show stat&#xa0;; quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>No sessions left on %1/%2.</source>
        <translation>Plus aucune session sur %1/%2.</translation>
    </message>
    <message numerus="yes">
        <source>Timed out with %n sessions left; shutting them down as asked.</source>
        <translation>
            <numerusform>Délai dépassé avec %n session restante&#xa0;; fermeture comme demandé.</numerusform>
            <numerusform>Délai dépassé avec %n sessions restantes&#xa0;; fermeture comme demandé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timed out: %n sessions still on %1/%2. Shut them down, or cancel to leave it in DRAIN.</source>
        <translation>
            <numerusform>Délai dépassé&#xa0;: encore %n session sur %1/%2. Fermez-la, ou annulez pour le laisser en DRAIN.</numerusform>
            <numerusform>Délai dépassé&#xa0;: encore %n sessions sur %1/%2. Fermez-les, ou annulez pour le laisser en DRAIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shutting down the sessions of %1/%2.</source>
        <translation>Fermeture des sessions de %1/%2.</translation>
    </message>
    <message>
        <source>Putting %1/%2 in maintenance.</source>
        <translation>Mise en maintenance de %1/%2.</translation>
    </message>
    <message>
        <source>Waiting until HAProxy says %1/%2 can be removed.</source>
        <translation>Attente jusqu’à ce que HAProxy indique que %1/%2 peut être supprimé.</translation>
    </message>
    <message>
        <source>Deleting %1/%2.</source>
        <translation>Suppression de %1/%2.</translation>
    </message>
    <message>
        <source>The cancel came too late: %1/%2 was already being deleted, and is gone.</source>
        <translation>L’annulation est arrivée trop tard&#xa0;: %1/%2 était déjà en cours de suppression et a disparu.</translation>
    </message>
    <message>
        <source>%1/%2 is removed.</source>
        <translation>%1/%2 est supprimé.</translation>
    </message>
    <message>
        <source>result unknown; re-read: the connection was lost before HAProxy answered “%1”.</source>
        <translation>résultat inconnu&#xa0;; relu&#xa0;: la connexion a été perdue avant que HAProxy ne réponde à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” failed: %2 %3/%4 is in %5.</source>
        <translation>Échec de «&#xa0;%1&#xa0;»&#xa0;: %2 État de %3/%4&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Cancelling after the command in progress is answered.</source>
        <translation>Annulation dès que la commande en cours aura reçu sa réponse.</translation>
    </message>
    <message>
        <source>Cancelled. %1/%2 is left in %3.</source>
        <translation>Annulé. %1/%2 reste dans l’état&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Returning %1/%2 to READY.</source>
        <translation>Remise de %1/%2 en READY.</translation>
    </message>
    <message>
        <source>result unknown; re-read: the connection was lost before HAProxy answered.</source>
        <translation>résultat inconnu&#xa0;; relu&#xa0;: la connexion a été perdue avant que HAProxy ne réponde.</translation>
    </message>
    <message>
        <source>%1/%2 is in %3.</source>
        <translation>État de %1/%2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Could not return %1/%2 to READY: %3 It is in %4.</source>
        <translation>Impossible de remettre %1/%2 en READY&#xa0;: %3 État&#xa0;: %4.</translation>
    </message>
    <message>
        <source>HAProxy was restarted or reloaded while %1/%2 was being removed (worker pid %3, now %4): the new process starts again from its configuration, so what was done to the server is gone. Nothing more was sent; check the server and start again.</source>
        <translation>HAProxy a été redémarré ou rechargé pendant le retrait de %1/%2 (worker de PID %3, désormais %4)&#xa0;: le nouveau processus repart de sa configuration, donc ce qui avait été fait sur le serveur est perdu. Rien d’autre n’a été envoyé&#xa0;; vérifiez le serveur et recommencez.</translation>
    </message>
    <message>
        <source>%1 %2/%3 is in %4 now.</source>
        <translation>%1 État de %2/%3 désormais&#xa0;: %4.</translation>
    </message>
    <message>
        <source>HAProxy did not confirm that %1/%2 can be removed (“%3”); asking it to delete the server, which says why if it cannot.</source>
        <translation>HAProxy n’a pas confirmé que %1/%2 peut être retiré («&#xa0;%3&#xa0;»)&#xa0;; demande de suppression du serveur, HAProxy en indiquera la raison s’il ne peut pas le supprimer.</translation>
    </message>
</context>
<context>
    <name>SafeRemoveDialog</name>
    <message>
        <source>Remove server %1/%2</source>
        <translation>Supprimer le serveur %1/%2</translation>
    </message>
    <message>
        <source>Removes &lt;b&gt;%1/%2&lt;/b&gt; without cutting clients off: it is drained, its sessions are given time to end, then it is put in maintenance and deleted.</source>
        <translation>Supprime &lt;b&gt;%1/%2&lt;/b&gt; sans couper les clients&#xa0;: il est mis en drain, ses sessions ont le temps de se terminer, puis il est mis en maintenance et supprimé.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>After this time you are asked whether to shut the remaining sessions down.</source>
        <translation>Passé ce délai, il vous est demandé s’il faut fermer les sessions restantes.</translation>
    </message>
    <message>
        <source>&amp;Wait for sessions up to:</source>
        <translation>&amp;Attendre les sessions jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>Drain: no new sessions</source>
        <translation>Drain&#xa0;: plus de nouvelles sessions</translation>
    </message>
    <message>
        <source>Wait until no sessions are left</source>
        <translation>Attendre qu’il ne reste plus aucune session</translation>
    </message>
    <message>
        <source>Put in maintenance</source>
        <translation>Mettre en maintenance</translation>
    </message>
    <message>
        <source>Wait until HAProxy says it can be removed</source>
        <translation>Attendre que HAProxy indique qu’il peut être supprimé</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Sessions: not read yet</source>
        <translation>Sessions&#xa0;: pas encore lues</translation>
    </message>
    <message>
        <source>Commands sent to HAProxy appear here.</source>
        <translation>Les commandes envoyées à HAProxy apparaissent ici.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Shut &amp;down sessions now</source>
        <translation>&amp;Fermer les sessions maintenant</translation>
    </message>
    <message>
        <source>&amp;Return to ready</source>
        <translation>&amp;Remettre en READY</translation>
    </message>
    <message>
        <source>Commands sent:</source>
        <translation>Commandes envoyées&#xa0;:</translation>
    </message>
    <message>
        <source>%1/%2 is now in %3.</source>
        <translation>État de %1/%2 désormais&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions left</source>
        <translation>
            <numerusform>%n session restante</numerusform>
            <numerusform>%n sessions restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut down sessions</source>
        <translation>Fermer les sessions</translation>
    </message>
    <message numerus="yes">
        <source>Close the %n sessions still on %1/%2 now? Their clients are cut off.</source>
        <translation>
            <numerusform>Fermer maintenant la %n session encore ouverte sur %1/%2&#xa0;? Son client sera coupé.</numerusform>
            <numerusform>Fermer maintenant les %n sessions encore ouvertes sur %1/%2&#xa0;? Leurs clients seront coupés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDrainDialog</name>
    <message>
        <source>Schedule Drain</source>
        <translation>Planifier un drain</translation>
    </message>
    <message>
        <source>Servers to drain on %1: %2</source>
        <translation>Serveurs à mettre en drain sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation>&amp;Dans</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Wait for them at &amp;most</source>
        <translation>Les attendre au &amp;plus</translation>
    </message>
    <message>
        <source>S&amp;hut the remaining sessions down at the deadline</source>
        <translation>&amp;Fermer les sessions restantes à l’échéance</translation>
    </message>
    <message>
        <source>Off: the drain stops at the deadline and leaves the server in DRAIN, cutting nobody off.</source>
        <translation>Désactivé&#xa0;: le drain s’arrête à l’échéance et laisse le serveur en DRAIN, sans couper personne.</translation>
    </message>
    <message>
        <source>When no session is left</source>
        <translation>Quand il ne reste aucune session</translation>
    </message>
    <message>
        <source>Put it in ma&amp;intenance</source>
        <translation>Le mettre en &amp;maintenance</translation>
    </message>
    <message>
        <source>&amp;Remove it (maintenance, then delete)</source>
        <translation>Le &amp;retirer (maintenance, puis suppression)</translation>
    </message>
    <message>
        <source>Maintenance, then &amp;back to ready after</source>
        <translation>Maintenance, puis retour à READY au &amp;bout de</translation>
    </message>
    <message>
        <source>Commands &amp;sent to each server:</source>
        <translation>Commandes &amp;envoyées à chaque serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>Pla&amp;nifier</translation>
    </message>
    <message>
        <source>There is no scheduler to add the drains to.</source>
        <translation>Aucun planificateur auquel ajouter les drains.</translation>
    </message>
    <message>
        <source>No server is selected.</source>
        <translation>Aucun serveur n’est sélectionné.</translation>
    </message>
    <message>
        <source>The start time %1 is in the past; choose a later time, or “In 0 min” to start now.</source>
        <translation>L’heure de début %1 est passée&#xa0;; choisissez une heure plus tardive, ou «&#xa0;Dans 0 min&#xa0;» pour démarrer maintenant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already has a scheduled drain that has not finished; cancel it first.</source>
        <translation>%1 a déjà un drain planifié qui n’est pas terminé&#xa0;; annulez-le d’abord.</translation>
    </message>
    <message>
        <source># %1/%2</source>
        <translation># %1/%2</translation>
    </message>
    <message>
        <source>    # every second, until no session is left</source>
        <translation>    # chaque seconde, jusqu’à ce qu’il ne reste aucune session</translation>
    </message>
    <message>
        <source>    # only at the deadline</source>
        <translation>    # seulement à l’échéance</translation>
    </message>
    <message>
        <source>    # %1 min later</source>
        <translation>    # %1 min plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n drain(s) were scheduled before this one; see the Schedules dock.)</source>
        <translation>
            <numerusform>%1 (%n drain a été planifié avant celui-ci&#xa0;; voir le dock Planifications.)</numerusform>
            <numerusform>%1 (%n drains ont été planifiés avant celui-ci&#xa0;; voir le dock Planifications.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulesDock</name>
    <message>
        <source>Schedules</source>
        <translation>Planifications</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Effa&amp;cer les tâches terminées</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n scheduled drain(s).</source>
        <translation>
            <numerusform>Annulation de %n drain planifié.</numerusform>
            <numerusform>Annulation de %n drains planifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished drain(s).</source>
        <translation>
            <numerusform>%n drain terminé effacé.</numerusform>
            <numerusform>%n drains terminés effacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2: return to ready, due %3</source>
        <translation>%1/%2&#xa0;: retour à READY, prévu le %3</translation>
    </message>
    <message>
        <source>%1/%2: drain, due %3</source>
        <translation>%1/%2&#xa0;: drain, prévu le %3</translation>
    </message>
    <message>
        <source>Overdue Drains</source>
        <translation>Drains en retard</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled drain(s) missed their time while hadesk was closed or disconnected. They do not run late by themselves.</source>
        <translation>
            <numerusform>%n drain planifié a manqué son heure pendant que hadesk était fermé ou déconnecté. Il ne s’exécute pas en retard de lui-même.</numerusform>
            <numerusform>%n drains planifiés ont manqué leur heure pendant que hadesk était fermé ou déconnecté. Ils ne s’exécutent pas en retard d’eux-mêmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel Them</source>
        <translation>&amp;Les annuler</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue drain(s) wait in the table: select and press Ctrl+Return to run, Del to cancel.</source>
        <translation>
            <numerusform>%n drain en retard attend dans le tableau&#xa0;: sélectionnez-le et appuyez sur Ctrl+Entrée pour l’exécuter, ou sur Suppr pour l’annuler.</numerusform>
            <numerusform>%n drains en retard attendent dans le tableau&#xa0;: sélectionnez-les et appuyez sur Ctrl+Entrée pour les exécuter, ou sur Suppr pour les annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %n overdue drain(s).</source>
        <translation>
            <numerusform>%n drain en retard démarré.</numerusform>
            <numerusform>%n drains en retard démarrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n overdue drain(s).</source>
        <translation>
            <numerusform>%n drain en retard annulé.</numerusform>
            <numerusform>%n drains en retard annulés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerAction</name>
    <message>
        <source>unknown action</source>
        <translation>action inconnue</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Rien à envoyer.</translation>
    </message>
    <message>
        <source>%1: the command is not valid.</source>
        <translation>%1&#xa0;: la commande n’est pas valide.</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>Aucun serveur sélectionné.</translation>
    </message>
    <message numerus="yes">
        <source>An address can be set on one server at a time; %n servers are selected.</source>
        <translation>
            <numerusform>Une adresse ne peut être définie que sur un serveur à la fois&#xa0;; %n serveur est sélectionné.</numerusform>
            <numerusform>Une adresse ne peut être définie que sur un serveur à la fois&#xa0;; %n serveurs sont sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drain</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Force health up</source>
        <translation>Forcer la santé à up</translation>
    </message>
    <message>
        <source>Force health stopping</source>
        <translation>Forcer la santé à stopping</translation>
    </message>
    <message>
        <source>Force health down</source>
        <translation>Forcer la santé à down</translation>
    </message>
    <message>
        <source>Enable health checks</source>
        <translation>Activer les contrôles de santé</translation>
    </message>
    <message>
        <source>Disable health checks</source>
        <translation>Désactiver les contrôles de santé</translation>
    </message>
    <message>
        <source>Enable agent checks</source>
        <translation>Activer les contrôles d’agent</translation>
    </message>
    <message>
        <source>Disable agent checks</source>
        <translation>Désactiver les contrôles d’agent</translation>
    </message>
    <message>
        <source>Force agent up</source>
        <translation>Forcer l’agent à up</translation>
    </message>
    <message>
        <source>Force agent down</source>
        <translation>Forcer l’agent à down</translation>
    </message>
    <message>
        <source>Kill sessions</source>
        <translation>Couper les sessions</translation>
    </message>
    <message>
        <source>Set address…</source>
        <translation>Définir l’adresse…</translation>
    </message>
    <message>
        <source>Set weight…</source>
        <translation>Définir le poids…</translation>
    </message>
    <message numerus="yes">
        <source>%n servers</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Set %1 ready</source>
        <translation>Mettre %1 à l’état prêt</translation>
    </message>
    <message>
        <source>Drain %1</source>
        <translation>Mettre %1 en drain</translation>
    </message>
    <message>
        <source>Put %1 in maintenance</source>
        <translation>Mettre %1 en maintenance</translation>
    </message>
    <message>
        <source>Force health of %1 up</source>
        <translation>Forcer la santé de %1 à up</translation>
    </message>
    <message>
        <source>Force health of %1 to stopping</source>
        <translation>Forcer la santé de %1 à stopping</translation>
    </message>
    <message>
        <source>Force health of %1 down</source>
        <translation>Forcer la santé de %1 à down</translation>
    </message>
    <message>
        <source>Enable health checks on %1</source>
        <translation>Activer les contrôles de santé de %1</translation>
    </message>
    <message>
        <source>Disable health checks on %1</source>
        <translation>Désactiver les contrôles de santé de %1</translation>
    </message>
    <message>
        <source>Enable agent checks on %1</source>
        <translation>Activer les contrôles d’agent de %1</translation>
    </message>
    <message>
        <source>Disable agent checks on %1</source>
        <translation>Désactiver les contrôles d’agent de %1</translation>
    </message>
    <message>
        <source>Force agent of %1 up</source>
        <translation>Forcer l’agent de %1 à up</translation>
    </message>
    <message>
        <source>Force agent of %1 down</source>
        <translation>Forcer l’agent de %1 à down</translation>
    </message>
    <message>
        <source>Kill all sessions on %1</source>
        <translation>Couper toutes les sessions de %1</translation>
    </message>
    <message>
        <source>Move %1 to %2 port %3</source>
        <translation>Déplacer %1 vers %2 port %3</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Set weight of %1 to %2</source>
        <translation>Régler le poids de %1 à %2</translation>
    </message>
    <message>
        <source>They stop receiving traffic at once and their health checks stop until they are set ready again.</source>
        <translation>Ils cessent aussitôt de recevoir du trafic et leurs contrôles de santé s’arrêtent jusqu’à ce qu’ils soient remis à l’état prêt.</translation>
    </message>
    <message>
        <source>They are marked DOWN and stop receiving traffic until a check or a person brings them back up.</source>
        <translation>Ils sont marqués DOWN et ne reçoivent plus de trafic jusqu’à ce qu’un contrôle ou une personne les remette en service.</translation>
    </message>
    <message>
        <source>Their agent is marked down, which takes them out of traffic.</source>
        <translation>Leur agent est marqué down, ce qui les retire du trafic.</translation>
    </message>
    <message>
        <source>Without health checks, a server that fails keeps receiving traffic.</source>
        <translation>Sans contrôles de santé, un serveur en panne continue de recevoir du trafic.</translation>
    </message>
    <message>
        <source>Without agent checks, what the agent reports (load, drain, down) is ignored.</source>
        <translation>Sans contrôles d’agent, ce que signale l’agent (charge, drain, down) est ignoré.</translation>
    </message>
    <message>
        <source>Every active session on them is closed now: clients see their connections cut.</source>
        <translation>Chaque session active sur eux est fermée maintenant&#xa0;: les clients voient leurs connexions coupées.</translation>
    </message>
    <message>
        <source>New traffic goes to the new address; if nothing answers there, requests fail.</source>
        <translation>Le nouveau trafic va vers la nouvelle adresse&#xa0;; si rien n’y répond, les requêtes échouent.</translation>
    </message>
    <message>
        <source>Needs %1 level; this socket is %2.</source>
        <translation>Exige le niveau %1&#xa0;; ce socket est de niveau %2.</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>Set &amp;Weight…</source>
        <translation>Définir le &amp;poids…</translation>
    </message>
    <message>
        <source>&amp;Health Checks</source>
        <translation>&amp;Contrôles de santé</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>Change &amp;Address…</source>
        <translation>Changer l’&amp;adresse…</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>A&amp;jouter un serveur…</translation>
    </message>
    <message>
        <source>Not connected to HAProxy.</source>
        <translation>Non connecté à HAProxy.</translation>
    </message>
    <message>
        <source>Select one or more servers first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs serveurs.</translation>
    </message>
    <message>
        <source>Set the weight of the selected servers, with the share of traffic it gives</source>
        <translation>Définir le poids des serveurs sélectionnés, avec la part du trafic qui en résulte</translation>
    </message>
    <message>
        <source>Select a single server to change its address.</source>
        <translation>Sélectionnez un seul serveur pour changer son adresse.</translation>
    </message>
    <message>
        <source>Change the selected server&apos;s address and port</source>
        <translation>Changer l’adresse et le port du serveur sélectionné</translation>
    </message>
    <message>
        <source>Add a server to a backend at runtime</source>
        <translation>Ajouter un serveur à un backend à l’exécution</translation>
    </message>
    <message>
        <source>%1: done; see the results and the audit log.</source>
        <translation>%1&#xa0;: terminé&#xa0;; voir les résultats et le journal d’audit.</translation>
    </message>
    <message numerus="yes">
        <source>Set the weight of %n server(s)</source>
        <translation>
            <numerusform>Définir le poids de %n serveur</numerusform>
            <numerusform>Définir le poids de %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Address of %1</source>
        <translation>Changer l’adresse de %1</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation>Adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>keep the current port</source>
        <translation>conserver le port actuel</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Safe &amp;Remove…</source>
        <translation>&amp;Retirer en sécurité…</translation>
    </message>
    <message>
        <source>Select a single server to remove it safely.</source>
        <translation>Sélectionnez un seul serveur pour le retirer en sécurité.</translation>
    </message>
    <message>
        <source>Drain the server, wait until it is idle, put it in maintenance, then delete it</source>
        <translation>Vider le serveur (drain), attendre qu’il soit inactif, le mettre en maintenance puis le supprimer</translation>
    </message>
    <message>
        <source>%1: nothing sent, the connection was closed.</source>
        <translation>%1&#xa0;: rien n’a été envoyé, la connexion a été fermée.</translation>
    </message>
    <message>
        <source>%1: nothing sent, another instance is shown now.</source>
        <translation>%1&#xa0;: rien n’a été envoyé, une autre instance est désormais affichée.</translation>
    </message>
</context>
<context>
    <name>ServerCondition</name>
    <message>
        <source>READY</source>
        <translation>READY</translation>
    </message>
    <message>
        <source>DRAIN</source>
        <translation>DRAIN</translation>
    </message>
    <message>
        <source>MAINT</source>
        <translation>MAINT</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>an unknown state</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>ServersConnParser</name>
    <message>
        <source>HAProxy sent an empty answer to show servers conn.</source>
        <translation>HAProxy a envoyé une réponse vide à show servers conn.</translation>
    </message>
    <message>
        <source>Not a show servers conn answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas une réponse à show servers conn. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The show servers conn header has no &quot;bkname/svname&quot; column: &quot;%1&quot;</source>
        <translation>L’en-tête de show servers conn n’a pas de colonne «&#xa0;bkname/svname&#xa0;»&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ServersStateParser</name>
    <message>
        <source>The show servers state answer has no header line: &quot;%1&quot;</source>
        <translation>La réponse à show servers state n’a pas de ligne d’en-tête&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The show servers state header has no &quot;%1&quot; column: &quot;%2&quot;</source>
        <translation>L’en-tête de show servers state n’a pas de colonne «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>HAProxy sent an empty answer to show servers state.</source>
        <translation>HAProxy a envoyé une réponse vide à show servers state.</translation>
    </message>
    <message>
        <source>Not a show servers state answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas une réponse à show servers state. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unsupported show servers state format version %1 (this client reads version 1).</source>
        <translation>Version de format %1 de show servers state non prise en charge (ce client lit la version 1).</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>session &apos;%1&apos; is not a stream pointer (0x and up to 16 hex digits)</source>
        <translation>la session &apos;%1&apos; n’est pas un pointeur de flux (0x suivi d’au plus 16 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>proxy name</source>
        <translation>nom du proxy</translation>
    </message>
</context>
<context>
    <name>SessionParser</name>
    <message>
        <source>Not a show sess answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas une réponse à show sess. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SessionsDock</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Filter streams</source>
        <translation>Filtrer les flux</translation>
    </message>
    <message>
        <source>frontend, backend, server or source</source>
        <translation>frontend, backend, serveur ou source</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh every</source>
        <translation>Actualisation a&amp;utomatique toutes les</translation>
    </message>
    <message>
        <source>Read the streams again while this dock is visible</source>
        <translation>Relire les flux tant que ce dock est visible</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>Intervalle d’actualisation automatique</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the streams again (F5)</source>
        <translation>Relire les flux (F5)</translation>
    </message>
    <message>
        <source>&amp;Shut Down Session…</source>
        <translation>Fermer la &amp;session…</translation>
    </message>
    <message>
        <source>Not connected to HAProxy.</source>
        <translation>Non connecté à HAProxy.</translation>
    </message>
    <message>
        <source>Could not list the streams: %1</source>
        <translation>Impossible de lister les flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the streams: %1</source>
        <translation>Impossible de lire les flux&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n streams (the CLI&apos;s own are not listed).</source>
        <translation>
            <numerusform>%n flux (ceux de la CLI ne sont pas listés).</numerusform>
            <numerusform>%n flux (ceux de la CLI ne sont pas listés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>Rien n’a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select the streams to shut down first.</source>
        <translation>Sélectionnez d’abord les flux à fermer.</translation>
    </message>
    <message numerus="yes">
        <source>Shut down %n streams</source>
        <translation>
            <numerusform>Fermer %n flux</numerusform>
            <numerusform>Fermer %n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Needs admin level; this socket is %1.</source>
        <translation>Exige le niveau admin&#xa0;; ce socket est de niveau %1.</translation>
    </message>
    <message>
        <source>End the selected streams: their clients are disconnected (Del)</source>
        <translation>Terminer les flux sélectionnés&#xa0;: leurs clients sont déconnectés (Suppr)</translation>
    </message>
    <message>
        <source>Filters the streams read, by frontend, backend, server or source. HAProxy %1 cannot filter `show sess` by proxy or server itself, so every stream is read.</source>
        <translation>Filtre les flux lus par frontend, backend, serveur ou source. HAProxy %1 ne sait pas filtrer lui-même `show sess` par proxy ou par serveur&#xa0;: tous les flux sont donc lus.</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(non connecté)</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m%2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1h%2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1d%2h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>The request channel as HAProxy prints it: flags, input bytes, analysers, timeouts</source>
        <translation>Le canal de requête tel que HAProxy l’affiche&#xa0;: drapeaux, octets en entrée, analyseurs, délais</translation>
    </message>
    <message>
        <source>The stream&apos;s id, as `shutdown session` takes it</source>
        <translation>L’identifiant du flux, tel que `shutdown session` l’attend</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Frontend</source>
        <translation>Frontend</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>it is not a settings file hadesk can read</source>
        <translation>ce n’est pas un fichier de configuration que hadesk sait lire</translation>
    </message>
    <message>
        <source>The settings and saved connections in %1 could not be read (%2), and no copy of the file could be kept. What could be read is used; saving will replace the file.</source>
        <translation>Les paramètres et les connexions enregistrées de %1 n’ont pas pu être lus (%2), et aucune copie du fichier n’a pu être conservée. Ce qui a pu être lu est utilisé&#xa0;; l’enregistrement remplacera le fichier.</translation>
    </message>
    <message>
        <source>The settings and saved connections in %1 could not be read (%2). The file was kept as %3; what could be read is used, and saving will replace the file.</source>
        <translation>Les paramètres et les connexions enregistrées de %1 n’ont pas pu être lus (%2). Le fichier a été conservé sous %3&#xa0;; ce qui a pu être lu est utilisé, et l’enregistrement remplacera le fichier.</translation>
    </message>
    <message>
        <source>The settings in %1 were written by a newer hadesk (settings format %2; this one reads format %3), and no copy of the file could be kept. What this version understands is used; saving may drop what it does not.</source>
        <translation>Les paramètres de %1 ont été écrits par une version plus récente de hadesk (format de paramètres %2&#xa0;; cette version lit le format %3), et aucune copie du fichier n’a pu être conservée. Ce que cette version comprend est utilisé&#xa0;; un enregistrement peut perdre ce qu’elle ne comprend pas.</translation>
    </message>
    <message>
        <source>The settings in %1 were written by a newer hadesk (settings format %2; this one reads format %3). What this version understands is used; a copy of the file as it is now is kept as %4.</source>
        <translation>Les paramètres de %1 ont été écrits par une version plus récente de hadesk (format de paramètres %2&#xa0;; cette version lit le format %3). Ce que cette version comprend est utilisé&#xa0;; une copie du fichier dans son état actuel est conservée sous %4.</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Find by name or key, e.g. “weight” or “Ctrl+D”</source>
        <translation>Rechercher par nom ou par touche, p. ex. « poids » ou « Ctrl+D »</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Rechercher un raccourci</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcut(s) shown</source>
        <translation>
            <numerusform>%n raccourci affiché</numerusform>
            <numerusform>%n raccourcis affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshTransport</name>
    <message>
        <source>HADESK_SSH names &apos;%1&apos;, which is not an executable file</source>
        <translation>HADESK_SSH désigne &apos;%1&apos;, qui n’est pas un fichier exécutable</translation>
    </message>
    <message>
        <source>no ssh program found on PATH: install the OpenSSH client (package openssh-client) or set HADESK_SSH to its path</source>
        <translation>aucun programme ssh trouvé dans le PATH&#xa0;: installez le client OpenSSH (paquet openssh-client) ou indiquez son chemin dans HADESK_SSH</translation>
    </message>
    <message>
        <source>ssh logged in to %1 but could not open the remote socket %2 (ssh said: %3). Check the path and that HAProxy runs there, that the remote user may open the socket (its owner, group and mode), and that the SSH server allows Unix socket forwarding (AllowStreamLocalForwarding yes)</source>
        <translation>ssh s’est connecté à %1 mais n’a pas pu ouvrir le socket distant %2 (ssh a dit&#xa0;: %3). Vérifiez le chemin et que HAProxy y tourne, que l’utilisateur distant peut ouvrir le socket (propriétaire, groupe et droits), et que le serveur SSH autorise la redirection de sockets Unix (AllowStreamLocalForwarding yes)</translation>
    </message>
    <message>
        <source>DANGER: the host key of %1 has CHANGED since it was saved in known_hosts. Someone may be intercepting the connection, or the host was reinstalled. ssh refused to connect. Check the new key (%2) with the host&apos;s administrator before you replace the old one (ssh-keygen -R %3)</source>
        <translation>DANGER&#xa0;: la clé d’hôte de %1 a CHANGÉ depuis son enregistrement dans known_hosts. Quelqu’un intercepte peut-être la connexion, ou l’hôte a été réinstallé. ssh a refusé de se connecter. Vérifiez la nouvelle clé (%2) auprès de l’administrateur de l’hôte avant de remplacer l’ancienne (ssh-keygen -R %3)</translation>
    </message>
    <message>
        <source>fingerprint not shown</source>
        <translation>empreinte non affichée</translation>
    </message>
    <message>
        <source>host key verification failed: %1 is not in your known_hosts, and hadesk runs ssh in batch mode, so it cannot ask you. Connect once with ssh in a terminal, check the key&apos;s fingerprint and accept it, then try again</source>
        <translation>échec de la vérification de la clé d’hôte&#xa0;: %1 ne figure pas dans votre known_hosts, et hadesk lance ssh en mode batch, il ne peut donc pas vous le demander. Connectez-vous une fois avec ssh dans un terminal, vérifiez l’empreinte de la clé et acceptez-la, puis réessayez</translation>
    </message>
    <message>
        <source>authentication failed at %1 (%2): no key from your agent or ~/.ssh/config was accepted. hadesk runs ssh in batch mode and never asks for a password; load a key into ssh-agent or name one with IdentityFile</source>
        <translation>échec de l’authentification sur %1 (%2)&#xa0;: aucune clé de votre agent ou de ~/.ssh/config n’a été acceptée. hadesk lance ssh en mode batch et ne demande jamais de mot de passe&#xa0;; chargez une clé dans ssh-agent ou désignez-en une avec IdentityFile</translation>
    </message>
    <message>
        <source>ssh could not resolve the host name &apos;%1&apos;</source>
        <translation>ssh n’a pas pu résoudre le nom d’hôte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>connection refused by %1 (is an SSH server listening on that port?)</source>
        <translation>connexion refusée par %1 (un serveur SSH écoute-t-il sur ce port&#xa0;?)</translation>
    </message>
    <message>
        <source>no answer from %1: the SSH connection timed out</source>
        <translation>aucune réponse de %1&#xa0;: délai de connexion SSH dépassé</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>ssh could not create its local socket for %1: %2</source>
        <translation>ssh n’a pas pu créer son socket local pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the SSH server at %1 closed the connection during login (%2)</source>
        <translation>le serveur SSH %1 a fermé la connexion pendant l’authentification (%2)</translation>
    </message>
    <message>
        <source>cannot create a private folder for the SSH tunnel in %1: %2</source>
        <translation>impossible de créer un dossier privé pour le tunnel SSH dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de lancer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ssh did not open the tunnel to %1 within %2 s%3</source>
        <translation>ssh n’a pas ouvert le tunnel vers %1 en %2 s%3</translation>
    </message>
    <message>
        <source> (ssh said: %1)</source>
        <translation> (ssh a dit&#xa0;: %1)</translation>
    </message>
    <message>
        <source>ssh to %1 was killed</source>
        <translation>le processus ssh vers %1 a été tué</translation>
    </message>
    <message>
        <source>ssh to %1 stopped (exit code %2)</source>
        <translation>le processus ssh vers %1 s’est arrêté (code de sortie %2)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SslCertCommands</name>
    <message>
        <source>line %1 is empty; HAProxy would end the payload there</source>
        <translation>la ligne %1 est vide&#xa0;; HAProxy y terminerait la charge utile</translation>
    </message>
    <message>
        <source>line %1 is outside a PEM block (expected -----BEGIN ...-----)</source>
        <translation>la ligne %1 est en dehors d’un bloc PEM (attendu&#xa0;: -----BEGIN ...-----)</translation>
    </message>
    <message>
        <source>line %1 ends a %2 block inside a %3 block</source>
        <translation>la ligne %1 termine un bloc %2 à l’intérieur d’un bloc %3</translation>
    </message>
    <message>
        <source>line %1 of the %2 block is not base64 (an encrypted key cannot be loaded)</source>
        <translation>la ligne %1 du bloc %2 n’est pas en base64 (une clé chiffrée ne peut pas être chargée)</translation>
    </message>
    <message>
        <source>the %1 block has no END line</source>
        <translation>le bloc %1 n’a pas de ligne END</translation>
    </message>
    <message>
        <source>certificate name</source>
        <translation>nom du certificat</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; holds a space, a control character, &apos;;&apos;, &apos;\&apos; or &apos;#&apos;, which cannot be sent safely</source>
        <translation>%1 &apos;%2&apos; contient une espace, un caractère de contrôle, &apos;;&apos;, &apos;\&apos; ou &apos;#&apos;, qui ne peuvent pas être envoyés sans risque</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; the limit is %3 bytes</source>
        <translation>%1 fait %2 octets&#xa0;; la limite est de %3 octets</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot start with &apos;&lt;&lt;&apos; or &apos;*&apos;</source>
        <translation>%1 &apos;%2&apos; ne peut pas commencer par &apos;&lt;&lt;&apos; ou &apos;*&apos;</translation>
    </message>
    <message>
        <source>the certificate is empty</source>
        <translation>le certificat est vide</translation>
    </message>
    <message>
        <source>the certificate holds a control or non-ASCII character; PEM is ASCII</source>
        <translation>le certificat contient un caractère de contrôle ou non ASCII&#xa0;; le PEM est en ASCII</translation>
    </message>
    <message>
        <source>the PEM holds no CERTIFICATE block</source>
        <translation>le PEM ne contient aucun bloc CERTIFICATE</translation>
    </message>
    <message>
        <source>crt-list name</source>
        <translation>nom de crt-list</translation>
    </message>
    <message>
        <source>the command and its certificate are %1 bytes long; HAProxy reads at most %2 bytes</source>
        <translation>la commande et son certificat font %1 octets&#xa0;; HAProxy lit au plus %2 octets</translation>
    </message>
    <message>
        <source>the certificate could not be attached to the command</source>
        <translation>le certificat n’a pas pu être joint à la commande</translation>
    </message>
</context>
<context>
    <name>SslCertParser</name>
    <message>
        <source>Not a show ssl cert answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas une réponse à show ssl cert. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not a certificate. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas un certificat. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SslCertReplace</name>
    <message>
        <source>a replacement is already running</source>
        <translation>un remplacement est déjà en cours</translation>
    </message>
    <message>
        <source>there is no connection to send through</source>
        <translation>aucune connexion pour l’envoi</translation>
    </message>
    <message>
        <source>Cancelled: the transaction was aborted; the old certificate stays.</source>
        <translation>Annulé&#xa0;: la transaction a été abandonnée&#xa0;; l’ancien certificat reste en place.</translation>
    </message>
    <message>
        <source>The link was lost while the new certificate was sent (%1)</source>
        <translation>La liaison a été perdue pendant l’envoi du nouveau certificat (%1)</translation>
    </message>
    <message>
        <source>HAProxy refused the new certificate: %1</source>
        <translation>HAProxy a refusé le nouveau certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was committed; the old certificate stays.</source>
        <translation>Rien n’a été validé&#xa0;; l’ancien certificat reste en place.</translation>
    </message>
    <message>
        <source>The link was lost after the commit was sent: the new certificate may or may not be served. Refresh the list and look at its serial before doing anything else.</source>
        <translation>La liaison a été perdue après l’envoi du commit&#xa0;: le nouveau certificat est peut-être servi, peut-être pas. Actualisez la liste et regardez son numéro de série avant toute autre action.</translation>
    </message>
    <message>
        <source>HAProxy refused the commit: %1 The transaction was aborted; the old certificate stays.</source>
        <translation>HAProxy a refusé le commit&#xa0;: %1 La transaction a été abandonnée&#xa0;; l’ancien certificat reste en place.</translation>
    </message>
    <message>
        <source>The new certificate is served for %1.</source>
        <translation>Le nouveau certificat est servi pour %1.</translation>
    </message>
</context>
<context>
    <name>StartupLog</name>
    <message>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>log</source>
        <translation>journal</translation>
    </message>
</context>
<context>
    <name>StatParser</name>
    <message>
        <source>HAProxy sent an empty answer to show stat.</source>
        <translation>HAProxy a envoyé une réponse vide à show stat.</translation>
    </message>
    <message>
        <source>Not a show stat answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas une réponse à show stat. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The show stat header has no &quot;%1&quot; column: &quot;%2&quot;</source>
        <translation>L’en-tête de show stat n’a pas de colonne «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>StatTableModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 Tio</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 Pio</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Effective weight, then in parentheses the weight the user set (slowstart and agents change the effective one)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>secours</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>%1 active, %2 backup</source>
        <translation>%1 actifs, %2 de secours</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 en %2 ms</translation>
    </message>
    <message>
        <source>In maintenance because %1 is</source>
        <translation>En maintenance parce que %1 l’est</translation>
    </message>
    <message>
        <source>In maintenance because its address did not resolve</source>
        <translation>En maintenance parce que son adresse n’a pas pu être résolue</translation>
    </message>
    <message>
        <source>Going up: %1 of %2 successful checks</source>
        <translation>En passage à UP&#xa0;: %1 contrôles réussis sur %2</translation>
    </message>
    <message>
        <source>Going down: %1 more failed checks of %2</source>
        <translation>En passage à DOWN&#xa0;: encore %1 contrôles échoués sur %2</translation>
    </message>
    <message>
        <source>Tracks %1</source>
        <translation>Suit %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>Dernier contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Health %1 (rise %2, fall %3)</source>
        <translation>Santé %1 (rise %2, fall %3)</translation>
    </message>
    <message>
        <source>Failed checks: %1</source>
        <translation>Contrôles échoués&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Went DOWN %n time(s)</source>
        <translation>
            <numerusform>Passé DOWN %n fois</numerusform>
            <numerusform>Passé DOWN %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last agent check: %1</source>
        <translation>Dernier contrôle d’agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Queued now %1, at most %2, limit %3</source>
        <translation>En file d’attente&#xa0;: %1, au plus %2, limite %3</translation>
    </message>
    <message>
        <source>Requests %1, responses %2</source>
        <translation>Requêtes %1, réponses %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server, listener or proxy name (svname, pxname)</source>
        <translation>Nom du serveur, de l’écouteur ou du proxy (svname, pxname)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Frontend or backend (pxname)</source>
        <translation>Frontend ou backend (pxname)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>State, and the checks of a state change in progress (status)</source>
        <translation>État, et les contrôles d’un changement d’état en cours (status)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Effective weight, and the weight set when it differs (weight, uweight)</source>
        <translation>Poids effectif, et le poids défini s’il diffère (weight, uweight)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active or backup server; a backend&apos;s counts of both (act, bck)</source>
        <translation>Serveur actif ou de secours&#xa0;; pour un backend, le nombre de chacun (act, bck)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Current sessions (scur)</source>
        <translation>Sessions en cours (scur)</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Most sessions at once (smax)</source>
        <translation>Nombre maximal de sessions simultanées (smax)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Session limit (slim)</source>
        <translation>Limite de sessions (slim)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Sessions per second, last second (rate)</source>
        <translation>Sessions par seconde, dernière seconde (rate)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Requests waiting for a server (qcur)</source>
        <translation>Requêtes en attente d’un serveur (qcur)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sessions since start (stot)</source>
        <translation>Sessions depuis le démarrage (stot)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Bytes received (bin)</source>
        <translation>Octets reçus (bin)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Bytes sent (bout)</source>
        <translation>Octets envoyés (bout)</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Denied requests and responses (dreq + dresp)</source>
        <translation>Requêtes et réponses refusées (dreq + dresp)</translation>
    </message>
    <message>
        <source>Conn. errors</source>
        <translation>Err. connexion</translation>
    </message>
    <message>
        <source>Failed connections to a server (econ)</source>
        <translation>Connexions échouées vers un serveur (econ)</translation>
    </message>
    <message>
        <source>Resp. errors</source>
        <translation>Err. réponse</translation>
    </message>
    <message>
        <source>Bad or aborted responses (eresp)</source>
        <translation>Réponses erronées ou interrompues (eresp)</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Connection retries (wretr)</source>
        <translation>Nouvelles tentatives de connexion (wretr)</translation>
    </message>
    <message>
        <source>Redispatches</source>
        <translation>Redistributions</translation>
    </message>
    <message>
        <source>Requests sent to another server (wredis)</source>
        <translation>Requêtes envoyées à un autre serveur (wredis)</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>HTTP responses with a 4xx status (hrsp_4xx)</source>
        <translation>Réponses HTTP avec un statut 4xx (hrsp_4xx)</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>HTTP responses with a 5xx status (hrsp_5xx)</source>
        <translation>Réponses HTTP avec un statut 5xx (hrsp_5xx)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Last health check: result, code and duration (check_status)</source>
        <translation>Dernier contrôle de santé&#xa0;: résultat, code et durée (check_status)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Time since the last change of state (lastchg)</source>
        <translation>Temps écoulé depuis le dernier changement d’état (lastchg)</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Temps d’arrêt</translation>
    </message>
    <message>
        <source>Total time down (downtime)</source>
        <translation>Durée totale d’indisponibilité (downtime)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Server address and port (addr)</source>
        <translation>Adresse et port du serveur (addr)</translation>
    </message>
</context>
<context>
    <name>StatTableView</name>
    <message>
        <source>Fit Columns to Contents</source>
        <translation>Ajuster les colonnes au contenu</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>StatusBarLabels</name>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n row(s)</source>
        <translation>
            <numerusform> · %n ligne</numerusform>
            <numerusform> · %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · suspendu</translation>
    </message>
    <message>
        <source>Asking HAProxy took %1 ms, reading its answer %2 ms, updating the tables %3 ms</source>
        <translation>L’interrogation de HAProxy a pris %1 ms, la lecture de sa réponse %2 ms, la mise à jour des tableaux %3 ms</translation>
    </message>
    <message>
        <source> · on screen every %1 s, all rows every %2 s</source>
        <translation> · affiché toutes les %1 s, toutes les lignes toutes les %2 s</translation>
    </message>
    <message numerus="yes">
        <source>A large instance: every %1 s hadesk reads the %n proxy(s) whose rows are on screen or selected, and every row only every %2 s, so that HAProxy spends little on what is not shown.</source>
        <translation>
            <numerusform>Une grande instance&#xa0;: toutes les %1 s, hadesk lit le %n proxy dont les lignes sont affichées ou sélectionnées, et toutes les lignes seulement toutes les %2 s, pour que HAProxy dépense peu pour ce qui n’est pas affiché.</numerusform>
            <numerusform>Une grande instance&#xa0;: toutes les %1 s, hadesk lit les %n proxys dont les lignes sont affichées ou sélectionnées, et toutes les lignes seulement toutes les %2 s, pour que HAProxy dépense peu pour ce qui n’est pas affiché.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StickTableEntriesModel</name>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m%2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1h%2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1d%2h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Time until the entry expires</source>
        <translation>Temps restant avant l’expiration de l’entrée</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>Streams tracking the entry now</source>
        <translation>Flux qui suivent actuellement l’entrée</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StickTableListModel</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisées</translation>
    </message>
</context>
<context>
    <name>StickTableParser</name>
    <message>
        <source>Not a show table answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas une réponse à show table. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not a stick table dump. HAProxy said: &quot;%1&quot;</source>
        <translation>Ce n’est pas un vidage de stick table. HAProxy a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>StickTablesDock</name>
    <message>
        <source>Stick Tables</source>
        <translation>Stick tables</translation>
    </message>
    <message>
        <source>Stick tables</source>
        <translation>Stick tables</translation>
    </message>
    <message>
        <source>T&amp;ables:</source>
        <translation>&amp;Tables&#xa0;:</translation>
    </message>
    <message>
        <source>Entries of the table</source>
        <translation>Entrées de la table</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Clear Entry</source>
        <translation>&amp;Effacer l’entrée</translation>
    </message>
    <message>
        <source>Set &amp;Value…</source>
        <translation>Définir la &amp;valeur…</translation>
    </message>
    <message>
        <source>Clear &amp;Matching…</source>
        <translation>Effacer les entrées &amp;correspondantes…</translation>
    </message>
    <message>
        <source>Not connected to HAProxy.</source>
        <translation>Non connecté à HAProxy.</translation>
    </message>
    <message>
        <source>Could not list the stick tables: %1</source>
        <translation>Impossible de lister les stick tables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the list of stick tables: %1</source>
        <translation>Impossible de lire la liste des stick tables&#xa0;: %1</translation>
    </message>
    <message>
        <source>This HAProxy has no stick table.</source>
        <translation>Ce HAProxy n’a aucune stick table.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Table %1 holds more than this view reads (%2 MiB): filter it or look up a key.</source>
        <translation>La table %1 contient plus que ce que cette vue peut lire (%2 Mio)&#xa0;: filtrez-la ou cherchez une clé.</translation>
    </message>
    <message>
        <source>Could not read table %1: %2</source>
        <translation>Impossible de lire la table %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match %1; the table holds %2.</source>
        <translation>
            <numerusform>%n entrée correspond à %1&#xa0;; la table en contient %2.</numerusform>
            <numerusform>%n entrées correspondent à %1&#xa0;; la table en contient %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries (the rest came or went while reading).</source>
        <translation>%1 entrées affichées sur %2 (les autres sont apparues ou ont disparu pendant la lecture).</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entries to clear first.</source>
        <translation>Sélectionnez d’abord les entrées à effacer.</translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>Rien n’a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear %1 from table %2 (unban)</source>
        <translation>Effacer %1 de la table %2 (débannir)</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n entries from table %1 (unban)</source>
        <translation>
            <numerusform>Effacer %n entrée de la table %1 (débannir)</numerusform>
            <numerusform>Effacer %n entrées de la table %1 (débannir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one entry to set a value of.</source>
        <translation>Sélectionnez une seule entrée pour en définir une valeur.</translation>
    </message>
    <message>
        <source>Table %1 has no data column to set.</source>
        <translation>La table %1 n’a aucune colonne de données à définir.</translation>
    </message>
    <message>
        <source>Nothing sent: &apos;%1&apos; is not a whole number.</source>
        <translation>Rien n’a été envoyé&#xa0;: &apos;%1&apos; n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Set %1 of %2 in table %3 to %4</source>
        <translation>Régler %1 de %2 dans la table %3 à %4</translation>
    </message>
    <message>
        <source>Select a table first.</source>
        <translation>Sélectionnez d’abord une table.</translation>
    </message>
    <message>
        <source>Counting the entries that match %1…</source>
        <translation>Décompte des entrées qui correspondent à %1…</translation>
    </message>
    <message>
        <source>Could not count the matching entries: %1</source>
        <translation>Impossible de compter les entrées correspondantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>No entry of %1 matches %2: nothing to clear.</source>
        <translation>Aucune entrée de %1 ne correspond à %2&#xa0;: rien à effacer.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entries from table %1</source>
        <translation>
            <numerusform>Supprimer %n entrée de la table %1</numerusform>
            <numerusform>Supprimer %n entrées de la table %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be removed (those matching %1 now).</source>
        <translation>
            <numerusform>%n entrée sera supprimée (celle qui correspond actuellement à %1).</numerusform>
            <numerusform>%n entrées seront supprimées (celles qui correspondent actuellement à %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Needs %1 level; this socket is %2.</source>
        <translation>Exige le niveau %1&#xa0;; ce socket est de niveau %2.</translation>
    </message>
    <message>
        <source>Read the tables and the entries matching the filters again (F5)</source>
        <translation>Relire les tables et les entrées correspondant aux filtres (F5)</translation>
    </message>
    <message>
        <source>Remove the selected entries, e.g. to unban an address (Del)</source>
        <translation>Supprimer les entrées sélectionnées, par ex. pour débannir une adresse (Suppr)</translation>
    </message>
    <message>
        <source>Set one data value of the selected entry (F2)</source>
        <translation>Définir une valeur de données de l’entrée sélectionnée (F2)</translation>
    </message>
    <message>
        <source>Remove every entry matching the data filters, after counting them (Ctrl+Shift+Del)</source>
        <translation>Supprimer toutes les entrées correspondant aux filtres de données, après les avoir comptées (Ctrl+Maj+Suppr)</translation>
    </message>
</context>
<context>
    <name>TableCommands</name>
    <message>
        <source>data column &apos;%1&apos; is not a column name</source>
        <translation>la colonne de données &apos;%1&apos; n’est pas un nom de colonne</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; has no data column &apos;%2&apos; (it has: %3)</source>
        <translation>la table &apos;%1&apos; n’a pas de colonne de données &apos;%2&apos; (elle a&#xa0;: %3)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is not an IPv6 address</source>
        <translation>la clé &apos;%1&apos; n’est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is not an IPv4 address</source>
        <translation>la clé &apos;%1&apos; n’est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is not an integer from 0 to 4294967295</source>
        <translation>la clé &apos;%1&apos; n’est pas un entier de 0 à 4294967295</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; holds a space, a control character, &apos;;&apos;, &apos;\&apos;, &apos;#&apos; or a non-ASCII character, which cannot be sent safely</source>
        <translation>la clé &apos;%1&apos; contient une espace, un caractère de contrôle, &apos;;&apos;, &apos;\&apos;, &apos;#&apos; ou un caractère non ASCII, qui ne peuvent pas être envoyés sans risque</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; must be 1 to %2 characters long (the table&apos;s len)</source>
        <translation>la clé &apos;%1&apos; doit faire de 1 à %2 caractères (le len de la table)</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>nom de table</translation>
    </message>
    <message>
        <source>peers section name</source>
        <translation>nom de section peers</translation>
    </message>
    <message>
        <source>keys of binary tables cannot be given on the command line</source>
        <translation>les clés des tables binaires ne peuvent pas être données sur la ligne de commande</translation>
    </message>
    <message>
        <source>%1 filters given; HAProxy accepts at most %2</source>
        <translation>%1 filtres indiqués&#xa0;; HAProxy en accepte au plus %2</translation>
    </message>
    <message>
        <source>unknown filter operator %1</source>
        <translation>opérateur de filtre inconnu %1</translation>
    </message>
    <message>
        <source>clearing by data needs at least one filter</source>
        <translation>l’effacement par données exige au moins un filtre</translation>
    </message>
    <message>
        <source>value %1 is negative; stick table counters are unsigned</source>
        <translation>la valeur %1 est négative&#xa0;; les compteurs des stick tables sont non signés</translation>
    </message>
</context>
<context>
    <name>TableFilterBar</name>
    <message>
        <source>a key, alone (other filters are ignored)</source>
        <translation>une clé, seule (les autres filtres sont ignorés)</translation>
    </message>
    <message>
        <source>Key to look up</source>
        <translation>Clé à rechercher</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <source>Filter %1 column</source>
        <translation>Colonne du filtre %1</translation>
    </message>
    <message>
        <source>(no filter)</source>
        <translation>(aucun filtre)</translation>
    </message>
    <message>
        <source>Filter %1 operator</source>
        <translation>Opérateur du filtre %1</translation>
    </message>
    <message>
        <source>Filter %1 value</source>
        <translation>Valeur du filtre %1</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>the value of the filter on %1 is not a whole number: &apos;%2&apos;</source>
        <translation>la valeur du filtre sur %1 n’est pas un nombre entier&#xa0;: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
</context>
<context>
    <name>TableValueDialog</name>
    <message>
        <source>Set Value</source>
        <translation>Définir une valeur</translation>
    </message>
    <message>
        <source>Entry %1 of table %2</source>
        <translation>Entrée %1 de la table %2</translation>
    </message>
    <message>
        <source>Data column</source>
        <translation>Colonne de données</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Colonne&#xa0;:</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>a whole number, 0 or more</source>
        <translation>un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TcpTransport</name>
    <message>
        <source>connection refused by %1 (nothing listening there?)</source>
        <translation>connexion refusée par %1 (rien n’écoute là&#xa0;?)</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; not found</source>
        <translation>hôte &apos;%1&apos; introuvable</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>échec de la négociation TLS avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS certificate of %1 not trusted: %2</source>
        <translation>le certificat TLS de %1 n’est pas de confiance&#xa0;: %2</translation>
    </message>
    <message>
        <source>CA file &apos;%1&apos; holds no PEM certificate (missing or unreadable?)</source>
        <translation>le fichier d’AC &apos;%1&apos; ne contient aucun certificat PEM (absent ou illisible&#xa0;?)</translation>
    </message>
    <message>
        <source>client certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation>le fichier de certificat client &apos;%1&apos; ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>cannot read private key file &apos;%1&apos;: %2</source>
        <translation>impossible de lire le fichier de clé privée &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no unencrypted PEM private key (RSA, EC or DSA)</source>
        <translation>&apos;%1&apos; ne contient aucune clé privée PEM non chiffrée (RSA, EC ou DSA)</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no TLS backend (OpenSSL)</source>
        <translation>TLS n’est pas disponible&#xa0;: Qt n’a trouvé aucun backend TLS (OpenSSL)</translation>
    </message>
    <message>
        <source>This endpoint (%1) answered in plaintext: HAProxy&apos;s `stats socket ... ssl` does not encrypt (2.6–3.2). Put a TLS `listen` front before the socket (see README) or connect with tcp: on a trusted network.</source>
        <translation>Ce point de terminaison (%1) a répondu en clair&#xa0;: le `stats socket ... ssl` de HAProxy ne chiffre pas (2.6–3.2). Placez un frontal TLS `listen` devant le socket (voir le README) ou connectez-vous avec tcp: sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>This endpoint (%1) answered in plaintext, not TLS (it said &quot;%2&quot;): is it the right port?</source>
        <translation>Ce point de terminaison (%1) a répondu en clair, pas en TLS (il a dit «&#xa0;%2&#xa0;»)&#xa0;: est-ce le bon port&#xa0;?</translation>
    </message>
</context>
<context>
    <name>TrafficChartView</name>
    <message>
        <source>Share of %1 (%)</source>
        <translation>Part de %1 (%)</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>%1
%2
%3 % (%4)</source>
        <translation>%1
%2
%3&#xa0;% (%4)</translation>
    </message>
    <message>
        <source>weight share %1 %</source>
        <translation>part du poids %1&#xa0;%</translation>
    </message>
    <message>
        <source>Could not write %1: the chart could not be drawn as PNG.</source>
        <translation>Impossible d’écrire %1&#xa0;: le graphique n’a pas pu être rendu en PNG.</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>unknown kind of endpoint: %1</source>
        <translation>type de point de terminaison inconnu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Weight (0 to 256)</source>
        <translation>&amp;Poids (0 à 256)</translation>
    </message>
    <message>
        <source>&amp;Percent of the initial weight</source>
        <translation>Pour&amp;centage du poids initial</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message numerus="yes">
        <source>Weight of %n servers</source>
        <translation>
            <numerusform>Poids de %n serveur</numerusform>
            <numerusform>Poids de %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Share now</source>
        <translation>Part actuelle</translation>
    </message>
    <message>
        <source>New share</source>
        <translation>Nouvelle part</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; balances with static-rr: at runtime HAProxy only accepts 0 % or 100 % of a server&apos;s initial weight, so those are the only choices.</source>
        <translation>Le backend &apos;%1&apos; répartit avec static-rr&#xa0;: à l’exécution, HAProxy n’accepte que 0&#xa0;% ou 100&#xa0;% du poids initial d’un serveur, ce sont donc les seuls choix possibles.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; balances by &apos;%2&apos;. If its hash-type is map-based (the default), HAProxy only accepts 0 % or 100 % of the initial weight and will refuse other values; its answer will be shown.</source>
        <translation>Le backend &apos;%1&apos; répartit selon &apos;%2&apos;. Si son hash-type est map-based (par défaut), HAProxy n’accepte que 0&#xa0;% ou 100&#xa0;% du poids initial et refusera les autres valeurs&#xa0;; sa réponse sera affichée.</translation>
    </message>
    <message>
        <source>The initial weight of every server is needed (from &quot;show servers state&quot;).</source>
        <translation>Le poids initial de chaque serveur est nécessaire (d’après «&#xa0;show servers state&#xa0;»).</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 once ready</source>
        <translation>%1 une fois prêt</translation>
    </message>
    <message>
        <source>%1: %2 of the traffic of &apos;%3&apos; now, %4 with weight %5</source>
        <translation>%1&#xa0;: %2 du trafic de &apos;%3&apos; actuellement, %4 avec le poids %5</translation>
    </message>
    <message numerus="yes">
        <source>The same setting applies to all %n selected servers.</source>
        <translation>
            <numerusform>Le même réglage s’applique au %n serveur sélectionné.</numerusform>
            <numerusform>Le même réglage s’applique aux %n serveurs sélectionnés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritableFile</name>
    <message>
        <source>No file is named.</source>
        <translation>Aucun fichier n’est indiqué.</translation>
    </message>
    <message>
        <source>“%1” is not a full path: it must start at the root folder (/).</source>
        <translation>« %1 » n’est pas un chemin complet&#xa0;: il doit commencer au dossier racine (/).</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it, such as %2.</source>
        <translation>%1 est un dossier&#xa0;: indiquez un fichier dans ce dossier, par exemple %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 cannot be written to (its permissions do not allow it).</source>
        <translation>Impossible d’écrire dans %1 (ses permissions ne le permettent pas).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: the file cannot go under it.</source>
        <translation>%1 est un fichier, pas un dossier&#xa0;: le fichier ne peut pas être placé dessous.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to (its permissions do not allow it).</source>
        <translation>Impossible d’écrire dans le dossier %1 (ses permissions ne le permettent pas).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be made: %2 cannot be written to.</source>
        <translation>Le dossier %1 n’existe pas et ne peut pas être créé&#xa0;: impossible d’écrire %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;hadesk --help&apos;.</source>
        <translation>Essayez &apos;hadesk --help&apos;.</translation>
    </message>
    <message>
        <source>no saved profile is named &apos;%1&apos; (there are none yet)</source>
        <translation>aucun profil enregistré ne s’appelle &apos;%1&apos; (il n’y en a encore aucun)</translation>
    </message>
    <message>
        <source>no saved profile is named &apos;%1&apos; (saved: %2)</source>
        <translation>aucun profil enregistré ne s’appelle &apos;%1&apos; (enregistrés&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the audit log chosen in the preferences cannot be used (%1); it is written to %2</source>
        <translation>le journal d’audit choisi dans les préférences ne peut pas être utilisé (%1)&#xa0;; il est écrit dans %2</translation>
    </message>
</context>
</TS>
