<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>About hadesk</source>
        <translation>Über hadesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;hadesk %1&lt;/h3&gt;&lt;p&gt;Administer running HAProxy instances through their Runtime API.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hadesk %1&lt;/h3&gt;&lt;p&gt;Laufende HAProxy-Instanzen über ihre Runtime API verwalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Details for a bug report</source>
        <translation>Details für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>&amp;Details for a bug report:</source>
        <translation>&amp;Details für einen Fehlerbericht:</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>Die Details in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source> (commit %1)</source>
        <translation> (Commit %1)</translation>
    </message>
    <message>
        <source>hadesk: %1</source>
        <translation>hadesk: %1</translation>
    </message>
    <message>
        <source>Qt: built with %1, running on %2 (%3)</source>
        <translation>Qt: gebaut mit %1, läuft mit %2 (%3)</translation>
    </message>
    <message>
        <source>HAProxy: %1</source>
        <translation>HAProxy: %1</translation>
    </message>
    <message>
        <source>Instance shown: none connected</source>
        <translation>Angezeigte Instanz: keine verbunden</translation>
    </message>
    <message>
        <source>Instance shown: %1, HAProxy %2</source>
        <translation>Angezeigte Instanz: %1, HAProxy %2</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Audit-Log: %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>System: %1 (%2)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
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
    <message>
        <source>IPv4 or IPv6 address</source>
        <translation>IPv4- oder IPv6-Adresse</translation>
    </message>
</context>
<context>
    <name>AloneCommandPool</name>
    <message>
        <source>not sent: &apos;%1&apos; needs level %2, this socket&apos;s level is %3</source>
        <translation>nicht gesendet: &apos;%1&apos; braucht Stufe %2, dieser Socket hat Stufe %3</translation>
    </message>
    <message>
        <source>the connection was closed before HAProxy answered &apos;%1&apos;</source>
        <translation>die Verbindung wurde geschlossen, bevor HAProxy auf &apos;%1&apos; antwortete</translation>
    </message>
    <message>
        <source>not sent: &apos;%1&apos; needs HAProxy&apos;s master socket (haproxy -S); %2 is a worker&apos;s stats socket</source>
        <translation>nicht gesendet: &apos;%1&apos; braucht den Master-Socket von HAProxy (haproxy -S); %2 ist der Stats-Socket eines Workers</translation>
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
    <name>AtomicFile</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: a file of that name is in the way.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden: eine gleichnamige Datei ist im Weg.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>%1 konnte nicht geschrieben werden: der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private to you: %2</source>
        <translation>Der Zugriff auf %1 konnte nicht auf Sie allein beschränkt werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not read the audit log %1: %2</source>
        <translation>Das Audit-Log %1 konnte nicht gelesen werden: %2</translation>
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
    <message>
        <source>Could not write the audit log %1: %2</source>
        <translation>Das Audit-Log %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not make the audit log %1 private to you: %2</source>
        <translation>Der Zugriff auf das Audit-Log %1 konnte nicht auf Sie allein beschränkt werden: %2</translation>
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
    <name>BalanceAlgorithm</name>
    <message>
        <source>Backend &apos;%1&apos; balances with static-rr, which cannot take servers added at runtime (HAProxy refuses them). Only roundrobin, leastconn, first, random and consistent hashing can.</source>
        <translation>Das Backend &apos;%1&apos; verteilt mit static-rr, das keine zur Laufzeit hinzugefügten Server aufnehmen kann (HAProxy lehnt sie ab). Das können nur roundrobin, leastconn, first, random und konsistentes Hashing.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; balances by &apos;%2&apos;: HAProxy accepts new servers only with &quot;hash-type consistent&quot;, which the statistics do not show. If it uses the default map-based hashing, HAProxy refuses the new server and nothing is changed.</source>
        <translation>Das Backend &apos;%1&apos; verteilt nach &apos;%2&apos;: HAProxy nimmt neue Server nur mit „hash-type consistent“ an, was die Statistiken nicht zeigen. Verwendet es das standardmäßige map-basierte Hashing, lehnt HAProxy den neuen Server ab, und nichts wird geändert.</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>tested with HAProxy 2.6 and 3.0 (checked by hand on 3.2 and 3.4); other versions from 2.6 to 3.x expected to work by capability detection</source>
        <translation>getestet mit HAProxy 2.6 und 3.0 (von Hand geprüft mit 3.2 und 3.4); andere Versionen von 2.6 bis 3.x sollten dank Fähigkeitserkennung funktionieren</translation>
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
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Certificate — %1</source>
        <translation>Zertifikat ersetzen — %1</translation>
    </message>
    <message>
        <source>Replace &lt;b&gt;%1&lt;/b&gt; on %2 at runtime. Pick the PEM file with the new certificate, its private key and chain, or a certificate file and a key file; hadesk checks them here before anything is sent.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2 zur Laufzeit ersetzen. Die PEM-Datei mit neuem Zertifikat, privatem Schlüssel und Kette auswählen, oder eine Zertifikats- und eine Schlüsseldatei; hadesk prüft sie hier, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>site.pem, or site.crt;site.key</source>
        <translation>site.pem oder site.crt;site.key</translation>
    </message>
    <message>
        <source>PEM files</source>
        <translation>PEM-Dateien</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Pick the PEM file(s) (Ctrl+O)</source>
        <translation>PEM-Datei(en) auswählen (Strg+O)</translation>
    </message>
    <message>
        <source>PEM &amp;file(s):</source>
        <translation>&amp;PEM-Datei(en):</translation>
    </message>
    <message>
        <source>Served now and new</source>
        <translation>Jetzt ausgeliefert und neu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Served now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt ausgeliefert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Subject alternative names:</source>
        <translation>Alternative Antragstellernamen:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Not after:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Verbleibende Tage:</translation>
    </message>
    <message>
        <source>PEM File(s)</source>
        <translation>PEM-Datei(en)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a certificate bundle</source>
        <translation>%1 ist größer als 1 MiB: kein Zertifikatsbündel</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not usable: %1.</source>
        <translation>Nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>Nothing will be sent until the files are usable.</source>
        <translation>Es wird nichts gesendet, bis die Dateien verwendbar sind.</translation>
    </message>
    <message numerus="yes">
        <source>Will send &lt;tt&gt;set ssl cert %1&lt;/tt&gt; with the bundle (%n line(s), the private key included; the audit log keeps only their number), then &lt;tt&gt;commit ssl cert %1&lt;/tt&gt;. Should HAProxy refuse either, &lt;tt&gt;abort ssl cert %1&lt;/tt&gt; follows.</source>
        <translation>
            <numerusform>Sendet &lt;tt&gt;set ssl cert %1&lt;/tt&gt; mit dem Bündel (%n Zeile, einschließlich des privaten Schlüssels; das Audit-Log speichert nur ihre Anzahl), dann &lt;tt&gt;commit ssl cert %1&lt;/tt&gt;. Lehnt HAProxy einen der beiden Befehle ab, folgt &lt;tt&gt;abort ssl cert %1&lt;/tt&gt;.</numerusform>
            <numerusform>Sendet &lt;tt&gt;set ssl cert %1&lt;/tt&gt; mit dem Bündel (%n Zeilen, einschließlich des privaten Schlüssels; das Audit-Log speichert nur ihre Anzahl), dann &lt;tt&gt;commit ssl cert %1&lt;/tt&gt;. Lehnt HAProxy einen der beiden Befehle ab, folgt &lt;tt&gt;abort ssl cert %1&lt;/tt&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The instance is not connected.</source>
        <translation>Die Instanz ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Replacing a certificate needs level admin; this connection has level %1.</source>
        <translation>Das Ersetzen eines Zertifikats erfordert Stufe admin; diese Verbindung hat Stufe %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sending the new certificate…</source>
        <translation>Das neue Zertifikat wird gesendet…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled: aborted.</source>
        <translation>Abgebrochen: Transaktion verworfen.</translation>
    </message>
    <message>
        <source>Outcome unknown.</source>
        <translation>Ergebnis unbekannt.</translation>
    </message>
</context>
<context>
    <name>CertificatesDock</name>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Certificates of all open instances</source>
        <translation>Zertifikate aller geöffneten Instanzen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read every instance&apos;s certificates again (F5)</source>
        <translation>Die Zertifikate aller Instanzen erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Re&amp;place Certificate…</source>
        <translation>Zertifikat &amp;ersetzen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading certificates…</source>
        <translation>Zertifikate werden gelesen…</translation>
    </message>
    <message>
        <source>Select a certificate to replace.</source>
        <translation>Ein Zertifikat zum Ersetzen auswählen.</translation>
    </message>
    <message>
        <source>The instance is not connected.</source>
        <translation>Die Instanz ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Replacing a certificate needs level admin; this connection has level %1.</source>
        <translation>Das Ersetzen eines Zertifikats erfordert Stufe admin; diese Verbindung hat Stufe %1.</translation>
    </message>
    <message>
        <source>Replace the selected certificate at runtime (F2, Ctrl+R)</source>
        <translation>Das ausgewählte Zertifikat zur Laufzeit ersetzen (F2, Strg+R)</translation>
    </message>
</context>
<context>
    <name>CertificatesLoader</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>the list of certificates: %1</source>
        <translation>die Liste der Zertifikate: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) — expires very soon</source>
        <translation>
            <numerusform>%n Tag — läuft sehr bald ab</numerusform>
            <numerusform>%n Tage — läuft sehr bald ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) — expires soon</source>
        <translation>
            <numerusform>%n Tag — läuft bald ab</numerusform>
            <numerusform>%n Tage — läuft bald ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Subject Alternative Names</source>
        <translation>Alternative Antragstellernamen</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Not After</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Days Left</source>
        <translation>Verbleibende Tage</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>One metric of the rows selected in the table (Alt+O)</source>
        <translation>Eine Kennzahl der in der Tabelle ausgewählten Zeilen (Alt+O)</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>How a backend&apos;s traffic is shared between its servers, next to their weights (Alt+C)</source>
        <translation>Wie sich der Verkehr eines Backends auf seine Server verteilt, neben ihren Gewichten (Alt+C)</translation>
    </message>
    <message>
        <source>What to plot (Alt+M)</source>
        <translation>Was dargestellt wird (Alt+M)</translation>
    </message>
    <message>
        <source>Which rate to share out between the servers (Alt+M)</source>
        <translation>Welche Rate auf die Server aufgeteilt wird (Alt+M)</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>The last 5 minutes (Alt+1)</source>
        <translation>Die letzten 5 Minuten (Alt+1)</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>The last hour (Alt+2)</source>
        <translation>Die letzte Stunde (Alt+2)</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>The last 24 hours (Alt+3)</source>
        <translation>Die letzten 24 Stunden (Alt+3)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Freeze the chart; polling goes on (Alt+P)</source>
        <translation>Diagramm einfrieren; die Abfrage läuft weiter (Alt+P)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Datenreihen</translation>
    </message>
    <message>
        <source>Show or hide lines (Alt+R)</source>
        <translation>Linien ein- oder ausblenden (Alt+R)</translation>
    </message>
    <message>
        <source>Unzoom</source>
        <translation>Zoom aufheben</translation>
    </message>
    <message>
        <source>Show the whole range again (Alt+Z). Drag across the chart to zoom in, Shift+drag to pan.</source>
        <translation>Wieder den ganzen Bereich zeigen (Alt+Z). Über das Diagramm ziehen zum Vergrößern, Shift+Ziehen zum Verschieben.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the chart as an image or its data as CSV</source>
        <translation>Das Diagramm als Bild oder seine Daten als CSV speichern</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image (Alt+X)</source>
        <translation>Das Diagramm als PNG-Bild speichern (Alt+X)</translation>
    </message>
    <message>
        <source>Data of the visible range (CSV)…</source>
        <translation>Daten des sichtbaren Bereichs (CSV)…</translation>
    </message>
    <message>
        <source>One column per line (Alt+D)</source>
        <translation>Eine Spalte pro Linie (Alt+D)</translation>
    </message>
    <message>
        <source>Share of:</source>
        <translation>Anteil an:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Kennzahl:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>No traffic history: connect to an instance.</source>
        <translation>Kein Verkehrsverlauf: Verbinden Sie sich mit einer Instanz.</translation>
    </message>
    <message>
        <source>Select frontends, backends or servers in the table to chart them.</source>
        <translation>Wählen Sie Frontends, Backends oder Server in der Tabelle aus, um sie darzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s)</source>
        <translation>
            <numerusform>%1 von %n Objekt</numerusform>
            <numerusform>%1 von %n Objekten</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a backend or one of its servers in the table.</source>
        <translation>Wählen Sie ein Backend oder einen seiner Server in der Tabelle aus.</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (Gewicht %2)</translation>
    </message>
    <message>
        <source>%1 %2 (weight %3)</source>
        <translation>%1 %2 (Gewicht %3)</translation>
    </message>
    <message>
        <source>Backend %1 has no servers.</source>
        <translation>Das Backend %1 hat keine Server.</translation>
    </message>
    <message>
        <source>No %1 in backend %2 over this range.</source>
        <translation>Im Backend %2 in diesem Zeitraum keine Werte für %1.</translation>
    </message>
    <message>
        <source>%1 of %2 over the visible range: %3</source>
        <translation>%1 von %2 im sichtbaren Zeitraum: %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No lines</source>
        <translation>Keine Linien</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Save Chart Image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save Chart Data</source>
        <translation>Diagrammdaten speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source> · memory budget: %n object(s) with less history</source>
        <translation>
            <numerusform> · Speicherbudget: %n Objekt mit weniger Verlauf</numerusform>
            <numerusform> · Speicherbudget: %n Objekte mit weniger Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the last 5 minutes</source>
        <translation>Die letzten 5 Minuten anzeigen</translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation>Die letzte Stunde anzeigen</translation>
    </message>
    <message>
        <source>Show the last day</source>
        <translation>Den letzten Tag anzeigen</translation>
    </message>
    <message>
        <source>Chart objects (servers, backends)</source>
        <translation>Objekte im Diagramm (Server, Backends)</translation>
    </message>
    <message>
        <source>Chart a canary&apos;s share against the others</source>
        <translation>Den Anteil eines Canary im Vergleich zu den anderen darstellen</translation>
    </message>
    <message>
        <source>Pause or resume the chart</source>
        <translation>Diagramm anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Reset the zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Move the focus to the chart</source>
        <translation>Den Fokus auf das Diagramm setzen</translation>
    </message>
    <message>
        <source>Choose the series shown</source>
        <translation>Die angezeigten Reihen wählen</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save the visible range&apos;s data as CSV</source>
        <translation>Daten des sichtbaren Bereichs als CSV speichern</translation>
    </message>
    <message>
        <source>Choose the metric or the share</source>
        <translation>Metrik oder Anteil wählen</translation>
    </message>
</context>
<context>
    <name>ClusterActionRunner</name>
    <message>
        <source>%1 of %2 nodes done</source>
        <translation>%1 von %2 Knoten erledigt</translation>
    </message>
    <message>
        <source>The cluster has no members.</source>
        <translation>Der Cluster hat keine Mitglieder.</translation>
    </message>
    <message>
        <source>A cluster member has no name.</source>
        <translation>Ein Cluster-Mitglied hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the cluster.</source>
        <translation>%1 ist im Cluster doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Nothing sent to any node: %1</source>
        <translation>An keinen Knoten gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: another node of the cluster cannot run this.</source>
        <translation>Nicht gesendet: ein anderer Knoten des Clusters kann dies nicht ausführen.</translation>
    </message>
    <message>
        <source>Nothing sent: no node can run this. %1</source>
        <translation>Nichts gesendet: kein Knoten kann dies ausführen. %1</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>Edit cluster %1</source>
        <translation>Cluster %1 bearbeiten</translation>
    </message>
    <message>
        <source>A cluster is a group of HAProxy instances that serve the same backends: an action taken on the cluster is sent to every member.</source>
        <translation>Ein Cluster ist eine Gruppe von HAProxy-Instanzen, die dieselben Backends bedienen: eine Aktion auf dem Cluster wird an jedes Mitglied gesendet.</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>z. B. production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Check the saved connections that belong to this cluster (Space toggles)</source>
        <translation>Die gespeicherten Verbindungen ankreuzen, die zu diesem Cluster gehören (Leertaste schaltet um)</translation>
    </message>
    <message>
        <source>%1 (no such saved connection)</source>
        <translation>%1 (keine solche gespeicherte Verbindung)</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>A cluster needs at least two saved connections: connect to each instance once to save it.</source>
        <translation>Ein Cluster braucht mindestens zwei gespeicherte Verbindungen: verbinden Sie sich einmal mit jeder Instanz, um sie zu speichern.</translation>
    </message>
</context>
<context>
    <name>ClusterDivergence</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>%1: missing on %2</source>
        <translation>%1: fehlt auf %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>weight %1 on %2</source>
        <translation>Gewicht %1 auf %2</translation>
    </message>
</context>
<context>
    <name>ClusterDock</name>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cl&amp;uster:</source>
        <translation>Cl&amp;uster:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Group saved connections into a cluster</source>
        <translation>Gespeicherte Verbindungen zu einem Cluster zusammenfassen</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Rename the cluster or change its members</source>
        <translation>Den Cluster umbenennen oder seine Mitglieder ändern</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Forget this cluster (its connections stay)</source>
        <translation>Diesen Cluster vergessen (seine Verbindungen bleiben erhalten)</translation>
    </message>
    <message>
        <source>C&amp;onnect Members</source>
        <translation>Mitglieder &amp;verbinden</translation>
    </message>
    <message>
        <source>Open every member that is not open yet</source>
        <translation>Jedes noch nicht geöffnete Mitglied öffnen</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>B&amp;ereit</translation>
    </message>
    <message>
        <source>Put the selected servers back in service on every member</source>
        <translation>Die ausgewählten Server auf jedem Mitglied wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <source>&amp;Drain</source>
        <translation>D&amp;rain</translation>
    </message>
    <message>
        <source>Drain the selected servers on every member</source>
        <translation>Die ausgewählten Server auf jedem Mitglied in Drain versetzen</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>&amp;Wartung</translation>
    </message>
    <message>
        <source>Put the selected servers in maintenance on every member</source>
        <translation>Die ausgewählten Server auf jedem Mitglied in Wartung versetzen</translation>
    </message>
    <message>
        <source>&amp;Weight…</source>
        <translation>&amp;Gewicht…</translation>
    </message>
    <message>
        <source>Set the selected servers&apos; weight on every member</source>
        <translation>Das Gewicht der ausgewählten Server auf jedem Mitglied setzen</translation>
    </message>
    <message>
        <source>Cluster servers</source>
        <translation>Cluster-Server</translation>
    </message>
    <message>
        <source>No cluster yet: New… groups saved connections.</source>
        <translation>Noch kein Cluster: Neu… fasst gespeicherte Verbindungen zusammen.</translation>
    </message>
    <message>
        <source>Not open: %1. </source>
        <translation>Nicht geöffnet: %1. </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) open, no differences.</source>
        <translation>
            <numerusform>%n Mitglied geöffnet, keine Unterschiede.</numerusform>
            <numerusform>%n Mitglieder geöffnet, keine Unterschiede.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ between members.</source>
        <translation>
            <numerusform>%n Zeile unterscheidet sich zwischen den Mitgliedern.</numerusform>
            <numerusform>%n Zeilen unterscheiden sich zwischen den Mitgliedern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1 not open. Use Connect Members first.</source>
        <translation>Nichts gesendet: %1 nicht geöffnet. Verwenden Sie zuerst „Mitglieder verbinden“.</translation>
    </message>
    <message>
        <source>Select one or more servers in the cluster table first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Server in der Cluster-Tabelle aus.</translation>
    </message>
    <message>
        <source>Set Weight on the Cluster</source>
        <translation>Gewicht im Cluster setzen</translation>
    </message>
    <message numerus="yes">
        <source>New weight for %n server(s) on every member (0–256, or a percentage of the configured weight such as 50%):</source>
        <translation>
            <numerusform>Neues Gewicht für %n Server auf jedem Mitglied (0–256 oder ein Prozentsatz des konfigurierten Gewichts, z. B. 50%):</numerusform>
            <numerusform>Neues Gewicht für %n Server auf jedem Mitglied (0–256 oder ein Prozentsatz des konfigurierten Gewichts, z. B. 50%):</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: “%1” is not a weight (0–256, or 0%–100%).</source>
        <translation>Nichts gesendet: „%1“ ist kein Gewicht (0–256 oder 0%–100%).</translation>
    </message>
    <message>
        <source>Delete Cluster</source>
        <translation>Cluster löschen</translation>
    </message>
    <message>
        <source>Forget the cluster “%1”? Its connections and the instances stay as they are.</source>
        <translation>Den Cluster „%1“ vergessen? Seine Verbindungen und die Instanzen bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>ClusterMapReplace</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>a replacement is already running</source>
        <translation>es läuft bereits eine Ersetzung</translation>
    </message>
    <message>
        <source>No member of the cluster is connected; nothing was sent.</source>
        <translation>Kein Mitglied des Clusters ist verbunden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Not connected: %1. Nothing was sent to any member; connect them, or allow the connected members alone.</source>
        <translation>Nicht verbunden: %1. An kein Mitglied wurde etwas gesendet; diese verbinden oder nur die verbundenen Mitglieder zulassen.</translation>
    </message>
</context>
<context>
    <name>ClusterResultDialog</name>
    <message>
        <source>%1 on cluster %2</source>
        <translation>%1 auf Cluster %2</translation>
    </message>
    <message>
        <source>%1 on every node of %2</source>
        <translation>%1 auf jedem Knoten von %2</translation>
    </message>
    <message>
        <source>&amp;Run on the nodes that can, skip the others</source>
        <translation>Auf den Knoten ausfüh&amp;ren, die es können, die anderen überspringen</translation>
    </message>
    <message>
        <source>By default nothing is sent unless every node can run the action</source>
        <translation>Standardmäßig wird nichts gesendet, wenn nicht jeder Knoten die Aktion ausführen kann</translation>
    </message>
    <message>
        <source>Commands and results per node</source>
        <translation>Befehle und Ergebnisse je Knoten</translation>
    </message>
    <message>
        <source>Node / server</source>
        <translation>Knoten / Server</translation>
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
        <source>C&amp;opy results</source>
        <translation>Ergebnisse k&amp;opieren</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Nothing will be sent: %1</source>
        <translation>Es wird nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Nothing can be sent: no node of the cluster can run this.</source>
        <translation>Es kann nichts gesendet werden: kein Knoten des Clusters kann dies ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be sent: %n node(s) cannot run this (see below).</source>
        <translation>
            <numerusform>Es wird nichts gesendet: %n Knoten kann dies nicht ausführen (siehe unten).</numerusform>
            <numerusform>Es wird nichts gesendet: %n Knoten können dies nicht ausführen (siehe unten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is destructive, on %n node(s): %1 Check the commands below, then confirm.</source>
        <translation>
            <numerusform>Das ist destruktiv, auf %n Knoten: %1 Prüfen Sie die Befehle unten und bestätigen Sie dann.</numerusform>
            <numerusform>Das ist destruktiv, auf %n Knoten: %1 Prüfen Sie die Befehle unten und bestätigen Sie dann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These commands will be sent to %n node(s) at once:</source>
        <translation>
            <numerusform>Diese Befehle werden gleichzeitig an %n Knoten gesendet:</numerusform>
            <numerusform>Diese Befehle werden gleichzeitig an %n Knoten gesendet:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run on %n node(s)</source>
        <translation>
            <numerusform>Auf %n Knoten ausführen</numerusform>
            <numerusform>Auf %n Knoten ausführen</numerusform>
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
        <translation>Der Cluster braucht einen Namen.</translation>
    </message>
    <message>
        <source>A cluster needs at least two members.</source>
        <translation>Ein Cluster braucht mindestens zwei Mitglieder.</translation>
    </message>
    <message>
        <source>A member has no name.</source>
        <translation>Ein Mitglied hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 is a member twice.</source>
        <translation>%1 ist doppelt Mitglied.</translation>
    </message>
    <message>
        <source>A cluster named %1 already exists.</source>
        <translation>Es gibt bereits einen Cluster namens %1.</translation>
    </message>
    <message>
        <source>There is no cluster named %1.</source>
        <translation>Es gibt keinen Cluster namens %1.</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>die Datei ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1</source>
        <translation>die Datei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>it does not hold a list of clusters</source>
        <translation>die Datei enthält keine Liste von Clustern</translation>
    </message>
    <message>
        <source>it was written by a newer hadesk (format %1)</source>
        <translation>die Datei wurde von einer neueren Version von hadesk geschrieben (Format %1)</translation>
    </message>
    <message>
        <source>The clusters in %1 could not be read (%2), and no copy of the file could be kept. hadesk will not change the clusters until the file is moved away or mended.</source>
        <translation>Die Cluster in %1 konnten nicht gelesen werden (%2), und es konnte keine Kopie der Datei aufbewahrt werden. hadesk ändert die Cluster erst, wenn die Datei verschoben oder repariert wurde.</translation>
    </message>
    <message>
        <source>The clusters in %1 could not be read (%2). The file was kept as %3; hadesk will not change the clusters until you start with an empty list or move the file away.</source>
        <translation>Die Cluster in %1 konnten nicht gelesen werden (%2). Die Datei wurde als %3 aufbewahrt; hadesk ändert die Cluster erst, wenn Sie mit einer leeren Liste beginnen oder die Datei verschieben.</translation>
    </message>
    <message>
        <source>Not started with an empty list: no copy of %1 could be kept, and changing the clusters would replace it. Move the file away first.</source>
        <translation>Nicht mit einer leeren Liste begonnen: es konnte keine Kopie von %1 aufbewahrt werden, und eine Änderung der Cluster würde die Datei ersetzen. Verschieben Sie zuerst die Datei.</translation>
    </message>
    <message>
        <source>The clusters were not changed: %1 could not be read, and hadesk does not write over a file it could not read. Start with an empty list (a copy of the file is kept) or move the file away.</source>
        <translation>Die Cluster wurden nicht geändert: %1 konnte nicht gelesen werden, und hadesk überschreibt keine Datei, die es nicht lesen konnte. Beginnen Sie mit einer leeren Liste (eine Kopie der Datei wird aufbewahrt), oder verschieben Sie die Datei.</translation>
    </message>
</context>
<context>
    <name>ClusterTableModel</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No data from %1 yet.</source>
        <translation>Noch keine Daten von %1.</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 hat kein %2.</translation>
    </message>
    <message>
        <source>%1 on %2: status %3, weight %4</source>
        <translation>%1 auf %2: Status %3, Gewicht %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>State and weight on %1</source>
        <translation>Zustand und Gewicht auf %1</translation>
    </message>
    <message>
        <source>What the nodes disagree about: a missing backend or server, the state, the weight</source>
        <translation>Worin die Knoten nicht übereinstimmen: ein fehlendes Backend oder ein fehlender Server, der Zustand, das Gewicht</translation>
    </message>
</context>
<context>
    <name>ColorScheme</name>
    <message>
        <source>HADESK_COLOR_SCHEME is “%1”: it should be dark, light or system; the saved choice applies</source>
        <translation>HADESK_COLOR_SCHEME ist „%1“: erlaubt sind dark, light oder system; die gespeicherte Auswahl gilt</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>Fa&amp;rben</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>The colours of the desktop&apos;s theme</source>
        <translation>Die Farben des Desktop-Designs</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Dunkler Text auf hellem Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Heller Text auf dunklem Hintergrund</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Applied to every window, charts included, with OK or Apply (also in View › Colours).</source>
        <translation>Wird mit OK oder Anwenden auf alle Fenster angewendet, Diagramme eingeschlossen (auch unter Ansicht › Farben).</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
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
    <message>
        <source>the payload is empty</source>
        <translation>die Nutzlast ist leer</translation>
    </message>
    <message>
        <source>payload line %1 is empty; HAProxy would end the payload there and run the following lines as commands</source>
        <translation>Zeile %1 der Nutzlast ist leer; HAProxy würde die Nutzlast dort beenden und die folgenden Zeilen als Befehle ausführen</translation>
    </message>
    <message>
        <source>payload line %1: %2</source>
        <translation>Zeile %1 der Nutzlast: %2</translation>
    </message>
    <message>
        <source>the command and its payload are %1 bytes long; HAProxy reads at most %2 bytes</source>
        <translation>der Befehl und seine Nutzlast sind %1 Byte lang; HAProxy liest höchstens %2 Byte</translation>
    </message>
    <message>
        <source>the payload could not be attached to the command</source>
        <translation>die Nutzlast konnte nicht an den Befehl angehängt werden</translation>
    </message>
    <message>
        <source>the command&apos;s last word &apos;%1&apos; starts with &apos;&lt;&lt;&apos;, which makes HAProxy read the following lines as a payload; a single-line command cannot end that way</source>
        <translation>das letzte Wort des Befehls &apos;%1&apos; beginnt mit &apos;&lt;&lt;&apos;, wodurch HAProxy die folgenden Zeilen als Nutzlast liest; ein einzeiliger Befehl kann nicht so enden</translation>
    </message>
    <message>
        <source>the command&apos;s last word &apos;%1&apos; starts with &apos;&lt;&lt;&apos;, which makes HAProxy 2.9 and later read the following lines as a payload ending at &apos;%2&apos;</source>
        <translation>das letzte Wort des Befehls &apos;%1&apos; beginnt mit &apos;&lt;&lt;&apos;, wodurch HAProxy ab 2.9 die folgenden Zeilen als Nutzlast liest, die bei &apos;%2&apos; endet</translation>
    </message>
    <message>
        <source>a command with a payload must end with &apos;&lt;&lt;&apos; or &apos;&lt;&lt;MARK&apos;</source>
        <translation>ein Befehl mit Nutzlast muss mit &apos;&lt;&lt;&apos; oder &apos;&lt;&lt;MARK&apos; enden</translation>
    </message>
    <message>
        <source>the payload end marker &apos;%1&apos; is longer than %2 characters, the most HAProxy 2.9 to 3.3 read</source>
        <translation>die Endmarke der Nutzlast &apos;%1&apos; ist länger als %2 Zeichen, das Maximum, das HAProxy 2.9 bis 3.3 liest</translation>
    </message>
    <message>
        <source>&apos;show events … %1&apos; waits for new events without end; the console shows finished answers only: leave out &apos;-w&apos;</source>
        <translation>&apos;show events … %1&apos; wartet endlos auf neue Ereignisse; die Konsole zeigt nur abgeschlossene Antworten an: lassen Sie &apos;-w&apos; weg</translation>
    </message>
    <message>
        <source>payload line %1 is the end marker &apos;%2&apos;; HAProxy would end the payload there and run the following lines as commands</source>
        <translation>Zeile %1 der Nutzlast ist die Endmarke &apos;%2&apos;; HAProxy würde die Nutzlast dort beenden und die folgenden Zeilen als Befehle ausführen</translation>
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
        <translation>die Serveradresse &apos;%1&apos; ist ein Hostname: %2 registriert einen zur Laufzeit hinzugefügten Server mit Hostnamen, löst diesen aber nie auf, sodass der Server nie Verkehr erhielte; geben Sie stattdessen seine IPv4- oder IPv6-Adresse an</translation>
    </message>
    <message>
        <source>proxy id %1 is not valid (use -1 for none, or 1 and up)</source>
        <translation>Proxy-ID %1 ist ungültig (-1 für keine, oder ab 1)</translation>
    </message>
</context>
<context>
    <name>CommandChannel</name>
    <message>
        <source>The connection to HAProxy is gone.</source>
        <translation>Die Verbindung zu HAProxy ist weg.</translation>
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
    <message>
        <source>&lt;p&gt;Where HAProxy&apos;s Runtime API (the &lt;i&gt;stats socket&lt;/i&gt;) listens:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;/run/haproxy/admin.sock&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a Unix socket on this machine&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;unix:PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the same, written explicitly&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tcp:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;plain TCP&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;plain TCP, short form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;[::1]:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;an IPv6 address, in brackets&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tls:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;TCP encrypted with TLS&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ssh:[USER@]HOST[:PORT]/PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a Unix socket on another machine, through an ssh tunnel (your ~/.ssh/config and agent)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Wo die Runtime API von HAProxy (der &lt;i&gt;Stats-Socket&lt;/i&gt;) lauscht:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;/run/haproxy/admin.sock&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ein Unix-Socket auf diesem Rechner&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;unix:PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;dasselbe, ausdrücklich geschrieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tcp:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;unverschlüsseltes TCP&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;unverschlüsseltes TCP, Kurzform&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;[::1]:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;eine IPv6-Adresse, in eckigen Klammern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tls:HOST:PORT&lt;/code&gt;&lt;/td&gt;&lt;td&gt;mit TLS verschlüsseltes TCP&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;ssh:[USER@]HOST[:PORT]/PATH&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ein Unix-Socket auf einem anderen Rechner, über einen SSH-Tunnel (Ihre ~/.ssh/config und Ihr Agent)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
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
    <name>ConsoleBatch</name>
    <message>
        <source># needs level %1, this session is %2: HAProxy will likely refuse it</source>
        <translation># braucht Stufe %1, diese Sitzung hat %2: HAProxy wird den Befehl wahrscheinlich ablehnen</translation>
    </message>
    <message>
        <source>(done, no output)</source>
        <translation>(erledigt, keine Ausgabe)</translation>
    </message>
    <message>
        <source>(%1: done, no output)</source>
        <translation>(%1: erledigt, keine Ausgabe)</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
</context>
<context>
    <name>ConsoleDock</name>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Command (Tab completes, Up/Down history, Ctrl+R search)</source>
        <translation>Befehl (Tab vervollständigt, Auf/Ab Verlauf, Strg+R Suche)</translation>
    </message>
    <message>
        <source>Console command</source>
        <translation>Konsolenbefehl</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>S&amp;enden</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the output (Ctrl+Shift+K)</source>
        <translation>Die Ausgabe leeren (Strg+Shift+K)</translation>
    </message>
    <message>
        <source># %1</source>
        <translation># %1</translation>
    </message>
    <message>
        <source># The instance&apos;s help could not be read; completing from hadesk&apos;s own list</source>
        <translation># Die Hilfe der Instanz konnte nicht gelesen werden; Vervollständigung aus der eigenen Liste von hadesk</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Nutzlast</translation>
    </message>
    <message>
        <source>✗ Payload refused, nothing sent: %1</source>
        <translation>✗ Nutzlast abgelehnt, nichts gesendet: %1</translation>
    </message>
    <message>
        <source>✗ Refused, nothing sent: %1</source>
        <translation>✗ Abgelehnt, nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Payload line (an empty line sends, Escape cancels)</source>
        <translation>Nutzlastzeile (eine leere Zeile sendet, Esc bricht ab)</translation>
    </message>
    <message>
        <source>✗ Not connected: nothing sent</source>
        <translation>✗ Nicht verbunden: nichts gesendet</translation>
    </message>
    <message>
        <source>History search: no older entry contains &apos;%1&apos;</source>
        <translation>Verlaufssuche: kein älterer Eintrag enthält &apos;%1&apos;</translation>
    </message>
    <message>
        <source>History search for &apos;%1&apos; (Ctrl+R: older)</source>
        <translation>Verlaufssuche nach &apos;%1&apos; (Strg+R: älter)</translation>
    </message>
    <message>
        <source># Payload cancelled, nothing sent</source>
        <translation># Nutzlast abgebrochen, nichts gesendet</translation>
    </message>
    <message>
        <source>Clear the output</source>
        <translation>Ausgabe leeren</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Payload line %1 for &apos;%2&apos;; an empty line sends it, Escape cancels</source>
        <translation>Nutzlastzeile %1 für &apos;%2&apos;; eine leere Zeile sendet sie, Esc bricht ab</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source> (then payload lines, ended by an empty line)</source>
        <translation> (danach Nutzlastzeilen, beendet durch eine leere Zeile)</translation>
    </message>
    <message>
        <source> (needs level %1: HAProxy will likely refuse it)</source>
        <translation> (braucht Stufe %1: HAProxy wird den Befehl wahrscheinlich ablehnen)</translation>
    </message>
    <message>
        <source> (not in HAProxy&apos;s help list)</source>
        <translation> (nicht in der Hilfeliste von HAProxy)</translation>
    </message>
    <message>
        <source>Sends %1 commands: %2</source>
        <translation>Sendet %1 Befehle: %2</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Sendet: %1</translation>
    </message>
    <message>
        <source>  (&apos;\;&apos; is a literal &apos;;&apos; inside an argument)</source>
        <translation>  (&apos;\;&apos; ist ein wörtliches &apos;;&apos; innerhalb eines Arguments)</translation>
    </message>
    <message>
        <source>the line holds no command, only &apos;;&apos;</source>
        <translation>die Zeile enthält keinen Befehl, nur &apos;;&apos;</translation>
    </message>
    <message>
        <source>a command with a payload (&apos;&lt;&lt;&apos;) must be alone on its line</source>
        <translation>ein Befehl mit Nutzlast (&apos;&lt;&lt;&apos;) muss allein in seiner Zeile stehen</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Payload line %1 for &apos;%2&apos;; a line &apos;%3&apos; sends it, Escape cancels</source>
        <translation>Nutzlastzeile %1 für &apos;%2&apos;; eine Zeile &apos;%3&apos; sendet sie, Esc bricht ab</translation>
    </message>
    <message>
        <source>HAProxy %1 does not know payload end markers (&apos;&lt;&lt;%2&apos;, from 2.9 on): it would run each payload line as a command. End the line with &apos;&lt;&lt;&apos; and the payload with an empty line.</source>
        <translation>HAProxy %1 kennt keine Endmarken für Nutzlasten (&apos;&lt;&lt;%2&apos;, ab 2.9): es würde jede Nutzlastzeile als Befehl ausführen. Beenden Sie die Zeile mit &apos;&lt;&lt;&apos; und die Nutzlast mit einer leeren Zeile.</translation>
    </message>
    <message>
        <source>payload end markers (&apos;&lt;&lt;%1&apos;) need HAProxy 2.9 or later, and this instance&apos;s version is not known yet; end the line with &apos;&lt;&lt;&apos; and the payload with an empty line</source>
        <translation>Endmarken für Nutzlasten (&apos;&lt;&lt;%1&apos;) erfordern HAProxy 2.9 oder neuer, und die Version dieser Instanz ist noch nicht bekannt; beenden Sie die Zeile mit &apos;&lt;&lt;&apos; und die Nutzlast mit einer leeren Zeile</translation>
    </message>
    <message>
        <source>the console history %1 could not be read (%2) and no copy of it could be kept: this session&apos;s history will not be saved over it</source>
        <translation>der Konsolenverlauf %1 konnte nicht gelesen werden (%2), und es konnte keine Kopie davon aufbewahrt werden: der Verlauf dieser Sitzung wird nicht darüber gespeichert</translation>
    </message>
    <message>
        <source>the console history %1 could not be read (%2); it was kept as %3, and the next command saved starts a new history</source>
        <translation>der Konsolenverlauf %1 konnte nicht gelesen werden (%2); er wurde als %3 aufbewahrt, und mit dem nächsten gespeicherten Befehl beginnt ein neuer Verlauf</translation>
    </message>
    <message>
        <source>not a JSON array: %1</source>
        <translation>kein JSON-Array: %1</translation>
    </message>
    <message>
        <source>the console history was not saved: %1 could not be read nor copied aside, and saving would replace it</source>
        <translation>der Konsolenverlauf wurde nicht gespeichert: %1 konnte weder gelesen noch als Kopie aufbewahrt werden, und das Speichern würde die Datei ersetzen</translation>
    </message>
    <message>
        <source>the console history was not saved: %1</source>
        <translation>der Konsolenverlauf wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Notifications go to the desktop&apos;s notification service.</source>
        <translation>Benachrichtigungen gehen an den Benachrichtigungsdienst des Desktops.</translation>
    </message>
    <message>
        <source>This desktop has no notification service: notifications are shown by a tray icon.</source>
        <translation>Dieser Desktop hat keinen Benachrichtigungsdienst: Benachrichtigungen werden über ein Symbol im Infobereich angezeigt.</translation>
    </message>
    <message>
        <source>Notifications are not available on this desktop: it has neither a notification service nor a system tray.</source>
        <translation>Benachrichtigungen sind auf diesem Desktop nicht verfügbar: Er hat weder einen Benachrichtigungsdienst noch einen Infobereich.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>DialogLauncher</name>
    <message>
        <source>Select one or more servers to schedule a drain.</source>
        <translation>Wählen Sie einen oder mehrere Server aus, um einen Drain zu planen.</translation>
    </message>
</context>
<context>
    <name>DockSet</name>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Traffic Charts</source>
        <translation>Verkehrsdiagramme</translation>
    </message>
    <message>
        <source>Scheduled drains: %1</source>
        <translation>Geplante Drains: %1</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>Audit-&amp;Log</translation>
    </message>
    <message>
        <source>&amp;Traffic Charts</source>
        <translation>&amp;Verkehrsdiagramme</translation>
    </message>
    <message>
        <source>C&amp;onsole</source>
        <translation>K&amp;onsole</translation>
    </message>
    <message>
        <source>Cl&amp;usters</source>
        <translation>Cl&amp;uster</translation>
    </message>
    <message>
        <source>Sc&amp;heduled Drains</source>
        <translation>&amp;Geplante Drains</translation>
    </message>
    <message>
        <source>&amp;Maps &amp;&amp; ACLs</source>
        <translation>&amp;Maps &amp;&amp; ACLs</translation>
    </message>
    <message>
        <source>Stic&amp;k Tables</source>
        <translation>Stic&amp;k-Tables</translation>
    </message>
    <message>
        <source>Sessio&amp;ns</source>
        <translation>Sitzu&amp;ngen</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>F&amp;ehler</translation>
    </message>
    <message>
        <source>Cert&amp;ificates</source>
        <translation>Zert&amp;ifikate</translation>
    </message>
    <message>
        <source>Pro&amp;cesses</source>
        <translation>Pro&amp;zesse</translation>
    </message>
</context>
<context>
    <name>DrainJob</name>
    <message>
        <source>The job has no id.</source>
        <translation>Der Auftrag hat keine ID.</translation>
    </message>
    <message>
        <source>No HAProxy instance is chosen for %1/%2.</source>
        <translation>Für %1/%2 ist keine HAProxy-Instanz gewählt.</translation>
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
        <source>The start time of %1/%2 is not a valid time.</source>
        <translation>Die Startzeit von %1/%2 ist keine gültige Zeit.</translation>
    </message>
    <message>
        <source>The idle deadline of %1/%2 is over 7 days; use no deadline instead.</source>
        <translation>Die Frist für das Sitzungsende von %1/%2 ist länger als 7 Tage; lassen Sie die Frist stattdessen weg.</translation>
    </message>
    <message>
        <source>The maintenance window of %1/%2 must last more than 0 minutes and at most 7 days.</source>
        <translation>Das Wartungsfenster von %1/%2 muss länger als 0 Minuten und höchstens 7 Tage dauern.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
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
        <source>Ending</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <source>In maintenance window</source>
        <translation>Im Wartungsfenster</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
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
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Back to ready</source>
        <translation>Zurück auf READY</translation>
    </message>
    <message numerus="yes">
        <source>Back to ready after %n min</source>
        <translation>
            <numerusform>Nach %n min zurück auf READY</numerusform>
            <numerusform>Nach %n min zurück auf READY</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back to ready after %n s</source>
        <translation>
            <numerusform>Nach %n s zurück auf READY</numerusform>
            <numerusform>Nach %n s zurück auf READY</numerusform>
        </translation>
    </message>
    <message>
        <source>A drain job has no valid “%1” field.</source>
        <translation>Ein Drain-Auftrag hat kein gültiges Feld „%1“.</translation>
    </message>
    <message>
        <source>The idle deadline of %1/%2 is negative; use 0 for no deadline.</source>
        <translation>Die Frist für das Sitzungsende von %1/%2 ist negativ; verwenden Sie 0 für keine Frist.</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>“%1” is %2, not a whole number from %3 to %4</source>
        <translation>„%1“ ist %2, keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>Not run: the drains file holds a job that is not valid: %1</source>
        <translation>Nicht ausgeführt: die Drain-Datei enthält einen ungültigen Auftrag: %1</translation>
    </message>
</context>
<context>
    <name>DrainJobStore</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a drains document</source>
        <translation>kein Drain-Dokument</translation>
    </message>
    <message>
        <source>not a drains document of version %1</source>
        <translation>kein Drain-Dokument der Version %1</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <source>The scheduled drains in %1 could not all be read (%2), and no copy could be kept.</source>
        <translation>Die geplanten Drains in %1 konnten nicht alle gelesen werden (%2), und es konnte keine Kopie aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The scheduled drains in %1 could not all be read (%2). The file was kept as %3.</source>
        <translation>Die geplanten Drains in %1 konnten nicht alle gelesen werden (%2). Die Datei wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Could not read the scheduled drains from %1: %2. They will not be saved until the file can be read or is moved away.</source>
        <translation>Die geplanten Drains konnten nicht aus %1 gelesen werden: %2. Sie werden erst gespeichert, wenn die Datei lesbar ist oder verschoben wurde.</translation>
    </message>
    <message>
        <source>The scheduled drains were not saved: %1 could not be read and no copy of it could be kept, so writing would lose it. Move it away, then restart hadesk.</source>
        <translation>Die geplanten Drains wurden nicht gespeichert: %1 konnte nicht gelesen werden, und es konnte keine Kopie davon aufbewahrt werden, sodass die Datei beim Schreiben verloren ginge. Verschieben Sie sie, und starten Sie hadesk dann neu.</translation>
    </message>
    <message>
        <source>The scheduled drains were not saved. %1</source>
        <translation>Die geplanten Drains wurden nicht gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>DrainJobsModel</name>
    <message>
        <source>Its time passed while hadesk was closed or disconnected. Run it now or cancel it.</source>
        <translation>Sein Zeitpunkt ist verstrichen, während hadesk geschlossen oder getrennt war. Führen Sie ihn jetzt aus oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Idle deadline: %1</source>
        <translation>Frist für das Sitzungsende: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Nächstes Ereignis</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>DrainScheduler</name>
    <message>
        <source>Draining needs an admin-level socket; this one is at level %1, where HAProxy refuses every state change.</source>
        <translation>Für einen Drain ist ein Socket mit Stufe admin nötig; dieser hat Stufe %1, auf der HAProxy jede Zustandsänderung ablehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n left)</source>
        <translation>
            <numerusform>%1 (noch %n)</numerusform>
            <numerusform>%1 (noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>%1 (server %2)</source>
        <translation>%1 (Server %2)</translation>
    </message>
    <message>
        <source>A job with this id is already scheduled.</source>
        <translation>Ein Auftrag mit dieser ID ist bereits geplant.</translation>
    </message>
    <message>
        <source>%1/%2 was not scheduled. %3</source>
        <translation>%1/%2 wurde nicht eingeplant. %3</translation>
    </message>
    <message>
        <source>%1/%2 already has a scheduled drain that has not finished; cancel it first.</source>
        <translation>Für %1/%2 gibt es bereits einen geplanten Drain, der noch nicht abgeschlossen ist; brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Drain of %1/%2 scheduled for %3.</source>
        <translation>Drain von %1/%2 für %3 geplant.</translation>
    </message>
    <message>
        <source>No such scheduled drain.</source>
        <translation>Kein solcher geplanter Drain.</translation>
    </message>
    <message>
        <source>The drain of %1/%2 has already finished (%3).</source>
        <translation>Der Drain von %1/%2 ist bereits abgeschlossen (%3).</translation>
    </message>
    <message>
        <source>Cancelling the drain of %1/%2.</source>
        <translation>Der Drain von %1/%2 wird abgebrochen.</translation>
    </message>
    <message>
        <source>an unknown state (not connected)</source>
        <translation>unbekannt (nicht verbunden)</translation>
    </message>
    <message>
        <source>Cancelled. %1/%2 is left in %3.</source>
        <translation>Abgebrochen. Zustand von %1/%2 bleibt: %3.</translation>
    </message>
    <message>
        <source>Starting the drain of %1/%2 now.</source>
        <translation>Der Drain von %1/%2 startet jetzt.</translation>
    </message>
    <message>
        <source>Ending the maintenance window of %1/%2 now.</source>
        <translation>Das Wartungsfenster von %1/%2 wird jetzt beendet.</translation>
    </message>
    <message>
        <source>The drain of %1/%2 is %3: there is nothing to run now.</source>
        <translation>Der Drain von %1/%2 hat den Zustand „%3“: jetzt ist nichts auszuführen.</translation>
    </message>
    <message>
        <source>The drain of %1/%2 missed its time while it could not run; run it now or cancel it.</source>
        <translation>Der Drain von %1/%2 hat seinen Zeitpunkt verpasst, weil er nicht laufen konnte; führen Sie ihn jetzt aus oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Sending “%1”.</source>
        <translation>„%1“ wird gesendet.</translation>
    </message>
    <message>
        <source>the connection was lost before HAProxy answered “%1”</source>
        <translation>die Verbindung ging verloren, bevor HAProxy auf „%1“ antwortete</translation>
    </message>
    <message>
        <source>“%1” was not sent (%2)</source>
        <translation>„%1“ wurde nicht gesendet (%2)</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>„%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Will try again: %1.</source>
        <translation>Wird erneut versucht: %1.</translation>
    </message>
    <message>
        <source>could not read the server&apos;s state (%1)</source>
        <translation>der Zustand des Servers konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>%1 was changed outside hadesk: it is %2 now. The drain stops here; nothing more was sent.</source>
        <translation>%1 wurde außerhalb von hadesk geändert: Zustand jetzt %2. Der Drain endet hier; es wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>%1 is gone: it was removed outside hadesk.</source>
        <translation>%1 ist weg: er wurde außerhalb von hadesk entfernt.</translation>
    </message>
    <message>
        <source>%1 is already removed.</source>
        <translation>%1 ist bereits entfernt.</translation>
    </message>
    <message>
        <source>%1 is READY: the drain was undone outside hadesk, or never reached HAProxy. Nothing more was sent.</source>
        <translation>%1 ist READY: der Drain wurde außerhalb von hadesk rückgängig gemacht oder hat HAProxy nie erreicht. Es wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>%1 is already in MAINT.</source>
        <translation>%1 ist bereits in MAINT.</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 ist entfernt.</translation>
    </message>
    <message>
        <source>%1 is READY again.</source>
        <translation>%1 ist wieder READY.</translation>
    </message>
    <message>
        <source>%1 is in MAINT.</source>
        <translation>%1 ist in MAINT.</translation>
    </message>
    <message>
        <source>%1 left MAINT outside hadesk before the window ended: it is %2 now. Nothing was sent.</source>
        <translation>%1 hat MAINT außerhalb von hadesk vor dem Ende des Fensters verlassen: Zustand jetzt %2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent: %2/%3 is unchanged.</source>
        <translation>%1 Es wurde nichts gesendet: %2/%3 ist unverändert.</translation>
    </message>
    <message>
        <source>Draining %1/%2: no new sessions go to it.</source>
        <translation>%1/%2 wird in Drain versetzt: er erhält keine neuen Sitzungen.</translation>
    </message>
    <message>
        <source>could not read the sessions (%1)</source>
        <translation>die Sitzungen konnten nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Could not read the sessions: %1</source>
        <translation>Die Sitzungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the server is not in show stat</source>
        <translation>der Server ist nicht in show stat</translation>
    </message>
    <message>
        <source>No sessions left on %1/%2.</source>
        <translation>Keine Sitzungen mehr auf %1/%2.</translation>
    </message>
    <message numerus="yes">
        <source>Still %n sessions on %1/%2 at the idle deadline; it is left in DRAIN.</source>
        <translation>
            <numerusform>Bei Ablauf der Frist noch %n Sitzung auf %1/%2; der Server bleibt in DRAIN.</numerusform>
            <numerusform>Bei Ablauf der Frist noch %n Sitzungen auf %1/%2; der Server bleibt in DRAIN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle deadline reached with %n sessions; shutting them down as asked.</source>
        <translation>
            <numerusform>Frist abgelaufen mit %n Sitzung; sie wird wie gewünscht beendet.</numerusform>
            <numerusform>Frist abgelaufen mit %n Sitzungen; sie werden wie gewünscht beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still %n sessions on %1/%2 after shutting them down; it is left in DRAIN.</source>
        <translation>
            <numerusform>Nach dem Beenden noch %n Sitzung auf %1/%2; der Server bleibt in DRAIN.</numerusform>
            <numerusform>Nach dem Beenden noch %n Sitzungen auf %1/%2; der Server bleibt in DRAIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 is in MAINT.</source>
        <translation>%1/%2 ist in MAINT.</translation>
    </message>
    <message numerus="yes">
        <source>Still %n sessions on %1 at the idle deadline; it is left in %2.</source>
        <translation>
            <numerusform>Bei Ablauf der Frist noch %n Sitzung auf %1; Zustand bleibt: %2.</numerusform>
            <numerusform>Bei Ablauf der Frist noch %n Sitzungen auf %1; Zustand bleibt: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 is left in %2.</source>
        <translation>Abgebrochen. Zustand von %1 bleibt: %2.</translation>
    </message>
    <message>
        <source>Removing %1/%2 (maintenance, then delete).</source>
        <translation>%1/%2 wird entfernt (Wartung, dann Löschen).</translation>
    </message>
    <message>
        <source>%1/%2 is in MAINT until %3.</source>
        <translation>%1/%2 ist bis %3 in MAINT.</translation>
    </message>
    <message>
        <source>The maintenance window of %1/%2 is over.</source>
        <translation>Das Wartungsfenster von %1/%2 ist vorbei.</translation>
    </message>
    <message>
        <source>%1/%2 is READY again.</source>
        <translation>%1/%2 ist wieder READY.</translation>
    </message>
</context>
<context>
    <name>DriftDetector</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Runtime only</source>
        <translation>Nur zur Laufzeit</translation>
    </message>
    <message>
        <source>Weight changed</source>
        <translation>Gewicht geändert</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Zustand geändert</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1, weight %2</source>
        <translation>%1, Gewicht %2</translation>
    </message>
    <message>
        <source>%1 was added at runtime; it disappears at the next reload unless a server line is added to the configuration</source>
        <translation>%1 wurde zur Laufzeit hinzugefügt; er verschwindet beim nächsten Reload, sofern keine server-Zeile in die Konfiguration aufgenommen wird</translation>
    </message>
    <message>
        <source>%1 runs with weight %2 where the configuration gives %3; a reload restores %3 unless the server state is saved to the server-state-file</source>
        <translation>%1 läuft mit Gewicht %2, während die Konfiguration %3 vorgibt; ein Reload stellt %3 wieder her, sofern der Serverzustand nicht in der server-state-file gespeichert wird</translation>
    </message>
    <message>
        <source>%1 was put in %2 at runtime where the configuration gives %3; a reload restores %3 unless the server state is saved to the server-state-file</source>
        <translation>%1 wurde zur Laufzeit in %2 versetzt, während die Konfiguration %3 vorgibt; ein Reload stellt %3 wieder her, sofern der Serverzustand nicht in der server-state-file gespeichert wird</translation>
    </message>
    <message>
        <source>HAProxy 3.0 and later do not mark servers added at runtime: give the configuration file to find them.</source>
        <translation>Ab HAProxy 3.0 werden zur Laufzeit hinzugefügte Server nicht mehr gekennzeichnet: geben Sie die Konfigurationsdatei an, um sie zu finden.</translation>
    </message>
    <message>
        <source>The configuration file could not be read (%1): %2; servers added at runtime are found from `show servers conn` only.</source>
        <translation>Die Konfigurationsdatei konnte nicht gelesen werden (%1): %2; zur Laufzeit hinzugefügte Server werden nur über `show servers conn` erkannt.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: it is not read.</source>
        <translation>%1 ist größer als %2 MiB: die Datei wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 defines no server: is it the instance&apos;s configuration?</source>
        <translation>%1 definiert keinen Server: ist das die Konfiguration der Instanz?</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Adresse geändert</translation>
    </message>
    <message>
        <source>%1 runs at %2 where the configuration gives %3; a reload restores %3 unless the server state is saved to the server-state-file</source>
        <translation>%1 läuft unter %2, während die Konfiguration %3 vorgibt; ein Reload stellt %3 wieder her, sofern der Serverzustand nicht in der server-state-file gespeichert wird</translation>
    </message>
</context>
<context>
    <name>DriftDialog</name>
    <message>
        <source>Runtime Drift</source>
        <translation>Laufzeit-Drift</translation>
    </message>
    <message>
        <source>Servers added at runtime disappear at the next reload, and runtime changes to servers from the configuration are lost unless the server state is saved to the file named by server-state-file (with load-server-state-from-file).</source>
        <translation>Zur Laufzeit hinzugefügte Server verschwinden beim nächsten Reload, und Laufzeitänderungen an Servern aus der Konfiguration gehen verloren, sofern der Serverzustand nicht in der mit server-state-file angegebenen Datei gespeichert wird (mit load-server-state-from-file).</translation>
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
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Export &amp;Server State…</source>
        <translation>&amp;Serverzustand exportieren…</translation>
    </message>
    <message>
        <source>Save `show servers state` as a file for server-state-file</source>
        <translation>`show servers state` als Datei für server-state-file speichern</translation>
    </message>
    <message>
        <source>Export Server &amp;Lines…</source>
        <translation>Server-&amp;Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Save `server` lines for the runtime-only servers, to paste into the configuration</source>
        <translation>`server`-Zeilen für die nur zur Laufzeit vorhandenen Server speichern, zum Einfügen in die Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading the servers&apos; state…</source>
        <translation>Zustand der Server wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the servers: %1</source>
        <translation>Die Server konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No drift: a reload would bring back the same servers, weights and states.</source>
        <translation>Keine Drift: ein Reload brächte dieselben Server, Gewichte und Zustände zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) a reload would lose.</source>
        <translation>
            <numerusform>%n Abweichung, die ein Reload verlieren würde.</numerusform>
            <numerusform>%n Abweichungen, die ein Reload verlieren würde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The servers&apos; state has not been read</source>
        <translation>Der Zustand der Server wurde nicht gelesen</translation>
    </message>
    <message>
        <source>Export Server State</source>
        <translation>Serverzustand exportieren</translation>
    </message>
    <message>
        <source>Server state files (*.state);;All files (*)</source>
        <translation>Serverzustandsdateien (*.state);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Server Lines</source>
        <translation>Server-Zeilen exportieren</translation>
    </message>
    <message>
        <source>Configuration fragments (*.cfg);;All files (*)</source>
        <translation>Konfigurationsfragmente (*.cfg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Geschrieben nach %1</translation>
    </message>
    <message>
        <source>haproxy.cfg the instance runs (needed on HAProxy 3.0 and later)</source>
        <translation>haproxy.cfg, mit der die Instanz läuft (nötig ab HAProxy 3.0)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>C&amp;onfiguration file:</source>
        <translation>&amp;Konfigurationsdatei:</translation>
    </message>
    <message>
        <source>HAProxy Configuration</source>
        <translation>HAProxy-Konfiguration</translation>
    </message>
    <message>
        <source>HAProxy configurations (*.cfg);;All files (*)</source>
        <translation>HAProxy-Konfigurationen (*.cfg);;Alle Dateien (*)</translation>
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
    <message>
        <source>remote socket path %1 is too long for ssh: written for ssh, with each &apos;%&apos; doubled as &apos;%%&apos;, it takes %2 bytes, and ssh accepts at most %3</source>
        <translation>der entfernte Socket-Pfad %1 ist zu lang für ssh: für ssh geschrieben, mit jedem &apos;%&apos; verdoppelt zu &apos;%%&apos;, belegt er %2 Byte, und ssh akzeptiert höchstens %3</translation>
    </message>
    <message>
        <source>&apos;master:&apos; is written twice in %1</source>
        <translation>&apos;master:&apos; steht in %1 zweimal</translation>
    </message>
</context>
<context>
    <name>ErrorsDock</name>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the captured errors again (F5)</source>
        <translation>Die erfassten Fehler erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Captured errors</source>
        <translation>Erfasste Fehler</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>All proxies</source>
        <translation>Alle Proxys</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation>Anfragen und Antworten</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Captured bytes</source>
        <translation>Erfasste Bytes</translation>
    </message>
    <message>
        <source>Captured &amp;bytes:</source>
        <translation>Erfasste &amp;Bytes:</translation>
    </message>
    <message>
        <source>Not connected to HAProxy.</source>
        <translation>Nicht mit HAProxy verbunden.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Could not read the captured errors: %1</source>
        <translation>Die erfassten Fehler konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes kept; the error is past them (position %1).</source>
        <translation>
            <numerusform>%n Byte gespeichert; der Fehler liegt dahinter (Position %1).</numerusform>
            <numerusform>%n Byte gespeichert; der Fehler liegt dahinter (Position %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>HAProxy refused the byte at position %1: %2 (marked below).</source>
        <translation>HAProxy hat das Byte an Position %1 abgelehnt: %2 (unten markiert).</translation>
    </message>
    <message>
        <source>The first byte HAProxy refused</source>
        <translation>Das erste von HAProxy abgelehnte Byte</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) kept (HAProxy keeps the last of each proxy and direction).</source>
        <translation>
            <numerusform>%n Fehler gespeichert (HAProxy behält den letzten je Proxy und Richtung).</numerusform>
            <numerusform>%n Fehler gespeichert (HAProxy behält den letzten je Proxy und Richtung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) kept for this proxy.</source>
        <translation>
            <numerusform>%n Fehler für diesen Proxy gespeichert.</numerusform>
            <numerusform>%n Fehler für diesen Proxy gespeichert.</numerusform>
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
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 %2, server %3</source>
        <translation>%1 %2, Server %3</translation>
    </message>
    <message>
        <source>Offset of the first byte HAProxy refused</source>
        <translation>Position des ersten von HAProxy abgelehnten Bytes</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Caught by</source>
        <translation>Erkannt von</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Error at</source>
        <translation>Fehler bei</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Gegenseite</translation>
    </message>
</context>
<context>
    <name>ErrorsParser</name>
    <message>
        <source>Not a show errors answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Keine Antwort auf show errors. HAProxy meldete: „%1“</translation>
    </message>
</context>
<context>
    <name>HistoryBudgetDialog</name>
    <message>
        <source>History Memory</source>
        <translation>Verlaufsspeicher</translation>
    </message>
    <message>
        <source>Each instance&apos;s traffic history keeps 7 days within its budget. When the servers do not all fit, frontends and backends keep every metric first, then every server keeps sessions/s, picks/s and current sessions, then the servers seen first keep the rest.</source>
        <translation>Der Verkehrsverlauf jeder Instanz hält 7 Tage innerhalb seines Budgets. Passen nicht alle Server hinein, behalten zuerst Frontends und Backends jede Messgröße, dann jeder Server Sitzungen/s, Auswahlen/s und aktuelle Sitzungen, dann die zuerst gesehenen Server den Rest.</translation>
    </message>
    <message>
        <source>Held now:</source>
        <translation>Belegt jetzt:</translation>
    </message>
    <message>
        <source>Once 7 days are kept:</source>
        <translation>Mit 7 Tagen Verlauf:</translation>
    </message>
    <message>
        <source>Servers keeping fewer metrics:</source>
        <translation>Server mit weniger Messgrößen:</translation>
    </message>
    <message>
        <source>Servers keeping no history:</source>
        <translation>Server ohne Verlauf:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>History budget per instance</source>
        <translation>Verlaufsbudget je Instanz</translation>
    </message>
    <message>
        <source>The most memory one instance&apos;s history may take once it holds 7 days</source>
        <translation>Der größte Speicher, den der Verlauf einer Instanz mit 7 Tagen belegen darf</translation>
    </message>
    <message>
        <source>&amp;Budget per instance:</source>
        <translation>&amp;Budget je Instanz:</translation>
    </message>
    <message>
        <source>Budget message</source>
        <translation>Budget-Meldung</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n instance(s)</source>
        <translation>
            <numerusform>%1 für %n Instanz</numerusform>
            <numerusform>%1 für %n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget must be between %L1 and %L2 MiB: it was set to %L3 MiB.</source>
        <translation>Das Budget muss zwischen %L1 und %L2 MiB liegen: es wurde auf %L3 MiB gesetzt.</translation>
    </message>
    <message>
        <source>Applied: every instance&apos;s history now keeps within %L1 MiB.</source>
        <translation>Übernommen: der Verlauf jeder Instanz bleibt nun innerhalb von %L1 MiB.</translation>
    </message>
</context>
<context>
    <name>InstanceTabBar</name>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation>wartet auf erneute Verbindung</translation>
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
        <translation>HAProxy neu geladen (Worker %1 wird beendet)</translation>
    </message>
    <message>
        <source>Now on worker %1</source>
        <translation>Jetzt mit Worker %1</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Audit-Log: %1</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Clusters: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>No saved connection named “%1”.</source>
        <translation>Keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Scheduled drains: %1</source>
        <translation>Geplante Drains: %1</translation>
    </message>
    <message>
        <source>Settings Could Not Be Read</source>
        <translation>Einstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Clusters Could Not Be Read</source>
        <translation>Cluster konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Start with an Empty List</source>
        <translation>Mit leerer Liste beginnen</translation>
    </message>
    <message>
        <source>Clusters: starting with an empty list; the unreadable file was kept as %1.</source>
        <translation>Cluster: Beginn mit einer leeren Liste; die unlesbare Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Scheduled Drains Could Not Be Read</source>
        <translation>Geplante Drains konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1, master CLI</source>
        <translation>%1, Master-CLI</translation>
    </message>
    <message>
        <source>Settings of a Newer hadesk</source>
        <translation>Einstellungen einer neueren hadesk-Version</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Close the connection to the instance shown</source>
        <translation>Die Verbindung zur angezeigten Instanz schließen</translation>
    </message>
    <message>
        <source>&amp;Next Instance</source>
        <translation>&amp;Nächste Instanz</translation>
    </message>
    <message>
        <source>P&amp;revious Instance</source>
        <translation>Vo&amp;rherige Instanz</translation>
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
        <source>Hide servers that are DOWN (also those coming back up)</source>
        <translation>Server ausblenden, die DOWN sind (auch solche, die gerade wieder hochkommen)</translation>
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
        <source>Configuration &amp;Drift…</source>
        <translation>Konfigurations&amp;drift…</translation>
    </message>
    <message>
        <source>Servers added or changed at runtime, which the next reload would lose, and how to keep them</source>
        <translation>Zur Laufzeit hinzugefügte oder geänderte Server, die beim nächsten Reload verloren gingen, und wie man sie behält</translation>
    </message>
    <message>
        <source>Sc&amp;hedule Drain…</source>
        <translation>Drain &amp;planen…</translation>
    </message>
    <message>
        <source>Drain the selected servers at a set time, wait until idle, then maintenance, removal or back to ready after a window</source>
        <translation>Die ausgewählten Server zu einem festgelegten Zeitpunkt in Drain versetzen, warten, bis sie untätig sind, dann Wartung, Entfernen oder nach einem Zeitfenster zurück auf READY</translation>
    </message>
    <message>
        <source>Ro&amp;lling Replace…</source>
        <translation>Schrittweiser &amp;Austausch…</translation>
    </message>
    <message>
        <source>Replace servers of a backend one step at a time: add the new, wait until UP, drain and remove the old</source>
        <translation>Server eines Backends Schritt für Schritt ersetzen: den neuen hinzufügen, warten, bis er UP ist, den alten in Drain versetzen und entfernen</translation>
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
        <source>Filter by name, proxy or address (Ctrl+F)</source>
        <translation>Nach Name, Proxy oder Adresse filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
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
        <source>&amp;Instance</source>
        <translation>&amp;Instanz</translation>
    </message>
    <message>
        <source>&amp;Reload HAProxy…</source>
        <translation>HAProxy neu &amp;laden…</translation>
    </message>
    <message>
        <source>Reload HAProxy through its master socket: see what the reload would lose first, the result after, and put runtime changes back</source>
        <translation>HAProxy über seinen Master-Socket neu laden: vorher sehen, was der Reload verlieren würde, danach das Ergebnis, und Laufzeitänderungen wiederherstellen</translation>
    </message>
    <message>
        <source>History &amp;Memory…</source>
        <translation>&amp;Verlaufsspeicher…</translation>
    </message>
    <message>
        <source>What the traffic history holds and the memory it may take</source>
        <translation>Was der Verkehrsverlauf hält und wie viel Speicher er belegen darf</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window, with where to find it; searchable</source>
        <translation>Alle Tastenkürzel dieses Fensters mit ihrem Fundort; durchsuchbar</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Default poll interval, history memory, language, audit log, reopening</source>
        <translation>Standard-Abfrageintervall, Verlaufsspeicher, Sprache, Audit-Log, Wiederöffnen</translation>
    </message>
    <message>
        <source>Clear the filter and go back to the table</source>
        <translation>Filter leeren und zur Tabelle zurückkehren</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>the %1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>the %1 contains a line break</source>
        <translation>%1 enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the %1 contains &apos;;&apos;, which HAProxy reads as the end of a command</source>
        <translation>%1 enthält &apos;;&apos;, was HAProxy als Ende eines Befehls liest</translation>
    </message>
    <message>
        <source>the %1 contains &apos;\&apos;, which HAProxy reads as an escape</source>
        <translation>%1 enthält &apos;\&apos;, was HAProxy als Escape-Zeichen liest</translation>
    </message>
    <message>
        <source>the %1 starts with &apos;&lt;&lt;&apos;, which makes HAProxy read the following lines as a payload</source>
        <translation>%1 beginnt mit &apos;&lt;&lt;&apos;, wodurch HAProxy die folgenden Zeilen als Nutzlast liest</translation>
    </message>
    <message>
        <source>the %1 contains a control character</source>
        <translation>%1 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the %1 contains a space; HAProxy would split it into several words</source>
        <translation>%1 enthält ein Leerzeichen; HAProxy würde den Text in mehrere Wörter aufteilen</translation>
    </message>
    <message>
        <source>map reference</source>
        <translation>die Map-Referenz</translation>
    </message>
    <message>
        <source>ACL reference</source>
        <translation>die ACL-Referenz</translation>
    </message>
    <message>
        <source>the %1 starts with &apos;@&apos;, which HAProxy reads as a version</source>
        <translation>%1 beginnt mit &apos;@&apos;, was HAProxy als Version liest</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is neither #&lt;number&gt; nor a file</source>
        <translation>%1 &apos;%2&apos; ist weder #&lt;Nummer&gt; noch eine Datei</translation>
    </message>
    <message>
        <source>version %1 is out of range (0-%2)</source>
        <translation>Version %1 liegt außerhalb des gültigen Bereichs (0–%2)</translation>
    </message>
    <message>
        <source>key</source>
        <translation>der Schlüssel</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; starts with &apos;#&apos;, which HAProxy reads as an entry reference; use the reference form</source>
        <translation>der Schlüssel &apos;%1&apos; beginnt mit &apos;#&apos;, was HAProxy als Eintragsreferenz liest; die Referenzform verwenden</translation>
    </message>
    <message>
        <source>the entry reference &apos;%1&apos; is not of the form 0x&lt;hex&gt;</source>
        <translation>die Eintragsreferenz &apos;%1&apos; hat nicht die Form 0x&lt;hex&gt;</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>der Testwert</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>das Muster</translation>
    </message>
    <message>
        <source>value</source>
        <translation>der Wert</translation>
    </message>
    <message>
        <source>the value contains a space; the one-line &apos;add map&apos; would keep only its first word (use the form with many entries)</source>
        <translation>der Wert enthält ein Leerzeichen; das einzeilige &apos;add map&apos; würde nur sein erstes Wort behalten (die Form für mehrere Einträge verwenden)</translation>
    </message>
    <message>
        <source>an ACL entry has no value</source>
        <translation>ein ACL-Eintrag hat keinen Wert</translation>
    </message>
    <message>
        <source>HAProxy adds ACL patterns one per command (no payload form)</source>
        <translation>HAProxy fügt ACL-Muster nur einzeln, eines pro Befehl, hinzu (keine Form mit Nutzlast)</translation>
    </message>
    <message>
        <source>there are no entries to add</source>
        <translation>es gibt keine Einträge zum Hinzufügen</translation>
    </message>
    <message>
        <source>the value starts or ends with a space, which HAProxy would drop</source>
        <translation>der Wert beginnt oder endet mit einem Leerzeichen, das HAProxy entfernen würde</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>the entries take %1 bytes; HAProxy reads at most %2 bytes per command with its payload</source>
        <translation>die Einträge belegen %1 Byte; HAProxy liest höchstens %2 Byte pro Befehl samt Nutzlast</translation>
    </message>
    <message>
        <source>the payload could not be attached to the command</source>
        <translation>die Nutzlast konnte nicht an den Befehl angehängt werden</translation>
    </message>
    <message>
        <source>an ACL entry has no value to set</source>
        <translation>ein ACL-Eintrag hat keinen Wert, der gesetzt werden könnte</translation>
    </message>
    <message>
        <source>the value contains a space; &apos;set map&apos; would keep only its first word</source>
        <translation>der Wert enthält ein Leerzeichen; &apos;set map&apos; würde nur sein erstes Wort behalten</translation>
    </message>
    <message>
        <source>commit needs the version that prepare created</source>
        <translation>commit braucht die Version, die prepare angelegt hat</translation>
    </message>
    <message>
        <source>HAProxy did not create a new version: &quot;%1&quot;</source>
        <translation>HAProxy hat keine neue Version angelegt: „%1“</translation>
    </message>
</context>
<context>
    <name>MapEntriesModel</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>not in file</source>
        <translation>nicht in Datei</translation>
    </message>
    <message>
        <source>only in file</source>
        <translation>nur in Datei</translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>(Zeile %1)</translation>
    </message>
    <message>
        <source>In the file (line %1) but not live: a reload would bring it back</source>
        <translation>In der Datei (Zeile %1), aber nicht live: ein Reload brächte den Eintrag zurück</translation>
    </message>
    <message>
        <source>Live but not in the file: a reload would lose it</source>
        <translation>Live, aber nicht in der Datei: ein Reload würde den Eintrag verlieren</translation>
    </message>
    <message>
        <source>The file gives this key the value &quot;%1&quot;: a reload would change it back</source>
        <translation>Die Datei gibt diesem Schlüssel den Wert „%1“: ein Reload würde ihn zurücksetzen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>MapEntryAction</name>
    <message>
        <source>Add %1 → %2 to %3</source>
        <translation>%1 → %2 zu %3 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Set %1 → %2 in %3</source>
        <translation>%1 → %2 in %3 setzen</translation>
    </message>
    <message>
        <source>Delete %1 from %2</source>
        <translation>%1 aus %2 löschen</translation>
    </message>
</context>
<context>
    <name>MapEntryDialog</name>
    <message>
        <source>Set Value in %1</source>
        <translation>Wert in %1 setzen</translation>
    </message>
    <message>
        <source>Add Entry to %1</source>
        <translation>Eintrag zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add Pattern to %1</source>
        <translation>Muster zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Preview Set…</source>
        <translation>&amp;Vorschau: Setzen…</translation>
    </message>
    <message>
        <source>&amp;Preview Add…</source>
        <translation>&amp;Vorschau: Hinzufügen…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation>Es kann nichts gesendet werden: %1</translation>
    </message>
    <message>
        <source>Will send:</source>
        <translation>Wird gesendet:</translation>
    </message>
    <message>
        <source>(then an empty line)</source>
        <translation>(danach eine leere Zeile)</translation>
    </message>
</context>
<context>
    <name>MapFile</name>
    <message>
        <source>an entry has an empty key</source>
        <translation>ein Eintrag hat einen leeren Schlüssel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a line break</source>
        <translation>&apos;%1&apos; enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts with a blank, which the file format drops</source>
        <translation>&apos;%1&apos; beginnt mit einem Leerzeichen, das das Dateiformat verwirft</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; holds a blank: the file would split it</source>
        <translation>der Schlüssel &apos;%1&apos; enthält ein Leerzeichen: die Datei würde ihn aufteilen</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; starts or ends with a blank, which the file format drops</source>
        <translation>der Wert von &apos;%1&apos; beginnt oder endet mit einem Leerzeichen, das das Dateiformat verwirft</translation>
    </message>
</context>
<context>
    <name>MapListModel</name>
    <message>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>%1 (next %2)</source>
        <translation>%1 (nächste %2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>File or description</source>
        <translation>Datei oder Beschreibung</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
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
        <translation>Keine Liste von Maps oder ACLs. HAProxy meldete: „%1“</translation>
    </message>
    <message>
        <source>Line %1 of the list of maps or ACLs cannot be read: &quot;%2&quot;</source>
        <translation>Zeile %1 der Liste der Maps oder ACLs ist nicht lesbar: „%2“</translation>
    </message>
    <message>
        <source>Not a list of entries. HAProxy said: &quot;%1&quot;</source>
        <translation>Keine Liste von Einträgen. HAProxy meldete: „%1“</translation>
    </message>
    <message>
        <source>Entry line %1 does not start with a reference: &quot;%2&quot;</source>
        <translation>Eintragszeile %1 beginnt nicht mit einer Referenz: „%2“</translation>
    </message>
    <message>
        <source>Not an answer to get map or get acl. HAProxy said: &quot;%1&quot;</source>
        <translation>Keine Antwort auf get map oder get acl. HAProxy meldete: „%1“</translation>
    </message>
    <message>
        <source>The answer to get map or get acl says neither found= nor match=: &quot;%1&quot;</source>
        <translation>Die Antwort auf get map oder get acl enthält weder found= noch match=: „%1“</translation>
    </message>
</context>
<context>
    <name>MapReplace</name>
    <message>
        <source>a replacement is already running</source>
        <translation>es läuft bereits eine Ersetzung</translation>
    </message>
    <message>
        <source>there is no connection to send through</source>
        <translation>es gibt keine Verbindung zum Senden</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>entry %1: the key &apos;%2&apos; is listed twice</source>
        <translation>Eintrag %1: der Schlüssel &apos;%2&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Cancelled; the live contents are untouched.</source>
        <translation>Abgebrochen; der Live-Inhalt bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cancelled before anything was changed.</source>
        <translation>Abgebrochen, bevor etwas geändert wurde.</translation>
    </message>
    <message>
        <source>reading the live entries</source>
        <translation>Lesen der Live-Einträge</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>preparing a new version</source>
        <translation>Vorbereiten einer neuen Version</translation>
    </message>
    <message>
        <source>HAProxy did not say which version it prepared; the live contents are untouched.</source>
        <translation>HAProxy hat nicht gemeldet, welche Version es vorbereitet hat; der Live-Inhalt bleibt unverändert.</translation>
    </message>
    <message>
        <source>adding entries to version %1</source>
        <translation>Hinzufügen von Einträgen zu Version %1</translation>
    </message>
    <message>
        <source>The link was lost after the commit was sent: the new contents may or may not be live. Read the map again before doing anything else.</source>
        <translation>Die Verbindung brach ab, nachdem der Commit gesendet wurde: der neue Inhalt ist möglicherweise live, möglicherweise nicht. Vor jedem weiteren Schritt die Map erneut lesen.</translation>
    </message>
    <message>
        <source>HAProxy refused the commit (%1); the live contents are untouched.</source>
        <translation>HAProxy hat den Commit abgelehnt (%1); der Live-Inhalt bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are live.</source>
        <translation>
            <numerusform>%n Eintrag ist live.</numerusform>
            <numerusform>%n Einträge sind live.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed while %1 (%2); the live contents are untouched.</source>
        <translation>Fehlgeschlagen beim %1 (%2); der Live-Inhalt bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>MapReplaceDialog</name>
    <message>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>Replace %1 %2</source>
        <translation>%1 %2 ersetzen</translation>
    </message>
    <message>
        <source>Replaces every entry of the %1 &lt;b&gt;%2&lt;/b&gt; at once: HAProxy builds the new contents aside and switches to them in one step, so no request sees a half-written %1.</source>
        <translation>Ersetzt alle Einträge der %1 &lt;b&gt;%2&lt;/b&gt; auf einmal: HAProxy baut den neuen Inhalt nebenher auf und schaltet in einem Schritt darauf um, sodass keine Anfrage eine halb geschriebene %1 sieht.</translation>
    </message>
    <message>
        <source>New contents</source>
        <translation>Neuer Inhalt</translation>
    </message>
    <message>
        <source>&amp;Load File…</source>
        <translation>Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Read a map file into the text below (%1)</source>
        <translation>Eine Map-Datei in den Text unten einlesen (%1)</translation>
    </message>
    <message>
        <source>Or &amp;paste below: one &quot;key value&quot; per line; the value is the rest of the line. Lines starting with # are comments.</source>
        <translation>Oder unten &amp;einfügen: ein „Schlüssel Wert“ pro Zeile; der Wert ist der Rest der Zeile. Zeilen, die mit # beginnen, sind Kommentare.</translation>
    </message>
    <message>
        <source>Or &amp;paste below: one pattern per line. Lines starting with # are comments.</source>
        <translation>Oder unten &amp;einfügen: ein Muster pro Zeile. Zeilen, die mit # beginnen, sind Kommentare.</translation>
    </message>
    <message>
        <source>Changes against the live contents</source>
        <translation>Änderungen gegenüber dem Live-Inhalt</translation>
    </message>
    <message>
        <source>Entries added, changed and removed</source>
        <translation>Hinzugefügte, geänderte und entfernte Einträge</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Live value</source>
        <translation>Live-Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Run on the connected &amp;nodes alone when some are not</source>
        <translation>Nur auf den verbundenen &amp;Knoten ausführen, wenn einige nicht verbunden sind</translation>
    </message>
    <message>
        <source>Result per node</source>
        <translation>Ergebnis je Knoten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Batches added</source>
        <translation>Hinzugefügte Pakete</translation>
    </message>
    <message>
        <source>%v of %m batches</source>
        <translation>%v von %m Paketen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply to every &amp;member of %1</source>
        <translation>Auf jedes &amp;Mitglied von %1 anwenden</translation>
    </message>
    <message>
        <source>Load Map File</source>
        <translation>Map-Datei laden</translation>
    </message>
    <message>
        <source>Map and ACL files (*.map *.acl *.lst *.txt)</source>
        <translation>Map- und ACL-Dateien (*.map *.acl *.lst *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>Not connected: the live contents are read once the link is up.</source>
        <translation>Nicht verbunden: der Live-Inhalt wird gelesen, sobald die Verbindung steht.</translation>
    </message>
    <message>
        <source>Reading the live contents…</source>
        <translation>Live-Inhalt wird gelesen…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The live contents could not be read: %1</source>
        <translation>Der Live-Inhalt konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n live entries. Paste the new contents or load a file; what changes shows here.</source>
        <translation>
            <numerusform>%n Live-Eintrag. Den neuen Inhalt einfügen oder eine Datei laden; die Änderungen erscheinen hier.</numerusform>
            <numerusform>%n Live-Einträge. Den neuen Inhalt einfügen oder eine Datei laden; die Änderungen erscheinen hier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged (%5 live, %6 new).</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt, %4 unverändert (%5 live, %6 neu).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The live contents could not be read, so the changes cannot be shown.</source>
        <translation>Der Live-Inhalt konnte nicht gelesen werden, daher können die Änderungen nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Nothing will be sent: correct the lines listed first.</source>
        <translation>Es wird nichts gesendet: zuerst die aufgeführten Zeilen korrigieren.</translation>
    </message>
    <message>
        <source>Nothing to apply: the text has no entries.</source>
        <translation>Nichts anzuwenden: der Text enthält keine Einträge.</translation>
    </message>
    <message>
        <source>The live contents already equal the text.</source>
        <translation>Der Live-Inhalt entspricht bereits dem Text.</translation>
    </message>
    <message>
        <source>Not connected: %1. Connect them, or run on the connected nodes alone.</source>
        <translation>Nicht verbunden: %1. Diese verbinden oder nur auf den verbundenen Knoten ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n node(s)</source>
        <translation>
            <numerusform>Auf %n Knoten &amp;anwenden</numerusform>
            <numerusform>Auf %n Knoten &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>liest</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>bereitet vor</translation>
    </message>
    <message>
        <source>adding</source>
        <translation>fügt hinzu</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>führt commit aus</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
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
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Cancelled: the live contents are untouched.</source>
        <translation>Abgebrochen: der Live-Inhalt bleibt unverändert.</translation>
    </message>
    <message>
        <source>Outcome unknown: check the map before retrying. %1</source>
        <translation>Ergebnis unbekannt: vor einem neuen Versuch die Map prüfen. %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>this instance</source>
        <translation>diese Instanz</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <source>Stopping: what is not committed yet is cleared…</source>
        <translation>Wird angehalten: was noch nicht per commit übernommen ist, wird verworfen…</translation>
    </message>
    <message>
        <source>Stops before the commit; the live contents stay as they are</source>
        <translation>Hält vor dem Commit an; der Live-Inhalt bleibt, wie er ist</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Nothing was sent to any node: %1</source>
        <translation>An keinen Knoten wurde etwas gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replacing on %n node(s)…</source>
        <translation>
            <numerusform>Ersetzen auf %n Knoten…</numerusform>
            <numerusform>Ersetzen auf %n Knoten…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 nodes done</source>
        <translation>%1 von %2 Knoten erledigt</translation>
    </message>
    <message>
        <source>; %1: not sent (%2)</source>
        <translation>; %1: nicht gesendet (%2)</translation>
    </message>
    <message>
        <source>; %1: %2</source>
        <translation>; %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 added, %3 changed, %4 removed).</source>
        <translation>%1 (%2 hinzugefügt, %3 geändert, %4 entfernt).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MapSource</name>
    <message>
        <source>the key &apos;%1&apos; has no value</source>
        <translation>der Schlüssel &apos;%1&apos; hat keinen Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already on line %2</source>
        <translation>&apos;%1&apos; steht bereits in Zeile %2</translation>
    </message>
</context>
<context>
    <name>MapsDock</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Add Entry…</source>
        <translation>Eintrag &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Set Value…</source>
        <translation>&amp;Wert setzen…</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>Eintrag &amp;löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Re&amp;place Contents…</source>
        <translation>Inhalt &amp;ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Maps and ACLs:</source>
        <translation>&amp;Maps und ACLs:</translation>
    </message>
    <message>
        <source>Maps and ACLs</source>
        <translation>Maps und ACLs</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Part of a key or a value (Ctrl+F)</source>
        <translation>Teil eines Schlüssels oder Werts (Strg+F)</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <source>Compare with fi&amp;le</source>
        <translation>Mit &amp;Datei vergleichen</translation>
    </message>
    <message>
        <source>Only di&amp;fferences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>&amp;Test (get map):</source>
        <translation>&amp;Testen (get map):</translation>
    </message>
    <message>
        <source>A sample, e.g. a Host header: which entry matches it?</source>
        <translation>Ein Testwert, z. B. ein Host-Header: welcher Eintrag passt dazu?</translation>
    </message>
    <message>
        <source>Sample to test</source>
        <translation>Zu testender Wert</translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation>Ab&amp;fragen</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The list of %1 could not be read: %2</source>
        <translation>Die Liste der %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <source>ACLs</source>
        <translation>ACLs</translation>
    </message>
    <message>
        <source>&amp;Test (get acl):</source>
        <translation>&amp;Testen (get acl):</translation>
    </message>
    <message>
        <source>The entries of %1 could not be read: %2</source>
        <translation>Die Einträge von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>select a map or an ACL first</source>
        <translation>zuerst eine Map oder eine ACL auswählen</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>✗ Nothing sent: %1</source>
        <translation>✗ Nichts gesendet: %1</translation>
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
        <translation>Kein Treffer (Abgleich %1)</translation>
    </message>
    <message>
        <source>Match: key &quot;%1&quot; → value &quot;%2&quot; (%3 match)</source>
        <translation>Treffer: Schlüssel „%1“ → Wert „%2“ (Abgleich %3)</translation>
    </message>
    <message>
        <source>Match: pattern &quot;%1&quot; (%2 match)</source>
        <translation>Treffer: Muster „%1“ (Abgleich %2)</translation>
    </message>
    <message>
        <source>Only for an instance on this machine (a Unix socket): its files are not here.</source>
        <translation>Nur für eine Instanz auf diesem Rechner (ein Unix-Socket): ihre Dateien liegen nicht hier.</translation>
    </message>
    <message>
        <source>Select a map or an ACL.</source>
        <translation>Eine Map oder eine ACL auswählen.</translation>
    </message>
    <message>
        <source>This ACL is written in the configuration: it has no file.</source>
        <translation>Diese ACL steht in der Konfiguration: sie hat keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 is named relative to HAProxy&apos;s folder, which hadesk does not know.</source>
        <translation>Die Datei %1 ist relativ zum Ordner von HAProxy angegeben, den hadesk nicht kennt.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read here.</source>
        <translation>Die Datei %1 kann hier nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Needs %1 level; this socket is %2.</source>
        <translation>Braucht Stufe %1; dieser Socket hat Stufe %2.</translation>
    </message>
    <message>
        <source>Select a map or an ACL first.</source>
        <translation>Zuerst eine Map oder eine ACL auswählen.</translation>
    </message>
    <message>
        <source>Add an entry (Ins)</source>
        <translation>Einen Eintrag hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>An ACL entry has no value to set.</source>
        <translation>Ein ACL-Eintrag hat keinen Wert, der gesetzt werden könnte.</translation>
    </message>
    <message>
        <source>Select one live entry.</source>
        <translation>Genau einen Live-Eintrag auswählen.</translation>
    </message>
    <message>
        <source>Set the value of the selected entry (F2, Enter)</source>
        <translation>Den Wert des ausgewählten Eintrags setzen (F2, Enter)</translation>
    </message>
    <message>
        <source>Select live entries.</source>
        <translation>Live-Einträge auswählen.</translation>
    </message>
    <message>
        <source>Delete the selected entries (Del)</source>
        <translation>Die ausgewählten Einträge löschen (Entf)</translation>
    </message>
    <message>
        <source>Write the live entries to a file in the map file format (Ctrl+S)</source>
        <translation>Die Live-Einträge im Map-Dateiformat in eine Datei schreiben (Strg+S)</translation>
    </message>
    <message>
        <source>Replace the whole contents atomically (Ctrl+Shift+R)</source>
        <translation>Den gesamten Inhalt atomar ersetzen (Strg+Shift+R)</translation>
    </message>
    <message>
        <source>Flag the entries that differ from %1 on disk</source>
        <translation>Die Einträge markieren, die von %1 auf dem Datenträger abweichen</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) and ACL(s); select one to see its entries (F5 reads them again).</source>
        <translation>
            <numerusform>%n Map oder ACL; zum Anzeigen der Einträge eine auswählen (F5 liest sie erneut).</numerusform>
            <numerusform>%n Maps und ACLs; zum Anzeigen der Einträge eine auswählen (F5 liest sie erneut).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 von %n Eintrag angezeigt</numerusform>
            <numerusform>%1 von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>same as %1 on disk</source>
        <translation>gleich wie %1 auf dem Datenträger</translation>
    </message>
    <message numerus="yes">
        <source>%n differ from %1 on disk</source>
        <translation>
            <numerusform>%n weicht von %1 auf dem Datenträger ab</numerusform>
            <numerusform>%n weichen von %1 auf dem Datenträger ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 not in the file, %3 only in the file</source>
        <translation>%1 geändert, %2 nicht in der Datei, %3 nur in der Datei</translation>
    </message>
    <message>
        <source>Set %1 to &quot;%2&quot; in %3</source>
        <translation>%1 in %3 auf „%2“ setzen</translation>
    </message>
    <message>
        <source>Add %1 → &quot;%2&quot; to %3</source>
        <translation>%1 → „%2“ zu %3 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Nothing deleted: %1</source>
        <translation>Nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>Delete %1 from %2</source>
        <translation>%1 aus %2 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries from %1</source>
        <translation>
            <numerusform>%n Eintrag aus %1 löschen</numerusform>
            <numerusform>%n Einträge aus %1 löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>The entries could not be read: %1</source>
        <translation>Die Einträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>%n Eintrag in %1 geschrieben</numerusform>
            <numerusform>%n Einträge in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written to %1, but %n entries cannot be read back as they are: %2</source>
        <translation>
            <numerusform>In %1 geschrieben, aber %n Eintrag kann nicht unverändert zurückgelesen werden: %2</numerusform>
            <numerusform>In %1 geschrieben, aber %n Einträge können nicht unverändert zurückgelesen werden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Whole &amp;Cluster</source>
        <translation>Ganzer &amp;Cluster</translation>
    </message>
    <message>
        <source>This instance is in no cluster.</source>
        <translation>Diese Instanz gehört zu keinem Cluster.</translation>
    </message>
    <message>
        <source>Send entry edits to every member of the instance&apos;s cluster (Ctrl+Shift+A)</source>
        <translation>Eintragsänderungen an jedes Mitglied des Clusters der Instanz senden (Strg+Shift+A)</translation>
    </message>
    <message>
        <source>Send entry edits to every member of %1 (Ctrl+Shift+A)</source>
        <translation>Eintragsänderungen an jedes Mitglied von %1 senden (Strg+Shift+A)</translation>
    </message>
</context>
<context>
    <name>MasterReload</name>
    <message>
        <source>Not connected: nothing was sent.</source>
        <translation>Nicht verbunden: es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This is a worker&apos;s stats socket: connect to HAProxy&apos;s master socket (haproxy -S) to reload.</source>
        <translation>Dies ist der Stats-Socket eines Workers: verbinden Sie sich für einen Reload mit dem Master-Socket von HAProxy (haproxy -S).</translation>
    </message>
    <message>
        <source>Reading the processes before the reload…</source>
        <translation>Die Prozesse werden vor dem Reload gelesen…</translation>
    </message>
    <message>
        <source>Could not read the processes before the reload, so nothing was sent: %1</source>
        <translation>Die Prozesse konnten vor dem Reload nicht gelesen werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>no current worker listed</source>
        <translation>kein aktueller Worker aufgeführt</translation>
    </message>
    <message>
        <source>Reloading (worker %1)…</source>
        <translation>Reload läuft (Worker %1)…</translation>
    </message>
    <message>
        <source>HAProxy could not load the new configuration; worker %1 still serves with the old one.</source>
        <translation>HAProxy konnte die neue Konfiguration nicht laden; Worker %1 arbeitet weiter mit der alten.</translation>
    </message>
    <message>
        <source>HAProxy gave no status; watching its processes…</source>
        <translation>HAProxy hat keinen Status gemeldet; seine Prozesse werden beobachtet…</translation>
    </message>
    <message>
        <source>The reload was refused: %1</source>
        <translation>Der Reload wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>No new worker and no failure seen %1 s after the reload; look at the Processes view.</source>
        <translation>%1 s nach dem Reload weder ein neuer Worker noch ein Fehlschlag; sehen Sie in der Ansicht „Prozesse“ nach.</translation>
    </message>
    <message>
        <source>HAProxy could not load the new configuration (its failed reloads went from %1 to %2); worker %3 still serves with the old one. HAProxy %4 does not say why: run haproxy -c on the configuration.</source>
        <translation>HAProxy konnte die neue Konfiguration nicht laden (die fehlgeschlagenen Reloads stiegen von %1 auf %2); Worker %3 arbeitet weiter mit der alten. HAProxy %4 nennt keinen Grund: führen Sie haproxy -c für die Konfiguration aus.</translation>
    </message>
    <message>
        <source>Reloaded: worker %1 took over from worker %2.</source>
        <translation>Neu geladen: Worker %1 hat von Worker %2 übernommen.</translation>
    </message>
    <message>
        <source>New worker %1 is running; waiting for the connection to reach it…</source>
        <translation>Neuer Worker %1 läuft; es wird gewartet, bis die Verbindung ihn erreicht…</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Sessions/s</source>
        <translation>Sitzungen/s</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Balancer picks/s</source>
        <translation>Balancer-Auswahlen/s</translation>
    </message>
    <message>
        <source>Bytes in/s</source>
        <translation>Empfangene Bytes/s</translation>
    </message>
    <message>
        <source>Bytes out/s</source>
        <translation>Gesendete Bytes/s</translation>
    </message>
    <message>
        <source>2xx responses/s</source>
        <translation>2xx-Antworten/s</translation>
    </message>
    <message>
        <source>3xx responses/s</source>
        <translation>3xx-Antworten/s</translation>
    </message>
    <message>
        <source>4xx responses/s</source>
        <translation>4xx-Antworten/s</translation>
    </message>
    <message>
        <source>5xx responses/s</source>
        <translation>5xx-Antworten/s</translation>
    </message>
    <message>
        <source>Connection errors/s</source>
        <translation>Verbindungsfehler/s</translation>
    </message>
    <message>
        <source>Response errors/s</source>
        <translation>Antwortfehler/s</translation>
    </message>
    <message>
        <source>Current sessions</source>
        <translation>Aktuelle Sitzungen</translation>
    </message>
    <message>
        <source>Queued requests</source>
        <translation>Anfragen in der Warteschlange</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>sess/s</source>
        <translation>Sitz./s</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>picks/s</source>
        <translation>Ausw./s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>resp/s</source>
        <translation>Antw./s</translation>
    </message>
    <message>
        <source>err/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
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
        <translation>Ein Server oder Backend geht auf DOWN</translation>
    </message>
    <message>
        <source>A server or backend comes back UP</source>
        <translation>Ein Server oder Backend ist wieder UP</translation>
    </message>
    <message>
        <source>A scheduled drain finishes</source>
        <translation>Ein geplanter Drain ist abgeschlossen</translation>
    </message>
    <message>
        <source>A scheduled drain fails</source>
        <translation>Ein geplanter Drain schlägt fehl</translation>
    </message>
    <message>
        <source>A reload fails, or its outcome is unknown</source>
        <translation>Ein Reload schlägt fehl oder sein Ergebnis ist unbekannt</translation>
    </message>
    <message>
        <source>A certificate enters its last %1 days</source>
        <translation>Ein Zertifikat ist nur noch %1 Tage gültig</translation>
    </message>
    <message>
        <source>The connection to an instance is lost, or comes back</source>
        <translation>Die Verbindung zu einer Instanz geht verloren oder kommt zurück</translation>
    </message>
    <message>
        <source>What was held back</source>
        <translation>Zurückgehaltene Benachrichtigungen</translation>
    </message>
    <message>
        <source>Nothing is shown while hadesk is the active window. The same server, drain or certificate is told at most once a minute, and at most %1 notifications in %2 seconds; what is held back comes later in one summary.</source>
        <translation>Solange hadesk das aktive Fenster ist, wird nichts angezeigt. Derselbe Server, Drain oder dasselbe Zertifikat wird höchstens einmal pro Minute gemeldet, und es gibt höchstens %1 Benachrichtigungen in %2 Sekunden; Zurückgehaltenes folgt später in einer Zusammenfassung.</translation>
    </message>
    <message>
        <source>Backend %1</source>
        <translation>Backend %1</translation>
    </message>
    <message>
        <source>Server %1/%2</source>
        <translation>Server %1/%2</translation>
    </message>
    <message>
        <source>%1 is DOWN on %2</source>
        <translation>%1 ist DOWN auf %2</translation>
    </message>
    <message>
        <source>%1 is back UP on %2</source>
        <translation>%1 ist wieder UP auf %2</translation>
    </message>
    <message>
        <source>Status: %1 (last check: %2)</source>
        <translation>Status: %1 (letzte Prüfung: %2)</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <translation>Verbindung zu %1 verloren</translation>
    </message>
    <message>
        <source>hadesk keeps trying to reconnect; its tables show the last state read.</source>
        <translation>hadesk versucht weiter, die Verbindung wiederherzustellen; die Tabellen zeigen den zuletzt gelesenen Stand.</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>Connection to %1 is back</source>
        <translation>Verbindung zu %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>The tables show live numbers again.</source>
        <translation>Die Tabellen zeigen wieder Live-Werte.</translation>
    </message>
    <message>
        <source>back</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>Drain of %1 finished on %2</source>
        <translation>Drain von %1 auf %2 abgeschlossen</translation>
    </message>
    <message>
        <source>Drain of %1 failed on %2</source>
        <translation>Drain von %1 auf %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>The server was left in %1.</source>
        <translation>Der Server wurde im Zustand %1 belassen.</translation>
    </message>
    <message>
        <source>Reload of %1 failed</source>
        <translation>Reload von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reload of %1: outcome unknown</source>
        <translation>Reload von %1: Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Certificate %1 on %2 has expired</source>
        <translation>Zertifikat %1 auf %2 ist abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Certificate %1 on %2 expires in %n day(s)</source>
        <translation>
            <numerusform>Zertifikat %1 auf %2 läuft in %n Tag ab</numerusform>
            <numerusform>Zertifikat %1 auf %2 läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1 (UTC). Subject: %2</source>
        <translation>Gültig bis %1 (UTC). Antragsteller: %2</translation>
    </message>
    <message>
        <source>Went DOWN on %1: %2</source>
        <translation>Auf %1 DOWN gegangen: %2</translation>
    </message>
    <message>
        <source>Came back UP on %1: %2</source>
        <translation>Auf %1 wieder UP: %2</translation>
    </message>
    <message>
        <source>Drains finished on %1: %2</source>
        <translation>Abgeschlossene Drains auf %1: %2</translation>
    </message>
    <message>
        <source>Drains failed on %1: %2</source>
        <translation>Fehlgeschlagene Drains auf %1: %2</translation>
    </message>
    <message>
        <source>Reloads of %1: %2</source>
        <translation>Reloads von %1: %2</translation>
    </message>
    <message>
        <source>Certificates expiring on %1: %2</source>
        <translation>Ablaufende Zertifikate auf %1: %2</translation>
    </message>
    <message>
        <source>Connection to %1: %2</source>
        <translation>Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more notification(s) held back</source>
        <translation>
            <numerusform>%n weitere Benachrichtigung zurückgehalten</numerusform>
            <numerusform>%n weitere Benachrichtigungen zurückgehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationMenu</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsWidget</name>
    <message>
        <source>While hadesk is not in front, notify me when</source>
        <translation>Solange hadesk nicht im Vordergrund ist, benachrichtigen, wenn</translation>
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
        <source>not sent: no way to reach %1</source>
        <translation>nicht gesendet: keine Möglichkeit, %1 zu erreichen</translation>
    </message>
    <message>
        <source>the connection to %1 closed before HAProxy answered &apos;%2&apos;</source>
        <translation>die Verbindung zu %1 wurde geschlossen, bevor HAProxy auf &apos;%2&apos; antwortete</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; is larger than %2 bytes, the limit for this command</source>
        <translation>die Antwort auf &apos;%1&apos; ist größer als %2 Byte, die Grenze für diesen Befehl</translation>
    </message>
</context>
<context>
    <name>PemBundle</name>
    <message>
        <source>not PEM: a block has no &quot;-----END&quot; line</source>
        <translation>kein PEM: ein Block hat keine „-----END“-Zeile</translation>
    </message>
    <message>
        <source>not PEM: there is no &quot;-----BEGIN&quot; line</source>
        <translation>kein PEM: es gibt keine „-----BEGIN“-Zeile</translation>
    </message>
    <message>
        <source>a certificate block does not read as a certificate</source>
        <translation>ein Zertifikatsblock lässt sich nicht als Zertifikat lesen</translation>
    </message>
    <message>
        <source>there is more than one private key</source>
        <translation>es gibt mehr als einen privaten Schlüssel</translation>
    </message>
    <message>
        <source>the private key is encrypted; HAProxy needs it without a passphrase</source>
        <translation>der private Schlüssel ist verschlüsselt; HAProxy braucht ihn ohne Passphrase</translation>
    </message>
    <message>
        <source>the private key block does not read as a key</source>
        <translation>der Block des privaten Schlüssels lässt sich nicht als Schlüssel lesen</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>kein privater Schlüssel</translation>
    </message>
    <message>
        <source>the key does not match the certificate</source>
        <translation>der Schlüssel passt nicht zum Zertifikat</translation>
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
    <message>
        <source>HAProxy&apos;s show stat columns changed.</source>
        <translation>Die Spalten von HAProxys show stat haben sich geändert.</translation>
    </message>
    <message>
        <source>No full poll to merge with.</source>
        <translation>Keine vollständige Abfrage zum Zusammenführen.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Preferences message</source>
        <translation>Meldung der Einstellungen</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Default poll interval</source>
        <translation>Standard-Abfrageintervall</translation>
    </message>
    <message>
        <source>Default poll &amp;interval:</source>
        <translation>Standard-Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>Instances opened from now on start polling this often. The interval in the toolbar changes the instance shown.</source>
        <translation>Ab jetzt geöffnete Instanzen werden in diesem Abstand abgefragt. Das Intervall in der Werkzeugleiste ändert die angezeigte Instanz.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>History budget per instance</source>
        <translation>Verlaufsbudget pro Instanz</translation>
    </message>
    <message>
        <source>History &amp;memory per instance:</source>
        <translation>&amp;Verlaufsspeicher pro Instanz:</translation>
    </message>
    <message>
        <source>The most memory one instance&apos;s traffic history may take once it holds 7 days; applied at once to every open instance.</source>
        <translation>Der Speicher, den der Verkehrsverlauf einer Instanz höchstens belegen darf, sobald er 7 Tage umfasst; gilt sofort für jede offene Instanz.</translation>
    </message>
    <message>
        <source>&amp;Reopen the instances that were open when hadesk quit</source>
        <translation>Beim Beenden von hadesk offene Instanzen &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>When hadesk starts without an address or a profile on its command line, it reopens them and shows the one that was shown</source>
        <translation>Wenn hadesk ohne Adresse oder Profil in der Befehlszeile startet, öffnet es diese Instanzen wieder und zeigt die zuletzt angezeigte an</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect the next time hadesk starts: the windows open now keep their language until then.</source>
        <translation>Wirkt beim nächsten Start von hadesk: Die jetzt offenen Fenster behalten bis dahin ihre Sprache.</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Audit log file</source>
        <translation>Audit-Log-Datei</translation>
    </message>
    <message>
        <source>Empty: the default place, shown greyed</source>
        <translation>Leer: der Standardort, grau angezeigt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Every command sent is recorded there from the next start; the records written so far stay in %1.</source>
        <translation>Ab dem nächsten Start wird jeder gesendete Befehl dort aufgezeichnet; die bisherigen Einträge bleiben in %1.</translation>
    </message>
    <message>
        <source>HADESK_AUDIT_LOG is set in the environment and wins over this file.</source>
        <translation>HADESK_AUDIT_LOG ist in der Umgebung gesetzt und hat Vorrang vor dieser Datei.</translation>
    </message>
    <message>
        <source>The audit log cannot be written there: %1 Nothing was saved.</source>
        <translation>Das Audit-Log kann dort nicht geschrieben werden: %1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <source>Audit Log File</source>
        <translation>Audit-Log-Datei</translation>
    </message>
    <message>
        <source>Audit logs (*.jsonl);;All files (*)</source>
        <translation>Audit-Logs (*.jsonl);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ProcParser</name>
    <message>
        <source>Not a show proc answer (is this the master socket?). HAProxy said: &quot;%1&quot;</source>
        <translation>Keine Antwort auf show proc (ist dies der Master-Socket?). HAProxy meldete: „%1“</translation>
    </message>
    <message>
        <source>The show proc answer has no master row.</source>
        <translation>Die Antwort auf show proc hat keine Master-Zeile.</translation>
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
    <name>ProcessesDock</name>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the master for its processes now (F5); while shown, every 2 s</source>
        <translation>Den Master jetzt nach seinen Prozessen fragen (F5); solange sichtbar, alle 2 s</translation>
    </message>
    <message>
        <source>HAProxy&apos;s master, workers and old workers still draining</source>
        <translation>Master, Worker und noch auslaufende alte Worker von HAProxy</translation>
    </message>
    <message>
        <source>Why no process is listed</source>
        <translation>Warum kein Prozess aufgeführt ist</translation>
    </message>
    <message>
        <source>Processes summary</source>
        <translation>Prozessübersicht</translation>
    </message>
    <message>
        <source>Refresh processes</source>
        <translation>Prozesse aktualisieren</translation>
    </message>
    <message>
        <source>Old workers stay listed, with their connections, until they exit.</source>
        <translation>Alte Worker bleiben mit ihren Verbindungen aufgeführt, bis sie sich beenden.</translation>
    </message>
    <message>
        <source>Not connected to HAProxy.</source>
        <translation>Nicht mit HAProxy verbunden.</translation>
    </message>
    <message>
        <source>Waiting for the connection to HAProxy…</source>
        <translation>Warten auf die Verbindung zu HAProxy…</translation>
    </message>
    <message>
        <source>Connected to a worker socket: connect to the master socket (haproxy -S) to see processes.</source>
        <translation>Mit einem Worker-Socket verbunden: verbinden Sie sich mit dem Master-Socket (haproxy -S), um Prozesse zu sehen.</translation>
    </message>
    <message>
        <source>Could not read the processes: %1</source>
        <translation>Die Prozesse konnten nicht gelesen werden: %1</translation>
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
        <translation>1 Reload</translation>
    </message>
    <message>
        <source>%1 reloads</source>
        <translation>%1 Reloads</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>1 old worker draining</source>
        <translation>1 alter Worker läuft aus</translation>
    </message>
    <message>
        <source>%1 old workers draining</source>
        <translation>%1 alte Worker laufen aus</translation>
    </message>
    <message>
        <source>last reload failed</source>
        <translation>letzter Reload fehlgeschlagen</translation>
    </message>
    <message>
        <source>master says: %1</source>
        <translation>Master meldet: %1</translation>
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
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Old worker (draining)</source>
        <translation>Alter Worker (läuft aus)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>läuft aus</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Old worker</source>
        <translation>Alter Worker</translation>
    </message>
    <message>
        <source>Stopped by a reload: takes no new connection and exits once its last connection closes</source>
        <translation>Durch einen Reload gestoppt: nimmt keine neuen Verbindungen an und beendet sich, sobald seine letzte Verbindung geschlossen ist</translation>
    </message>
    <message>
        <source>No longer listed by the master: this row goes at the next refresh</source>
        <translation>Vom Master nicht mehr aufgeführt: diese Zeile verschwindet bei der nächsten Aktualisierung</translation>
    </message>
    <message>
        <source>Reloads this process has lived through</source>
        <translation>Reloads, die dieser Prozess überstanden hat</translation>
    </message>
    <message>
        <source>Reloads whose new configuration did not load (the master&apos;s count)</source>
        <translation>Reloads, deren neue Konfiguration nicht geladen wurde (Zählung des Masters)</translation>
    </message>
    <message>
        <source>Current connections, from the process&apos;s own show info</source>
        <translation>Aktuelle Verbindungen, aus dem eigenen show info des Prozesses</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Reloads</source>
        <translation>Reloads</translation>
    </message>
    <message>
        <source>Failed reloads</source>
        <translation>Fehlgeschlagene Reloads</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>ReapplyPlan</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 no longer runs after the reload: its runtime changes are not put back.</source>
        <translation>%1 läuft nach dem Reload nicht mehr: seine Laufzeitänderungen werden nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 is no longer loaded after the reload: its runtime entries are not put back.</source>
        <translation>%1 ist nach dem Reload nicht mehr geladen: die zur Laufzeit geänderten Einträge werden nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Both reads come from the same worker (pid %1): the reload has not happened, or the connection has not followed the new worker yet.</source>
        <translation>Beide Lesevorgänge stammen vom selben Worker (PID %1): der Reload hat nicht stattgefunden, oder die Verbindung ist dem neuen Worker noch nicht gefolgt.</translation>
    </message>
    <message>
        <source>Servers are added back with their address, port, weight, checks and TLS on or off; what `show servers state` does not show (backup, maxconn, check interval, TLS options) takes HAProxy&apos;s defaults.</source>
        <translation>Server werden mit Adresse, Port, Gewicht, Checks und ein- oder ausgeschaltetem TLS wieder hinzugefügt; was `show servers state` nicht zeigt (backup, maxconn, Check-Intervall, TLS-Optionen), erhält die Standardwerte von HAProxy.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n runtime change(s) lost by the reload</source>
        <translation>
            <numerusform>%n durch den Reload verlorene Laufzeitänderung wiederherstellen</numerusform>
            <numerusform>%n durch den Reload verlorene Laufzeitänderungen wiederherstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReloadDialog</name>
    <message>
        <source>Reload %1</source>
        <translation>%1 neu laden</translation>
    </message>
    <message>
        <source>A reload starts new workers from the configuration file. What was changed at runtime and is listed below does not survive it.</source>
        <translation>Ein Reload startet neue Worker aus der Konfigurationsdatei. Was zur Laufzeit geändert wurde und unten aufgeführt ist, übersteht ihn nicht.</translation>
    </message>
    <message>
        <source>What the reload would lose</source>
        <translation>Was der Reload verlieren würde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>After the reload</source>
        <translation>Nach dem Reload</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>&amp;Put these changes back after the reload (you confirm the plan first)</source>
        <translation>Diese Änderungen nach dem Reload &amp;wiederherstellen (Sie bestätigen den Plan vorher)</translation>
    </message>
    <message>
        <source>haproxy.cfg the instance runs (needed on HAProxy 3.0 and later)</source>
        <translation>haproxy.cfg, mit der die Instanz läuft (nötig ab HAProxy 3.0)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>C&amp;onfiguration file:</source>
        <translation>&amp;Konfigurationsdatei:</translation>
    </message>
    <message>
        <source>HAProxy Configuration</source>
        <translation>HAProxy-Konfiguration</translation>
    </message>
    <message>
        <source>HAProxy configurations (*.cfg);;All files (*)</source>
        <translation>HAProxy-Konfigurationen (*.cfg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Keep them in files first:</source>
        <translation>Vorher in Dateien sichern:</translation>
    </message>
    <message>
        <source>Export &amp;Server-State File…</source>
        <translation>&amp;Serverzustandsdatei exportieren…</translation>
    </message>
    <message>
        <source>Save `show servers state` as a file for server-state-file, so that the reload keeps weights, states and addresses</source>
        <translation>`show servers state` als Datei für server-state-file speichern, damit der Reload Gewichte, Zustände und Adressen behält</translation>
    </message>
    <message>
        <source>Export &amp;Configuration Lines…</source>
        <translation>Konfigurations&amp;zeilen exportieren…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>The reload would lose %n runtime change(s):</source>
        <translation>
            <numerusform>Der Reload würde %n Laufzeitänderung verlieren:</numerusform>
            <numerusform>Der Reload würde %n Laufzeitänderungen verlieren:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would be lost: the reload brings back the same servers, weights, states, addresses and map entries.</source>
        <translation>Nichts ginge verloren: der Reload bringt dieselben Server, Gewichte, Zustände, Adressen und Map-Einträge zurück.</translation>
    </message>
    <message>
        <source>After the reload hadesk reads the new worker and previews the commands that put these changes back; nothing is sent before you confirm them.</source>
        <translation>Nach dem Reload liest hadesk den neuen Worker und zeigt eine Vorschau der Befehle, die diese Änderungen wiederherstellen; nichts wird gesendet, bevor Sie sie bestätigen.</translation>
    </message>
    <message>
        <source>Nothing would be lost, so there is nothing to put back.</source>
        <translation>Nichts ginge verloren, also gibt es nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Save `server` lines for the servers added at runtime, to paste into the configuration</source>
        <translation>`server`-Zeilen für die zur Laufzeit hinzugefügten Server speichern, um sie in die Konfiguration einzufügen</translation>
    </message>
    <message>
        <source>No server was added at runtime</source>
        <translation>Es wurde kein Server zur Laufzeit hinzugefügt</translation>
    </message>
    <message>
        <source>Export Server-State File</source>
        <translation>Serverzustandsdatei exportieren</translation>
    </message>
    <message>
        <source>Server state files (*.state);;All files (*)</source>
        <translation>Serverzustandsdateien (*.state);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Configuration Lines</source>
        <translation>Konfigurationszeilen exportieren</translation>
    </message>
    <message>
        <source>Configuration fragments (*.cfg);;All files (*)</source>
        <translation>Konfigurationsfragmente (*.cfg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Geschrieben nach %1</translation>
    </message>
</context>
<context>
    <name>ReloadFlow</name>
    <message>
        <source>No instance is shown.</source>
        <translation>Es wird keine Instanz angezeigt.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>This is a worker&apos;s stats socket: connect to the master socket (haproxy -W -S …) to reload.</source>
        <translation>Dies ist der Stats-Socket eines Workers: verbinden Sie sich für einen Reload mit dem Master-Socket (haproxy -W -S …).</translation>
    </message>
    <message>
        <source>The master socket&apos;s level is %1; reloading needs operator or admin.</source>
        <translation>Der Master-Socket hat Stufe %1; ein Reload erfordert operator oder admin.</translation>
    </message>
    <message>
        <source>What the reload would lose could not be read: %1</source>
        <translation>Was der Reload verlieren würde, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing is put back: the reload did not load a new worker.</source>
        <translation>Nichts wird wiederhergestellt: der Reload hat keinen neuen Worker geladen.</translation>
    </message>
    <message>
        <source>Reading the new worker&apos;s state to see what to put back…</source>
        <translation>Der Zustand des neuen Workers wird gelesen, um zu sehen, was wiederherzustellen ist…</translation>
    </message>
    <message>
        <source>Nothing to put back: the new worker already runs every change that was listed.</source>
        <translation>Nichts wiederherzustellen: der neue Worker läuft bereits mit jeder aufgeführten Änderung.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) can be put back. Review them; nothing is sent until you confirm.</source>
        <translation>
            <numerusform>%n Änderung kann wiederhergestellt werden. Prüfen Sie sie; nichts wird gesendet, bevor Sie bestätigen.</numerusform>
            <numerusform>%n Änderungen können wiederhergestellt werden. Prüfen Sie sie; nichts wird gesendet, bevor Sie bestätigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not put back (refused by the checks): %1</source>
        <translation>Nicht wiederhergestellt (von den Prüfungen abgelehnt): %1</translation>
    </message>
    <message>
        <source>The new worker&apos;s state could not be read, so nothing is put back: %1</source>
        <translation>Der Zustand des neuen Workers konnte nicht gelesen werden, daher wird nichts wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>ReloadLoss</name>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 → %2 was added to %3 at runtime</source>
        <translation>%1 → %2 wurde zur Laufzeit zu %3 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 was added to %2 at runtime</source>
        <translation>%1 wurde zur Laufzeit zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 was set to %2 in %3 at runtime; the file gives %4</source>
        <translation>%1 wurde zur Laufzeit in %3 auf %2 gesetzt; die Datei gibt %4 vor</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>%1 was deleted from %2 at runtime; the reload brings it back (line %3)</source>
        <translation>%1 wurde zur Laufzeit aus %2 gelöscht; der Reload bringt den Eintrag zurück (Zeile %3)</translation>
    </message>
    <message>
        <source>Servers added at runtime</source>
        <translation>Zur Laufzeit hinzugefügte Server</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Maintenance and drain states</source>
        <translation>Wartungs- und Drain-Zustände</translation>
    </message>
    <message>
        <source>Addresses and ports</source>
        <translation>Adressen und Ports</translation>
    </message>
    <message>
        <source>Map and ACL entries</source>
        <translation>Map- und ACL-Einträge</translation>
    </message>
</context>
<context>
    <name>ReloadResultDialog</name>
    <message>
        <source>Reload of %1</source>
        <translation>Reload von %1</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &amp;startup log:</source>
        <translation>Start-&amp;Log von HAProxy:</translation>
    </message>
    <message>
        <source>HAProxy&apos;s startup log</source>
        <translation>Start-Log von HAProxy</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Review and Put Back…</source>
        <translation>&amp;Prüfen und wiederherstellen…</translation>
    </message>
    <message>
        <source>(HAProxy sent no log lines)</source>
        <translation>(HAProxy hat keine Log-Zeilen gesendet)</translation>
    </message>
    <message>
        <source>(this HAProxy version reports no startup log through the master CLI)</source>
        <translation>(diese HAProxy-Version meldet über die Master-CLI kein Start-Log)</translation>
    </message>
</context>
<context>
    <name>ReloadSnapshotReader</name>
    <message>
        <source>The worker that answered (pid %1) is stopping: a reload left the connection on it. Read again once the connection has followed the new worker.</source>
        <translation>Der antwortende Worker (PID %1) wird beendet: ein Reload hat die Verbindung bei ihm belassen. Lesen Sie erneut, sobald die Verbindung dem neuen Worker gefolgt ist.</translation>
    </message>
    <message>
        <source>The maps could not be listed (%1): their runtime changes are not shown.</source>
        <translation>Die Maps konnten nicht aufgelistet werden (%1): ihre Laufzeitänderungen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The ACLs could not be listed (%1): their runtime changes are not shown.</source>
        <translation>Die ACLs konnten nicht aufgelistet werden (%1): ihre Laufzeitänderungen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The map and ACL files are on the instance&apos;s host, which is not this one: entries changed at runtime are not compared with them.</source>
        <translation>Die Map- und ACL-Dateien liegen auf dem Host der Instanz, nicht auf diesem Rechner: zur Laufzeit geänderte Einträge werden nicht mit ihnen verglichen.</translation>
    </message>
    <message>
        <source>The entries of the %1 %2 could not be read: %3</source>
        <translation>Die Einträge der %1 %2 konnten nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 could not be read here (%2): its entries are not compared.</source>
        <translation>%1 konnte hier nicht gelesen werden (%2): die Einträge werden nicht verglichen.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: its entries are not compared.</source>
        <translation>%1 ist größer als %2 MiB: die Einträge werden nicht verglichen.</translation>
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
    <message>
        <source>the answer to &apos;%1&apos; is %2 bytes, larger than %3 bytes, the limit for this command</source>
        <translation>die Antwort auf &apos;%1&apos; ist %2 Byte groß, mehr als %3 Byte, die Grenze für diesen Befehl</translation>
    </message>
</context>
<context>
    <name>RollingBackendPage</name>
    <message>
        <source>Backend and servers to replace</source>
        <translation>Backend und zu ersetzende Server</translation>
    </message>
    <message>
        <source>Each old server is replaced by a new one: the new server is added and must be UP per its health checks before the old one is drained and removed.</source>
        <translation>Jeder alte Server wird durch einen neuen ersetzt: der neue Server wird hinzugefügt und muss laut seinen Health-Checks UP sein, bevor der alte in Drain versetzt und entfernt wird.</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>&amp;Old servers (Space checks):</source>
        <translation>&amp;Alte Server (Leertaste kreuzt an):</translation>
    </message>
    <message>
        <source>No backend in the last poll.</source>
        <translation>Kein Backend in der letzten Abfrage.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; is not in the last poll.</source>
        <translation>Das Backend &apos;%1&apos; ist nicht in der letzten Abfrage enthalten.</translation>
    </message>
    <message>
        <source>%1  —  %2, weight %3</source>
        <translation>%1  —  %2, Gewicht %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>RollingNewServersPage</name>
    <message>
        <source>Fi&amp;ll names</source>
        <translation>Namen aus&amp;füllen</translation>
    </message>
    <message>
        <source>New servers</source>
        <translation>Neue Server</translation>
    </message>
    <message>
        <source>One row per new server: its name, address and port. The weight starts as the old server&apos;s.</source>
        <translation>Eine Zeile pro neuem Server: Name, Adresse und Port. Das Gewicht wird zunächst vom alten Server übernommen.</translation>
    </message>
    <message>
        <source>{old}: the name of the server it replaces; {n}: 1, 2, 3… (skipping names already used in the backend)</source>
        <translation>{old}: der Name des Servers, den er ersetzt; {n}: 1, 2, 3… (im Backend bereits vergebene Namen werden übersprungen)</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
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
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Number of ne&amp;w servers:</source>
        <translation>Anzahl &amp;neuer Server:</translation>
    </message>
    <message>
        <source>Name &amp;pattern:</source>
        <translation>Namens&amp;muster:</translation>
    </message>
    <message>
        <source>New &amp;servers (F2 edits a cell):</source>
        <translation>Neue &amp;Server (F2 bearbeitet eine Zelle):</translation>
    </message>
    <message>
        <source>(none: added first)</source>
        <translation>(keiner: wird zuerst hinzugefügt)</translation>
    </message>
    <message numerus="yes">
        <source>%n new server(s) without an old one are added first, so capacity grows before anything is removed.</source>
        <translation>
            <numerusform>%n neuer Server ohne alten wird zuerst hinzugefügt, damit die Kapazität wächst, bevor etwas entfernt wird.</numerusform>
            <numerusform>%n neue Server ohne alten werden zuerst hinzugefügt, damit die Kapazität wächst, bevor etwas entfernt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be removed last, once every new server is UP.</source>
        <translation>%1 wird zuletzt entfernt, sobald jeder neue Server UP ist.</translation>
    </message>
    <message>
        <source>Row %1: the new server needs a name.</source>
        <translation>Zeile %1: der neue Server braucht einen Namen.</translation>
    </message>
    <message>
        <source>Row %1: the port is empty.</source>
        <translation>Zeile %1: der Port ist leer.</translation>
    </message>
    <message>
        <source>Row %1: port &apos;%2&apos; is not a number.</source>
        <translation>Zeile %1: der Port &apos;%2&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>Row %1: weight &apos;%2&apos; is not a number (0 to 256, empty for HAProxy&apos;s default).</source>
        <translation>Zeile %1: das Gewicht &apos;%2&apos; ist keine Zahl (0 bis 256, leer für den Standardwert von HAProxy).</translation>
    </message>
</context>
<context>
    <name>RollingReplace</name>
    <message>
        <source>Choose a backend.</source>
        <translation>Wählen Sie ein Backend.</translation>
    </message>
    <message>
        <source>backend name</source>
        <translation>Backend-Name</translation>
    </message>
    <message>
        <source>Nothing to replace: choose at least one old server or add a new one.</source>
        <translation>Nichts zu ersetzen: wählen Sie mindestens einen alten Server aus oder fügen Sie einen neuen hinzu.</translation>
    </message>
    <message>
        <source>The time to wait for a new server to be UP must be positive.</source>
        <translation>Die Wartezeit, bis ein neuer Server UP ist, muss positiv sein.</translation>
    </message>
    <message>
        <source>The polling interval must be at least 50 ms.</source>
        <translation>Das Abfrageintervall muss mindestens 50 ms betragen.</translation>
    </message>
    <message>
        <source>The check interval of the new servers cannot be negative.</source>
        <translation>Das Check-Intervall der neuen Server darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; is not in HAProxy&apos;s statistics.</source>
        <translation>Das Backend &apos;%1&apos; ist nicht in den Statistiken von HAProxy enthalten.</translation>
    </message>
    <message>
        <source>Step %1 has neither an old server nor a new one.</source>
        <translation>Schritt %1 hat weder einen alten noch einen neuen Server.</translation>
    </message>
    <message>
        <source>old server name</source>
        <translation>Name des alten Servers</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Old server &apos;%1&apos; is listed twice.</source>
        <translation>Der alte Server &apos;%1&apos; ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; has no server named &apos;%2&apos;.</source>
        <translation>Das Backend &apos;%1&apos; hat keinen Server namens &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>new server name</source>
        <translation>Name des neuen Servers</translation>
    </message>
    <message>
        <source>New server name &apos;%1&apos; is used twice.</source>
        <translation>Der neue Servername &apos;%1&apos; wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; already has a server named &apos;%2&apos;.</source>
        <translation>Das Backend &apos;%1&apos; hat bereits einen Server namens &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Step %1: the address of &apos;%2&apos; is empty.</source>
        <translation>Schritt %1: die Adresse von &apos;%2&apos; ist leer.</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Step %1 (&apos;%2&apos;): %3</source>
        <translation>Schritt %1 (&apos;%2&apos;): %3</translation>
    </message>
    <message>
        <source>server port</source>
        <translation>Serverport</translation>
    </message>
    <message>
        <source>Step %1 (&apos;%2&apos;): weight %3 is not between 0 and 256.</source>
        <translation>Schritt %1 (&apos;%2&apos;): das Gewicht %3 liegt nicht zwischen 0 und 256.</translation>
    </message>
    <message>
        <source>The name pattern needs {n} (1, 2, 3...) or {old} (the old server&apos;s name), or every new server would get the same name.</source>
        <translation>Das Namensmuster braucht {n} (1, 2, 3...) oder {old} (den Namen des alten Servers), sonst bekäme jeder neue Server denselben Namen.</translation>
    </message>
    <message>
        <source>There are more new servers than old ones: add {n} to the pattern to number them.</source>
        <translation>Es gibt mehr neue als alte Server: fügen Sie {n} in das Muster ein, um sie zu nummerieren.</translation>
    </message>
    <message>
        <source>The pattern gives &apos;%1&apos;, which is already taken.</source>
        <translation>Das Muster ergibt &apos;%1&apos;, der Name ist bereits vergeben.</translation>
    </message>
    <message>
        <source># refused: %1</source>
        <translation># abgelehnt: %1</translation>
    </message>
    <message>
        <source># weight: copied from %1 when the run starts</source>
        <translation># Gewicht: beim Start des Durchlaufs von %1 übernommen</translation>
    </message>
    <message numerus="yes">
        <source># wait until %1/%2 is UP per its health checks (at most %n s)</source>
        <translation>
            <numerusform># warten, bis %1/%2 laut seinen Health-Checks UP ist (höchstens %n s)</numerusform>
            <numerusform># warten, bis %1/%2 laut seinen Health-Checks UP ist (höchstens %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source># wait until %1/%2 has no sessions left</source>
        <translation># warten, bis auf %1/%2 keine Sitzungen mehr übrig sind</translation>
    </message>
    <message numerus="yes">
        <source># wait until %1/%2 has no sessions left (at most %n s, then shut them down)</source>
        <translation>
            <numerusform># warten, bis auf %1/%2 keine Sitzungen mehr übrig sind (höchstens %n s, dann beenden)</numerusform>
            <numerusform># warten, bis auf %1/%2 keine Sitzungen mehr übrig sind (höchstens %n s, dann beenden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source># wait until %1/%2 has no sessions left (at most %n s, then ask)</source>
        <translation>
            <numerusform># warten, bis auf %1/%2 keine Sitzungen mehr übrig sind (höchstens %n s, dann nachfragen)</numerusform>
            <numerusform># warten, bis auf %1/%2 keine Sitzungen mehr übrig sind (höchstens %n s, dann nachfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 goes back to ready.</source>
        <translation>%1 geht zurück auf READY.</translation>
    </message>
    <message>
        <source>%1 was already deleted and cannot come back.</source>
        <translation>%1 wurde bereits gelöscht und kann nicht zurückkommen.</translation>
    </message>
    <message>
        <source>%1 is put in maintenance and deleted.</source>
        <translation>%1 wird in Wartung versetzt und gelöscht.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Plan wird geprüft</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Aborting</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Wird zurückgerollt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Adding</source>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <source>Enabling health checks</source>
        <translation>Health-Checks werden eingeschaltet</translation>
    </message>
    <message>
        <source>Setting ready</source>
        <translation>Wird auf READY gesetzt</translation>
    </message>
    <message>
        <source>Waiting for UP</source>
        <translation>Warten auf UP</translation>
    </message>
    <message>
        <source>Removing the old server</source>
        <translation>Alter Server wird entfernt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Not connected to HAProxy. Nothing was sent.</source>
        <translation>Nicht mit HAProxy verbunden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>A rolling replace needs an admin-level socket; this one is at level %1. Nothing was sent.</source>
        <translation>Ein schrittweiser Austausch braucht einen Socket mit Stufe admin; dieser hat Stufe %1. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The plan was refused; nothing was sent:
%1</source>
        <translation>Der Plan wurde abgelehnt; es wurde nichts gesendet:
%1</translation>
    </message>
    <message>
        <source>Reading backend %1 from HAProxy to check the plan against it.</source>
        <translation>Backend %1 wird von HAProxy gelesen, um den Plan damit abzugleichen.</translation>
    </message>
    <message>
        <source>Aborted before anything was changed.</source>
        <translation>Abgebrochen, bevor etwas geändert wurde.</translation>
    </message>
    <message>
        <source>Could not read backend %1 (%2). Nothing was changed.</source>
        <translation>Backend %1 konnte nicht gelesen werden (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s current state refuses the plan; nothing was changed:
%1</source>
        <translation>Der aktuelle Zustand von HAProxy lässt den Plan nicht zu; es wurde nichts geändert:
%1</translation>
    </message>
    <message>
        <source>Paused. Resume goes on with the next command; nothing is sent meanwhile.</source>
        <translation>Pausiert. Fortsetzen macht mit dem nächsten Befehl weiter; bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Rolling replace of %1 is done.</source>
        <translation>Der schrittweise Austausch von %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Adding %1/%2 at %3:%4.</source>
        <translation>%1/%2 wird unter %3:%4 hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>„%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Enabling health checks on %1/%2 (add server only configures them).</source>
        <translation>Health-Checks für %1/%2 werden eingeschaltet (add server konfiguriert sie nur).</translation>
    </message>
    <message>
        <source>Taking %1/%2 out of maintenance (HAProxy creates new servers in MAINT).</source>
        <translation>%1/%2 wird aus der Wartung genommen (HAProxy legt neue Server in MAINT an).</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n s for %1/%2 to be UP per its health checks.</source>
        <translation>
            <numerusform>Warte bis zu %n s, bis %1/%2 laut seinen Health-Checks UP ist.</numerusform>
            <numerusform>Warte bis zu %n s, bis %1/%2 laut seinen Health-Checks UP ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the servers (%1); trying again.</source>
        <translation>Die Server konnten nicht gelesen werden (%1); neuer Versuch.</translation>
    </message>
    <message>
        <source>Could not read the servers: %1</source>
        <translation>Die Server konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1/%2 is no longer in show stat; someone else may have removed it.</source>
        <translation>%1/%2 ist nicht mehr in show stat; vielleicht hat ihn jemand anderes entfernt.</translation>
    </message>
    <message>
        <source>%1/%2 is UP.</source>
        <translation>%1/%2 ist UP.</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 did not come UP within %n s: its status is %3, last check %4%5.</source>
        <translation>
            <numerusform>%1/%2 ist nicht innerhalb von %n s UP geworden: Status %3, letzter Check %4%5.</numerusform>
            <numerusform>%1/%2 ist nicht innerhalb von %n s UP geworden: Status %3, letzter Check %4%5.</numerusform>
        </translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Removing %1/%2 safely: drain, wait for its sessions, maintenance, delete.</source>
        <translation>%1/%2 wird sicher entfernt: Drain, Warten auf seine Sitzungen, Wartung, Löschen.</translation>
    </message>
    <message>
        <source>Removing %1/%2 failed: %3</source>
        <translation>Entfernen von %1/%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 added and UP.</source>
        <translation>%1 hinzugefügt und UP.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>%1 replaced by %2.</source>
        <translation>%1 durch %2 ersetzt.</translation>
    </message>
    <message>
        <source>Step %1 failed; nothing more was changed. Roll back to undo this run, or close to leave the servers as they are.</source>
        <translation>Schritt %1 fehlgeschlagen; es wurde nichts weiter geändert. Rollen Sie zurück, um diesen Durchlauf rückgängig zu machen, oder schließen Sie, um die Server so zu lassen, wie sie sind.</translation>
    </message>
    <message>
        <source>Pausing after the command in progress (a wait for UP or a removal is finished first).</source>
        <translation>Pause nach dem laufenden Befehl (ein Warten auf UP oder ein Entfernen wird zuerst abgeschlossen).</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Aborting after the command in progress.</source>
        <translation>Abbruch nach dem laufenden Befehl.</translation>
    </message>
    <message>
        <source>Stopped by abort.</source>
        <translation>Durch Abbruch angehalten.</translation>
    </message>
    <message>
        <source>Aborted. The servers are where the table shows (read back from HAProxy).</source>
        <translation>Abgebrochen. Die Server sind so, wie die Tabelle sie zeigt (von HAProxy zurückgelesen).</translation>
    </message>
    <message>
        <source>Roll back to undo this run.</source>
        <translation>Rollen Sie zurück, um diesen Durchlauf rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Rolling back: re-reading the servers first.</source>
        <translation>Rollback: zuerst werden die Server neu gelesen.</translation>
    </message>
    <message>
        <source>Returning %1/%2 to ready.</source>
        <translation>%1/%2 wird wieder auf READY gesetzt.</translation>
    </message>
    <message>
        <source>Could not return %1 to ready: %2</source>
        <translation>%1 konnte nicht wieder auf READY gesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1/%2 was already deleted by this run and cannot come back; add it again with Add Server if it is needed.</source>
        <translation>%1/%2 wurde von diesem Durchlauf bereits gelöscht und kann nicht zurückkommen; fügen Sie ihn bei Bedarf mit „Server hinzufügen“ erneut hinzu.</translation>
    </message>
    <message>
        <source>The state of %1 could not be read; it was left alone.</source>
        <translation>Der Zustand von %1 konnte nicht gelesen werden; der Server wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>Removing %1/%2: maintenance, then delete.</source>
        <translation>%1/%2 wird entfernt: Wartung, dann Löschen.</translation>
    </message>
    <message>
        <source>Could not put %1 in maintenance: %2</source>
        <translation>%1 konnte nicht in Wartung versetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 still has sessions; waiting for them to end before deleting it.</source>
        <translation>%1 hat noch Sitzungen; vor dem Löschen wird auf ihr Ende gewartet.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2 It is left in maintenance.</source>
        <translation>%1 konnte nicht gelöscht werden: %2 Der Server bleibt in Wartung.</translation>
    </message>
    <message>
        <source>Rolled back; %1 was deleted earlier and cannot come back.</source>
        <translation>Zurückgerollt; %1 wurde vorher gelöscht und kann nicht zurückkommen.</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>Zurückgerollt.</translation>
    </message>
    <message>
        <source>Rollback incomplete:</source>
        <translation>Rollback unvollständig:</translation>
    </message>
    <message>
        <source># on HAProxy 3.0 and later: %1</source>
        <translation># ab HAProxy 3.0: %1</translation>
    </message>
    <message>
        <source>HAProxy was restarted or reloaded during the rolling replace (worker pid %1, now %2): servers added by this run are gone and the others are back to their configured state. Nothing more was sent; check backend %3 before starting again.</source>
        <translation>HAProxy wurde während des schrittweisen Austauschs neu gestartet oder neu geladen (Worker-PID %1, jetzt %2): die von diesem Durchlauf hinzugefügten Server sind verschwunden, und die übrigen sind wieder in ihrem konfigurierten Zustand. Es wurde nichts mehr gesendet; prüfen Sie das Backend %3, bevor Sie erneut beginnen.</translation>
    </message>
</context>
<context>
    <name>RollingReplaceWizard</name>
    <message>
        <source>Rolling replace</source>
        <translation>Schrittweiser Austausch</translation>
    </message>
    <message>
        <source>Please wait until the current %1 ends; closing now would leave it half way.</source>
        <translation>Bitte warten Sie, bis der aktuelle Vorgang (%1) endet; jetzt zu schließen, ließe ihn halb erledigt zurück.</translation>
    </message>
    <message>
        <source>The rolling replace is still running. Abort it and close?

The command in progress is let finish; the servers stay where they are (nothing is rolled back).</source>
        <translation>Der schrittweise Austausch läuft noch. Abbrechen und schließen?

Der laufende Befehl wird noch zu Ende geführt; die Server bleiben, wo sie sind (es wird nichts zurückgerollt).</translation>
    </message>
</context>
<context>
    <name>RollingReviewPage</name>
    <message>
        <source>S&amp;hut remaining sessions down at the timeout</source>
        <translation>Verbleibende Sitzungen bei Zeitüberschreitung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>Befehle &amp;kopieren</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>These are the exact commands each step sends. Nothing has been sent yet: Start runs them.</source>
        <translation>Dies sind genau die Befehle, die jeder Schritt sendet. Noch wurde nichts gesendet: Starten führt sie aus.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>HAProxy&apos;s default (2 s)</source>
        <translation>Standardwert von HAProxy (2 s)</translation>
    </message>
    <message>
        <source>Wait for a new server to be &amp;UP at most:</source>
        <translation>Auf &amp;UP eines neuen Servers höchstens warten:</translation>
    </message>
    <message>
        <source>Wait for an old server&apos;s sessions at &amp;most:</source>
        <translation>Auf die Sitzungen eines alten Servers &amp;höchstens warten:</translation>
    </message>
    <message>
        <source>New servers&apos; check &amp;interval:</source>
        <translation>Check-&amp;Intervall der neuen Server:</translation>
    </message>
    <message>
        <source>Comman&amp;ds:</source>
        <translation>Befeh&amp;le:</translation>
    </message>
    <message>
        <source># Step %1: add %2</source>
        <translation># Schritt %1: %2 hinzufügen</translation>
    </message>
    <message>
        <source># Step %1: remove %2</source>
        <translation># Schritt %1: %2 entfernen</translation>
    </message>
    <message>
        <source># Step %1: %2 → %3</source>
        <translation># Schritt %1: %2 → %3</translation>
    </message>
    <message>
        <source>Sessions still on an old server at the timeout are cut off.</source>
        <translation>Sitzungen, die bei Zeitüberschreitung noch auf einem alten Server sind, werden getrennt.</translation>
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
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>R&amp;oll back</source>
        <translation>Zurück&amp;rollen</translation>
    </message>
    <message>
        <source>Shut down &amp;sessions</source>
        <translation>&amp;Sitzungen beenden</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Stop after the command in progress and leave the servers where they are</source>
        <translation>Nach dem laufenden Befehl anhalten und die Server lassen, wo sie sind</translation>
    </message>
    <message>
        <source>Return the old servers to ready and remove the new ones this run added</source>
        <translation>Die alten Server wieder auf READY setzen und die von diesem Durchlauf hinzugefügten neuen entfernen</translation>
    </message>
    <message>
        <source>Cut off the sessions still on the old server being removed</source>
        <translation>Die Sitzungen trennen, die noch auf dem zu entfernenden alten Server sind</translation>
    </message>
    <message>
        <source>Commands sent:</source>
        <translation>Gesendete Befehle:</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>%1. Pause stops before the next command; Abort stops now; Roll back undoes this run.</source>
        <translation>%1. Pause hält vor dem nächsten Befehl an; Abbrechen hält sofort an; Zurückrollen macht diesen Durchlauf rückgängig.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Roll back this run?

%1</source>
        <translation>Diesen Durchlauf zurückrollen?

%1</translation>
    </message>
    <message>
        <source>Shut down sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
    <message>
        <source>Cut off the clients still connected to the old server?</source>
        <translation>Die Clients trennen, die noch mit dem alten Server verbunden sind?</translation>
    </message>
</context>
<context>
    <name>RunOnceDialog</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Sends nothing more; commands already sent still complete</source>
        <translation>Sendet nichts mehr; bereits gesendete Befehle werden noch abgeschlossen</translation>
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
        <translation>HAProxy-Worker %1 wird beendet (Reload läuft)</translation>
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
        <source>oversized answer</source>
        <translation>übergroße Antwort</translation>
    </message>
    <message>
        <source>the answer came from an old HAProxy worker (pid %1) left by a reload; reconnecting to the new one</source>
        <translation>die Antwort kam von einem alten HAProxy-Worker (PID %1), der nach einem Reload übrig ist; Verbindung zum neuen wird aufgebaut</translation>
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
    <message>
        <source>the answer to &apos;%1&apos; is larger than %2 bytes, the limit for this command; the connection was reset</source>
        <translation>die Antwort auf &apos;%1&apos; ist größer als %2 Byte, die Grenze für diesen Befehl; die Verbindung wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>HAProxy was reloaded: %1 now reaches worker pid %2 (was %3)</source>
        <translation>HAProxy wurde neu geladen: %1 erreicht jetzt Worker-PID %2 (vorher %3)</translation>
    </message>
    <message>
        <source>%1 is a worker&apos;s stats socket, not HAProxy&apos;s master CLI (it was given with master:)</source>
        <translation>%1 ist der Stats-Socket eines Workers, nicht die Master-CLI von HAProxy (angegeben wurde er mit master:)</translation>
    </message>
    <message>
        <source>not sent: &apos;%1&apos; needs HAProxy&apos;s master socket (haproxy -S); %2 is a worker&apos;s stats socket</source>
        <translation>nicht gesendet: &apos;%1&apos; braucht den Master-Socket von HAProxy (haproxy -S); %2 ist der Stats-Socket eines Workers</translation>
    </message>
    <message>
        <source>not sent: through the master the line is %1 bytes long; HAProxy reads at most %2</source>
        <translation>nicht gesendet: über den Master ist die Zeile %1 Bytes lang; HAProxy liest höchstens %2</translation>
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
    <message>
        <source>HAProxy was restarted or reloaded while %1/%2 was being removed (worker pid %3, now %4): the new process starts again from its configuration, so what was done to the server is gone. Nothing more was sent; check the server and start again.</source>
        <translation>HAProxy wurde neu gestartet oder neu geladen, während %1/%2 entfernt wurde (Worker-PID %3, jetzt %4): der neue Prozess beginnt wieder mit seiner Konfiguration, daher ist alles, was bisher am Server getan wurde, verloren. Es wurde nichts mehr gesendet; prüfen Sie den Server und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 %2/%3 is in %4 now.</source>
        <translation>%1 Zustand von %2/%3 jetzt: %4.</translation>
    </message>
    <message>
        <source>HAProxy did not confirm that %1/%2 can be removed (“%3”); asking it to delete the server, which says why if it cannot.</source>
        <translation>HAProxy hat nicht bestätigt, dass %1/%2 entfernt werden kann („%3“); HAProxy wird trotzdem aufgefordert, den Server zu löschen, und nennt den Grund, falls das nicht möglich ist.</translation>
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
    <name>ScheduleDrainDialog</name>
    <message>
        <source>Schedule Drain</source>
        <translation>Drain planen</translation>
    </message>
    <message>
        <source>Servers to drain on %1: %2</source>
        <translation>Server für den Drain auf %1: %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation>&amp;In</translation>
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
        <translation>&amp;Um</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Wait for them at &amp;most</source>
        <translation>Auf sie &amp;höchstens warten</translation>
    </message>
    <message>
        <source>S&amp;hut the remaining sessions down at the deadline</source>
        <translation>Verbleibende Sitzungen bei Ablauf der Frist &amp;beenden</translation>
    </message>
    <message>
        <source>Off: the drain stops at the deadline and leaves the server in DRAIN, cutting nobody off.</source>
        <translation>Aus: der Drain endet bei Ablauf der Frist und lässt den Server in DRAIN, ohne jemanden zu trennen.</translation>
    </message>
    <message>
        <source>When no session is left</source>
        <translation>Wenn keine Sitzung mehr übrig ist</translation>
    </message>
    <message>
        <source>Put it in ma&amp;intenance</source>
        <translation>In &amp;Wartung versetzen</translation>
    </message>
    <message>
        <source>&amp;Remove it (maintenance, then delete)</source>
        <translation>&amp;Entfernen (Wartung, dann Löschen)</translation>
    </message>
    <message>
        <source>Maintenance, then &amp;back to ready after</source>
        <translation>Wartung, dann zurück auf &amp;READY nach</translation>
    </message>
    <message>
        <source>Commands &amp;sent to each server:</source>
        <translation>An jeden Server &amp;gesendete Befehle:</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>There is no scheduler to add the drains to.</source>
        <translation>Es gibt keinen Planer, dem die Drains hinzugefügt werden könnten.</translation>
    </message>
    <message>
        <source>No server is selected.</source>
        <translation>Kein Server ausgewählt.</translation>
    </message>
    <message>
        <source>The start time %1 is in the past; choose a later time, or “In 0 min” to start now.</source>
        <translation>Die Startzeit %1 liegt in der Vergangenheit; wählen Sie eine spätere Zeit oder „In 0 min“, um sofort zu starten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already has a scheduled drain that has not finished; cancel it first.</source>
        <translation>Für %1 gibt es bereits einen geplanten Drain, der noch nicht abgeschlossen ist; brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source># %1/%2</source>
        <translation># %1/%2</translation>
    </message>
    <message>
        <source>    # every second, until no session is left</source>
        <translation>    # jede Sekunde, bis keine Sitzung mehr übrig ist</translation>
    </message>
    <message>
        <source>    # only at the deadline</source>
        <translation>    # nur bei Ablauf der Frist</translation>
    </message>
    <message>
        <source>    # %1 min later</source>
        <translation>    # %1 min später</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n drain(s) were scheduled before this one; see the Schedules dock.)</source>
        <translation>
            <numerusform>%1 (%n Drain wurde vor diesem geplant; siehe das Dock „Zeitpläne“.)</numerusform>
            <numerusform>%1 (%n Drains wurden vor diesem geplant; siehe das Dock „Zeitpläne“.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulesDock</name>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Erledigte &amp;entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n scheduled drain(s).</source>
        <translation>
            <numerusform>%n geplanter Drain wird abgebrochen.</numerusform>
            <numerusform>%n geplante Drains werden abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished drain(s).</source>
        <translation>
            <numerusform>%n erledigter Drain entfernt.</numerusform>
            <numerusform>%n erledigte Drains entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2: return to ready, due %3</source>
        <translation>%1/%2: zurück auf READY, fällig %3</translation>
    </message>
    <message>
        <source>%1/%2: drain, due %3</source>
        <translation>%1/%2: Drain, fällig %3</translation>
    </message>
    <message>
        <source>Overdue Drains</source>
        <translation>Überfällige Drains</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled drain(s) missed their time while hadesk was closed or disconnected. They do not run late by themselves.</source>
        <translation>
            <numerusform>%n geplanter Drain hat seinen Zeitpunkt verpasst, während hadesk geschlossen oder getrennt war. Er wird nicht von selbst verspätet ausgeführt.</numerusform>
            <numerusform>%n geplante Drains haben ihren Zeitpunkt verpasst, während hadesk geschlossen oder getrennt war. Sie werden nicht von selbst verspätet ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel Them</source>
        <translation>Alle &amp;abbrechen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue drain(s) wait in the table: select and press Ctrl+Return to run, Del to cancel.</source>
        <translation>
            <numerusform>%n überfälliger Drain wartet in der Tabelle: auswählen und Strg+Eingabe drücken zum Ausführen, Entf zum Abbrechen.</numerusform>
            <numerusform>%n überfällige Drains warten in der Tabelle: auswählen und Strg+Eingabe drücken zum Ausführen, Entf zum Abbrechen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %n overdue drain(s).</source>
        <translation>
            <numerusform>%n überfälliger Drain gestartet.</numerusform>
            <numerusform>%n überfällige Drains gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n overdue drain(s).</source>
        <translation>
            <numerusform>%n überfälliger Drain abgebrochen.</numerusform>
            <numerusform>%n überfällige Drains abgebrochen.</numerusform>
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
    <message>
        <source>%1: nothing sent, the connection was closed.</source>
        <translation>%1: nichts gesendet, die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1: nothing sent, another instance is shown now.</source>
        <translation>%1: nichts gesendet, inzwischen wird eine andere Instanz angezeigt.</translation>
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
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>an unknown state</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ServersConnParser</name>
    <message>
        <source>HAProxy sent an empty answer to show servers conn.</source>
        <translation>HAProxy hat eine leere Antwort auf show servers conn gesendet.</translation>
    </message>
    <message>
        <source>Not a show servers conn answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Keine Antwort auf show servers conn. HAProxy meldete: „%1“</translation>
    </message>
    <message>
        <source>The show servers conn header has no &quot;bkname/svname&quot; column: &quot;%1&quot;</source>
        <translation>Der Kopf der Antwort auf show servers conn hat keine Spalte „bkname/svname“: „%1“</translation>
    </message>
</context>
<context>
    <name>ServersStateParser</name>
    <message>
        <source>The show servers state answer has no header line: &quot;%1&quot;</source>
        <translation>Die Antwort auf show servers state hat keine Kopfzeile: „%1“</translation>
    </message>
    <message>
        <source>The show servers state header has no &quot;%1&quot; column: &quot;%2&quot;</source>
        <translation>Der Kopf der Antwort auf show servers state hat keine Spalte „%1“: „%2“</translation>
    </message>
    <message>
        <source>HAProxy sent an empty answer to show servers state.</source>
        <translation>HAProxy hat eine leere Antwort auf show servers state gesendet.</translation>
    </message>
    <message>
        <source>Not a show servers state answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Keine Antwort auf show servers state. HAProxy meldete: „%1“</translation>
    </message>
    <message>
        <source>Unsupported show servers state format version %1 (this client reads version 1).</source>
        <translation>Nicht unterstützte Formatversion %1 von show servers state (dieser Client liest Version 1).</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>session &apos;%1&apos; is not a stream pointer (0x and up to 16 hex digits)</source>
        <translation>die Sitzung &apos;%1&apos; ist kein Stream-Zeiger (0x und bis zu 16 Hexziffern)</translation>
    </message>
    <message>
        <source>proxy name</source>
        <translation>Proxy-Name</translation>
    </message>
</context>
<context>
    <name>SessionParser</name>
    <message>
        <source>Not a show sess answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Keine Antwort auf show sess. HAProxy meldete: „%1“</translation>
    </message>
</context>
<context>
    <name>SessionsDock</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Filter streams</source>
        <translation>Streams filtern</translation>
    </message>
    <message>
        <source>frontend, backend, server or source</source>
        <translation>Frontend, Backend, Server oder Quelle</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh every</source>
        <translation>A&amp;utomatisch aktualisieren alle</translation>
    </message>
    <message>
        <source>Read the streams again while this dock is visible</source>
        <translation>Die Streams erneut lesen, solange dieser Bereich sichtbar ist</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>Intervall der automatischen Aktualisierung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the streams again (F5)</source>
        <translation>Die Streams erneut lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Shut Down Session…</source>
        <translation>Sitzung &amp;beenden…</translation>
    </message>
    <message>
        <source>Not connected to HAProxy.</source>
        <translation>Nicht mit HAProxy verbunden.</translation>
    </message>
    <message>
        <source>Could not list the streams: %1</source>
        <translation>Die Streams konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not read the streams: %1</source>
        <translation>Die Streams konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n streams (the CLI&apos;s own are not listed).</source>
        <translation>
            <numerusform>%n Stream (die eigenen der CLI sind nicht aufgeführt).</numerusform>
            <numerusform>%n Streams (die eigenen der CLI sind nicht aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>Nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Select the streams to shut down first.</source>
        <translation>Zuerst die zu beendenden Streams auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Shut down %n streams</source>
        <translation>
            <numerusform>%n Stream beenden</numerusform>
            <numerusform>%n Streams beenden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Needs admin level; this socket is %1.</source>
        <translation>Braucht Stufe admin; dieser Socket hat Stufe %1.</translation>
    </message>
    <message>
        <source>End the selected streams: their clients are disconnected (Del)</source>
        <translation>Die ausgewählten Streams beenden: ihre Clients werden getrennt (Entf)</translation>
    </message>
    <message>
        <source>Filters the streams read, by frontend, backend, server or source. HAProxy %1 cannot filter `show sess` by proxy or server itself, so every stream is read.</source>
        <translation>Filtert die gelesenen Streams nach Frontend, Backend, Server oder Quelle. HAProxy %1 kann `show sess` nicht selbst nach Proxy oder Server filtern, daher wird jeder Stream gelesen.</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(nicht verbunden)</translation>
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
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>The request channel as HAProxy prints it: flags, input bytes, analysers, timeouts</source>
        <translation>Der Anfragekanal, wie HAProxy ihn ausgibt: Flags, Eingangsbytes, Analyser, Timeouts</translation>
    </message>
    <message>
        <source>The stream&apos;s id, as `shutdown session` takes it</source>
        <translation>Die ID des Streams, wie `shutdown session` sie erwartet</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
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
        <translation>Server</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>it is not a settings file hadesk can read</source>
        <translation>die Datei ist keine Einstellungsdatei, die hadesk lesen kann</translation>
    </message>
    <message>
        <source>The settings and saved connections in %1 could not be read (%2), and no copy of the file could be kept. What could be read is used; saving will replace the file.</source>
        <translation>Die Einstellungen und gespeicherten Verbindungen in %1 konnten nicht gelesen werden (%2), und es konnte keine Kopie der Datei aufbewahrt werden. Was gelesen werden konnte, wird verwendet; beim Speichern wird die Datei ersetzt.</translation>
    </message>
    <message>
        <source>The settings and saved connections in %1 could not be read (%2). The file was kept as %3; what could be read is used, and saving will replace the file.</source>
        <translation>Die Einstellungen und gespeicherten Verbindungen in %1 konnten nicht gelesen werden (%2). Die Datei wurde als %3 aufbewahrt; was gelesen werden konnte, wird verwendet, und beim Speichern wird die Datei ersetzt.</translation>
    </message>
    <message>
        <source>The settings in %1 were written by a newer hadesk (settings format %2; this one reads format %3), and no copy of the file could be kept. What this version understands is used; saving may drop what it does not.</source>
        <translation>Die Einstellungen in %1 wurden von einer neueren hadesk-Version geschrieben (Einstellungsformat %2; diese Version liest Format %3), und es konnte keine Kopie der Datei angelegt werden. Was diese Version versteht, wird verwendet; beim Speichern kann verloren gehen, was sie nicht versteht.</translation>
    </message>
    <message>
        <source>The settings in %1 were written by a newer hadesk (settings format %2; this one reads format %3). What this version understands is used; a copy of the file as it is now is kept as %4.</source>
        <translation>Die Einstellungen in %1 wurden von einer neueren hadesk-Version geschrieben (Einstellungsformat %2; diese Version liest Format %3). Was diese Version versteht, wird verwendet; eine Kopie der Datei in ihrem jetzigen Zustand wird als %4 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find by name or key, e.g. “weight” or “Ctrl+D”</source>
        <translation>Nach Name oder Taste suchen, z. B. „Gewicht“ oder „Ctrl+D“</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcut(s) shown</source>
        <translation>
            <numerusform>%n Tastenkürzel angezeigt</numerusform>
            <numerusform>%n Tastenkürzel angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshTransport</name>
    <message>
        <source>HADESK_SSH names &apos;%1&apos;, which is not an executable file</source>
        <translation>HADESK_SSH nennt &apos;%1&apos;, das keine ausführbare Datei ist</translation>
    </message>
    <message>
        <source>no ssh program found on PATH: install the OpenSSH client (package openssh-client) or set HADESK_SSH to its path</source>
        <translation>kein ssh-Programm im PATH gefunden: installieren Sie den OpenSSH-Client (Paket openssh-client) oder setzen Sie HADESK_SSH auf seinen Pfad</translation>
    </message>
    <message>
        <source>ssh logged in to %1 but could not open the remote socket %2 (ssh said: %3). Check the path and that HAProxy runs there, that the remote user may open the socket (its owner, group and mode), and that the SSH server allows Unix socket forwarding (AllowStreamLocalForwarding yes)</source>
        <translation>ssh hat sich bei %1 angemeldet, konnte aber den entfernten Socket %2 nicht öffnen (ssh meldete: %3). Prüfen Sie den Pfad und ob HAProxy dort läuft, ob der entfernte Benutzer den Socket öffnen darf (Eigentümer, Gruppe und Rechte) und ob der SSH-Server die Weiterleitung von Unix-Sockets erlaubt (AllowStreamLocalForwarding yes)</translation>
    </message>
    <message>
        <source>DANGER: the host key of %1 has CHANGED since it was saved in known_hosts. Someone may be intercepting the connection, or the host was reinstalled. ssh refused to connect. Check the new key (%2) with the host&apos;s administrator before you replace the old one (ssh-keygen -R %3)</source>
        <translation>GEFAHR: Der Host-Schlüssel von %1 hat sich GEÄNDERT, seit er in known_hosts gespeichert wurde. Möglicherweise wird die Verbindung abgefangen, oder der Host wurde neu installiert. ssh hat die Verbindung verweigert. Prüfen Sie den neuen Schlüssel (%2) mit dem Administrator des Hosts, bevor Sie den alten ersetzen (ssh-keygen -R %3)</translation>
    </message>
    <message>
        <source>fingerprint not shown</source>
        <translation>Fingerabdruck nicht angezeigt</translation>
    </message>
    <message>
        <source>host key verification failed: %1 is not in your known_hosts, and hadesk runs ssh in batch mode, so it cannot ask you. Connect once with ssh in a terminal, check the key&apos;s fingerprint and accept it, then try again</source>
        <translation>Überprüfung des Host-Schlüssels fehlgeschlagen: %1 steht nicht in Ihrer known_hosts, und hadesk führt ssh im Batch-Modus aus, kann Sie also nicht fragen. Verbinden Sie sich einmal in einem Terminal mit ssh, prüfen Sie den Fingerabdruck des Schlüssels und akzeptieren Sie ihn, dann versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>authentication failed at %1 (%2): no key from your agent or ~/.ssh/config was accepted. hadesk runs ssh in batch mode and never asks for a password; load a key into ssh-agent or name one with IdentityFile</source>
        <translation>Authentifizierung bei %1 fehlgeschlagen (%2): kein Schlüssel aus Ihrem Agent oder Ihrer ~/.ssh/config wurde akzeptiert. hadesk führt ssh im Batch-Modus aus und fragt nie nach einem Passwort; laden Sie einen Schlüssel in ssh-agent oder geben Sie einen mit IdentityFile an</translation>
    </message>
    <message>
        <source>ssh could not resolve the host name &apos;%1&apos;</source>
        <translation>ssh konnte den Hostnamen &apos;%1&apos; nicht auflösen</translation>
    </message>
    <message>
        <source>connection refused by %1 (is an SSH server listening on that port?)</source>
        <translation>Verbindung von %1 abgelehnt (lauscht auf diesem Port ein SSH-Server?)</translation>
    </message>
    <message>
        <source>no answer from %1: the SSH connection timed out</source>
        <translation>keine Antwort von %1: Zeitüberschreitung bei der SSH-Verbindung</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>ssh could not create its local socket for %1: %2</source>
        <translation>ssh konnte seinen lokalen Socket für %1 nicht anlegen: %2</translation>
    </message>
    <message>
        <source>the SSH server at %1 closed the connection during login (%2)</source>
        <translation>der SSH-Server bei %1 hat die Verbindung während der Anmeldung geschlossen (%2)</translation>
    </message>
    <message>
        <source>cannot create a private folder for the SSH tunnel in %1: %2</source>
        <translation>in %1 kann kein privater Ordner für den SSH-Tunnel angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>ssh did not open the tunnel to %1 within %2 s%3</source>
        <translation>ssh hat den Tunnel zu %1 nicht innerhalb von %2 s geöffnet%3</translation>
    </message>
    <message>
        <source> (ssh said: %1)</source>
        <translation> (ssh meldete: %1)</translation>
    </message>
    <message>
        <source>ssh to %1 was killed</source>
        <translation>ssh zu %1 wurde zwangsweise beendet</translation>
    </message>
    <message>
        <source>ssh to %1 stopped (exit code %2)</source>
        <translation>ssh zu %1 wurde beendet (Exit-Code %2)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
</context>
<context>
    <name>SslCertCommands</name>
    <message>
        <source>line %1 is empty; HAProxy would end the payload there</source>
        <translation>Zeile %1 ist leer; HAProxy würde die Nutzlast dort beenden</translation>
    </message>
    <message>
        <source>line %1 is outside a PEM block (expected -----BEGIN ...-----)</source>
        <translation>Zeile %1 liegt außerhalb eines PEM-Blocks (erwartet: -----BEGIN ...-----)</translation>
    </message>
    <message>
        <source>line %1 ends a %2 block inside a %3 block</source>
        <translation>Zeile %1 beendet einen %2-Block innerhalb eines %3-Blocks</translation>
    </message>
    <message>
        <source>line %1 of the %2 block is not base64 (an encrypted key cannot be loaded)</source>
        <translation>Zeile %1 des %2-Blocks ist kein Base64 (ein verschlüsselter Schlüssel kann nicht geladen werden)</translation>
    </message>
    <message>
        <source>the %1 block has no END line</source>
        <translation>der %1-Block hat keine END-Zeile</translation>
    </message>
    <message>
        <source>certificate name</source>
        <translation>Zertifikatsname</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; holds a space, a control character, &apos;;&apos;, &apos;\&apos; or &apos;#&apos;, which cannot be sent safely</source>
        <translation>%1 &apos;%2&apos; enthält ein Leerzeichen, ein Steuerzeichen, &apos;;&apos;, &apos;\&apos; oder &apos;#&apos;, die nicht sicher gesendet werden können</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; the limit is %3 bytes</source>
        <translation>%1 ist %2 Byte lang; die Grenze liegt bei %3 Byte</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot start with &apos;&lt;&lt;&apos; or &apos;*&apos;</source>
        <translation>%1 &apos;%2&apos; darf nicht mit &apos;&lt;&lt;&apos; oder &apos;*&apos; beginnen</translation>
    </message>
    <message>
        <source>the certificate is empty</source>
        <translation>das Zertifikat ist leer</translation>
    </message>
    <message>
        <source>the certificate holds a control or non-ASCII character; PEM is ASCII</source>
        <translation>das Zertifikat enthält ein Steuer- oder Nicht-ASCII-Zeichen; PEM ist ASCII</translation>
    </message>
    <message>
        <source>the PEM holds no CERTIFICATE block</source>
        <translation>das PEM enthält keinen CERTIFICATE-Block</translation>
    </message>
    <message>
        <source>crt-list name</source>
        <translation>crt-list-Name</translation>
    </message>
    <message>
        <source>the command and its certificate are %1 bytes long; HAProxy reads at most %2 bytes</source>
        <translation>der Befehl und sein Zertifikat sind %1 Byte lang; HAProxy liest höchstens %2 Byte</translation>
    </message>
    <message>
        <source>the certificate could not be attached to the command</source>
        <translation>das Zertifikat konnte nicht an den Befehl angehängt werden</translation>
    </message>
</context>
<context>
    <name>SslCertParser</name>
    <message>
        <source>Not a show ssl cert answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Keine Antwort auf show ssl cert. HAProxy meldete: „%1“</translation>
    </message>
    <message>
        <source>Not a certificate. HAProxy said: &quot;%1&quot;</source>
        <translation>Kein Zertifikat. HAProxy meldete: „%1“</translation>
    </message>
</context>
<context>
    <name>SslCertReplace</name>
    <message>
        <source>a replacement is already running</source>
        <translation>es läuft bereits eine Ersetzung</translation>
    </message>
    <message>
        <source>there is no connection to send through</source>
        <translation>es gibt keine Verbindung zum Senden</translation>
    </message>
    <message>
        <source>Cancelled: the transaction was aborted; the old certificate stays.</source>
        <translation>Abgebrochen: die Transaktion wurde verworfen; das alte Zertifikat bleibt.</translation>
    </message>
    <message>
        <source>The link was lost while the new certificate was sent (%1)</source>
        <translation>Die Verbindung brach ab, während das neue Zertifikat gesendet wurde (%1)</translation>
    </message>
    <message>
        <source>HAProxy refused the new certificate: %1</source>
        <translation>HAProxy hat das neue Zertifikat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Nothing was committed; the old certificate stays.</source>
        <translation>Nichts wurde per commit übernommen; das alte Zertifikat bleibt.</translation>
    </message>
    <message>
        <source>The link was lost after the commit was sent: the new certificate may or may not be served. Refresh the list and look at its serial before doing anything else.</source>
        <translation>Die Verbindung brach ab, nachdem der Commit gesendet wurde: das neue Zertifikat wird möglicherweise ausgeliefert, möglicherweise nicht. Vor jedem weiteren Schritt die Liste aktualisieren und die Seriennummer prüfen.</translation>
    </message>
    <message>
        <source>HAProxy refused the commit: %1 The transaction was aborted; the old certificate stays.</source>
        <translation>HAProxy hat den Commit abgelehnt: %1 Die Transaktion wurde verworfen; das alte Zertifikat bleibt.</translation>
    </message>
    <message>
        <source>The new certificate is served for %1.</source>
        <translation>Das neue Zertifikat wird für %1 ausgeliefert.</translation>
    </message>
</context>
<context>
    <name>StartupLog</name>
    <message>
        <source>notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>log</source>
        <translation>Log</translation>
    </message>
</context>
<context>
    <name>StatParser</name>
    <message>
        <source>HAProxy sent an empty answer to show stat.</source>
        <translation>HAProxy hat eine leere Antwort auf show stat gesendet.</translation>
    </message>
    <message>
        <source>Not a show stat answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Keine Antwort auf show stat. HAProxy meldete: „%1“</translation>
    </message>
    <message>
        <source>The show stat header has no &quot;%1&quot; column: &quot;%2&quot;</source>
        <translation>Der Kopf der Antwort auf show stat hat keine Spalte „%1“: „%2“</translation>
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
    <name>StatusBarLabels</name>
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
        <source>Asking HAProxy took %1 ms, reading its answer %2 ms, updating the tables %3 ms</source>
        <translation>Die Abfrage bei HAProxy dauerte %1 ms, das Lesen der Antwort %2 ms, das Aktualisieren der Tabellen %3 ms</translation>
    </message>
    <message>
        <source> · on screen every %1 s, all rows every %2 s</source>
        <translation> · Sichtbares alle %1 s, alle Zeilen alle %2 s</translation>
    </message>
    <message numerus="yes">
        <source>A large instance: every %1 s hadesk reads the %n proxy(s) whose rows are on screen or selected, and every row only every %2 s, so that HAProxy spends little on what is not shown.</source>
        <translation>
            <numerusform>Eine große Instanz: alle %1 s liest hadesk den %n Proxy, dessen Zeilen sichtbar oder ausgewählt sind, und alle Zeilen nur alle %2 s, damit HAProxy wenig für Nichtangezeigtes aufwendet.</numerusform>
            <numerusform>Eine große Instanz: alle %1 s liest hadesk die %n Proxys, deren Zeilen sichtbar oder ausgewählt sind, und alle Zeilen nur alle %2 s, damit HAProxy wenig für Nichtangezeigtes aufwendet.</numerusform>
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
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Time until the entry expires</source>
        <translation>Zeit bis zum Ablauf des Eintrags</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>Streams tracking the entry now</source>
        <translation>Streams, die den Eintrag gerade verfolgen</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 über %2</translation>
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
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
</context>
<context>
    <name>StickTableParser</name>
    <message>
        <source>Not a show table answer. HAProxy said: &quot;%1&quot;</source>
        <translation>Keine Antwort auf show table. HAProxy meldete: „%1“</translation>
    </message>
    <message>
        <source>Not a stick table dump. HAProxy said: &quot;%1&quot;</source>
        <translation>Keine Ausgabe einer Stick-Table. HAProxy meldete: „%1“</translation>
    </message>
</context>
<context>
    <name>StickTablesDock</name>
    <message>
        <source>Stick Tables</source>
        <translation>Stick-Tables</translation>
    </message>
    <message>
        <source>Stick tables</source>
        <translation>Stick-Tables</translation>
    </message>
    <message>
        <source>T&amp;ables:</source>
        <translation>&amp;Tabellen:</translation>
    </message>
    <message>
        <source>Entries of the table</source>
        <translation>Einträge der Tabelle</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Clear Entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>Set &amp;Value…</source>
        <translation>&amp;Wert setzen…</translation>
    </message>
    <message>
        <source>Clear &amp;Matching…</source>
        <translation>Alle &amp;passenden löschen…</translation>
    </message>
    <message>
        <source>Not connected to HAProxy.</source>
        <translation>Nicht mit HAProxy verbunden.</translation>
    </message>
    <message>
        <source>Could not list the stick tables: %1</source>
        <translation>Die Stick-Tables konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not read the list of stick tables: %1</source>
        <translation>Die Liste der Stick-Tables konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This HAProxy has no stick table.</source>
        <translation>Dieser HAProxy hat keine Stick-Table.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Table %1 holds more than this view reads (%2 MiB): filter it or look up a key.</source>
        <translation>Tabelle %1 enthält mehr, als diese Ansicht liest (%2 MiB): filtern oder einen Schlüssel nachschlagen.</translation>
    </message>
    <message>
        <source>Could not read table %1: %2</source>
        <translation>Tabelle %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match %1; the table holds %2.</source>
        <translation>
            <numerusform>%n Eintrag passt zu %1; die Tabelle enthält %2.</numerusform>
            <numerusform>%n Einträge passen zu %1; die Tabelle enthält %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries (the rest came or went while reading).</source>
        <translation>%1 von %2 Einträgen angezeigt (der Rest kam oder ging während des Lesens).</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entries to clear first.</source>
        <translation>Zuerst die zu löschenden Einträge auswählen.</translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>Nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Clear %1 from table %2 (unban)</source>
        <translation>%1 aus Tabelle %2 löschen (Sperre aufheben)</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n entries from table %1 (unban)</source>
        <translation>
            <numerusform>%n Eintrag aus Tabelle %1 löschen (Sperre aufheben)</numerusform>
            <numerusform>%n Einträge aus Tabelle %1 löschen (Sperren aufheben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one entry to set a value of.</source>
        <translation>Genau einen Eintrag auswählen, um einen Wert zu setzen.</translation>
    </message>
    <message>
        <source>Table %1 has no data column to set.</source>
        <translation>Tabelle %1 hat keine Datenspalte zum Setzen.</translation>
    </message>
    <message>
        <source>Nothing sent: &apos;%1&apos; is not a whole number.</source>
        <translation>Nichts gesendet: &apos;%1&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Set %1 of %2 in table %3 to %4</source>
        <translation>%1 von %2 in Tabelle %3 auf %4 setzen</translation>
    </message>
    <message>
        <source>Select a table first.</source>
        <translation>Zuerst eine Tabelle auswählen.</translation>
    </message>
    <message>
        <source>Counting the entries that match %1…</source>
        <translation>Die zu %1 passenden Einträge werden gezählt…</translation>
    </message>
    <message>
        <source>Could not count the matching entries: %1</source>
        <translation>Die passenden Einträge konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>No entry of %1 matches %2: nothing to clear.</source>
        <translation>Kein Eintrag von %1 passt zu %2: nichts zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entries from table %1</source>
        <translation>
            <numerusform>%n Eintrag aus Tabelle %1 entfernen</numerusform>
            <numerusform>%n Einträge aus Tabelle %1 entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be removed (those matching %1 now).</source>
        <translation>
            <numerusform>%n Eintrag wird entfernt (der jetzt zu %1 passende).</numerusform>
            <numerusform>%n Einträge werden entfernt (die jetzt zu %1 passenden).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Needs %1 level; this socket is %2.</source>
        <translation>Braucht Stufe %1; dieser Socket hat Stufe %2.</translation>
    </message>
    <message>
        <source>Read the tables and the entries matching the filters again (F5)</source>
        <translation>Die Tabellen und die zu den Filtern passenden Einträge erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Remove the selected entries, e.g. to unban an address (Del)</source>
        <translation>Die ausgewählten Einträge entfernen, z. B. um die Sperre einer Adresse aufzuheben (Entf)</translation>
    </message>
    <message>
        <source>Set one data value of the selected entry (F2)</source>
        <translation>Einen Datenwert des ausgewählten Eintrags setzen (F2)</translation>
    </message>
    <message>
        <source>Remove every entry matching the data filters, after counting them (Ctrl+Shift+Del)</source>
        <translation>Jeden zu den Datenfiltern passenden Eintrag nach dem Zählen entfernen (Strg+Shift+Entf)</translation>
    </message>
</context>
<context>
    <name>TableCommands</name>
    <message>
        <source>data column &apos;%1&apos; is not a column name</source>
        <translation>die Datenspalte &apos;%1&apos; ist kein Spaltenname</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; has no data column &apos;%2&apos; (it has: %3)</source>
        <translation>die Tabelle &apos;%1&apos; hat keine Datenspalte &apos;%2&apos; (vorhanden: %3)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is not an IPv6 address</source>
        <translation>der Schlüssel &apos;%1&apos; ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is not an IPv4 address</source>
        <translation>der Schlüssel &apos;%1&apos; ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is not an integer from 0 to 4294967295</source>
        <translation>der Schlüssel &apos;%1&apos; ist keine ganze Zahl von 0 bis 4294967295</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; holds a space, a control character, &apos;;&apos;, &apos;\&apos;, &apos;#&apos; or a non-ASCII character, which cannot be sent safely</source>
        <translation>der Schlüssel &apos;%1&apos; enthält ein Leerzeichen, ein Steuerzeichen, &apos;;&apos;, &apos;\&apos;, &apos;#&apos; oder ein Nicht-ASCII-Zeichen, die nicht sicher gesendet werden können</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; must be 1 to %2 characters long (the table&apos;s len)</source>
        <translation>der Schlüssel &apos;%1&apos; muss 1 bis %2 Zeichen lang sein (len der Tabelle)</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <source>peers section name</source>
        <translation>Name der peers-Sektion</translation>
    </message>
    <message>
        <source>keys of binary tables cannot be given on the command line</source>
        <translation>Schlüssel binärer Tabellen können nicht auf der Befehlszeile angegeben werden</translation>
    </message>
    <message>
        <source>%1 filters given; HAProxy accepts at most %2</source>
        <translation>%1 Filter angegeben; HAProxy akzeptiert höchstens %2</translation>
    </message>
    <message>
        <source>unknown filter operator %1</source>
        <translation>unbekannter Filteroperator %1</translation>
    </message>
    <message>
        <source>clearing by data needs at least one filter</source>
        <translation>das Löschen nach Daten braucht mindestens einen Filter</translation>
    </message>
    <message>
        <source>value %1 is negative; stick table counters are unsigned</source>
        <translation>der Wert %1 ist negativ; Zähler von Stick-Tables sind vorzeichenlos</translation>
    </message>
</context>
<context>
    <name>TableFilterBar</name>
    <message>
        <source>a key, alone (other filters are ignored)</source>
        <translation>ein Schlüssel, allein (andere Filter werden ignoriert)</translation>
    </message>
    <message>
        <source>Key to look up</source>
        <translation>Nachzuschlagender Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Filter %1 column</source>
        <translation>Filter %1: Spalte</translation>
    </message>
    <message>
        <source>(no filter)</source>
        <translation>(kein Filter)</translation>
    </message>
    <message>
        <source>Filter %1 operator</source>
        <translation>Filter %1: Operator</translation>
    </message>
    <message>
        <source>Filter %1 value</source>
        <translation>Filter %1: Wert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>the value of the filter on %1 is not a whole number: &apos;%2&apos;</source>
        <translation>der Wert des Filters auf %1 ist keine ganze Zahl: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>TableValueDialog</name>
    <message>
        <source>Set Value</source>
        <translation>Wert setzen</translation>
    </message>
    <message>
        <source>Entry %1 of table %2</source>
        <translation>Eintrag %1 der Tabelle %2</translation>
    </message>
    <message>
        <source>Data column</source>
        <translation>Datenspalte</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>a whole number, 0 or more</source>
        <translation>eine ganze Zahl, 0 oder größer</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
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
    <message>
        <source>This endpoint (%1) answered in plaintext: HAProxy&apos;s `stats socket ... ssl` does not encrypt (2.6–3.2). Put a TLS `listen` front before the socket (see README) or connect with tcp: on a trusted network.</source>
        <translation>Dieser Endpunkt (%1) hat im Klartext geantwortet: `stats socket ... ssl` von HAProxy verschlüsselt nicht (2.6–3.2). Schalten Sie dem Socket ein TLS-`listen` vor (siehe README) oder verbinden Sie sich in einem vertrauenswürdigen Netz mit tcp:.</translation>
    </message>
    <message>
        <source>This endpoint (%1) answered in plaintext, not TLS (it said &quot;%2&quot;): is it the right port?</source>
        <translation>Dieser Endpunkt (%1) hat im Klartext geantwortet, nicht mit TLS (er sagte „%2“): ist es der richtige Port?</translation>
    </message>
</context>
<context>
    <name>TrafficChartView</name>
    <message>
        <source>Share of %1 (%)</source>
        <translation>Anteil an %1 (%)</translation>
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
%3 % (%4)</translation>
    </message>
    <message>
        <source>weight share %1 %</source>
        <translation>Gewichtsanteil %1 %</translation>
    </message>
    <message>
        <source>Could not write %1: the chart could not be drawn as PNG.</source>
        <translation>%1 konnte nicht geschrieben werden: das Diagramm konnte nicht als PNG gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>unknown kind of endpoint: %1</source>
        <translation>unbekannte Art von Endpunkt: %1</translation>
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
    <name>WritableFile</name>
    <message>
        <source>No file is named.</source>
        <translation>Es ist keine Datei angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not a full path: it must start at the root folder (/).</source>
        <translation>„%1“ ist kein vollständiger Pfad: Er muss im Wurzelordner (/) beginnen.</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it, such as %2.</source>
        <translation>%1 ist ein Ordner: Geben Sie eine Datei darin an, etwa %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be written to (its permissions do not allow it).</source>
        <translation>In %1 kann nicht geschrieben werden (die Berechtigungen erlauben es nicht).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: the file cannot go under it.</source>
        <translation>%1 ist eine Datei, kein Ordner: Die Datei kann nicht darunter liegen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to (its permissions do not allow it).</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden (die Berechtigungen erlauben es nicht).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be made: %2 cannot be written to.</source>
        <translation>Der Ordner %1 existiert nicht und kann nicht angelegt werden: In %2 kann nicht geschrieben werden.</translation>
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
    <message>
        <source>the audit log chosen in the preferences cannot be used (%1); it is written to %2</source>
        <translation>das in den Einstellungen gewählte Audit-Log kann nicht verwendet werden (%1); es wird nach %2 geschrieben</translation>
    </message>
</context>
</TS>
