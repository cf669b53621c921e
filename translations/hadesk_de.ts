<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionPreviewDialog</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Nothing will be sent: %1</source>
        <translation>Es wird nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation>Es kann nichts gesendet werden: %1</translation>
    </message>
    <message>
        <source>This is destructive: %1 %2 Check the commands below, then confirm.</source>
        <translation>Das ist destruktiv: %1 %2 Prüfen Sie die Befehle unten und bestätigen Sie dann.</translation>
    </message>
    <message>
        <source>These commands will be sent, in this order:</source>
        <translation>Diese Befehle werden in dieser Reihenfolge gesendet:</translation>
    </message>
    <message>
        <source>Command for %1</source>
        <translation>Befehl für %1</translation>
    </message>
    <message>
        <source>Copy as socat command</source>
        <translation>Als socat-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copies a shell command that sends this line with socat</source>
        <translation>Kopiert einen Shell-Befehl, der diese Zeile mit socat sendet</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Sends nothing more; commands already sent still complete</source>
        <translation>Sendet nichts mehr; bereits gesendete Befehle werden noch abgeschlossen</translation>
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
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 nicht gesendet</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Permission denied: this socket&apos;s level does not allow this command.</source>
        <translation>Zugriff verweigert: die Stufe dieses Sockets erlaubt diesen Befehl nicht.</translation>
    </message>
    <message>
        <source>The connection dropped after sending; the result is unknown — the row will be refreshed.</source>
        <translation>Die Verbindung brach nach dem Senden ab; das Ergebnis ist unbekannt – die Zeile wird aktualisiert.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Not sent: stopped after the connection dropped.</source>
        <translation>Nicht gesendet: nach dem Verbindungsabbruch angehalten.</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Nicht gesendet: abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AddServerDialog</name>
    <message>
        <source>&amp;Health check</source>
        <translation>&amp;Health-Check</translation>
    </message>
    <message>
        <source>&amp;SSL/TLS to the server</source>
        <translation>&amp;SSL/TLS zum Server</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t verify the server&apos;s certificate</source>
        <translation>Zertifikat des Servers nicht &amp;überprüfen</translation>
    </message>
    <message>
        <source>&amp;Backup server</source>
        <translation>&amp;Backup-Server</translation>
    </message>
    <message>
        <source>Start in &amp;maintenance</source>
        <translation>In Wa&amp;rtung starten</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>IPv4, IPv6 or host name</source>
        <translation>IPv4, IPv6 oder Hostname</translation>
    </message>
    <message>
        <source>same as the client&apos;s</source>
        <translation>wie beim Client</translation>
    </message>
    <message>
        <source>default (1)</source>
        <translation>Standard (1)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>default interval</source>
        <translation>Standardintervall</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>HAProxy creates every new server in maintenance; unchecked, it is put in service right after.</source>
        <translation>HAProxy legt jeden neuen Server in Wartung an; ist dies nicht angekreuzt, wird er gleich danach in Betrieb genommen.</translation>
    </message>
    <message>
        <source>B&amp;ackend:</source>
        <translation>B&amp;ackend:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Checks:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Max &amp;connections:</source>
        <translation>Max. &amp;Verbindungen:</translation>
    </message>
    <message>
        <source>No backend to add a server to.</source>
        <translation>Kein Backend, zu dem ein Server hinzugefügt werden könnte.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; is not in the last poll.</source>
        <translation>Das Backend &apos;%1&apos; ist nicht in der letzten Abfrage enthalten.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; balances with static-rr, which cannot take servers added at runtime (HAProxy refuses them). Only roundrobin, leastconn, first, random and consistent hashing can.</source>
        <translation>Das Backend &apos;%1&apos; verteilt mit static-rr, das keine zur Laufzeit hinzugefügten Server aufnehmen kann (HAProxy lehnt sie ab). Das können nur roundrobin, leastconn, first, random und konsistentes Hashing.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; balances by &apos;%2&apos;: HAProxy accepts new servers only with &quot;hash-type consistent&quot;, which the statistics do not show. If it uses the default map-based hashing, HAProxy will refuse and its answer will be shown.</source>
        <translation>Das Backend &apos;%1&apos; verteilt nach &apos;%2&apos;: HAProxy nimmt neue Server nur mit „hash-type consistent“ an, was die Statistiken nicht zeigen. Verwendet es das standardmäßige map-basierte Hashing, lehnt HAProxy ab, und seine Antwort wird angezeigt.</translation>
    </message>
    <message>
        <source>server name is empty</source>
        <translation>der Servername ist leer</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; already has a server named &apos;%2&apos;.</source>
        <translation>Das Backend &apos;%1&apos; hat bereits einen Server namens &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>server address is empty</source>
        <translation>die Serveradresse ist leer</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>HAProxy verifies the certificate by default and refuses the server if no CA file is set (default-server ca-file); its answer will be shown.</source>
        <translation>HAProxy prüft das Zertifikat standardmäßig und lehnt den Server ab, wenn keine CA-Datei gesetzt ist (default-server ca-file); seine Antwort wird angezeigt.</translation>
    </message>
</context>
<context>
    <name>ArgumentValidator</name>
    <message>
        <source>an unpaired UTF-16 surrogate (%1), which is not valid text</source>
        <translation>ein einzelnes UTF-16-Surrogat (%1), das kein gültiger Text ist</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>ein Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>a carriage return (CR)</source>
        <translation>ein Wagenrücklauf (CR)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the control character %1</source>
        <translation>das Steuerzeichen %1</translation>
    </message>
    <message>
        <source>the invisible formatting character %1</source>
        <translation>das unsichtbare Formatierungszeichen %1</translation>
    </message>
    <message>
        <source>the non-character %1</source>
        <translation>das Nichtzeichen %1</translation>
    </message>
    <message>
        <source>the non-ASCII character &apos;%1&apos; (%2)</source>
        <translation>das Nicht-ASCII-Zeichen &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 Zeichen)</translation>
    </message>
    <message>
        <source>an IPv4 address has 4 parts, this has %1</source>
        <translation>eine IPv4-Adresse hat 4 Teile, diese hat %1</translation>
    </message>
    <message>
        <source>it has an empty part</source>
        <translation>sie hat einen leeren Teil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal number</source>
        <translation>&apos;%1&apos; ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a leading zero, which some tools read as octal</source>
        <translation>&apos;%1&apos; hat eine führende Null, die manche Programme als Oktalzahl lesen</translation>
    </message>
    <message>
        <source>%1 is greater than 255</source>
        <translation>%1 ist größer als 255</translation>
    </message>
    <message>
        <source>it has no label</source>
        <translation>er hat kein Label</translation>
    </message>
    <message>
        <source>it is %1 characters long; a host name has at most 253</source>
        <translation>er ist %1 Zeichen lang; ein Hostname hat höchstens 253</translation>
    </message>
    <message>
        <source>it has an empty label (two dots in a row, or a leading dot)</source>
        <translation>er hat ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang)</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is %2 characters long; a label has at most 63</source>
        <translation>das Label &apos;%1&apos; ist %2 Zeichen lang; ein Label hat höchstens 63</translation>
    </message>
    <message>
        <source>it contains &apos;%1&apos;; host names allow letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>er enthält &apos;%1&apos;; Hostnamen erlauben Buchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; starts with a hyphen</source>
        <translation>das Label &apos;%1&apos; beginnt mit einem Bindestrich</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; ends with a hyphen</source>
        <translation>das Label &apos;%1&apos; endet mit einem Bindestrich</translation>
    </message>
    <message>
        <source>its last label &apos;%1&apos; is all digits, which no host name has</source>
        <translation>sein letztes Label &apos;%1&apos; besteht nur aus Ziffern, was bei keinem Hostnamen vorkommt</translation>
    </message>
    <message>
        <source>IPv6 zone ids (&apos;%1&apos;) are not supported by HAProxy</source>
        <translation>IPv6-Zonen-IDs (&apos;%1&apos;) werden von HAProxy nicht unterstützt</translation>
    </message>
    <message>
        <source>it contains &apos;%1&apos;, which no IPv6 address has</source>
        <translation>sie enthält &apos;%1&apos;, was in keiner IPv6-Adresse vorkommt</translation>
    </message>
    <message>
        <source>its IPv4 part &apos;%1&apos; is not valid: %2</source>
        <translation>ihr IPv4-Teil &apos;%1&apos; ist ungültig: %2</translation>
    </message>
    <message>
        <source>it is not a valid IPv6 address</source>
        <translation>sie ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3, which HAProxy does not allow in names (allowed: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;:&apos;)</source>
        <translation>%1 &apos;%2&apos; enthält %3, was HAProxy in Namen nicht erlaubt (erlaubt: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;:&apos;)</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; the limit is %3 bytes</source>
        <translation>%1 ist %2 Byte lang; die Grenze liegt bei %3 Byte</translation>
    </message>
    <message>
        <source>%1 %2 is out of range (1-65535)</source>
        <translation>%1 %2 liegt außerhalb des gültigen Bereichs (1–65535)</translation>
    </message>
    <message>
        <source>use 0-%1, or 0%-%2% of the initial weight</source>
        <translation>erlaubt sind 0–%1 oder 0 %–%2 % des Anfangsgewichts</translation>
    </message>
    <message>
        <source>weight is empty (%1)</source>
        <translation>das Gewicht ist leer (%1)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is negative (%2)</source>
        <translation>das Gewicht &apos;%1&apos; ist negativ (%2)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has no number (%2)</source>
        <translation>das Gewicht &apos;%1&apos; enthält keine Zahl (%2)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; contains %2 (%3)</source>
        <translation>das Gewicht &apos;%1&apos; enthält %2 (%3)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has a leading zero (%2)</source>
        <translation>das Gewicht &apos;%1&apos; hat eine führende Null (%2)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is out of range (%2)</source>
        <translation>das Gewicht &apos;%1&apos; liegt außerhalb des gültigen Bereichs (%2)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: %3</source>
        <translation>%1 &apos;%2&apos; ist ungültig: %3</translation>
    </message>
    <message>
        <source>write IPv6 addresses without brackets</source>
        <translation>IPv6-Adressen ohne eckige Klammern schreiben</translation>
    </message>
    <message>
        <source> (use the xn-- form of internationalised names)</source>
        <translation> (für internationalisierte Namen die xn---Form verwenden)</translation>
    </message>
    <message>
        <source>it contains %1</source>
        <translation>er enthält %1</translation>
    </message>
    <message>
        <source>it contains a port (&apos;:%1&apos;); give the port separately</source>
        <translation>er enthält einen Port (&apos;:%1&apos;); den Port bitte getrennt angeben</translation>
    </message>
    <message>
        <source>not an IPv4 address: %1</source>
        <translation>keine IPv4-Adresse: %1</translation>
    </message>
    <message>
        <source>%1 %2 ms is out of range (1 ms to 24 h)</source>
        <translation>%1 %2 ms liegt außerhalb des gültigen Bereichs (1 ms bis 24 h)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3 at position %4, which cannot be sent to HAProxy</source>
        <translation>%1 &apos;%2&apos; enthält an Position %4 %3, das nicht an HAProxy gesendet werden kann</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; ends with &apos;&lt;&lt;&apos;, which HAProxy reads as the start of a payload</source>
        <translation>%1 &apos;%2&apos; endet mit &apos;&lt;&lt;&apos;, was HAProxy als Beginn einer Nutzlast liest</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long once escaped; a command line has at most %3</source>
        <translation>%1 ist maskiert %2 Byte lang; eine Befehlszeile hat höchstens %3</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read the audit log %1: %2</source>
        <translation>Das Audit-Log %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not write the audit log %1: cannot create the folder %2.</source>
        <translation>Das Audit-Log %1 konnte nicht geschrieben werden: der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open the audit log %1: %2</source>
        <translation>Das Audit-Log %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not write to the audit log %1: %2</source>
        <translation>In das Audit-Log %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write to the audit log %1: only %2 of %3 bytes were written (is the disk full?)</source>
        <translation>In das Audit-Log %1 konnte nicht geschrieben werden: nur %2 von %3 Byte wurden geschrieben (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>Could not flush the audit log %1 to disk: %2</source>
        <translation>Das Audit-Log %1 konnte nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogDock</name>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Filter by command, instance, user or answer</source>
        <translation>Nach Befehl, Instanz, Benutzer oder Antwort filtern</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export Audit Log as CSV</source>
        <translation>Audit-Log als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Audit Log as JSON</source>
        <translation>Audit-Log als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Commands: %1</source>
        <translation>Befehle: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Angezeigt: %1 von %2</translation>
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
        <translation>(leere Antwort)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>CommandBuilder</name>
    <message>
        <source>the command is %1 bytes long; HAProxy reads at most %2 bytes per line</source>
        <translation>der Befehl ist %1 Byte lang; HAProxy liest höchstens %2 Byte pro Zeile</translation>
    </message>
    <message>
        <source>the command contains a line break or a NUL character</source>
        <translation>der Befehl enthält einen Zeilenumbruch oder ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>backend name</source>
        <translation>Backend-Name</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>ein Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>a carriage return (CR)</source>
        <translation>ein Wagenrücklauf (CR)</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the control character %1</source>
        <translation>das Steuerzeichen %1</translation>
    </message>
    <message>
        <source>the command contains the invisible formatting character %1 at position %2</source>
        <translation>der Befehl enthält an Position %2 das unsichtbare Formatierungszeichen %1</translation>
    </message>
    <message>
        <source>the command contains an unpaired UTF-16 surrogate at position %1</source>
        <translation>der Befehl enthält an Position %1 ein einzelnes UTF-16-Surrogat</translation>
    </message>
    <message>
        <source>the command contains %1 at position %2; send one single-line command at a time</source>
        <translation>der Befehl enthält an Position %2 %1; bitte jeweils einen einzeiligen Befehl senden</translation>
    </message>
    <message>
        <source>the command ends with &apos;\&apos;, which HAProxy reads as a line continuation; write &apos;\\&apos; for a backslash</source>
        <translation>der Befehl endet mit &apos;\&apos;, was HAProxy als Zeilenfortsetzung liest; für einen Backslash &apos;\\&apos; schreiben</translation>
    </message>
    <message>
        <source>the command contains &apos;;&apos; at position %1, which starts a second command; send each command alone, or write &apos;\;&apos; for a literal &apos;;&apos;</source>
        <translation>der Befehl enthält an Position %1 ein &apos;;&apos;, das einen zweiten Befehl beginnt; jeden Befehl einzeln senden oder für ein wörtliches &apos;;&apos; &apos;\;&apos; schreiben</translation>
    </message>
    <message>
        <source>stat type mask %1 is not valid (use -1, or a sum of 1 frontends, 2 backends, 4 servers)</source>
        <translation>die Typmaske %1 ist ungültig (-1 oder eine Summe aus 1 Frontends, 2 Backends, 4 Server verwenden)</translation>
    </message>
    <message>
        <source>server id %1 is not valid (use -1 for every server, or 1 and up)</source>
        <translation>die Server-ID %1 ist ungültig (-1 für alle Server oder ab 1 verwenden)</translation>
    </message>
    <message>
        <source>proxy name</source>
        <translation>Proxy-Name</translation>
    </message>
    <message>
        <source>CLI timeout %1 s is out of range (1-%2 s)</source>
        <translation>das CLI-Timeout von %1 s liegt außerhalb des gültigen Bereichs (1–%2 s)</translation>
    </message>
    <message>
        <source>unknown server state %1</source>
        <translation>unbekannter Serverzustand %1</translation>
    </message>
    <message>
        <source>unknown health state %1</source>
        <translation>unbekannter Health-Zustand %1</translation>
    </message>
    <message>
        <source>unknown agent state %1</source>
        <translation>unbekannter Agent-Zustand %1</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>server address &apos;%1&apos; is a host name; set server ... addr needs an IPv4 or IPv6 address</source>
        <translation>die Serveradresse &apos;%1&apos; ist ein Hostname; set server ... addr braucht eine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>server port</source>
        <translation>Serverport</translation>
    </message>
    <message>
        <source>check port</source>
        <translation>Check-Port</translation>
    </message>
    <message>
        <source>check interval and check port need the health check turned on</source>
        <translation>Check-Intervall und Check-Port setzen einen eingeschalteten Health-Check voraus</translation>
    </message>
    <message>
        <source>check interval</source>
        <translation>Check-Intervall</translation>
    </message>
    <message>
        <source>&apos;verify none&apos; needs SSL turned on</source>
        <translation>&apos;verify none&apos; setzt eingeschaltetes SSL voraus</translation>
    </message>
    <message>
        <source>maxconn %1 is not valid (use 1 and up, or -1 for no limit)</source>
        <translation>maxconn %1 ist ungültig (ab 1 oder -1 für unbegrenzt verwenden)</translation>
    </message>
    <message>
        <source>slowstart</source>
        <translation>Slowstart</translation>
    </message>
    <message>
        <source>agent port needs the agent check turned on</source>
        <translation>der Agent-Port setzt einen eingeschalteten Agent-Check voraus</translation>
    </message>
    <message>
        <source>agent check needs an agent port</source>
        <translation>der Agent-Check braucht einen Agent-Port</translation>
    </message>
    <message>
        <source>agent port</source>
        <translation>Agent-Port</translation>
    </message>
    <message>
        <source>wait time</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>der Befehl ist leer</translation>
    </message>
    <message>
        <source>the command ends with &apos;&lt;&lt;&apos;, which starts a multi-line payload; the console sends single lines</source>
        <translation>der Befehl endet mit &apos;&lt;&lt;&apos;, was eine mehrzeilige Nutzlast beginnt; die Konsole sendet nur einzelne Zeilen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would change this console&apos;s session (mode, level or answer format); it is managed by hadesk and cannot be typed here</source>
        <translation>&apos;%1&apos; würde die Sitzung dieser Konsole ändern (Modus, Stufe oder Antwortformat); sie wird von hadesk verwaltet, der Befehl kann hier nicht eingegeben werden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Watch and administer running HAProxy instances through their Runtime API (stats socket).</source>
        <translation>Laufende HAProxy-Instanzen über ihre Runtime API (Stats-Socket) beobachten und verwalten.</translation>
    </message>
    <message>
        <source>Where HAProxy&apos;s Runtime API listens: /run/haproxy/admin.sock, unix:PATH, tcp:HOST:PORT, HOST:PORT, [::1]:PORT, tls:HOST:PORT or ssh:[USER@]HOST[:PORT]/PATH. Connects at once.</source>
        <translation>Wo die Runtime API von HAProxy lauscht: /run/haproxy/admin.sock, unix:PATH, tcp:HOST:PORT, HOST:PORT, [::1]:PORT, tls:HOST:PORT oder ssh:[USER@]HOST[:PORT]/PATH. Verbindet sofort.</translation>
    </message>
    <message>
        <source>[endpoint]</source>
        <translation>[Endpunkt]</translation>
    </message>
    <message>
        <source>Connect to the saved connection profile &lt;name&gt;.</source>
        <translation>Mit dem gespeicherten Verbindungsprofil &lt;Name&gt; verbinden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Show the user interface in this language (e.g. de, fr, en) instead of the system&apos;s.</source>
        <translation>Die Benutzeroberfläche in dieser Sprache (z. B. de, fr, en) statt in der des Systems anzeigen.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Verify a tls: endpoint against the CA certificates in &lt;file&gt; instead of the system&apos;s.</source>
        <translation>Einen tls:-Endpunkt gegen die CA-Zertifikate in &lt;Datei&gt; statt gegen die des Systems prüfen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for a tls: endpoint.</source>
        <translation>Client-Zertifikat (PEM) für einen tls:-Endpunkt.</translation>
    </message>
    <message>
        <source>Private key (PEM) of the client certificate.</source>
        <translation>Privater Schlüssel (PEM) des Client-Zertifikats.</translation>
    </message>
    <message>
        <source>Name the server certificate of a tls: endpoint must carry, if not its host name.</source>
        <translation>Name, den das Server-Zertifikat eines tls:-Endpunkts tragen muss, falls nicht sein Hostname.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (use e.g. de, fr, en or pt_BR)</source>
        <translation>&apos;%1&apos; ist kein Sprachcode (z. B. de, fr, en oder pt_BR verwenden)</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile</source>
        <translation>--profile braucht den Namen eines gespeicherten Profils</translation>
    </message>
    <message>
        <source>give at most one endpoint, not %1 (%2)</source>
        <translation>höchstens einen Endpunkt angeben, nicht %1 (%2)</translation>
    </message>
    <message>
        <source>give either an endpoint or --profile, not both (%1 and --profile %2)</source>
        <translation>entweder einen Endpunkt oder --profile angeben, nicht beides (%1 und --profile %2)</translation>
    </message>
    <message>
        <source>the --tls-* options apply only to tls: endpoints, and %1 is not one</source>
        <translation>die Optionen --tls-* gelten nur für tls:-Endpunkte, und %1 ist keiner</translation>
    </message>
    <message>
        <source>the --tls-* options need a tls:HOST:PORT endpoint</source>
        <translation>die Optionen --tls-* brauchen einen Endpunkt tls:HOST:PORT</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to HAProxy</source>
        <translation>Mit HAProxy verbinden</translation>
    </message>
    <message>
        <source>&amp;Recent profiles:</source>
        <translation>&amp;Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Double-click to connect. Delete removes the selected profile.</source>
        <translation>Doppelklick verbindet. Entf entfernt das ausgewählte Profil.</translation>
    </message>
    <message>
        <source>Re&amp;move Profile…</source>
        <translation>Profil &amp;entfernen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Where HAProxy&apos;s Runtime API (the &lt;i&gt;stats socket&lt;/i&gt;) listens:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;/run/haproxy/admin.sock&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a Unix socket on this machine&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;unix:PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the same, written explicitly&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tcp:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;plain TCP&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;plain TCP, short form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;[::1]:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;an IPv6 address, in brackets&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tls:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;TCP encrypted with TLS&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ssh:[USER@]HOST[:PORT]/PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a Unix socket on another machine, reached with ssh and socat&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Wo die Runtime API von HAProxy (der &lt;i&gt;Stats-Socket&lt;/i&gt;) lauscht:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;/run/haproxy/admin.sock&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ein Unix-Socket auf diesem Rechner&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;unix:PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;dasselbe, ausdrücklich geschrieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tcp:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;unverschlüsseltes TCP&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;unverschlüsseltes TCP, Kurzform&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;[::1]:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;eine IPv6-Adresse, in eckigen Klammern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tls:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;mit TLS verschlüsseltes TCP&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ssh:[USER@]HOST[:PORT]/PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ein Unix-Socket auf einem anderen Rechner, erreicht über ssh und socat&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Leave empty to connect without saving</source>
        <translation>Leer: verbinden, ohne zu speichern</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How often to ask HAProxy for fresh statistics. Every poll costs HAProxy a little work.</source>
        <translation>Wie oft HAProxy nach neuen Statistiken gefragt wird. Jede Abfrage kostet HAProxy ein wenig Arbeit.</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation>Als &amp;Profil speichern:</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Only for tls: endpoints.</source>
        <translation>Nur für tls:-Endpunkte.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Choose the CA Certificates</source>
        <translation>CA-Zertifikate auswählen</translation>
    </message>
    <message>
        <source>The system&apos;s CA certificates</source>
        <translation>Die CA-Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>Client-Zer&amp;tifikat:</translation>
    </message>
    <message>
        <source>Browse for the client certificate</source>
        <translation>Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Choose the Client Certificate</source>
        <translation>Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Browse for the private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key);;All files (*)</source>
        <translation>Private Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>In the certificate file</source>
        <translation>In der Zertifikatsdatei</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name</source>
        <translation>Der Hostname des Endpunkts</translation>
    </message>
    <message>
        <source>The name the server certificate must carry, if not the host name typed in the endpoint (e.g. when connecting by IP address).</source>
        <translation>Der Name, den das Server-Zertifikat tragen muss, falls nicht der im Endpunkt eingegebene Hostname (z. B. bei Verbindung über eine IP-Adresse).</translation>
    </message>
    <message>
        <source>Peer &amp;name:</source>
        <translation>Peer-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Verify the server certificate</source>
        <translation>Server-Zertifikat &amp;überprüfen</translation>
    </message>
    <message>
        <source>Without verification anyone on the network path can pose as this HAProxy and read or change every command you send, admin commands included.</source>
        <translation>Ohne Überprüfung kann sich jeder auf dem Netzwerkweg als dieser HAProxy ausgeben und jeden gesendeten Befehl mitlesen oder verändern, Admin-Befehle eingeschlossen.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be written to the settings file. It is used for this connection but will be missing the next time hadesk starts.</source>
        <translation>Das Profil „%1“ konnte nicht in die Einstellungsdatei geschrieben werden. Es wird für diese Verbindung verwendet, fehlt aber beim nächsten Start von hadesk.</translation>
    </message>
    <message>
        <source>Type where HAProxy listens, or pick a recent profile.</source>
        <translation>Geben Sie ein, wo HAProxy lauscht, oder wählen Sie ein zuletzt verwendetes Profil.</translation>
    </message>
    <message>
        <source>Connects to %1 without encryption: anyone on the network path can read the commands. Prefer tls: or ssh: across a network.</source>
        <translation>Verbindet unverschlüsselt mit %1: Jeder auf dem Netzwerkweg kann die Befehle mitlesen. Über ein Netzwerk besser tls: oder ssh: verwenden.</translation>
    </message>
    <message>
        <source>Connects to %1 (%2).</source>
        <translation>Verbindet mit %1 (%2).</translation>
    </message>
    <message>
        <source>Connecting replaces the saved profile &quot;%1&quot;.</source>
        <translation>Beim Verbinden wird das gespeicherte Profil „%1“ ersetzt.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the saved profile &quot;%1&quot;? The HAProxy it points to is not affected.</source>
        <translation>Das gespeicherte Profil „%1“ entfernen? Der HAProxy, auf den es verweist, bleibt unberührt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Profile Not Removed</source>
        <translation>Profil nicht entfernt</translation>
    </message>
    <message>
        <source>The settings file could not be written; the profile &quot;%1&quot; will be back the next time hadesk starts.</source>
        <translation>Die Einstellungsdatei konnte nicht geschrieben werden; das Profil „%1“ ist beim nächsten Start von hadesk wieder da.</translation>
    </message>
    <message>
        <source>e.g. /run/haproxy/admin.sock or tls:lb1:9443</source>
        <translation>z. B. /run/haproxy/admin.sock oder tls:lb1:9443</translation>
    </message>
</context>
<context>
    <name>ConnectionProfilesModel</name>
    <message>
        <source>A connection profile needs a name.</source>
        <translation>Ein Verbindungsprofil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>Profile “%1”: the poll interval must be between %2 ms and %3 ms.</source>
        <translation>Profil „%1“: Das Abfrageintervall muss zwischen %2 ms und %3 ms liegen.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>ein Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>a carriage return (CR)</source>
        <translation>ein Wagenrücklauf (CR)</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>an unpaired UTF-16 surrogate</source>
        <translation>ein einzelnes UTF-16-Surrogat</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>the endpoint contains %1 at position %2</source>
        <translation>der Endpunkt enthält an Position %2 %1</translation>
    </message>
    <message>
        <source>empty socket path%1</source>
        <translation>leerer Socket-Pfad%1</translation>
    </message>
    <message>
        <source>socket path %1 is %2 bytes long; a Unix socket path has at most %3</source>
        <translation>der Socket-Pfad %1 ist %2 Byte lang; ein Unix-Socket-Pfad hat höchstens %3</translation>
    </message>
    <message>
        <source>missing port in %1</source>
        <translation>Port fehlt in %1</translation>
    </message>
    <message>
        <source>port %1 is not a number in %2</source>
        <translation>Port %1 ist keine Zahl in %2</translation>
    </message>
    <message>
        <source>port %1 is out of range (1-65535) in %2</source>
        <translation>Port %1 liegt außerhalb des gültigen Bereichs (1–65535) in %2</translation>
    </message>
    <message>
        <source>empty IPv6 address %1%2</source>
        <translation>leere IPv6-Adresse %1%2</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv6 address%2</source>
        <translation>%1 ist keine gültige IPv6-Adresse%2</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address or a host name in %2</source>
        <translation>%1 ist weder eine IPv4-Adresse noch ein Hostname in %2</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address or a host name in %2</source>
        <translation>%1 ist weder eine IPv6-Adresse noch ein Hostname in %2</translation>
    </message>
    <message>
        <source>missing host and port in %1</source>
        <translation>Host und Port fehlen in %1</translation>
    </message>
    <message>
        <source>%1 has no closing &apos;]&apos;%2</source>
        <translation>%1 hat keine schließende &apos;]&apos;%2</translation>
    </message>
    <message>
        <source>unexpected %1 after &apos;]&apos; in %2</source>
        <translation>unerwartetes %1 nach &apos;]&apos; in %2</translation>
    </message>
    <message>
        <source>missing host in %1</source>
        <translation>Host fehlt in %1</translation>
    </message>
    <message>
        <source>IPv6 address %1 must be in brackets: &apos;[%2]:%3&apos;%4</source>
        <translation>die IPv6-Adresse %1 muss in eckigen Klammern stehen: &apos;[%2]:%3&apos;%4</translation>
    </message>
    <message>
        <source>missing port in %1 (an IPv6 address with a port is written [%2]:PORT)</source>
        <translation>Port fehlt in %1 (eine IPv6-Adresse mit Port schreibt man [%2]:PORT)</translation>
    </message>
    <message>
        <source>user name %1 is not valid in %2 (use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not first &apos;-&apos;)</source>
        <translation>der Benutzername %1 ist ungültig in %2 (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; verwenden, &apos;-&apos; nicht am Anfang)</translation>
    </message>
    <message>
        <source>%1 has no closing &apos;]&apos; in %2</source>
        <translation>%1 hat keine schließende &apos;]&apos; in %2</translation>
    </message>
    <message>
        <source>IPv6 address %1 must be in brackets in %2</source>
        <translation>die IPv6-Adresse %1 muss in %2 in eckigen Klammern stehen</translation>
    </message>
    <message>
        <source>remote socket path %1 must be absolute (start with &apos;/&apos;) in %2</source>
        <translation>der entfernte Socket-Pfad %1 muss absolut sein (mit &apos;/&apos; beginnen) in %2</translation>
    </message>
    <message>
        <source>missing remote socket path in %1 (e.g. ssh:host/run/haproxy/admin.sock)</source>
        <translation>entfernter Socket-Pfad fehlt in %1 (z. B. ssh:host/run/haproxy/admin.sock)</translation>
    </message>
    <message>
        <source>empty endpoint (give a socket path, HOST:PORT, tls:HOST:PORT or ssh:HOST/PATH)</source>
        <translation>leerer Endpunkt (einen Socket-Pfad, HOST:PORT, tls:HOST:PORT oder ssh:HOST/PATH angeben)</translation>
    </message>
    <message>
        <source>&apos;~&apos; is not expanded in %1; write the full path</source>
        <translation>&apos;~&apos; wird in %1 nicht ersetzt; den vollständigen Pfad schreiben</translation>
    </message>
    <message>
        <source>missing port in %1 (for a socket in the current folder write ./%2)</source>
        <translation>Port fehlt in %1 (für einen Socket im aktuellen Ordner ./%2 schreiben)</translation>
    </message>
    <message>
        <source>abstract sockets (&apos;abns@&apos;) are not supported in %1; use a socket path</source>
        <translation>abstrakte Sockets (&apos;abns@&apos;) werden in %1 nicht unterstützt; einen Socket-Pfad verwenden</translation>
    </message>
    <message>
        <source>unknown address prefix %1 (use unix@, ipv4@ or ipv6@, or unix:, tcp:, tls:, ssh:)</source>
        <translation>unbekanntes Adresspräfix %1 (unix@, ipv4@ oder ipv6@ bzw. unix:, tcp:, tls:, ssh: verwenden)</translation>
    </message>
    <message>
        <source>unknown scheme %1 (use unix:, tcp:, tls: or ssh:)</source>
        <translation>unbekanntes Schema %1 (unix:, tcp:, tls: oder ssh: verwenden)</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>unverschlüsselt</translation>
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
        <translation>kein Socket unter %1 (läuft HAProxy, und stimmt der Pfad?)</translation>
    </message>
    <message>
        <source>connection refused by %1 (HAProxy not listening there?)</source>
        <translation>Verbindung von %1 abgelehnt (lauscht HAProxy dort nicht?)</translation>
    </message>
    <message>
        <source>no permission to open %1 (check the socket&apos;s owner and mode)</source>
        <translation>keine Berechtigung, %1 zu öffnen (Eigentümer und Rechte des Sockets prüfen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not connected. Choose File ▸ Connect… (Ctrl+O).</source>
        <translation>Nicht verbunden. Wählen Sie Datei ▸ Verbinden… (Strg+O).</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Pause Updates</source>
        <translation>Aktualisierung &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>Hide DOWN</source>
        <translation>DOWN ausblenden</translation>
    </message>
    <message>
        <source>Hide MAINT</source>
        <translation>MAINT ausblenden</translation>
    </message>
    <message>
        <source>Hide servers in maintenance</source>
        <translation>Server in Wartung ausblenden</translation>
    </message>
    <message>
        <source>Hide Backup</source>
        <translation>Backup ausblenden</translation>
    </message>
    <message>
        <source>Hide backup servers</source>
        <translation>Backup-Server ausblenden</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Frontends</source>
        <translation>&amp;Frontends</translation>
    </message>
    <message>
        <source>&amp;Copy Name</source>
        <translation>Namen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows&apos; names (backend/server for servers)</source>
        <translation>Die Namen der ausgewählten Zeilen kopieren (Backend/Server bei Servern)</translation>
    </message>
    <message>
        <source>Copy as socat Command: &amp;get weight</source>
        <translation>Als socat-Befehl kopieren: &amp;get weight</translation>
    </message>
    <message>
        <source>Copy a shell command that asks HAProxy the selected servers&apos; weights</source>
        <translation>Einen Shell-Befehl kopieren, der HAProxy nach den Gewichten der ausgewählten Server fragt</translation>
    </message>
    <message>
        <source>Copy as socat Command: &amp;show stat</source>
        <translation>Als socat-Befehl kopieren: &amp;show stat</translation>
    </message>
    <message>
        <source>Copy a shell command that dumps the selected rows&apos; statistics</source>
        <translation>Einen Shell-Befehl kopieren, der die Statistiken der ausgewählten Zeilen ausgibt</translation>
    </message>
    <message>
        <source>&amp;About hadesk</source>
        <translation>Über &amp;hadesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show the servers of every backend</source>
        <translation>Die Server aller Backends zeigen</translation>
    </message>
    <message>
        <source>Select one or more backends to show only their servers</source>
        <translation>Ein oder mehrere Backends auswählen, um nur deren Server zu zeigen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Frontends</source>
        <translation>Frontends</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often to ask HAProxy for fresh statistics</source>
        <translation>Wie oft HAProxy nach neuen Statistiken gefragt wird</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: %2</source>
        <translation>Verbindung mit „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Waiting to reconnect</source>
        <translation>Warten auf erneute Verbindung</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Updates paused</source>
        <translation>Aktualisierung pausiert</translation>
    </message>
    <message>
        <source>Updates resumed</source>
        <translation>Aktualisierung fortgesetzt</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Connected to %1 (HAProxy %2, level %3)</source>
        <translation>Verbunden mit %1 (HAProxy %2, Stufe %3)</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n row(s)</source>
        <translation>
            <numerusform> · %n Zeile</numerusform>
            <numerusform> · %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · pausiert</translation>
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
        <translation>Server (%1)</translation>
    </message>
    <message>
        <source>Frontends (%1)</source>
        <translation>Frontends (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n name(s)</source>
        <translation>
            <numerusform>%n Name kopiert</numerusform>
            <numerusform>%n Namen kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n command(s)</source>
        <translation>
            <numerusform>%n Befehl kopiert</numerusform>
            <numerusform>%n Befehle kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing copied: %1</source>
        <translation>Nichts kopiert: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;hadesk %1&lt;/h3&gt;&lt;p&gt;Administer running HAProxy instances through their Runtime API.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hadesk %1&lt;/h3&gt;&lt;p&gt;Laufende HAProxy-Instanzen über ihre Runtime API verwalten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Connected to HAProxy %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verbunden mit HAProxy %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About hadesk</source>
        <translation>Über hadesk</translation>
    </message>
    <message>
        <source>Asking HAProxy took %1 ms, reading its answer %2 ms, updating the tables %3 ms</source>
        <translation>Die Abfrage bei HAProxy dauerte %1 ms, das Lesen der Antwort %2 ms, das Aktualisieren der Tabellen %3 ms</translation>
    </message>
    <message>
        <source>HAProxy reloaded (worker %1 stopping)</source>
        <translation>HAProxy neu geladen (Worker %1 wird beendet)</translation>
    </message>
    <message>
        <source>Now on worker %1</source>
        <translation>Jetzt mit Worker %1</translation>
    </message>
    <message>
        <source>Hide servers that are DOWN (also those coming back up)</source>
        <translation>Server ausblenden, die DOWN sind (auch solche, die gerade wieder hochkommen)</translation>
    </message>
    <message>
        <source>Filter by name, proxy or address (Ctrl+F)</source>
        <translation>Nach Name, Proxy oder Adresse filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Audit-Log: %1</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>Audit-&amp;Log</translation>
    </message>
</context>
<context>
    <name>OneShotClient</name>
    <message>
        <source>HAProxy did not finish answering &apos;%1&apos; in time</source>
        <translation>HAProxy hat die Antwort auf &apos;%1&apos; nicht rechtzeitig beendet</translation>
    </message>
    <message>
        <source>no connection to %1 in time</source>
        <translation>keine rechtzeitige Verbindung zu %1</translation>
    </message>
    <message>
        <source>not sent: a command is already running on this client</source>
        <translation>nicht gesendet: auf diesem Client läuft bereits ein Befehl</translation>
    </message>
    <message>
        <source>not sent: the command is not valid</source>
        <translation>nicht gesendet: der Befehl ist ungültig</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; is larger than %2 bytes</source>
        <translation>die Antwort auf &apos;%1&apos; ist größer als %2 Byte</translation>
    </message>
</context>
<context>
    <name>Poller</name>
    <message>
        <source>HAProxy sent a show stat answer without rows.</source>
        <translation>HAProxy hat eine show-stat-Antwort ohne Zeilen gesendet.</translation>
    </message>
    <message>
        <source>HAProxy answered show stat with different columns for different proxies.</source>
        <translation>HAProxy hat show stat für verschiedene Proxys mit unterschiedlichen Spalten beantwortet.</translation>
    </message>
    <message>
        <source>HAProxy answered show info without any information.</source>
        <translation>HAProxy hat show info ohne jede Information beantwortet.</translation>
    </message>
    <message>
        <source>The proxy name “%1” is left out of polling: %2</source>
        <translation>Der Proxy-Name „%1“ wird bei der Abfrage ausgelassen: %2</translation>
    </message>
    <message>
        <source>HAProxy has no proxy named “%1”; it is left out of polling.</source>
        <translation>HAProxy hat keinen Proxy namens „%1“; er wird bei der Abfrage ausgelassen.</translation>
    </message>
    <message>
        <source>The proxy “%1” is left out of polling: %2</source>
        <translation>Der Proxy „%1“ wird bei der Abfrage ausgelassen: %2</translation>
    </message>
    <message>
        <source>Polling HAProxy failed: %1</source>
        <translation>Abfrage von HAProxy fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not read HAProxy&apos;s answer: %1</source>
        <translation>Die Antwort von HAProxy konnte nicht gelesen werden: %1</translation>
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
        <translation>Von show info gemeldete HAProxy-Version</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>The node name (global section&apos;s node, or the host name)</source>
        <translation>Der Knotenname (node aus dem global-Abschnitt oder der Hostname)</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Process ID of the worker this connection talks to</source>
        <translation>Prozess-ID des Workers, mit dem diese Verbindung spricht</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Time since this worker started</source>
        <translation>Zeit seit dem Start dieses Workers</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Current connections / the process&apos;s maxconn</source>
        <translation>Aktuelle Verbindungen / maxconn des Prozesses</translation>
    </message>
    <message>
        <source>Sessions/s</source>
        <translation>Sitzungen/s</translation>
    </message>
    <message>
        <source>New sessions per second over the last second</source>
        <translation>Neue Sitzungen pro Sekunde in der letzten Sekunde</translation>
    </message>
    <message>
        <source>Conns/s</source>
        <translation>Verb./s</translation>
    </message>
    <message>
        <source>New connections per second over the last second</source>
        <translation>Neue Verbindungen pro Sekunde in der letzten Sekunde</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Share of time the worker&apos;s threads were idle</source>
        <translation>Anteil der Zeit, in der die Threads des Workers untätig waren</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>What this socket allows: user (read only), operator (also weights, drain and health), admin (everything, including adding and removing servers)</source>
        <translation>Was dieser Socket erlaubt: user (nur lesen), operator (auch Gewichte, Drain und Health), admin (alles, einschließlich Hinzufügen und Entfernen von Servern)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>How the connection travels: plain, TLS or SSH</source>
        <translation>Wie die Verbindung läuft: unverschlüsselt, TLS oder SSH</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 T %2 h</translation>
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
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>HTTP requests per second between the last two refreshes (from CumReq)</source>
        <translation>HTTP-Anfragen pro Sekunde zwischen den letzten beiden Aktualisierungen (aus CumReq)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <source>Permission denied: this socket&apos;s level does not allow &apos;%1&apos;</source>
        <translation>Zugriff verweigert: die Stufe dieses Sockets erlaubt &apos;%1&apos; nicht</translation>
    </message>
    <message>
        <source>HAProxy does not know the command &apos;%1&apos; (%2)</source>
        <translation>HAProxy kennt den Befehl &apos;%1&apos; nicht (%2)</translation>
    </message>
    <message>
        <source>HAProxy gave no answer where one was expected</source>
        <translation>HAProxy hat keine Antwort gegeben, obwohl eine erwartet wurde</translation>
    </message>
</context>
<context>
    <name>RuntimeConnection</name>
    <message>
        <source>no connection to %1 within %2 s</source>
        <translation>keine Verbindung zu %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>the connection was closed before HAProxy answered</source>
        <translation>die Verbindung wurde geschlossen, bevor HAProxy antwortete</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>HAProxy closed the connection</source>
        <translation>HAProxy hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 did not answer like a HAProxy CLI</source>
        <translation>%1 hat nicht wie eine HAProxy-CLI geantwortet</translation>
    </message>
    <message>
        <source>%1 answered &apos;show info&apos; with no information</source>
        <translation>%1 hat &apos;show info&apos; ohne Informationen beantwortet</translation>
    </message>
    <message>
        <source>HAProxy worker %1 is stopping (reload in progress)</source>
        <translation>HAProxy-Worker %1 wird beendet (Neuladen läuft)</translation>
    </message>
    <message>
        <source>Connected to %1: now on worker pid %2 (was %3): HAProxy was reloaded or restarted</source>
        <translation>Verbunden mit %1: jetzt mit Worker-PID %2 (vorher %3): HAProxy wurde neu geladen oder neu gestartet</translation>
    </message>
    <message>
        <source>Connected to %1 (HAProxy %2, level %3)</source>
        <translation>Verbunden mit %1 (HAProxy %2, Stufe %3)</translation>
    </message>
    <message>
        <source>the connection was lost (%1) after &apos;%2&apos; was sent; HAProxy may or may not have applied it, check the server&apos;s state</source>
        <translation>die Verbindung ging verloren (%1), nachdem &apos;%2&apos; gesendet wurde; ob HAProxy den Befehl ausgeführt hat, ist offen – den Zustand des Servers prüfen</translation>
    </message>
    <message>
        <source>the connection was lost (%1) before the answer to &apos;%2&apos;</source>
        <translation>die Verbindung ging vor der Antwort auf &apos;%2&apos; verloren (%1)</translation>
    </message>
    <message>
        <source>not sent: the connection to %1 is closed</source>
        <translation>nicht gesendet: die Verbindung zu %1 ist geschlossen</translation>
    </message>
    <message>
        <source>HAProxy was reloaded: this connection was on the old worker (pid %1); reconnecting to the new worker</source>
        <translation>HAProxy wurde neu geladen: diese Verbindung lief über den alten Worker (PID %1); Verbindung zum neuen Worker wird aufgebaut</translation>
    </message>
    <message>
        <source>Connection to %1 lost (%2); reconnecting in %3 s</source>
        <translation>Verbindung zu %1 verloren (%2); neuer Versuch in %3 s</translation>
    </message>
    <message>
        <source>not sent: the command is not valid</source>
        <translation>nicht gesendet: der Befehl ist ungültig</translation>
    </message>
    <message>
        <source>not sent: the line is %1 bytes long; HAProxy reads at most %2</source>
        <translation>nicht gesendet: die Zeile ist %1 Byte lang; HAProxy liest höchstens %2</translation>
    </message>
    <message>
        <source>not sent: not connected to %1</source>
        <translation>nicht gesendet: nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>not sent: &apos;%1&apos; needs level %2, this socket&apos;s level is %3</source>
        <translation>nicht gesendet: &apos;%1&apos; braucht Stufe %2, dieser Socket hat Stufe %3</translation>
    </message>
    <message>
        <source>HAProxy sent %1 bytes nobody asked for</source>
        <translation>HAProxy hat %1 Byte gesendet, nach denen niemand gefragt hat</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; grew over the limit of %2 bytes; the connection was reset</source>
        <translation>die Antwort auf &apos;%1&apos; überschritt die Grenze von %2 Byte; die Verbindung wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>oversized answer</source>
        <translation>übergroße Antwort</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; is %2 bytes, over the limit of %3</source>
        <translation>die Antwort auf &apos;%1&apos; ist %2 Byte groß und überschreitet die Grenze von %3</translation>
    </message>
    <message>
        <source>the answer came from an old HAProxy worker (pid %1) left by a reload; reconnecting to the new one</source>
        <translation>die Antwort kam von einem alten HAProxy-Worker (PID %1), der nach einem Neuladen übrig ist; Verbindung zum neuen wird aufgebaut</translation>
    </message>
    <message>
        <source>HAProxy reloaded</source>
        <translation>HAProxy neu geladen</translation>
    </message>
    <message>
        <source>HAProxy did not answer &apos;%1&apos; within %2 s%3</source>
        <translation>HAProxy hat &apos;%1&apos; nicht innerhalb von %2 s beantwortet%3</translation>
    </message>
    <message>
        <source>; it may or may not have been applied</source>
        <translation>; ob der Befehl ausgeführt wurde, ist offen</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer within %2 s: not a HAProxy CLI, or all of HAProxy&apos;s CLI connections (10 by default, `stats maxconn`) are in use</source>
        <translation>%1 hat die Verbindung angenommen, aber nicht innerhalb von %2 s geantwortet: keine HAProxy-CLI, oder alle CLI-Verbindungen von HAProxy (standardmäßig 10, `stats maxconn`) sind belegt</translation>
    </message>
    <message>
        <source>no answer to the handshake</source>
        <translation>keine Antwort auf den Verbindungsaufbau</translation>
    </message>
    <message>
        <source>answer timed out</source>
        <translation>Zeitüberschreitung bei der Antwort</translation>
    </message>
    <message>
        <source>not sent: still waiting for earlier commands after %1 s</source>
        <translation>nicht gesendet: nach %1 s wird noch auf frühere Befehle gewartet</translation>
    </message>
    <message>
        <source>not sent: no connection to %1 within %2 s</source>
        <translation>nicht gesendet: keine Verbindung zu %1 innerhalb von %2 s</translation>
    </message>
</context>
<context>
    <name>SafeRemove</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Drain läuft</translation>
    </message>
    <message>
        <source>Waiting for sessions to end</source>
        <translation>Warten auf das Ende der Sitzungen</translation>
    </message>
    <message>
        <source>Timed out waiting for sessions</source>
        <translation>Zeitüberschreitung beim Warten auf die Sitzungen</translation>
    </message>
    <message>
        <source>Shutting sessions down</source>
        <translation>Sitzungen werden beendet</translation>
    </message>
    <message>
        <source>Setting maintenance</source>
        <translation>Wartung wird gesetzt</translation>
    </message>
    <message>
        <source>Waiting until removable</source>
        <translation>Warten, bis entfernbar</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Returning to ready</source>
        <translation>Wird wieder auf READY gesetzt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>an unknown state</source>
        <translation>unbekannt</translation>
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
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>The connection to HAProxy is gone.</source>
        <translation>Die Verbindung zu HAProxy ist weg.</translation>
    </message>
    <message>
        <source>Removing a server needs an admin-level socket; this one is at level %1. Nothing was sent: %2/%3 is unchanged.</source>
        <translation>Zum Entfernen eines Servers ist ein Socket mit Stufe admin nötig; dieser hat Stufe %1. Es wurde nichts gesendet: %2/%3 ist unverändert.</translation>
    </message>
    <message>
        <source>Draining %1/%2: no new sessions go to it.</source>
        <translation>%1/%2 wird in Drain versetzt: er erhält keine neuen Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n seconds for its sessions to end.</source>
        <translation>
            <numerusform>Warte bis zu %n Sekunde auf das Ende seiner Sitzungen.</numerusform>
            <numerusform>Warte bis zu %n Sekunden auf das Ende seiner Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for its sessions to end.</source>
        <translation>Warte auf das Ende seiner Sitzungen.</translation>
    </message>
    <message>
        <source>Could not read the sessions (%1); trying again.</source>
        <translation>Die Sitzungen konnten nicht gelesen werden (%1); neuer Versuch.</translation>
    </message>
    <message>
        <source>Failed: %1 %2/%3 is in %4.</source>
        <translation>Fehlgeschlagen: %1 Zustand von %2/%3: %4.</translation>
    </message>
    <message>
        <source>%1/%2 is no longer in show stat; someone else may have removed it.</source>
        <translation>%1/%2 ist nicht mehr in show stat; vielleicht hat ihn jemand anderes entfernt.</translation>
    </message>
    <message>
        <source>No sessions left on %1/%2.</source>
        <translation>Keine Sitzungen mehr auf %1/%2.</translation>
    </message>
    <message numerus="yes">
        <source>Timed out with %n sessions left; shutting them down as asked.</source>
        <translation>
            <numerusform>Zeitüberschreitung mit %n verbleibenden Sitzung; sie wird wie gewünscht beendet.</numerusform>
            <numerusform>Zeitüberschreitung mit %n verbleibenden Sitzungen; sie werden wie gewünscht beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timed out: %n sessions still on %1/%2. Shut them down, or cancel to leave it in DRAIN.</source>
        <translation>
            <numerusform>Zeitüberschreitung: noch %n Sitzung auf %1/%2. Beenden Sie sie, oder brechen Sie ab, um den Server in DRAIN zu belassen.</numerusform>
            <numerusform>Zeitüberschreitung: noch %n Sitzungen auf %1/%2. Beenden Sie sie, oder brechen Sie ab, um den Server in DRAIN zu belassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shutting down the sessions of %1/%2.</source>
        <translation>Die Sitzungen von %1/%2 werden beendet.</translation>
    </message>
    <message>
        <source>Putting %1/%2 in maintenance.</source>
        <translation>%1/%2 wird in Wartung versetzt.</translation>
    </message>
    <message>
        <source>Waiting until HAProxy says %1/%2 can be removed.</source>
        <translation>Warten, bis HAProxy meldet, dass %1/%2 entfernt werden kann.</translation>
    </message>
    <message>
        <source>Deleting %1/%2.</source>
        <translation>%1/%2 wird gelöscht.</translation>
    </message>
    <message>
        <source>The cancel came too late: %1/%2 was already being deleted, and is gone.</source>
        <translation>Der Abbruch kam zu spät: %1/%2 wurde bereits gelöscht und ist weg.</translation>
    </message>
    <message>
        <source>%1/%2 is removed.</source>
        <translation>%1/%2 ist entfernt.</translation>
    </message>
    <message>
        <source>result unknown; re-read: the connection was lost before HAProxy answered “%1”.</source>
        <translation>Ergebnis unbekannt; neu gelesen: die Verbindung ging verloren, bevor HAProxy auf „%1“ antwortete.</translation>
    </message>
    <message>
        <source>“%1” failed: %2 %3/%4 is in %5.</source>
        <translation>„%1“ fehlgeschlagen: %2 Zustand von %3/%4: %5.</translation>
    </message>
    <message>
        <source>Cancelling after the command in progress is answered.</source>
        <translation>Abbruch, sobald der laufende Befehl beantwortet ist.</translation>
    </message>
    <message>
        <source>Cancelled. %1/%2 is left in %3.</source>
        <translation>Abgebrochen. Zustand von %1/%2 bleibt: %3.</translation>
    </message>
    <message>
        <source>Returning %1/%2 to READY.</source>
        <translation>%1/%2 wird wieder auf READY gesetzt.</translation>
    </message>
    <message>
        <source>result unknown; re-read: the connection was lost before HAProxy answered.</source>
        <translation>Ergebnis unbekannt; neu gelesen: die Verbindung ging verloren, bevor HAProxy antwortete.</translation>
    </message>
    <message>
        <source>%1/%2 is in %3.</source>
        <translation>Zustand von %1/%2: %3.</translation>
    </message>
    <message>
        <source>Could not return %1/%2 to READY: %3 It is in %4.</source>
        <translation>%1/%2 konnte nicht wieder auf READY gesetzt werden: %3 Zustand: %4.</translation>
    </message>
</context>
<context>
    <name>SafeRemoveDialog</name>
    <message>
        <source>Remove server %1/%2</source>
        <translation>Server %1/%2 entfernen</translation>
    </message>
    <message>
        <source>Removes &lt;b&gt;%1/%2&lt;/b&gt; without cutting clients off: it is drained, its sessions are given time to end, then it is put in maintenance and deleted.</source>
        <translation>Entfernt &lt;b&gt;%1/%2&lt;/b&gt;, ohne Clients abzuschneiden: Der Server wird in Drain versetzt, seine Sitzungen bekommen Zeit zum Beenden, dann wird er in Wartung versetzt und gelöscht.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>After this time you are asked whether to shut the remaining sessions down.</source>
        <translation>Nach dieser Zeit werden Sie gefragt, ob die verbleibenden Sitzungen beendet werden sollen.</translation>
    </message>
    <message>
        <source>&amp;Wait for sessions up to:</source>
        <translation>Auf Sitzungen &amp;warten bis zu:</translation>
    </message>
    <message>
        <source>Drain: no new sessions</source>
        <translation>Drain: keine neuen Sitzungen</translation>
    </message>
    <message>
        <source>Wait until no sessions are left</source>
        <translation>Warten, bis keine Sitzungen mehr übrig sind</translation>
    </message>
    <message>
        <source>Put in maintenance</source>
        <translation>In Wartung versetzen</translation>
    </message>
    <message>
        <source>Wait until HAProxy says it can be removed</source>
        <translation>Warten, bis HAProxy meldet, dass er entfernt werden kann</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Sessions: not read yet</source>
        <translation>Sitzungen: noch nicht gelesen</translation>
    </message>
    <message>
        <source>Commands sent to HAProxy appear here.</source>
        <translation>An HAProxy gesendete Befehle erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Shut &amp;down sessions now</source>
        <translation>Sitzungen &amp;jetzt beenden</translation>
    </message>
    <message>
        <source>&amp;Return to ready</source>
        <translation>&amp;Zurück auf READY</translation>
    </message>
    <message>
        <source>Commands sent:</source>
        <translation>Gesendete Befehle:</translation>
    </message>
    <message>
        <source>%1/%2 is now in %3.</source>
        <translation>Zustand von %1/%2 jetzt: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions left</source>
        <translation>
            <numerusform>%n Sitzung übrig</numerusform>
            <numerusform>%n Sitzungen übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut down sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
    <message numerus="yes">
        <source>Close the %n sessions still on %1/%2 now? Their clients are cut off.</source>
        <translation>
            <numerusform>Die %n Sitzung, die noch auf %1/%2 läuft, jetzt schließen? Ihr Client wird getrennt.</numerusform>
            <numerusform>Die %n Sitzungen, die noch auf %1/%2 laufen, jetzt schließen? Ihre Clients werden getrennt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerAction</name>
    <message>
        <source>unknown action</source>
        <translation>unbekannte Aktion</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <source>%1: the command is not valid.</source>
        <translation>%1: der Befehl ist ungültig.</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>Kein Server ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>An address can be set on one server at a time; %n servers are selected.</source>
        <translation>
            <numerusform>Eine Adresse kann jeweils nur für einen Server gesetzt werden; %n Server ist ausgewählt.</numerusform>
            <numerusform>Eine Adresse kann jeweils nur für einen Server gesetzt werden; %n Server sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drain</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Force health up</source>
        <translation>Health auf up erzwingen</translation>
    </message>
    <message>
        <source>Force health stopping</source>
        <translation>Health auf stopping erzwingen</translation>
    </message>
    <message>
        <source>Force health down</source>
        <translation>Health auf down erzwingen</translation>
    </message>
    <message>
        <source>Enable health checks</source>
        <translation>Health-Checks einschalten</translation>
    </message>
    <message>
        <source>Disable health checks</source>
        <translation>Health-Checks ausschalten</translation>
    </message>
    <message>
        <source>Enable agent checks</source>
        <translation>Agent-Checks einschalten</translation>
    </message>
    <message>
        <source>Disable agent checks</source>
        <translation>Agent-Checks ausschalten</translation>
    </message>
    <message>
        <source>Force agent up</source>
        <translation>Agent auf up erzwingen</translation>
    </message>
    <message>
        <source>Force agent down</source>
        <translation>Agent auf down erzwingen</translation>
    </message>
    <message>
        <source>Kill sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
    <message>
        <source>Set address…</source>
        <translation>Adresse setzen…</translation>
    </message>
    <message>
        <source>Set weight…</source>
        <translation>Gewicht setzen…</translation>
    </message>
    <message numerus="yes">
        <source>%n servers</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Set %1 ready</source>
        <translation>%1 auf bereit setzen</translation>
    </message>
    <message>
        <source>Drain %1</source>
        <translation>%1 in Drain versetzen</translation>
    </message>
    <message>
        <source>Put %1 in maintenance</source>
        <translation>%1 in Wartung versetzen</translation>
    </message>
    <message>
        <source>Force health of %1 up</source>
        <translation>Health von %1 auf up erzwingen</translation>
    </message>
    <message>
        <source>Force health of %1 to stopping</source>
        <translation>Health von %1 auf stopping erzwingen</translation>
    </message>
    <message>
        <source>Force health of %1 down</source>
        <translation>Health von %1 auf down erzwingen</translation>
    </message>
    <message>
        <source>Enable health checks on %1</source>
        <translation>Health-Checks für %1 einschalten</translation>
    </message>
    <message>
        <source>Disable health checks on %1</source>
        <translation>Health-Checks für %1 ausschalten</translation>
    </message>
    <message>
        <source>Enable agent checks on %1</source>
        <translation>Agent-Checks für %1 einschalten</translation>
    </message>
    <message>
        <source>Disable agent checks on %1</source>
        <translation>Agent-Checks für %1 ausschalten</translation>
    </message>
    <message>
        <source>Force agent of %1 up</source>
        <translation>Agent von %1 auf up erzwingen</translation>
    </message>
    <message>
        <source>Force agent of %1 down</source>
        <translation>Agent von %1 auf down erzwingen</translation>
    </message>
    <message>
        <source>Kill all sessions on %1</source>
        <translation>Alle Sitzungen auf %1 beenden</translation>
    </message>
    <message>
        <source>Move %1 to %2 port %3</source>
        <translation>%1 auf %2 Port %3 umziehen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 auf %2 umziehen</translation>
    </message>
    <message>
        <source>Set weight of %1 to %2</source>
        <translation>Gewicht von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>They stop receiving traffic at once and their health checks stop until they are set ready again.</source>
        <translation>Sie erhalten sofort keinen Verkehr mehr, und ihre Health-Checks ruhen, bis sie wieder auf bereit gesetzt werden.</translation>
    </message>
    <message>
        <source>They are marked DOWN and stop receiving traffic until a check or a person brings them back up.</source>
        <translation>Sie werden als DOWN markiert und erhalten keinen Verkehr mehr, bis ein Check oder eine Person sie wieder hochbringt.</translation>
    </message>
    <message>
        <source>Their agent is marked down, which takes them out of traffic.</source>
        <translation>Ihr Agent wird als down markiert, wodurch sie keinen Verkehr mehr erhalten.</translation>
    </message>
    <message>
        <source>Without health checks, a server that fails keeps receiving traffic.</source>
        <translation>Ohne Health-Checks erhält ein ausgefallener Server weiter Verkehr.</translation>
    </message>
    <message>
        <source>Without agent checks, what the agent reports (load, drain, down) is ignored.</source>
        <translation>Ohne Agent-Checks wird ignoriert, was der Agent meldet (Last, Drain, down).</translation>
    </message>
    <message>
        <source>Every active session on them is closed now: clients see their connections cut.</source>
        <translation>Jede aktive Sitzung auf ihnen wird jetzt geschlossen: Clients erleben abgebrochene Verbindungen.</translation>
    </message>
    <message>
        <source>New traffic goes to the new address; if nothing answers there, requests fail.</source>
        <translation>Neuer Verkehr geht an die neue Adresse; antwortet dort nichts, schlagen Anfragen fehl.</translation>
    </message>
    <message>
        <source>Needs %1 level; this socket is %2.</source>
        <translation>Braucht Stufe %1; dieser Socket hat Stufe %2.</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Set &amp;Weight…</source>
        <translation>&amp;Gewicht setzen…</translation>
    </message>
    <message>
        <source>&amp;Health Checks</source>
        <translation>&amp;Health-Checks</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>Agen&amp;t</translation>
    </message>
    <message>
        <source>Change &amp;Address…</source>
        <translation>Adresse ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>Server hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Not connected to HAProxy.</source>
        <translation>Nicht mit HAProxy verbunden.</translation>
    </message>
    <message>
        <source>Select one or more servers first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Server aus.</translation>
    </message>
    <message>
        <source>Set the weight of the selected servers, with the share of traffic it gives</source>
        <translation>Das Gewicht der ausgewählten Server setzen, mit dem Anteil am Verkehr, den es ergibt</translation>
    </message>
    <message>
        <source>Select a single server to change its address.</source>
        <translation>Wählen Sie einen einzelnen Server aus, um seine Adresse zu ändern.</translation>
    </message>
    <message>
        <source>Change the selected server&apos;s address and port</source>
        <translation>Adresse und Port des ausgewählten Servers ändern</translation>
    </message>
    <message>
        <source>Add a server to a backend at runtime</source>
        <translation>Einem Backend zur Laufzeit einen Server hinzufügen</translation>
    </message>
    <message>
        <source>%1: done; see the results and the audit log.</source>
        <translation>%1: erledigt; siehe Ergebnisse und Audit-Log.</translation>
    </message>
    <message numerus="yes">
        <source>Set the weight of %n server(s)</source>
        <translation>
            <numerusform>Gewicht von %n Server setzen</numerusform>
            <numerusform>Gewicht von %n Servern setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Address of %1</source>
        <translation>Adresse von %1 ändern</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation>IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>keep the current port</source>
        <translation>aktuellen Port beibehalten</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Safe &amp;Remove…</source>
        <translation>Sicher &amp;entfernen…</translation>
    </message>
    <message>
        <source>Select a single server to remove it safely.</source>
        <translation>Wählen Sie genau einen Server aus, um ihn sicher zu entfernen.</translation>
    </message>
    <message>
        <source>Drain the server, wait until it is idle, put it in maintenance, then delete it</source>
        <translation>Server leeren (Drain), warten bis er untätig ist, in Wartung versetzen und dann löschen</translation>
    </message>
</context>
<context>
    <name>StatTableModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 PiB</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 T %2 h</translation>
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
        <translation>Backup</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>%1 active, %2 backup</source>
        <translation>%1 aktiv, %2 Backup</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 in %2 ms</translation>
    </message>
    <message>
        <source>In maintenance because %1 is</source>
        <translation>In Wartung, weil %1 es ist</translation>
    </message>
    <message>
        <source>In maintenance because its address did not resolve</source>
        <translation>In Wartung, weil seine Adresse nicht aufgelöst werden konnte</translation>
    </message>
    <message>
        <source>Going up: %1 of %2 successful checks</source>
        <translation>Wird UP: %1 von %2 erfolgreichen Checks</translation>
    </message>
    <message>
        <source>Going down: %1 more failed checks of %2</source>
        <translation>Wird DOWN: noch %1 fehlgeschlagene Checks von %2</translation>
    </message>
    <message>
        <source>Tracks %1</source>
        <translation>Folgt %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>Letzter Check: %1</translation>
    </message>
    <message>
        <source>Health %1 (rise %2, fall %3)</source>
        <translation>Health %1 (rise %2, fall %3)</translation>
    </message>
    <message>
        <source>Failed checks: %1</source>
        <translation>Fehlgeschlagene Checks: %1</translation>
    </message>
    <message numerus="yes">
        <source>Went DOWN %n time(s)</source>
        <translation>
            <numerusform>%n-mal DOWN gegangen</numerusform>
            <numerusform>%n-mal DOWN gegangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>Last agent check: %1</source>
        <translation>Letzter Agent-Check: %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Queued now %1, at most %2, limit %3</source>
        <translation>Jetzt in der Warteschlange %1, höchstens %2, Grenze %3</translation>
    </message>
    <message>
        <source>Requests %1, responses %2</source>
        <translation>Anfragen %1, Antworten %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Server, listener or proxy name (svname, pxname)</source>
        <translation>Name des Servers, Listeners oder Proxys (svname, pxname)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Frontend or backend (pxname)</source>
        <translation>Frontend oder Backend (pxname)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State, and the checks of a state change in progress (status)</source>
        <translation>Zustand und die Checks eines laufenden Zustandswechsels (status)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Effective weight, and the weight set when it differs (weight, uweight)</source>
        <translation>Wirksames Gewicht und das eingestellte, wenn es abweicht (weight, uweight)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active or backup server; a backend&apos;s counts of both (act, bck)</source>
        <translation>Aktiver oder Backup-Server; bei einem Backend die Anzahl beider (act, bck)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Current sessions (scur)</source>
        <translation>Aktuelle Sitzungen (scur)</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Most sessions at once (smax)</source>
        <translation>Höchstzahl gleichzeitiger Sitzungen (smax)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Session limit (slim)</source>
        <translation>Sitzungsgrenze (slim)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Sessions per second, last second (rate)</source>
        <translation>Sitzungen pro Sekunde, letzte Sekunde (rate)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Requests waiting for a server (qcur)</source>
        <translation>Anfragen, die auf einen Server warten (qcur)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Sessions since start (stot)</source>
        <translation>Sitzungen seit dem Start (stot)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Bytes received (bin)</source>
        <translation>Empfangene Bytes (bin)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Bytes sent (bout)</source>
        <translation>Gesendete Bytes (bout)</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Denied requests and responses (dreq + dresp)</source>
        <translation>Abgelehnte Anfragen und Antworten (dreq + dresp)</translation>
    </message>
    <message>
        <source>Conn. errors</source>
        <translation>Verb.-Fehler</translation>
    </message>
    <message>
        <source>Failed connections to a server (econ)</source>
        <translation>Fehlgeschlagene Verbindungen zu einem Server (econ)</translation>
    </message>
    <message>
        <source>Resp. errors</source>
        <translation>Antw.-Fehler</translation>
    </message>
    <message>
        <source>Bad or aborted responses (eresp)</source>
        <translation>Fehlerhafte oder abgebrochene Antworten (eresp)</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Connection retries (wretr)</source>
        <translation>Wiederholte Verbindungsversuche (wretr)</translation>
    </message>
    <message>
        <source>Redispatches</source>
        <translation>Umverteilungen</translation>
    </message>
    <message>
        <source>Requests sent to another server (wredis)</source>
        <translation>An einen anderen Server gesendete Anfragen (wredis)</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>HTTP responses with a 4xx status (hrsp_4xx)</source>
        <translation>HTTP-Antworten mit Status 4xx (hrsp_4xx)</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>HTTP responses with a 5xx status (hrsp_5xx)</source>
        <translation>HTTP-Antworten mit Status 5xx (hrsp_5xx)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Last health check: result, code and duration (check_status)</source>
        <translation>Letzter Health-Check: Ergebnis, Code und Dauer (check_status)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Time since the last change of state (lastchg)</source>
        <translation>Zeit seit dem letzten Zustandswechsel (lastchg)</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Total time down (downtime)</source>
        <translation>Gesamte Ausfallzeit (downtime)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Server address and port (addr)</source>
        <translation>Serveradresse und Port (addr)</translation>
    </message>
</context>
<context>
    <name>StatTableView</name>
    <message>
        <source>Fit Columns to Contents</source>
        <translation>Spaltenbreite an Inhalt anpassen</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>TcpTransport</name>
    <message>
        <source>connection refused by %1 (nothing listening there?)</source>
        <translation>Verbindung von %1 abgelehnt (lauscht dort nichts?)</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; not found</source>
        <translation>Host &apos;%1&apos; nicht gefunden</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>TLS certificate of %1 not trusted: %2</source>
        <translation>dem TLS-Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>CA file &apos;%1&apos; holds no PEM certificate (missing or unreadable?)</source>
        <translation>die CA-Datei &apos;%1&apos; enthält kein PEM-Zertifikat (fehlt sie oder ist sie unlesbar?)</translation>
    </message>
    <message>
        <source>client certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation>die Client-Zertifikatsdatei &apos;%1&apos; enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>cannot read private key file &apos;%1&apos;: %2</source>
        <translation>die Datei des privaten Schlüssels &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no unencrypted PEM private key (RSA, EC or DSA)</source>
        <translation>&apos;%1&apos; enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA, EC oder DSA)</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no TLS backend (OpenSSL)</source>
        <translation>TLS ist nicht verfügbar: Qt hat kein TLS-Backend (OpenSSL) gefunden</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>ssh: endpoints are understood, but this version cannot connect through SSH yet; forward the socket meanwhile (ssh -L /tmp/haproxy.sock:%1 %2) and connect to unix:/tmp/haproxy.sock</source>
        <translation>ssh:-Endpunkte werden erkannt, aber diese Version kann noch nicht über SSH verbinden; leiten Sie den Socket bis dahin weiter (ssh -L /tmp/haproxy.sock:%1 %2) und verbinden Sie mit unix:/tmp/haproxy.sock</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Weight (0 to 256)</source>
        <translation>&amp;Gewicht (0 bis 256)</translation>
    </message>
    <message>
        <source>&amp;Percent of the initial weight</source>
        <translation>&amp;Prozent des Anfangsgewichts</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message numerus="yes">
        <source>Weight of %n servers</source>
        <translation>
            <numerusform>Gewicht von %n Server</numerusform>
            <numerusform>Gewicht von %n Servern</numerusform>
        </translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share now</source>
        <translation>Anteil jetzt</translation>
    </message>
    <message>
        <source>New share</source>
        <translation>Neuer Anteil</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; balances with static-rr: at runtime HAProxy only accepts 0 % or 100 % of a server&apos;s initial weight, so those are the only choices.</source>
        <translation>Das Backend &apos;%1&apos; verteilt mit static-rr: zur Laufzeit akzeptiert HAProxy nur 0 % oder 100 % des Anfangsgewichts eines Servers, daher gibt es nur diese beiden Möglichkeiten.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; balances by &apos;%2&apos;. If its hash-type is map-based (the default), HAProxy only accepts 0 % or 100 % of the initial weight and will refuse other values; its answer will be shown.</source>
        <translation>Das Backend &apos;%1&apos; verteilt nach &apos;%2&apos;. Ist sein hash-type map-based (die Voreinstellung), akzeptiert HAProxy nur 0 % oder 100 % des Anfangsgewichts und lehnt andere Werte ab; seine Antwort wird angezeigt.</translation>
    </message>
    <message>
        <source>The initial weight of every server is needed (from &quot;show servers state&quot;).</source>
        <translation>Das Anfangsgewicht jedes Servers wird benötigt (aus „show servers state“).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 once ready</source>
        <translation>%1, sobald bereit</translation>
    </message>
    <message>
        <source>%1: %2 of the traffic of &apos;%3&apos; now, %4 with weight %5</source>
        <translation>%1: jetzt %2 des Verkehrs von &apos;%3&apos;, %4 mit Gewicht %5</translation>
    </message>
    <message numerus="yes">
        <source>The same setting applies to all %n selected servers.</source>
        <translation>
            <numerusform>Dieselbe Einstellung gilt für den %n ausgewählten Server.</numerusform>
            <numerusform>Dieselbe Einstellung gilt für alle %n ausgewählten Server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;hadesk --help&apos;.</source>
        <translation>Siehe &apos;hadesk --help&apos;.</translation>
    </message>
    <message>
        <source>no saved profile is named &apos;%1&apos; (there are none yet)</source>
        <translation>kein gespeichertes Profil heißt &apos;%1&apos; (es gibt noch keine)</translation>
    </message>
    <message>
        <source>no saved profile is named &apos;%1&apos; (saved: %2)</source>
        <translation>kein gespeichertes Profil heißt &apos;%1&apos; (gespeichert: %2)</translation>
    </message>
</context>
</TS>
