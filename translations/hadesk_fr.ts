<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Sends nothing more; commands already sent still complete</source>
        <translation>N’envoie plus rien&#xa0;; les commandes déjà envoyées vont quand même jusqu’au bout</translation>
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
        <source>IPv4, IPv6 or host name</source>
        <translation>IPv4, IPv6 ou nom d’hôte</translation>
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
        <source>Backend &apos;%1&apos; balances with static-rr, which cannot take servers added at runtime (HAProxy refuses them). Only roundrobin, leastconn, first, random and consistent hashing can.</source>
        <translation>Le backend &apos;%1&apos; répartit avec static-rr, qui ne peut pas accepter de serveurs ajoutés à l’exécution (HAProxy les refuse). Seuls roundrobin, leastconn, first, random et le hachage cohérent le peuvent.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; balances by &apos;%2&apos;: HAProxy accepts new servers only with &quot;hash-type consistent&quot;, which the statistics do not show. If it uses the default map-based hashing, HAProxy will refuse and its answer will be shown.</source>
        <translation>Le backend &apos;%1&apos; répartit selon &apos;%2&apos;&#xa0;: HAProxy n’accepte de nouveaux serveurs qu’avec «&#xa0;hash-type consistent&#xa0;», ce que les statistiques n’indiquent pas. S’il utilise le hachage map-based par défaut, HAProxy refusera et sa réponse sera affichée.</translation>
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
    <name>AuditLog</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the audit log %1: %2</source>
        <translation>Impossible de lire le journal d’audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the audit log %1: cannot create the folder %2.</source>
        <translation>Impossible d’écrire le journal d’audit %1&#xa0;: le dossier %2 ne peut pas être créé.</translation>
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
        <source>&lt;p&gt;Where HAProxy&apos;s Runtime API (the &lt;i&gt;stats socket&lt;/i&gt;) listens:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;/run/haproxy/admin.sock&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a Unix socket on this machine&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;unix:PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the same, written explicitly&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tcp:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;plain TCP&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;plain TCP, short form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;[::1]:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;an IPv6 address, in brackets&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tls:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;TCP encrypted with TLS&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ssh:[USER@]HOST[:PORT]/PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a Unix socket on another machine, reached with ssh and socat&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Où écoute l’API Runtime de HAProxy (le &lt;i&gt;socket de stats&lt;/i&gt;)&#xa0;:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;/run/haproxy/admin.sock&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un socket Unix sur cette machine&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;unix:PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;la même chose, écrite explicitement&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tcp:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;TCP non chiffré&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;TCP non chiffré, forme courte&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;[::1]:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;une adresse IPv6, entre crochets&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tls:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;TCP chiffré avec TLS&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ssh:[USER@]HOST[:PORT]/PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un socket Unix sur une autre machine, atteint avec ssh et socat&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
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
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
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
    <message>
        <source>&amp;About hadesk</source>
        <translation>À &amp;propos de hadesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
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
        <source>Filter</source>
        <translation>Filtre</translation>
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
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
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
    <message>
        <source>&lt;h3&gt;hadesk %1&lt;/h3&gt;&lt;p&gt;Administer running HAProxy instances through their Runtime API.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hadesk %1&lt;/h3&gt;&lt;p&gt;Administrer des instances HAProxy en cours d’exécution via leur API Runtime.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Connected to HAProxy %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Connecté à HAProxy %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About hadesk</source>
        <translation>À propos de hadesk</translation>
    </message>
    <message>
        <source>Asking HAProxy took %1 ms, reading its answer %2 ms, updating the tables %3 ms</source>
        <translation>L’interrogation de HAProxy a pris %1 ms, la lecture de sa réponse %2 ms, la mise à jour des tableaux %3 ms</translation>
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
        <source>Hide servers that are DOWN (also those coming back up)</source>
        <translation>Masquer les serveurs DOWN (y compris ceux qui reviennent)</translation>
    </message>
    <message>
        <source>Filter by name, proxy or address (Ctrl+F)</source>
        <translation>Filtrer par nom, proxy ou adresse (Ctrl+F)</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Journal d’audit</translation>
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
        <source>the answer to &apos;%1&apos; is larger than %2 bytes</source>
        <translation>la réponse à &apos;%1&apos; dépasse %2 octets</translation>
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
        <source>the answer to &apos;%1&apos; grew over the limit of %2 bytes; the connection was reset</source>
        <translation>la réponse à &apos;%1&apos; a dépassé la limite de %2 octets&#xa0;; la connexion a été réinitialisée</translation>
    </message>
    <message>
        <source>oversized answer</source>
        <translation>réponse trop grande</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; is %2 bytes, over the limit of %3</source>
        <translation>la réponse à &apos;%1&apos; fait %2 octets, au-delà de la limite de %3</translation>
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
        <source>an unknown state</source>
        <translation>inconnu</translation>
    </message>
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
</context>
<context>
    <name>Transport</name>
    <message>
        <source>ssh: endpoints are understood, but this version cannot connect through SSH yet; forward the socket meanwhile (ssh -L /tmp/haproxy.sock:%1 %2) and connect to unix:/tmp/haproxy.sock</source>
        <translation>les points de terminaison ssh: sont reconnus, mais cette version ne sait pas encore se connecter via SSH&#xa0;; en attendant, redirigez le socket (ssh -L /tmp/haproxy.sock:%1 %2) et connectez-vous à unix:/tmp/haproxy.sock</translation>
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
</context>
</TS>
