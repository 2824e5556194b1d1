<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unknown options: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Missing value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unexpected value after &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Closes the dock widget</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Undocks and re-attaches the dock widget</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>ioc::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge alert</source>
        <translation>Acknowledge alert</translation>
    </message>
    <message>
        <source>What was seen or done, e.g. &quot;Called the hospital; extra beds opened&quot;</source>
        <translation>What was seen or done, e.g. &quot;Called the hospital; extra beds opened&quot;</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ioc::AlertDock</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Alerts: %1</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Acknowledge alert</translation>
    </message>
    <message>
        <source>The acknowledgement could not be stored: %1</source>
        <translation>The acknowledgement could not be stored: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) not acknowledged (Ctrl+Shift+A)</source>
        <translation>
            <numerusform>%n alert not acknowledged (Ctrl+Shift+A)</numerusform>
            <numerusform>%n alerts not acknowledged (Ctrl+Shift+A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::AlertJournal</name>
    <message>
        <source>Raised at</source>
        <translation>Raised at</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ioc::AlertPanel</name>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>A — Economic direction and administration</source>
        <translation>A — Economic direction and administration</translation>
    </message>
    <message>
        <source>B — Social security, traffic, health, education</source>
        <translation>B — Social security, traffic, health, education</translation>
    </message>
    <message>
        <source>C — Key projects</source>
        <translation>C — Key projects</translation>
    </message>
    <message>
        <source>D — Emergencies</source>
        <translation>D — Emergencies</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Warning and critical</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critical only</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <source>&amp;Not acknowledged only</source>
        <translation>&amp;Not acknowledged only</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <source>Record that you have seen the selected alert, with a note</source>
        <translation>Record that you have seen the selected alert, with a note</translation>
    </message>
    <message numerus="yes">
        <source>%n shown, %1 not acknowledged</source>
        <translation>
            <numerusform>%n shown, %1 not acknowledged</numerusform>
            <numerusform>%n shown, %1 not acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::AlertTableModel</name>
    <message>
        <source>%1: %2, %3: %4</source>
        <translation>%1: %2, %3: %4</translation>
    </message>
    <message>
        <source>%1 (was: %2)</source>
        <translation>%1 (was: %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ioc::BriefingActions</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>Checking the figures of the briefing…</source>
        <translation>Checking the figures of the briefing…</translation>
    </message>
    <message>
        <source>the figures could not be read</source>
        <translation>the figures could not be read</translation>
    </message>
    <message>
        <source>Prepare briefing</source>
        <translation>Prepare briefing</translation>
    </message>
    <message>
        <source>The briefing could not be prepared: %1</source>
        <translation>The briefing could not be prepared: %1</translation>
    </message>
    <message>
        <source>Save briefing pack</source>
        <translation>Save briefing pack</translation>
    </message>
    <message>
        <source>Briefing packs (*.iocpack)</source>
        <translation>Briefing packs (*.iocpack)</translation>
    </message>
    <message>
        <source>Writing the briefing pack…</source>
        <translation>Writing the briefing pack…</translation>
    </message>
    <message>
        <source>the pack could not be written</source>
        <translation>the pack could not be written</translation>
    </message>
    <message>
        <source>The briefing pack was not written: %1</source>
        <translation>The briefing pack was not written: %1</translation>
    </message>
    <message>
        <source>Briefing pack saved: %1 · SHA-256 %2</source>
        <translation>Briefing pack saved: %1 · SHA-256 %2</translation>
    </message>
    <message>
        <source>Export screens as PDF</source>
        <translation>Export screens as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>The PDF was not written: %1</translation>
    </message>
    <message numerus="yes">
        <source>PDF saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>PDF saved: %1 (%n page)</numerusform>
            <numerusform>PDF saved: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The figures were not written: %1</source>
        <translation>The figures were not written: %1</translation>
    </message>
    <message>
        <source>Figures saved: %1</source>
        <translation>Figures saved: %1</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Export the table as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>The table could not be saved to %1: %2</source>
        <translation>The table could not be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>ioc::BriefingDialog</name>
    <message>
        <source>Prepare briefing</source>
        <translation>Prepare briefing</translation>
    </message>
    <message>
        <source>Export screens as PDF</source>
        <translation>Export screens as PDF</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <source>&amp;Screens:</source>
        <translation>&amp;Screens:</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>&amp;Months:</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Add an &amp;appendix with the figures of each screen as tables</source>
        <translation>Add an &amp;appendix with the figures of each screen as tables</translation>
    </message>
    <message>
        <source>Check readiness</source>
        <translation>Check readiness</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saved &amp;views to carry:</source>
        <translation>Saved &amp;views to carry:</translation>
    </message>
</context>
<context>
    <name>ioc::Cache</name>
    <message>
        <source>the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation>the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>cannot open the data cache %1: %2</source>
        <translation>cannot open the data cache %1: %2</translation>
    </message>
    <message>
        <source>the data cache %1 is damaged or is not a database (%2). It was left untouched; move it away or start with another --data-dir.</source>
        <translation>the data cache %1 is damaged or is not a database (%2). It was left untouched; move it away or start with another --data-dir.</translation>
    </message>
    <message>
        <source>the data cache %1 is damaged (%2). It was left untouched.</source>
        <translation>the data cache %1 is damaged (%2). It was left untouched.</translation>
    </message>
    <message>
        <source>the data cache %1 was written by a newer version of the console (schema %2, this version reads up to %3). It was left untouched; update the console.</source>
        <translation>the data cache %1 was written by a newer version of the console (schema %2, this version reads up to %3). It was left untouched; update the console.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a console data cache. It was left untouched.</source>
        <translation>%1 is an SQLite database but not a console data cache. It was left untouched.</translation>
    </message>
    <message>
        <source>cannot prepare the data cache %1: %2</source>
        <translation>cannot prepare the data cache %1: %2</translation>
    </message>
    <message>
        <source>cannot upgrade the data cache to schema %1: %2</source>
        <translation>cannot upgrade the data cache to schema %1: %2</translation>
    </message>
    <message>
        <source>the data cache is not open</source>
        <translation>the data cache is not open</translation>
    </message>
    <message>
        <source>writing to the data cache failed: %1</source>
        <translation>writing to the data cache failed: %1</translation>
    </message>
    <message>
        <source>the indicator or entity code is empty</source>
        <translation>the indicator or entity code is empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period</source>
        <translation>&apos;%1&apos; is not a period</translation>
    </message>
    <message>
        <source>the value is not a finite number</source>
        <translation>the value is not a finite number</translation>
    </message>
    <message>
        <source>the plan is not a finite number</source>
        <translation>the plan is not a finite number</translation>
    </message>
    <message>
        <source>the revision must be 1 or more</source>
        <translation>the revision must be 1 or more</translation>
    </message>
    <message>
        <source>the fetch time is missing</source>
        <translation>the fetch time is missing</translation>
    </message>
    <message>
        <source>the source is missing</source>
        <translation>the source is missing</translation>
    </message>
    <message>
        <source>the SQLite driver gives no native handle</source>
        <translation>the SQLite driver gives no native handle</translation>
    </message>
    <message>
        <source>row %1 (%2, %3, %4): %5</source>
        <translation>row %1 (%2, %3, %4): %5</translation>
    </message>
    <message>
        <source>the server&apos;s snapshot is not usable: %1. Nothing of it was stored.</source>
        <translation>the server&apos;s snapshot is not usable: %1. Nothing of it was stored.</translation>
    </message>
    <message>
        <source>the cache already holds observations</source>
        <translation>the cache already holds observations</translation>
    </message>
    <message>
        <source>it is not a SQLite database or is damaged (%1)</source>
        <translation>it is not a SQLite database or is damaged (%1)</translation>
    </message>
    <message>
        <source>it holds an unexpected %1</source>
        <translation>it holds an unexpected %1</translation>
    </message>
    <message>
        <source>it lacks the tables of format %1</source>
        <translation>it lacks the tables of format %1</translation>
    </message>
    <message>
        <source>its table %1 differs from format %2</source>
        <translation>its table %1 differs from format %2</translation>
    </message>
    <message>
        <source>its format is &apos;%1&apos;, not %2</source>
        <translation>its format is &apos;%1&apos;, not %2</translation>
    </message>
    <message>
        <source>its cursor and row count must be whole numbers</source>
        <translation>its cursor and row count must be whole numbers</translation>
    </message>
    <message>
        <source>source %1 must be of kind &apos;%2&apos; with a name of at most 500 bytes</source>
        <translation>source %1 must be of kind &apos;%2&apos; with a name of at most 500 bytes</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>it is damaged (%1)</translation>
    </message>
    <message>
        <source>indicator, entity and period must be text</source>
        <translation>indicator, entity and period must be text</translation>
    </message>
    <message>
        <source>the revision must be a whole number from 1</source>
        <translation>the revision must be a whole number from 1</translation>
    </message>
    <message>
        <source>its source is not among the snapshot&apos;s sources</source>
        <translation>its source is not among the snapshot&apos;s sources</translation>
    </message>
    <message>
        <source>the source detail must be text of at most 500 bytes</source>
        <translation>the source detail must be text of at most 500 bytes</translation>
    </message>
    <message>
        <source>the fetch time is not a time since 2000</source>
        <translation>the fetch time is not a time since 2000</translation>
    </message>
    <message>
        <source>it is damaged or cut short (%1)</source>
        <translation>it is damaged or cut short (%1)</translation>
    </message>
    <message>
        <source>it holds %1 rows but says %2</source>
        <translation>it holds %1 rows but says %2</translation>
    </message>
    <message>
        <source>%1 rows were copied, not %2</source>
        <translation>%1 rows were copied, not %2</translation>
    </message>
    <message>
        <source>there is no alert %1 in the journal</source>
        <translation>there is no alert %1 in the journal</translation>
    </message>
    <message>
        <source>the alert journal in %1 cannot be read: %2</source>
        <translation>the alert journal in %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>alert %1 is damaged (status &apos;%2&apos;)</source>
        <translation>alert %1 is damaged (status &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the annual plan is not a finite number</source>
        <translation>the annual plan is not a finite number</translation>
    </message>
</context>
<context>
    <name>ioc::Camera</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Picture stale</source>
        <translation>Picture stale</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>ioc::CameraFeed</name>
    <message>
        <source>No picture came from the camera for %1 s.</source>
        <translation>No picture came from the camera for %1 s.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>The server answered with HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation>The server answered with HTTP %1: %2</translation>
    </message>
    <message>
        <source>The list of cameras is larger than 1 MiB.</source>
        <translation>The list of cameras is larger than 1 MiB.</translation>
    </message>
    <message>
        <source>The picture is %1 bytes, over the limit of %2.</source>
        <translation>The picture is %1 bytes, over the limit of %2.</translation>
    </message>
    <message>
        <source>The picture runs past the limit of %1 bytes.</source>
        <translation>The picture runs past the limit of %1 bytes.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JPEG picture (%1).</source>
        <translation>The server&apos;s answer is not a JPEG picture (%1).</translation>
    </message>
    <message>
        <source>The camera&apos;s live stream ended.</source>
        <translation>The camera&apos;s live stream ended.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a live picture stream (%1).</source>
        <translation>The server&apos;s answer is not a live picture stream (%1).</translation>
    </message>
</context>
<context>
    <name>ioc::CameraLiveView</name>
    <message>
        <source>Choose a camera to watch it live beside its junction&apos;s congestion.</source>
        <translation>Choose a camera to watch it live beside its junction&apos;s congestion.</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● LIVE</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Not live</translation>
    </message>
    <message>
        <source>The live picture is not coming: %1</source>
        <translation>The live picture is not coming: %1</translation>
    </message>
    <message>
        <source>Congestion at the junction, last 24 hours (minutes)</source>
        <translation>Congestion at the junction, last 24 hours (minutes)</translation>
    </message>
    <message>
        <source>No congestion readings of this junction in the cache for the last day.</source>
        <translation>No congestion readings of this junction in the cache for the last day.</translation>
    </message>
</context>
<context>
    <name>ioc::CameraPage</name>
    <message>
        <source>Traffic cameras</source>
        <translation>Traffic cameras</translation>
    </message>
    <message>
        <source>The latest picture of each camera at the junctions monitored for congestion (B02.04). Click a camera to watch it live.</source>
        <translation>The latest picture of each camera at the junctions monitored for congestion (B02.04). Click a camera to watch it live.</translation>
    </message>
    <message>
        <source>These are simulated pictures, not camera pictures.</source>
        <translation>These are simulated pictures, not camera pictures.</translation>
    </message>
    <message>
        <source>No camera server is connected: each camera shows the last picture kept, with its time.</source>
        <translation>No camera server is connected: each camera shows the last picture kept, with its time.</translation>
    </message>
    <message>
        <source>no camera server is connected</source>
        <translation>no camera server is connected</translation>
    </message>
</context>
<context>
    <name>ioc::CameraWall</name>
    <message>
        <source>congestion %1 min</source>
        <translation>congestion %1 min</translation>
    </message>
    <message>
        <source>no picture yet</source>
        <translation>no picture yet</translation>
    </message>
    <message>
        <source>picture %1</source>
        <translation>picture %1</translation>
    </message>
    <message>
        <source>No picture from this camera yet</source>
        <translation>No picture from this camera yet</translation>
    </message>
    <message>
        <source>No traffic cameras yet: their list comes from the data server.</source>
        <translation>No traffic cameras yet: their list comes from the data server.</translation>
    </message>
    <message>
        <source>The cameras could not be read from the cache: %1</source>
        <translation>The cameras could not be read from the cache: %1</translation>
    </message>
    <message>
        <source>Simulated picture from the demo server</source>
        <translation>Simulated picture from the demo server</translation>
    </message>
    <message>
        <source>last picture %1</source>
        <translation>last picture %1</translation>
    </message>
    <message>
        <source>last picture at %1 (%2)</source>
        <translation>last picture at %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ioc::Catalog</name>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <source>the built-in catalog resource is missing</source>
        <translation>the built-in catalog resource is missing</translation>
    </message>
    <message>
        <source>catalog metadata is not valid JSON: %1</source>
        <translation>catalog metadata is not valid JSON: %1</translation>
    </message>
    <message>
        <source>the catalog has no revision</source>
        <translation>the catalog has no revision</translation>
    </message>
    <message>
        <source>the header must be: %1</source>
        <translation>the header must be: %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an indicator code like A01.01</source>
        <translation>&apos;%1&apos; is not an indicator code like A01.01</translation>
    </message>
    <message>
        <source>the code appears twice</source>
        <translation>the code appears twice</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; does not match the code</source>
        <translation>group &apos;%1&apos; does not match the code</translation>
    </message>
    <message>
        <source>sub-group &apos;%1&apos; does not match the code</source>
        <translation>sub-group &apos;%1&apos; does not match the code</translation>
    </message>
    <message>
        <source>both names (Vietnamese and English) are required</source>
        <translation>both names (Vietnamese and English) are required</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>unknown unit &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown frequency &apos;%1&apos;</source>
        <translation>unknown frequency &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown source kind &apos;%1&apos;</source>
        <translation>unknown source kind &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown geographic level &apos;%1&apos;</source>
        <translation>unknown geographic level &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown direction &apos;%1&apos;</source>
        <translation>unknown direction &apos;%1&apos;</translation>
    </message>
    <message>
        <source>has_plan must be &apos;yes&apos; or &apos;no&apos;, not &apos;%1&apos;</source>
        <translation>has_plan must be &apos;yes&apos; or &apos;no&apos;, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown aggregation &apos;%1&apos;</source>
        <translation>unknown aggregation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a %1 row must name its entity set</source>
        <translation>a %1 row must name its entity set</translation>
    </message>
    <message>
        <source>the rule refers to unknown indicator %1</source>
        <translation>the rule refers to unknown indicator %1</translation>
    </message>
    <message>
        <source>%1 is used but not set in the notes</source>
        <translation>%1 is used but not set in the notes</translation>
    </message>
    <message>
        <source>the catalog has no indicators</source>
        <translation>the catalog has no indicators</translation>
    </message>
    <message>
        <source>the catalog is not a JSON object with an &apos;indicators&apos; list</source>
        <translation>the catalog is not a JSON object with an &apos;indicators&apos; list</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>The server&apos;s catalog is not valid (%1); the built-in revision %2 is used.</source>
        <translation>The server&apos;s catalog is not valid (%1); the built-in revision %2 is used.</translation>
    </message>
    <message>
        <source>The server&apos;s catalog revision %1 lacks indicators the screens show (%2); the built-in revision %3 is used.</source>
        <translation>The server&apos;s catalog revision %1 lacks indicators the screens show (%2); the built-in revision %3 is used.</translation>
    </message>
    <message>
        <source>Indicator catalog revision %1, published by the server (built in: %2).</source>
        <translation>Indicator catalog revision %1, published by the server (built in: %2).</translation>
    </message>
    <message>
        <source>the rules compare with the plan but has_plan is &apos;no&apos;</source>
        <translation>the rules compare with the plan but has_plan is &apos;no&apos;</translation>
    </message>
    <message>
        <source>the rules judge only other indicators, not this one&apos;s figure</source>
        <translation>the rules judge only other indicators, not this one&apos;s figure</translation>
    </message>
    <message>
        <source>has_plan is &apos;yes&apos; but the rules judge a change, not the plan: say whether the plan is the same period last year (direction &apos;down&apos;, rule on chg_yoy_pct) or compare with &apos;plan&apos;</source>
        <translation>has_plan is &apos;yes&apos; but the rules judge a change, not the plan: say whether the plan is the same period last year (direction &apos;down&apos;, rule on chg_yoy_pct) or compare with &apos;plan&apos;</translation>
    </message>
    <message>
        <source>direction &apos;target&apos; with a one-sided rule on a constant: say whether higher or lower is better</source>
        <translation>direction &apos;target&apos; with a one-sided rule on a constant: say whether higher or lower is better</translation>
    </message>
    <message>
        <source>direction &apos;%1&apos; but the rule &apos;%2&apos; warns on the other side of its target</source>
        <translation>direction &apos;%1&apos; but the rule &apos;%2&apos; warns on the other side of its target</translation>
    </message>
    <message>
        <source>the reason a rule does not apply needs both languages</source>
        <translation>the reason a rule does not apply needs both languages</translation>
    </message>
    <message>
        <source>the kind of status is ambiguous: %1</source>
        <translation>the kind of status is ambiguous: %1</translation>
    </message>
</context>
<context>
    <name>ioc::CommuneDetail</name>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Back (Esc, Alt+Left)</source>
        <translation>Back (Esc, Alt+Left)</translation>
    </message>
    <message>
        <source>Code %1 · area %2 km²</source>
        <translation>Code %1 · area %2 km²</translation>
    </message>
    <message>
        <source>Loading the figures of this unit…</source>
        <translation>Loading the figures of this unit…</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 indicators reported by commune have a figure here; %4 in warning or worse.</source>
        <translation>%1 · %2 of %3 indicators reported by commune have a figure here; %4 in warning or worse.</translation>
    </message>
    <message>
        <source>The figures of this unit could not be read: %1</source>
        <translation>The figures of this unit could not be read: %1</translation>
    </message>
</context>
<context>
    <name>ioc::CommuneTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>ioc::CompositionBar</name>
    <message>
        <source>No data for this period</source>
        <translation>No data for this period</translation>
    </message>
    <message>
        <source>The parts (%1) add up to more than the whole (%2): check the figures.</source>
        <translation>The parts (%1) add up to more than the whole (%2): check the figures.</translation>
    </message>
</context>
<context>
    <name>ioc::Csv</name>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>a quote inside an unquoted field</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>text after a closing quote</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>a quoted field is never closed</translation>
    </message>
</context>
<context>
    <name>ioc::DashboardPanel</name>
    <message>
        <source>%1, by commune and ward</source>
        <translation>%1, by commune and ward</translation>
    </message>
    <message>
        <source>%1, by unit</source>
        <translation>%1, by unit</translation>
    </message>
    <message>
        <source>%1, by project</source>
        <translation>%1, by project</translation>
    </message>
    <message>
        <source>%1, by station</source>
        <translation>%1, by station</translation>
    </message>
    <message>
        <source>%1: what it is made of</source>
        <translation>%1: what it is made of</translation>
    </message>
    <message>
        <source>Latest readings against alarm levels</source>
        <translation>Latest readings against alarm levels</translation>
    </message>
    <message>
        <source>Traffic cameras at the monitored junctions</source>
        <translation>Traffic cameras at the monitored junctions</translation>
    </message>
</context>
<context>
    <name>ioc::DataSourceDialog</name>
    <message>
        <source>Demo data built into the console</source>
        <translation>Demo data built into the console</translation>
    </message>
    <message>
        <source>An IOC Data API server</source>
        <translation>An IOC Data API server</translation>
    </message>
    <message>
        <source>Work offline: show the cached figures, do not sync</source>
        <translation>Work offline: show the cached figures, do not sync</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Enter the server&apos;s address.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// on this computer).</source>
        <translation>The address must start with https:// (or http:// on this computer).</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>Allow plain HTTP for this server (unencrypted: the figures can be read and changed on the way, and the access token is not sent)</source>
        <translation>Allow plain HTTP for this server (unencrypted: the figures can be read and changed on the way, and the access token is not sent)</translation>
    </message>
    <message>
        <source>Trust a certificate authority…</source>
        <translation>Trust a certificate authority…</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>Trust a certificate authority</source>
        <translation>Trust a certificate authority</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Trust certificates issued by this authority, for every server?

%1

Compare the SHA-256 fingerprint with the one the city&apos;s IT department gave you before you trust it.</source>
        <translation>Trust certificates issued by this authority, for every server?

%1

Compare the SHA-256 fingerprint with the one the city&apos;s IT department gave you before you trust it.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Only the system&apos;s</source>
        <translation>Only the system&apos;s</translation>
    </message>
    <message>
        <source>Warning: plain HTTP to %1. Anyone on the network can read and change the figures on the way; the access token is not sent.</source>
        <translation>Warning: plain HTTP to %1. Anyone on the network can read and change the figures on the way; the access token is not sent.</translation>
    </message>
</context>
<context>
    <name>ioc::DemoSeeder</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>ioc::EntityRegistry</name>
    <message>
        <source>the built-in area list is missing</source>
        <translation>the built-in area list is missing</translation>
    </message>
    <message>
        <source>area list, line %1: %2</source>
        <translation>area list, line %1: %2</translation>
    </message>
    <message>
        <source>area list: the header lacks code, name, full_name, kind or area_km2_source</source>
        <translation>area list: the header lacks code, name, full_name, kind or area_km2_source</translation>
    </message>
    <message>
        <source>area list, line %1: expected %2 fields</source>
        <translation>area list, line %1: expected %2 fields</translation>
    </message>
    <message>
        <source>area list, line %1: unknown kind &apos;%2&apos;</source>
        <translation>area list, line %1: unknown kind &apos;%2&apos;</translation>
    </message>
    <message>
        <source>area list: code %1 appears twice</source>
        <translation>area list: code %1 appears twice</translation>
    </message>
    <message>
        <source>entity list: %1</source>
        <translation>entity list: %1</translation>
    </message>
    <message>
        <source>entity list: missing or repeated code &apos;%1&apos;</source>
        <translation>entity list: missing or repeated code &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ioc::FigureExport</name>
    <message>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Indicator code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Entity code</source>
        <translation>Entity code</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% of plan</translation>
    </message>
    <message>
        <source>Change vs previous period</source>
        <translation>Change vs previous period</translation>
    </message>
    <message>
        <source>Change vs same period last year</source>
        <translation>Change vs same period last year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source detail</source>
        <translation>Source detail</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <source>Briefing pack SHA-256</source>
        <translation>Briefing pack SHA-256</translation>
    </message>
    <message>
        <source>not from a briefing pack</source>
        <translation>not from a briefing pack</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>ioc::FigureTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>vs previous period</translation>
    </message>
    <message>
        <source>vs same period last year</source>
        <translation>vs same period last year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>ioc::Formatter</name>
    <message>
        <source>bn VND</source>
        <translation>bn VND</translation>
    </message>
    <message>
        <source>million USD</source>
        <translation>million USD</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>tonnes</source>
        <translation>tonnes</translation>
    </message>
    <message>
        <source>thousand tonnes</source>
        <translation>thousand tonnes</translation>
    </message>
    <message>
        <source>VND/litre</source>
        <translation>VND/litre</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a large amount scaled to millions, e.g. &quot;128,96 triệu&quot;</extracomment>
        <translation>%1 million</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>change in percentage points</extracomment>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>week of %1</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
    <message>
        <source>Quarter %1/%2</source>
        <translation>Quarter %1/%2</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>No plan</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>For information</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message numerus="yes">
        <source>Stale, %n day(s)</source>
        <translation>
            <numerusform>Stale, %n day</numerusform>
            <numerusform>Stale, %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stale, %n hour(s)</source>
        <translation>
            <numerusform>Stale, %n hour</numerusform>
            <numerusform>Stale, %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stale, %n minute(s)</source>
        <translation>
            <numerusform>Stale, %n minute</numerusform>
            <numerusform>Stale, %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>real-time</source>
        <translation>real-time</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% of plan</translation>
    </message>
    <message>
        <source>change vs previous period</source>
        <translation>change vs previous period</translation>
    </message>
    <message>
        <source>% change vs previous period</source>
        <translation>% change vs previous period</translation>
    </message>
    <message>
        <source>% change vs same period last year</source>
        <translation>% change vs same period last year</translation>
    </message>
    <message>
        <source>city average</source>
        <translation>city average</translation>
    </message>
    <message>
        <source>alarm level %1</source>
        <translation>alarm level %1</translation>
    </message>
    <message>
        <source>Beaufort force %1</source>
        <translation>Beaufort force %1</translation>
    </message>
    <message>
        <source>lower bound of the target band</source>
        <translation>lower bound of the target band</translation>
    </message>
    <message>
        <source>upper bound of the target band</source>
        <translation>upper bound of the target band</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>up %1 on the previous period</source>
        <translation>up %1 on the previous period</translation>
    </message>
    <message>
        <source>down %1 on the previous period</source>
        <translation>down %1 on the previous period</translation>
    </message>
    <message>
        <source>unchanged on the previous period</source>
        <translation>unchanged on the previous period</translation>
    </message>
    <message>
        <source>no figure for the same period last year</source>
        <translation>no figure for the same period last year</translation>
    </message>
    <message>
        <source>no figure for the previous period</source>
        <translation>no figure for the previous period</translation>
    </message>
    <message>
        <source>no plan stored</source>
        <translation>no plan stored</translation>
    </message>
    <message>
        <source>no city average</source>
        <translation>no city average</translation>
    </message>
    <message>
        <source>%1% below plan</source>
        <translation>%1% below plan</translation>
    </message>
    <message>
        <source>%1% over plan</source>
        <translation>%1% over plan</translation>
    </message>
    <message>
        <source>at plan</source>
        <translation>at plan</translation>
    </message>
    <message>
        <source>%1% of plan</source>
        <translation>%1% of plan</translation>
    </message>
    <message>
        <source>%1 pp below plan (%2)</source>
        <translation>%1 pp below plan (%2)</translation>
    </message>
    <message>
        <source>%1 pp above plan (%2)</source>
        <translation>%1 pp above plan (%2)</translation>
    </message>
    <message>
        <source>at plan (%1)</source>
        <translation>at plan (%1)</translation>
    </message>
    <message>
        <source>%1 pp below the city average (%2)</source>
        <translation>%1 pp below the city average (%2)</translation>
    </message>
    <message>
        <source>%1 pp above the city average (%2)</source>
        <translation>%1 pp above the city average (%2)</translation>
    </message>
    <message>
        <source>at the city average (%1)</source>
        <translation>at the city average (%1)</translation>
    </message>
    <message>
        <source>down %1 on the same period last year</source>
        <translation>down %1 on the same period last year</translation>
    </message>
    <message>
        <source>up %1 on the same period last year</source>
        <translation>up %1 on the same period last year</translation>
    </message>
    <message>
        <source>level with the same period last year</source>
        <translation>level with the same period last year</translation>
    </message>
    <message>
        <source>%1% of the city average (%2)</source>
        <translation>%1% of the city average (%2)</translation>
    </message>
    <message>
        <source>at %1 (≥ %2)</source>
        <translation>at %1 (≥ %2)</translation>
    </message>
    <message>
        <source>below %1 (%2)</source>
        <translation>below %1 (%2)</translation>
    </message>
    <message>
        <source>Beaufort force %1 (force %2 or more)</source>
        <translation>Beaufort force %1 (force %2 or more)</translation>
    </message>
    <message>
        <source>Beaufort force %1 (below force %2)</source>
        <translation>Beaufort force %1 (below force %2)</translation>
    </message>
    <message>
        <source>very heavy rain</source>
        <translation>very heavy rain</translation>
    </message>
    <message>
        <source>heavy rain</source>
        <translation>heavy rain</translation>
    </message>
    <message>
        <source>%1 mm in 24 hours</source>
        <translation>%1 mm in 24 hours</translation>
    </message>
    <message>
        <source>%1 (≥ %2)</source>
        <translation>%1 (≥ %2)</translation>
    </message>
    <message>
        <source>below the very-heavy-rain level (%1)</source>
        <translation>below the very-heavy-rain level (%1)</translation>
    </message>
    <message>
        <source>below the heavy-rain level (%1)</source>
        <translation>below the heavy-rain level (%1)</translation>
    </message>
    <message>
        <source>danger level</source>
        <translation>danger level</translation>
    </message>
    <message>
        <source>warning level</source>
        <translation>warning level</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>below the %1 (%2)</source>
        <translation>below the %1 (%2)</translation>
    </message>
    <message>
        <source>above the %1 (%2)</source>
        <translation>above the %1 (%2)</translation>
    </message>
    <message>
        <source>target %1–%2</source>
        <translation>target %1–%2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>target %1 %2</source>
        <translation>target %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Imported report</source>
        <translation>Imported report</translation>
    </message>
    <message>
        <source>IOC data server</source>
        <translation>IOC data server</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>alarm level %1</source>
        <comment>short</comment>
        <extracomment>the flood alarm level&apos;s short name: BĐ1, BĐ2, BĐ3</extracomment>
        <translation>alarm level %1</translation>
    </message>
    <message>
        <source>up from none in the same period last year</source>
        <translation>up from none in the same period last year</translation>
    </message>
    <message>
        <source>up from none in the previous period</source>
        <translation>up from none in the previous period</translation>
    </message>
    <message>
        <source>down from none in the same period last year</source>
        <translation>down from none in the same period last year</translation>
    </message>
    <message>
        <source>down from none in the previous period</source>
        <translation>down from none in the previous period</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Actual: %1</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>As of: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Not reported for this place</source>
        <translation>Not reported for this place</translation>
    </message>
    <message>
        <source>No reading kept for this day</source>
        <translation>No reading kept for this day</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::GeoReader</name>
    <message>
        <source>a position is not [longitude, latitude]</source>
        <translation>a position is not [longitude, latitude]</translation>
    </message>
    <message>
        <source>the position [%1, %2] is not on the Earth</source>
        <translation>the position [%1, %2] is not on the Earth</translation>
    </message>
    <message>
        <source>a ring has %1 positions; a closed ring needs at least 4</source>
        <translation>a ring has %1 positions; a closed ring needs at least 4</translation>
    </message>
    <message>
        <source>a ring is not closed (its last position is not its first)</source>
        <translation>a ring is not closed (its last position is not its first)</translation>
    </message>
    <message>
        <source>Cannot open the boundary file %1: %2</source>
        <translation>Cannot open the boundary file %1: %2</translation>
    </message>
    <message>
        <source>The boundary file %1 is %2 MB; at most %3 MB is read.</source>
        <translation>The boundary file %1 is %2 MB; at most %3 MB is read.</translation>
    </message>
    <message>
        <source>The boundary file is empty.</source>
        <translation>The boundary file is empty.</translation>
    </message>
    <message>
        <source>The boundary file is %1 MB; at most %2 MB is read.</source>
        <translation>The boundary file is %1 MB; at most %2 MB is read.</translation>
    </message>
    <message>
        <source>The boundary file is not JSON: %1 at byte %2.</source>
        <translation>The boundary file is not JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <source>The boundary file is not a GeoJSON FeatureCollection.</source>
        <translation>The boundary file is not a GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Feature %1</translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>Feature %1 (%2)</translation>
    </message>
    <message>
        <source>%1 left out: %2.</source>
        <translation>%1 left out: %2.</translation>
    </message>
    <message>
        <source>it has no code</source>
        <translation>it has no code</translation>
    </message>
    <message>
        <source>no commune-level unit has this code</source>
        <translation>no commune-level unit has this code</translation>
    </message>
    <message>
        <source>the code appears twice</source>
        <translation>the code appears twice</translation>
    </message>
    <message>
        <source>its kind is not ward, commune or special_zone</source>
        <translation>its kind is not ward, commune or special_zone</translation>
    </message>
    <message>
        <source>it has no geometry</source>
        <translation>it has no geometry</translation>
    </message>
    <message>
        <source>its geometry is a %1, not a polygon</source>
        <translation>its geometry is a %1, not a polygon</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>a polygon has no rings</translation>
    </message>
    <message>
        <source>a ring encloses no area</source>
        <translation>a ring encloses no area</translation>
    </message>
    <message>
        <source>it has no polygons</source>
        <translation>it has no polygons</translation>
    </message>
    <message>
        <source>The boundary file has no features.</source>
        <translation>The boundary file has no features.</translation>
    </message>
    <message>
        <source>No feature of the boundary file could be used: %1</source>
        <translation>No feature of the boundary file could be used: %1</translation>
    </message>
    <message>
        <source>No boundary for %1 unit(s): %2.</source>
        <translation>No boundary for %1 unit(s): %2.</translation>
    </message>
</context>
<context>
    <name>ioc::ImportDialog</name>
    <message>
        <source>Copy the problems</source>
        <translation>Copy the problems</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n figure(s) imported</source>
        <translation>
            <numerusform>%1: %n figure imported</numerusform>
            <numerusform>%1: %n figures imported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 already up to date</source>
        <translation>%1 new, %2 changed, %3 already up to date</translation>
    </message>
    <message>
        <source>sheets: %1</source>
        <translation>sheets: %1</translation>
    </message>
    <message>
        <source>%1: nothing was imported; the data cache could not be written.</source>
        <translation>%1: nothing was imported; the data cache could not be written.</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported; %n problem(s) to correct in the file, then import it again.</source>
        <translation>
            <numerusform>%1: nothing was imported; %n problem to correct in the file, then import it again.</numerusform>
            <numerusform>%1: nothing was imported; %n problems to correct in the file, then import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 problems are listed.</source>
        <translation>Only the first %1 problems are listed.</translation>
    </message>
    <message>
        <source>hidden sheets, not imported: %1</source>
        <translation>hidden sheets, not imported: %1</translation>
    </message>
</context>
<context>
    <name>ioc::IndicatorDetail</name>
    <message>
        <source>Copy table</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>← Back to the screen</source>
        <translation>← Back to the screen</translation>
    </message>
    <message>
        <source>Back (Esc, Alt+Left)</source>
        <translation>Back (Esc, Alt+Left)</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>By period</translation>
    </message>
    <message>
        <source>Loading figures…</source>
        <translation>Loading figures…</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>No figures yet.</translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation>unit: %1</translation>
    </message>
    <message>
        <source>Rules (rules.md)</source>
        <translation>Rules (rules.md)</translation>
    </message>
    <message>
        <source>Informational: no status rule; the figure is shown for reference.</source>
        <translation>Informational: no status rule; the figure is shown for reference.</translation>
    </message>
    <message>
        <source>Critical when: %1</source>
        <translation>Critical when: %1</translation>
    </message>
    <message>
        <source>Warning when: %1</source>
        <translation>Warning when: %1</translation>
    </message>
    <message>
        <source>Status now:</source>
        <translation>Status now:</translation>
    </message>
    <message>
        <source>A reference the rule needs (plan or target) is missing.</source>
        <translation>A reference the rule needs (plan or target) is missing.</translation>
    </message>
    <message>
        <source>Where the figure comes from</source>
        <translation>Where the figure comes from</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Fetched at: %1</source>
        <translation>Fetched at: %1</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Revision: %1</translation>
    </message>
    <message>
        <source>Earlier revisions of this period:</source>
        <translation>Earlier revisions of this period:</translation>
    </message>
    <message>
        <source>revision %1: %2 (%3, fetched %4)</source>
        <translation>revision %1: %2 (%3, fetched %4)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% of plan</translation>
    </message>
    <message>
        <source>Units at warning or worse: %1</source>
        <translation>Units at warning or worse: %1</translation>
    </message>
    <message>
        <source>Otherwise: %1.</source>
        <translation>Otherwise: %1.</translation>
    </message>
</context>
<context>
    <name>ioc::IndicatorSearch</name>
    <message>
        <source>Find an indicator, a screen or a place</source>
        <translation>Find an indicator, a screen or a place</translation>
    </message>
    <message>
        <source>Code or name, with or without diacritics (e.g. A09.01, giai ngan, hong bang)</source>
        <translation>Code or name, with or without diacritics (e.g. A09.01, giai ngan, hong bang)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Enter opens the indicator or the screen chosen, or shows every screen for the place chosen; Esc closes.</source>
        <translation>Enter opens the indicator or the screen chosen, or shows every screen for the place chosen; Esc closes.</translation>
    </message>
    <message>
        <source>Show every screen for a place</source>
        <translation>Show every screen for a place</translation>
    </message>
    <message>
        <source>A commune, ward, investor, project or station (e.g. hong bang)</source>
        <translation>A commune, ward, investor, project or station (e.g. hong bang)</translation>
    </message>
    <message>
        <source>%1 (investor or unit)</source>
        <translation>%1 (investor or unit)</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1 (project)</translation>
    </message>
    <message>
        <source>%1 (station)</source>
        <translation>%1 (station)</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
</context>
<context>
    <name>ioc::Inflater</name>
    <message>
        <source>it is larger than %1 MiB once inflated</source>
        <translation>it is larger than %1 MiB once inflated</translation>
    </message>
    <message>
        <source>it came in a coding this console cannot read (%1)</source>
        <translation>it came in a coding this console cannot read (%1)</translation>
    </message>
    <message>
        <source>its compressed data is damaged (%1)</source>
        <translation>its compressed data is damaged (%1)</translation>
    </message>
    <message>
        <source>its compressed data cannot be read</source>
        <translation>its compressed data cannot be read</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>its compressed data is damaged</translation>
    </message>
    <message>
        <source>its compressed data ends too soon</source>
        <translation>its compressed data ends too soon</translation>
    </message>
</context>
<context>
    <name>ioc::KpiTile</name>
    <message>
        <source>Demo data, not official figures</source>
        <translation>Demo data, not official figures</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Reported: %1</translation>
    </message>
    <message>
        <source>Warning when: %1</source>
        <translation>Warning when: %1</translation>
    </message>
    <message>
        <source>Critical when: %1</source>
        <translation>Critical when: %1</translation>
    </message>
    <message>
        <source>A reference of the rule is missing (no plan).</source>
        <translation>A reference of the rule is missing (no plan).</translation>
    </message>
    <message numerus="yes">
        <source>%n in warning or worse</source>
        <translation>
            <numerusform>%n in warning or worse</numerusform>
            <numerusform>%n in warning or worse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vs previous</source>
        <translation>%1 vs previous</translation>
    </message>
    <message>
        <source>%1 vs last year</source>
        <translation>%1 vs last year</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Latest figure: %1</source>
        <translation>Latest figure: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>City: %1</translation>
    </message>
    <message>
        <source>Reported for the whole city only</source>
        <translation>Reported for the whole city only</translation>
    </message>
    <message>
        <source>Reported by another kind of place</source>
        <translation>Reported by another kind of place</translation>
    </message>
    <message>
        <source>rank %1/%2</source>
        <translation>rank %1/%2</translation>
    </message>
    <message>
        <source>%1 of plan</source>
        <translation>%1 of plan</translation>
    </message>
    <message>
        <source>no plan to compare with</source>
        <translation>no plan to compare with</translation>
    </message>
</context>
<context>
    <name>ioc::LiveStream</name>
    <message>
        <source>No event came from the server for %1 s.</source>
        <translation>No event came from the server for %1 s.</translation>
    </message>
    <message>
        <source>The server answered the live stream with HTTP %1.</source>
        <translation>The server answered the live stream with HTTP %1.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>It said: %1</translation>
    </message>
    <message>
        <source>The server ended the live stream.</source>
        <translation>The server ended the live stream.</translation>
    </message>
    <message>
        <source>The live stream broke off (%1).</source>
        <translation>The live stream broke off (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not an event stream (%1).</source>
        <translation>The server&apos;s answer is not an event stream (%1).</translation>
    </message>
    <message>
        <source>An event from the server is larger than %1 MiB; it was dropped.</source>
        <translation>An event from the server is larger than %1 MiB; it was dropped.</translation>
    </message>
    <message>
        <source>The server has more new readings than the stream carries: a sync brings them first.</source>
        <translation>The server has more new readings than the stream carries: a sync brings them first.</translation>
    </message>
    <message>
        <source>an event of unknown type &apos;%1&apos;</source>
        <translation>an event of unknown type &apos;%1&apos;</translation>
    </message>
    <message>
        <source>readings before the server&apos;s hello</source>
        <translation>readings before the server&apos;s hello</translation>
    </message>
    <message>
        <source>readings out of order (cursor %1; the console stands at %2)</source>
        <translation>readings out of order (cursor %1; the console stands at %2)</translation>
    </message>
</context>
<context>
    <name>ioc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Light (workstation, print)</source>
        <translation>Light (workstation, print)</translation>
    </message>
    <message>
        <source>Dark, high contrast (wall screen)</source>
        <translation>Dark, high contrast (wall screen)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hải Phòng IOC Console&lt;/b&gt; %1&lt;br&gt;Indicator catalog revision %2 (%3 indicators).</source>
        <translation>&lt;b&gt;Hải Phòng IOC Console&lt;/b&gt; %1&lt;br&gt;Indicator catalog revision %2 (%3 indicators).</translation>
    </message>
    <message>
        <source>Hải Phòng IOC Console — DEMO DATA</source>
        <translation>Hải Phòng IOC Console — DEMO DATA</translation>
    </message>
    <message>
        <source>Hải Phòng IOC Console</source>
        <translation>Hải Phòng IOC Console</translation>
    </message>
    <message>
        <source>&amp;Data source…</source>
        <translation>&amp;Data source…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Import report…</source>
        <translation>&amp;Import report…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Report files (*.xlsx *.csv)</source>
        <translation>Report files (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Monthly reports of the departments (.xlsx or .csv); you can also drop the files on the window</source>
        <translation>Monthly reports of the departments (.xlsx or .csv); you can also drop the files on the window</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Export table as CSV…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>&amp;Previous period</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>&amp;Next period</translation>
    </message>
    <message>
        <source>Administrative &amp;map</source>
        <translation>Administrative &amp;map</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Presentation p&amp;laylist…</source>
        <translation>Presentation p&amp;laylist…</translation>
    </message>
    <message>
        <source>&amp;Open briefing pack…</source>
        <translation>&amp;Open briefing pack…</translation>
    </message>
    <message>
        <source>Open briefing pack</source>
        <translation>Open briefing pack</translation>
    </message>
    <message>
        <source>Briefing packs (*.iocpack)</source>
        <translation>Briefing packs (*.iocpack)</translation>
    </message>
    <message>
        <source>&amp;Prepare briefing…</source>
        <translation>&amp;Prepare briefing…</translation>
    </message>
    <message>
        <source>Freeze screens and months into one file that opens on any machine without a network</source>
        <translation>Freeze screens and months into one file that opens on any machine without a network</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Screens as &amp;PDF…</source>
        <translation>Screens as &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Figures to Excel or CSV…</source>
        <translation>&amp;Figures to Excel or CSV…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>Hải Phòng IOC Console — briefing pack %1 (read-only)</source>
        <translation>Hải Phòng IOC Console — briefing pack %1 (read-only)</translation>
    </message>
    <message>
        <source>This briefing pack holds no figures for that period.</source>
        <translation>This briefing pack holds no figures for that period.</translation>
    </message>
    <message>
        <source>%1

This console cannot tell who wrote the pack %2: its figures are intact, but they may not be the operator&apos;s. Every screen, wall frame and page will say &quot;Not verified&quot;. Open it anyway?</source>
        <translation>%1

This console cannot tell who wrote the pack %2: its figures are intact, but they may not be the operator&apos;s. Every screen, wall frame and page will say &quot;Not verified&quot;. Open it anyway?</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>The access token could not be kept for the next start: %1</source>
        <translation>The access token could not be kept for the next start: %1</translation>
    </message>
    <message>
        <source>Publishers&apos; &amp;keys…</source>
        <translation>Publishers&apos; &amp;keys…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>The place shown last time (%1) is no longer among the places: the whole city is shown.</source>
        <translation>The place shown last time (%1) is no longer among the places: the whole city is shown.</translation>
    </message>
    <message>
        <source>%1 is not a place the screens can show.</source>
        <translation>%1 is not a place the screens can show.</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>Show every screen for one place, or for the whole city</source>
        <translation>Show every screen for one place, or for the whole city</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Choose a place…</source>
        <translation>Choose a place…</translation>
    </message>
    <message>
        <source>&amp;Save this view…</source>
        <translation>&amp;Save this view…</translation>
    </message>
    <message>
        <source>&amp;Import a view…</source>
        <translation>&amp;Import a view…</translation>
    </message>
    <message>
        <source>Import a view</source>
        <translation>Import a view</translation>
    </message>
    <message>
        <source>Views (*.iocview.json *.json)</source>
        <translation>Views (*.iocview.json *.json)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Rename the view</source>
        <translation>Rename the view</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>Export the view</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Saved &amp;views</source>
        <translation>Saved &amp;views</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>View: %1</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Save this view</translation>
    </message>
    <message>
        <source>View saved: %1</source>
        <translation>View saved: %1</translation>
    </message>
    <message>
        <source>This briefing pack carries no saved view.</source>
        <translation>This briefing pack carries no saved view.</translation>
    </message>
    <message>
        <source>&amp;Keep among my views</source>
        <translation>&amp;Keep among my views</translation>
    </message>
    <message>
        <source>View kept: %1</source>
        <translation>View kept: %1</translation>
    </message>
</context>
<context>
    <name>ioc::MapPage</name>
    <message>
        <source>Administrative map</source>
        <translation>Administrative map</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Equal intervals</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Against plan</translation>
    </message>
    <message>
        <source>How the units are put into classes</source>
        <translation>How the units are put into classes</translation>
    </message>
    <message>
        <source> classes</source>
        <translation> classes</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>The map is not available: %1</source>
        <translation>The map is not available: %1</translation>
    </message>
    <message>
        <source>Station and project positions are approximate. Boundaries: 2025 units, thanglequoc/vietnamese-provinces-database (MIT), from the national reference map.</source>
        <translation>Station and project positions are approximate. Boundaries: 2025 units, thanglequoc/vietnamese-provinces-database (MIT), from the national reference map.</translation>
    </message>
</context>
<context>
    <name>ioc::MapPanel</name>
    <message>
        <source>The map is not available: %1</source>
        <translation>The map is not available: %1</translation>
    </message>
    <message>
        <source>Map by commune and ward</source>
        <translation>Map by commune and ward</translation>
    </message>
    <message>
        <source>Loading the figures by commune…</source>
        <translation>Loading the figures by commune…</translation>
    </message>
</context>
<context>
    <name>ioc::MapView</name>
    <message>
        <source>ward</source>
        <translation>ward</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>special zone</source>
        <translation>special zone</translation>
    </message>
    <message>
        <source>station</source>
        <translation>station</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Position approximate</source>
        <translation>Position approximate</translation>
    </message>
    <message>
        <source>%1 to %2 vs plan</source>
        <translation>%1 to %2 vs plan</translation>
    </message>
    <message>
        <source>Bạch Long Vĩ, ×%1 (117 km offshore)</source>
        <translation>Bạch Long Vĩ, ×%1 (117 km offshore)</translation>
    </message>
    <message>
        <source>%1: % of plan</source>
        <translation>%1: % of plan</translation>
    </message>
    <message>
        <source>Bạch Long Vĩ ×%1</source>
        <translation>Bạch Long Vĩ ×%1</translation>
    </message>
    <message>
        <source>Show every screen for %1</source>
        <translation>Show every screen for %1</translation>
    </message>
    <message>
        <source>Show every screen for the whole city</source>
        <translation>Show every screen for the whole city</translation>
    </message>
</context>
<context>
    <name>ioc::MjpegReader</name>
    <message>
        <source>The picture is empty.</source>
        <translation>The picture is empty.</translation>
    </message>
    <message>
        <source>The picture is larger than %1 MiB.</source>
        <translation>The picture is larger than %1 MiB.</translation>
    </message>
    <message>
        <source>The picture is not a JPEG.</source>
        <translation>The picture is not a JPEG.</translation>
    </message>
    <message>
        <source>The JPEG picture is cut off.</source>
        <translation>The JPEG picture is cut off.</translation>
    </message>
    <message>
        <source>The JPEG picture does not decode: %1</source>
        <translation>The JPEG picture does not decode: %1</translation>
    </message>
    <message>
        <source>The picture&apos;s size is not acceptable (%1 × %2).</source>
        <translation>The picture&apos;s size is not acceptable (%1 × %2).</translation>
    </message>
    <message>
        <source>The list of cameras is larger than 1 MiB.</source>
        <translation>The list of cameras is larger than 1 MiB.</translation>
    </message>
    <message>
        <source>The list of cameras is not the API&apos;s JSON (%1).</source>
        <translation>The list of cameras is not the API&apos;s JSON (%1).</translation>
    </message>
    <message>
        <source>A camera in the list has no id or no junction.</source>
        <translation>A camera in the list has no id or no junction.</translation>
    </message>
    <message>
        <source>The stream is not a multipart stream of pictures.</source>
        <translation>The stream is not a multipart stream of pictures.</translation>
    </message>
    <message>
        <source>The stream does not keep to its multipart boundary.</source>
        <translation>The stream does not keep to its multipart boundary.</translation>
    </message>
    <message>
        <source>The camera ended the stream.</source>
        <translation>The camera ended the stream.</translation>
    </message>
    <message>
        <source>A part&apos;s header block is longer than 8 KiB.</source>
        <translation>A part&apos;s header block is longer than 8 KiB.</translation>
    </message>
    <message>
        <source>A part&apos;s length is not a number.</source>
        <translation>A part&apos;s length is not a number.</translation>
    </message>
    <message>
        <source>A part is not a JPEG picture (%1).</source>
        <translation>A part is not a JPEG picture (%1).</translation>
    </message>
    <message>
        <source>A picture of %1 bytes is over the limit of %2.</source>
        <translation>A picture of %1 bytes is over the limit of %2.</translation>
    </message>
    <message>
        <source>A picture runs past the limit of %1 bytes with no end.</source>
        <translation>A picture runs past the limit of %1 bytes with no end.</translation>
    </message>
</context>
<context>
    <name>ioc::NarrativePanel</name>
    <message>
        <source>the document was not written</source>
        <translation>the document was not written</translation>
    </message>
    <message>
        <source>The summary is written once the screen&apos;s figures are loaded.</source>
        <translation>The summary is written once the screen&apos;s figures are loaded.</translation>
    </message>
</context>
<context>
    <name>ioc::NarrativeWriter</name>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>the separator of a list inside a sentence</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>nearly %1</source>
        <translation>nearly %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <source>short of the %1 plan</source>
        <translation>short of the %1 plan</translation>
    </message>
    <message>
        <source>short of the %1 plan: %2</source>
        <translation>short of the %1 plan: %2</translation>
    </message>
    <message>
        <source>above the %1 plan</source>
        <translation>above the %1 plan</translation>
    </message>
    <message>
        <source>meeting the %1 plan</source>
        <translation>meeting the %1 plan</translation>
    </message>
    <message>
        <source>no plan to compare with</source>
        <translation>no plan to compare with</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unchanged on the previous %1</source>
        <translation>unchanged on the previous %1</translation>
    </message>
    <message>
        <source>up %1 on the previous %2</source>
        <translation>up %1 on the previous %2</translation>
    </message>
    <message>
        <source>down %1 on the previous %2</source>
        <translation>down %1 on the previous %2</translation>
    </message>
    <message>
        <source>%1 reached %2</source>
        <translation>%1 reached %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>; of which %1</source>
        <translation>; of which %1</translation>
    </message>
    <message>
        <source> (not updated since %1)</source>
        <translation> (not updated since %1)</translation>
    </message>
    <message>
        <source>and %1 other units</source>
        <translation>and %1 other units</translation>
    </message>
    <message>
        <source>%1 units with %2 at %3: %4.</source>
        <translation>%1 units with %2 at %3: %4.</translation>
    </message>
    <message>
        <source>%1 units critical for %2: %3.</source>
        <translation>%1 units critical for %2: %3.</translation>
    </message>
    <message>
        <source>Lowest %1: %2.</source>
        <translation>Lowest %1: %2.</translation>
    </message>
    <message>
        <source>Highest %1: %2.</source>
        <translation>Highest %1: %2.</translation>
    </message>
    <message>
        <source>%1 (latest: %2, %3)</source>
        <translation>%1 (latest: %2, %3)</translation>
    </message>
    <message>
        <source>No figure yet for this period: %1.</source>
        <translation>No figure yet for this period: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Briefing summary</source>
        <translation>Briefing summary</translation>
    </message>
    <message>
        <source>No figure of these screens is critical, short of its plan or notably up.</source>
        <translation>No figure of these screens is critical, short of its plan or notably up.</translation>
    </message>
    <message>
        <source>Reported for the whole city only, not for %1: %2.</source>
        <translation>Reported for the whole city only, not for %1: %2.</translation>
    </message>
</context>
<context>
    <name>ioc::PackReader</name>
    <message>
        <source>The briefing pack %1 was refused: %2</source>
        <translation>The briefing pack %1 was refused: %2</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>there is no such file.</translation>
    </message>
    <message>
        <source>it is not a briefing pack or it is damaged (%1).</source>
        <translation>it is not a briefing pack or it is damaged (%1).</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is missing.</source>
        <translation>the part &apos;%1&apos; is missing.</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is too large.</source>
        <translation>the part &apos;%1&apos; is too large.</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; cannot be read (%2).</source>
        <translation>the part &apos;%1&apos; cannot be read (%2).</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is damaged (%2).</source>
        <translation>the part &apos;%1&apos; is damaged (%2).</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON (%1).</source>
        <translation>its manifest is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>it was written in format %1; this console reads %2. Update the console.</source>
        <translation>it was written in format %1; this console reads %2. Update the console.</translation>
    </message>
    <message>
        <source>its manifest is not one of a briefing pack.</source>
        <translation>its manifest is not one of a briefing pack.</translation>
    </message>
    <message>
        <source>its manifest does not match its own SHA-256; it has been changed since it was written.</source>
        <translation>its manifest does not match its own SHA-256; it has been changed since it was written.</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; does not match its SHA-256 in the manifest; it has been changed or damaged since the pack was written.</source>
        <translation>the part &apos;%1&apos; does not match its SHA-256 in the manifest; it has been changed or damaged since the pack was written.</translation>
    </message>
    <message>
        <source>it holds a part the manifest does not list: &apos;%1&apos;.</source>
        <translation>it holds a part the manifest does not list: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>its catalog cannot be read: %1</source>
        <translation>its catalog cannot be read: %1</translation>
    </message>
    <message>
        <source>its screen definitions cannot be read: %1</source>
        <translation>its screen definitions cannot be read: %1</translation>
    </message>
    <message>
        <source>its screens do not fit its catalog: %1</source>
        <translation>its screens do not fit its catalog: %1</translation>
    </message>
    <message>
        <source>it lists a screen it does not define: %1.</source>
        <translation>it lists a screen it does not define: %1.</translation>
    </message>
    <message>
        <source>it lists a period that cannot be read: &apos;%1&apos;.</source>
        <translation>it lists a period that cannot be read: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>its manifest names no screen, no period or no time.</source>
        <translation>its manifest names no screen, no period or no time.</translation>
    </message>
    <message>
        <source>its alert journal cannot be read.</source>
        <translation>its alert journal cannot be read.</translation>
    </message>
    <message>
        <source>no temporary folder can be made (%1).</source>
        <translation>no temporary folder can be made (%1).</translation>
    </message>
    <message>
        <source>The briefing pack %1 cannot be unpacked: %2</source>
        <translation>The briefing pack %1 cannot be unpacked: %2</translation>
    </message>
    <message>
        <source>its observations cannot be read: %1</source>
        <translation>its observations cannot be read: %1</translation>
    </message>
    <message>
        <source>its observations are not the ones its manifest counts.</source>
        <translation>its observations are not the ones its manifest counts.</translation>
    </message>
    <message>
        <source>its alert journal cannot be read: %1</source>
        <translation>its alert journal cannot be read: %1</translation>
    </message>
    <message>
        <source>it holds %1 parts; a pack has at most %2.</source>
        <translation>it holds %1 parts; a pack has at most %2.</translation>
    </message>
</context>
<context>
    <name>ioc::PackSeal</name>
    <message>
        <source>Verified: %1, %2</source>
        <translation>Verified: %1, %2</translation>
    </message>
    <message>
        <source>Not verified: signed by an unknown key (%1, %2)</source>
        <translation>Not verified: signed by an unknown key (%1, %2)</translation>
    </message>
    <message>
        <source>Not verified: signed by a revoked key (%1, %2)</source>
        <translation>Not verified: signed by a revoked key (%1, %2)</translation>
    </message>
    <message>
        <source>Not verified: unsigned</source>
        <translation>Not verified: unsigned</translation>
    </message>
</context>
<context>
    <name>ioc::PackSigning</name>
    <message>
        <source>%1 is not a signing key of the console.</source>
        <translation>%1 is not a signing key of the console.</translation>
    </message>
    <message>
        <source>its signature does not match its manifest: it was changed after it was signed, or the signature is not one of this pack</source>
        <translation>its signature does not match its manifest: it was changed after it was signed, or the signature is not one of this pack</translation>
    </message>
</context>
<context>
    <name>ioc::PackWriter</name>
    <message>
        <source>a briefing pack needs at least one screen and one period</source>
        <translation>a briefing pack needs at least one screen and one period</translation>
    </message>
    <message>
        <source>there is no screen %1 (the screens are S01 to S%2)</source>
        <translation>there is no screen %1 (the screens are S01 to S%2)</translation>
    </message>
    <message>
        <source>nothing prepared to pack</source>
        <translation>nothing prepared to pack</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ioc::PageFlow</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
</context>
<context>
    <name>ioc::PdfExporter</name>
    <message>
        <source>Figures as of %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>not from a briefing pack</source>
        <translation>not from a briefing pack</translation>
    </message>
    <message>
        <source>pack SHA-256 %1</source>
        <translation>pack SHA-256 %1</translation>
    </message>
    <message>
        <source>no screen to export</source>
        <translation>no screen to export</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Hải Phòng IOC briefing, figures as of %1</source>
        <translation>Hải Phòng IOC briefing, figures as of %1</translation>
    </message>
    <message>
        <source>there is no screen %1</source>
        <translation>there is no screen %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>cannot paint the PDF</translation>
    </message>
    <message>
        <source>none for the period (latest: %1, %2)</source>
        <translation>none for the period (latest: %1, %2)</translation>
    </message>
    <message>
        <source>no figure yet</source>
        <translation>no figure yet</translation>
    </message>
    <message>
        <source>Hải Phòng IOC briefing</source>
        <translation>Hải Phòng IOC briefing</translation>
    </message>
    <message>
        <source>Reporting period: %1</source>
        <translation>Reporting period: %1</translation>
    </message>
    <message>
        <source>Meeting date: %1</source>
        <translation>Meeting date: %1</translation>
    </message>
    <message>
        <source>DEMO DATA — not official figures</source>
        <translation>DEMO DATA — not official figures</translation>
    </message>
    <message>
        <source>Not from a briefing pack: the figures of the data folder when exported</source>
        <translation>Not from a briefing pack: the figures of the data folder when exported</translation>
    </message>
    <message>
        <source>Briefing pack SHA-256: %1</source>
        <translation>Briefing pack SHA-256: %1</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>Prepared by: %1</translation>
    </message>
    <message>
        <source>Readiness: %1</source>
        <translation>Readiness: %1</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Summary of the indicators</source>
        <translation>Summary of the indicators</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>The briefing in words</source>
        <translation>The briefing in words</translation>
    </message>
    <message>
        <source>No figures by unit yet.</source>
        <translation>No figures by unit yet.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Share of the whole</source>
        <translation>Share of the whole</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Classes (%1)</source>
        <translation>Classes (%1)</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>No figure</translation>
    </message>
    <message>
        <source>No figures yet: %1.</source>
        <translation>No figures yet: %1.</translation>
    </message>
    <message>
        <source>Appendix: where each figure comes from</source>
        <translation>Appendix: where each figure comes from</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Hải Phòng Intelligent Operations Center</source>
        <translation>Hải Phòng Intelligent Operations Center</translation>
    </message>
    <message>
        <source>Briefing handout: %1; %2</source>
        <translation>Briefing handout: %1; %2</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Each camera&apos;s last picture as the console received it, at the time shown under it.</source>
        <translation>Each camera&apos;s last picture as the console received it, at the time shown under it.</translation>
    </message>
    <message>
        <source>Simulated pictures of the demo server, not camera pictures.</source>
        <translation>Simulated pictures of the demo server, not camera pictures.</translation>
    </message>
    <message>
        <source>Traffic cameras: the last picture of each</source>
        <translation>Traffic cameras: the last picture of each</translation>
    </message>
</context>
<context>
    <name>ioc::PeriodBar</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>The period every screen shows</source>
        <translation>The period every screen shows</translation>
    </message>
    <message>
        <source>%1 · to %2</source>
        <translation>%1 · to %2</translation>
    </message>
    <message>
        <source>Previous period (Ctrl+PgUp)</source>
        <translation>Previous period (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next period (Ctrl+PgDown)</source>
        <translation>Next period (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Choose the period</source>
        <translation>Choose the period</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>the previous period</source>
        <translation>the previous period</translation>
    </message>
    <message>
        <source>the same period last year</source>
        <translation>the same period last year</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>the plan</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>What each tile compares its figure with, beside the comparison its status was judged on</source>
        <translation>What each tile compares its figure with, beside the comparison its status was judged on</translation>
    </message>
</context>
<context>
    <name>ioc::PlaylistDialog</name>
    <message>
        <source>Presentation playlist</source>
        <translation>Presentation playlist</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>presenter advances</source>
        <translation>presenter advances</translation>
    </message>
    <message>
        <source>This window&apos;s display</source>
        <translation>This window&apos;s display</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>Each screen for</source>
        <translation>Each screen for</translation>
    </message>
    <message>
        <source>Show on</source>
        <translation>Show on</translation>
    </message>
    <message>
        <source>Dark, high contrast (the wall&apos;s default)</source>
        <translation>Dark, high contrast (the wall&apos;s default)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>View: %1</translation>
    </message>
    <message>
        <source>Tick the screens and saved views to show and drag them into order. A view shows its own period and place. In the presentation: → Space PageDown next, ← PageUp previous, Home first, B blank, Esc leave.</source>
        <translation>Tick the screens and saved views to show and drag them into order. A view shows its own period and place. In the presentation: → Space PageDown next, ← PageUp previous, Home first, B blank, Esc leave.</translation>
    </message>
</context>
<context>
    <name>ioc::PresentationView</name>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Screen %1/%2</source>
        <translation>Screen %1/%2</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <source>The playlist is empty.</source>
        <translation>The playlist is empty.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>⚠ %1 (rotation paused)</source>
        <translation>⚠ %1 (rotation paused)</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>View: %1</translation>
    </message>
    <message>
        <source>View: %1 (%2)</source>
        <translation>View: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ioc::PrintChart</name>
    <message>
        <source>No monthly figures to draw yet.</source>
        <translation>No monthly figures to draw yet.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>ioc::PublisherKeysDialog</name>
    <message>
        <source>&amp;Stop trusting</source>
        <translation>&amp;Stop trusting</translation>
    </message>
    <message>
        <source>Publishers&apos; keys</source>
        <translation>Publishers&apos; keys</translation>
    </message>
    <message>
        <source>Briefing packs signed with these keys open as &quot;Verified&quot;. Trust a key only after comparing its fingerprint with the publisher, by phone or in person.</source>
        <translation>Briefing packs signed with these keys open as &quot;Verified&quot;. Trust a key only after comparing its fingerprint with the publisher, by phone or in person.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Trusted by</translation>
    </message>
    <message>
        <source>&amp;Trust a key from a file…</source>
        <translation>&amp;Trust a key from a file…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>you (this console&apos;s key)</source>
        <translation>you (this console&apos;s key)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>this computer, for all</source>
        <translation>this computer, for all</translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s key</source>
        <translation>Trust a publisher&apos;s key</translation>
    </message>
    <message>
        <source>Public keys (*.json)</source>
        <translation>Public keys (*.json)</translation>
    </message>
    <message>
        <source>Nothing was trusted: %1</source>
        <translation>Nothing was trusted: %1</translation>
    </message>
    <message>
        <source>The key of %1 (%2) is trusted already.</source>
        <translation>The key of %1 (%2) is trusted already.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Trust briefing packs signed by &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Fingerprint:&lt;/p&gt;&lt;p style=&quot;font-size:x-large&quot;&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the fingerprint the publisher gives you, by phone or in person: a key file that came by e-mail or on a USB stick can be anyone&apos;s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trust briefing packs signed by &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Fingerprint:&lt;/p&gt;&lt;p style=&quot;font-size:x-large&quot;&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the fingerprint the publisher gives you, by phone or in person: a key file that came by e-mail or on a USB stick can be anyone&apos;s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Trusted: %1, fingerprint %2.</source>
        <translation>Trusted: %1, fingerprint %2.</translation>
    </message>
    <message>
        <source>Stop trusting a key</source>
        <translation>Stop trusting a key</translation>
    </message>
    <message>
        <source>Stop trusting the key of %1 (%2)? Packs it signed will open as &quot;Not verified: signed by a revoked key&quot;.</source>
        <translation>Stop trusting the key of %1 (%2)? Packs it signed will open as &quot;Not verified: signed by a revoked key&quot;.</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Stop trusting</translation>
    </message>
    <message>
        <source>No longer trusted: %1, fingerprint %2.</source>
        <translation>No longer trusted: %1, fingerprint %2.</translation>
    </message>
</context>
<context>
    <name>ioc::Readiness</name>
    <message>
        <source>Year %1 to date</source>
        <translation>Year %1 to date</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1, to %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>%1 of %2 figures missing</source>
        <translation>%1 of %2 figures missing</translation>
    </message>
    <message>
        <source>%1 monthly reports not received</source>
        <translation>%1 monthly reports not received</translation>
    </message>
    <message>
        <source>%1 real-time sources stale</source>
        <translation>%1 real-time sources stale</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Not ready: %1</translation>
    </message>
    <message>
        <source>Coverage: %1 of %2 figures</source>
        <translation>Coverage: %1 of %2 figures</translation>
    </message>
    <message>
        <source>  %1 (%2): %3/%4</source>
        <translation>  %1 (%2): %3/%4</translation>
    </message>
    <message>
        <source> — no figure: %1</source>
        <translation> — no figure: %1</translation>
    </message>
    <message>
        <source>Oldest figure: %1, as of %2 (%3)</source>
        <translation>Oldest figure: %1, as of %2 (%3)</translation>
    </message>
    <message>
        <source>Monthly reports not received for the period: %1</source>
        <translation>Monthly reports not received for the period: %1</translation>
    </message>
    <message>
        <source>  %1, %2 — %3</source>
        <translation>  %1, %2 — %3</translation>
    </message>
    <message>
        <source>Stale real-time sources: %1</source>
        <translation>Stale real-time sources: %1</translation>
    </message>
    <message>
        <source>  %1, last reading %2</source>
        <translation>  %1, last reading %2</translation>
    </message>
    <message>
        <source>Departments late, incomplete or with files refused: %1</source>
        <translation>Departments late, incomplete or with files refused: %1</translation>
    </message>
    <message>
        <source>late since %1: %2</source>
        <translation>late since %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 units reported</source>
        <translation>%1 of %2 units reported</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused this month</source>
        <translation>
            <numerusform>%n file refused this month</numerusform>
            <numerusform>%n files refused this month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ReadinessDialog</name>
    <message>
        <source>Readiness of the briefing pack</source>
        <translation>Readiness of the briefing pack</translation>
    </message>
    <message>
        <source>Save pack…</source>
        <translation>Save pack…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Oldest figure</source>
        <translation>Oldest figure</translation>
    </message>
    <message>
        <source>Reports not received</source>
        <translation>Reports not received</translation>
    </message>
    <message>
        <source>Stale sources</source>
        <translation>Stale sources</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>none: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ioc::ReadinessPage</name>
    <message>
        <source>Data readiness by department</source>
        <translation>Data readiness by department</translation>
    </message>
    <message>
        <source>When each figure is due: %1. The departments report to the Department of Science and Technology every Thursday.</source>
        <translation>When each figure is due: %1. The departments report to the Department of Science and Technology every Thursday.</translation>
    </message>
    <message>
        <source>Report files refused this month</source>
        <translation>Report files refused this month</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>The cache could not be read: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>No report file was refused this month.</source>
        <translation>No report file was refused this month.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>Refused by</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>%1 of %2 sources late · %3 incomplete · %4 · as of %5</source>
        <translation>%1 of %2 sources late · %3 incomplete · %4 · as of %5</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused this month</source>
        <translation>
            <numerusform>%n file refused this month</numerusform>
            <numerusform>%n files refused this month</numerusform>
        </translation>
    </message>
    <message>
        <source>not known (no sheet names a department)</source>
        <translation>not known (no sheet names a department)</translation>
    </message>
    <message>
        <source>not in the catalog: %1</source>
        <translation>not in the catalog: %1</translation>
    </message>
    <message>
        <source>this console (import)</source>
        <translation>this console (import)</translation>
    </message>
    <message>
        <source>data server %1
sent with the token &apos;%2&apos;</source>
        <translation>data server %1
sent with the token &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ioc::ReportImporter</name>
    <message>
        <source>real-time</source>
        <translation>real-time</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>, sheet &apos;%1&apos;</source>
        <translation>, sheet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>, cell %1</source>
        <translation>, cell %1</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, row %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>the file is too large (%1 MB; at most %2 MB)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>the file is not UTF-8 text (save it as &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the CSV text is malformed: %1</source>
        <translation>the CSV text is malformed: %1</translation>
    </message>
    <message>
        <source>only .xlsx and .csv report files can be imported</source>
        <translation>only .xlsx and .csv report files can be imported</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (also in column %2)</source>
        <translation>the column &quot;%1&quot; appears twice (also in column %2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>the column &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the indicator code is empty</source>
        <translation>the indicator code is empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an indicator code of the catalog</source>
        <translation>&apos;%1&apos; is not an indicator code of the catalog</translation>
    </message>
    <message>
        <source>%1 is measured by sensors in real time and cannot be imported from a report</source>
        <translation>%1 is measured by sensors in real time and cannot be imported from a report</translation>
    </message>
    <message>
        <source>the entity code is empty (the city is %1)</source>
        <translation>the entity code is empty (the city is %1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an entity code</source>
        <translation>&apos;%1&apos; is not an entity code</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known entity code</source>
        <translation>&apos;%1&apos; is not a known entity code</translation>
    </message>
    <message>
        <source>%1 (%2) does not report %3</source>
        <translation>%1 (%2) does not report %3</translation>
    </message>
    <message>
        <source>the period is empty</source>
        <translation>the period is empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period (write e.g. 2026-04, Tháng 4/2026, Quý II/2026, 2026 or 20/04/2026)</source>
        <translation>&apos;%1&apos; is not a period (write e.g. 2026-04, Tháng 4/2026, Quý II/2026, 2026 or 20/04/2026)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 period, and %3 is reported %2</source>
        <translation>&apos;%1&apos; is not a %2 period, and %3 is reported %2</translation>
    </message>
    <message>
        <source>the period %1 has not begun yet</source>
        <translation>the period %1 has not begun yet</translation>
    </message>
    <message>
        <source>the %1 is formatted as a date; format the cell as a number</source>
        <translation>the %1 is formatted as a date; format the cell as a number</translation>
    </message>
    <message>
        <source>the %1 is %2, not a number</source>
        <translation>the %1 is %2, not a number</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous (a thousands separator or a decimal one?): enter the %2 as a number cell, or without thousands separators</source>
        <translation>&apos;%1&apos; is ambiguous (a thousands separator or a decimal one?): enter the %2 as a number cell, or without thousands separators</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has thousands separators: enter it as a number cell, or without them</source>
        <translation>the %1 &apos;%2&apos; has thousands separators: enter it as a number cell, or without them</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is not a number</source>
        <translation>the %1 &apos;%2&apos; is not a number</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>the value is empty</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>%1 has no plan in the catalog; leave the plan empty</source>
        <translation>%1 has no plan in the catalog; leave the plan empty</translation>
    </message>
    <message>
        <source>%1 for %2 in %3 is already given in row %4</source>
        <translation>%1 for %2 in %3 is already given in row %4</translation>
    </message>
    <message>
        <source>%1 for %2 in %3 is already given in sheet &apos;%4&apos;, row %5</source>
        <translation>%1 for %2 in %3 is already given in sheet &apos;%4&apos;, row %5</translation>
    </message>
    <message>
        <source>the file holds no figures: no sheet has rows under the template&apos;s header</source>
        <translation>the file holds no figures: no sheet has rows under the template&apos;s header</translation>
    </message>
    <message>
        <source>cell %1 is a formula with no stored value; open the file in Excel and save it again</source>
        <translation>cell %1 is a formula with no stored value; open the file in Excel and save it again</translation>
    </message>
    <message>
        <source>the %1 is formatted as a percent (%2%), but %3 is not measured in percent; format the cell as a number</source>
        <translation>the %1 is formatted as a percent (%2%), but %3 is not measured in percent; format the cell as a number</translation>
    </message>
    <message>
        <source>no header row found: one of the first %1 rows must name the columns &quot;Mã chỉ tiêu&quot;, &quot;Mã đối tượng&quot;, &quot;Kỳ báo cáo&quot;, &quot;Thực hiện&quot; (and optionally &quot;Kế hoạch&quot; and &quot;Kế hoạch năm&quot;)</source>
        <translation>no header row found: one of the first %1 rows must name the columns &quot;Mã chỉ tiêu&quot;, &quot;Mã đối tượng&quot;, &quot;Kỳ báo cáo&quot;, &quot;Thực hiện&quot; (and optionally &quot;Kế hoạch&quot; and &quot;Kế hoạch năm&quot;)</translation>
    </message>
    <message>
        <source>%1 has no plan in the catalog; leave the annual plan empty</source>
        <translation>%1 has no plan in the catalog; leave the annual plan empty</translation>
    </message>
    <message>
        <source>annual plan</source>
        <translation>annual plan</translation>
    </message>
</context>
<context>
    <name>ioc::Rule</name>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unexpected character &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the rule is empty (write &apos;none&apos; for an informational row)</source>
        <translation>the rule is empty (write &apos;none&apos; for an informational row)</translation>
    </message>
    <message>
        <source>a clause is missing at the end</source>
        <translation>a clause is missing at the end</translation>
    </message>
    <message>
        <source>expected a metric, found &apos;%1&apos;</source>
        <translation>expected a metric, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;none&apos; cannot be combined with other clauses</source>
        <translation>&apos;none&apos; cannot be combined with other clauses</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;</source>
        <translation>unknown metric &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a comparison (&lt; &lt;= &gt; &gt;= == !=) after &apos;%1&apos;</source>
        <translation>expected a comparison (&lt; &lt;= &gt; &gt;= == !=) after &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a reference after &apos;*&apos;</source>
        <translation>expected a reference after &apos;*&apos;</translation>
    </message>
    <message>
        <source>expected a number after &apos;-&apos;</source>
        <translation>expected a number after &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown reference &apos;%1&apos;</source>
        <translation>unknown reference &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a number after &apos;%1&apos;</source>
        <translation>expected a number after &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a number or reference at the end</source>
        <translation>expected a number or reference at the end</translation>
    </message>
    <message>
        <source>expected a number or reference, found &apos;%1&apos;</source>
        <translation>expected a number or reference, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end, found &apos;%1&apos;</source>
        <translation>expected &apos;and&apos;, &apos;or&apos; or the end, found &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ioc::SavedView</name>
    <message>
        <source>it is a view of a newer version (%1); this console reads %2.</source>
        <translation>it is a view of a newer version (%1); this console reads %2.</translation>
    </message>
    <message>
        <source>it is not a saved view of the IOC console.</source>
        <translation>it is not a saved view of the IOC console.</translation>
    </message>
    <message>
        <source>it has no name.</source>
        <translation>it has no name.</translation>
    </message>
    <message>
        <source>it names a screen this console does not have: &apos;%1&apos;.</source>
        <translation>it names a screen this console does not have: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>its period cannot be read: &apos;%1&apos;.</source>
        <translation>its period cannot be read: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>it names a place this console does not know: &apos;%1&apos;.</source>
        <translation>it names a place this console does not know: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>its comparison cannot be read: &apos;%1&apos;.</source>
        <translation>its comparison cannot be read: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>it cannot be read: %1</translation>
    </message>
    <message>
        <source>it is too large to be a saved view.</source>
        <translation>it is too large to be a saved view.</translation>
    </message>
</context>
<context>
    <name>ioc::ScreenCatalog</name>
    <message>
        <source>screen definitions: %1</source>
        <translation>screen definitions: %1</translation>
    </message>
    <message>
        <source>screen definitions: screen &apos;%1&apos; is incomplete</source>
        <translation>screen definitions: screen &apos;%1&apos; is incomplete</translation>
    </message>
    <message>
        <source>the built-in screen definitions are missing</source>
        <translation>the built-in screen definitions are missing</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Economy (group A)</source>
        <translation>Economy (group A)</translation>
    </message>
    <message>
        <source>Society (group B)</source>
        <translation>Society (group B)</translation>
    </message>
    <message>
        <source>Projects and public investment (group C)</source>
        <translation>Projects and public investment (group C)</translation>
    </message>
    <message>
        <source>Emergencies (group D)</source>
        <translation>Emergencies (group D)</translation>
    </message>
    <message>
        <source>unknown panel kind &apos;%1&apos;</source>
        <translation>unknown panel kind &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos; (value or worst)</source>
        <translation>unknown order &apos;%1&apos; (value or worst)</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; panel with the wrong indicators</source>
        <translation>a &apos;%1&apos; panel with the wrong indicators</translation>
    </message>
    <message>
        <source>a composition panel must name the rest of its whole</source>
        <translation>a composition panel must name the rest of its whole</translation>
    </message>
    <message>
        <source>screen definitions: screen &apos;%1&apos;: %2</source>
        <translation>screen definitions: screen &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>screen definitions: screen &apos;%1&apos; must begin with its tiles</source>
        <translation>screen definitions: screen &apos;%1&apos; must begin with its tiles</translation>
    </message>
    <message>
        <source>%1: the code is used twice</source>
        <translation>%1: the code is used twice</translation>
    </message>
    <message>
        <source>%1: indicator %2 is not in the catalog</source>
        <translation>%1: indicator %2 is not in the catalog</translation>
    </message>
    <message>
        <source>%1: indicator %2 is listed twice</source>
        <translation>%1: indicator %2 is listed twice</translation>
    </message>
    <message>
        <source>%1: the %2 panel names %3, not in the catalog</source>
        <translation>%1: the %2 panel names %3, not in the catalog</translation>
    </message>
    <message>
        <source>%1: the %2 panel shows %3, which the screen does not list</source>
        <translation>%1: the %2 panel shows %3, which the screen does not list</translation>
    </message>
    <message>
        <source>%1: %3 has only a city figure, nothing to show in a %2 panel</source>
        <translation>%1: %3 has only a city figure, nothing to show in a %2 panel</translation>
    </message>
    <message>
        <source>%1: %2 is not read at stations</source>
        <translation>%1: %2 is not read at stations</translation>
    </message>
    <message>
        <source>%1: %2 is not in the unit of %3, it cannot be part of it</source>
        <translation>%1: %2 is not in the unit of %3, it cannot be part of it</translation>
    </message>
    <message>
        <source>%1: a screen has one tile grid</source>
        <translation>%1: a screen has one tile grid</translation>
    </message>
    <message>
        <source>%1: %2 is not reported by commune, it cannot be mapped</source>
        <translation>%1: %2 is not reported by commune, it cannot be mapped</translation>
    </message>
    <message>
        <source>%1: %2 is reported by commune but not on the screen&apos;s map</source>
        <translation>%1: %2 is reported by commune but not on the screen&apos;s map</translation>
    </message>
    <message>
        <source>%1: the briefing text cites %2, not in the catalog</source>
        <translation>%1: the briefing text cites %2, not in the catalog</translation>
    </message>
    <message>
        <source>%1: the briefing text states %2 with its whole but neither the screen nor its context has it</source>
        <translation>%1: the briefing text states %2 with its whole but neither the screen nor its context has it</translation>
    </message>
</context>
<context>
    <name>ioc::ScreenNav</name>
    <message>
        <source>Map  Administrative map</source>
        <translation>Map  Administrative map</translation>
    </message>
    <message>
        <source>Any indicator reported by commune on the map (Ctrl+M)</source>
        <translation>Any indicator reported by commune on the map (Ctrl+M)</translation>
    </message>
    <message>
        <source>CAM  Traffic cameras</source>
        <translation>CAM  Traffic cameras</translation>
    </message>
    <message>
        <source>The latest picture of each junction camera, and one camera live</source>
        <translation>The latest picture of each junction camera, and one camera live</translation>
    </message>
    <message>
        <source>DATA  Data readiness</source>
        <translation>DATA  Data readiness</translation>
    </message>
    <message>
        <source>Which department is late, incomplete or sending files that fail</source>
        <translation>Which department is late, incomplete or sending files that fail</translation>
    </message>
</context>
<context>
    <name>ioc::ScreenPage</name>
    <message>
        <source>Loading figures…</source>
        <translation>Loading figures…</translation>
    </message>
    <message>
        <source>Year to date %1</source>
        <translation>Year to date %1</translation>
    </message>
    <message>
        <source>Reporting period: %1 · figures as of %2</source>
        <translation>Reporting period: %1 · figures as of %2</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Table of figures</source>
        <translation>Table of figures</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
</context>
<context>
    <name>ioc::SecretStore</name>
    <message>
        <source>The access token is kept in the desktop&apos;s keyring.</source>
        <translation>The access token is kept in the desktop&apos;s keyring.</translation>
    </message>
    <message>
        <source>This desktop has no keyring (secret service): the access token is kept in %1, which only you can read.</source>
        <translation>This desktop has no keyring (secret service): the access token is kept in %1, which only you can read.</translation>
    </message>
    <message>
        <source>the desktop&apos;s keyring</source>
        <translation>the desktop&apos;s keyring</translation>
    </message>
</context>
<context>
    <name>ioc::ServerTrust</name>
    <message>
        <source>The server&apos;s address must start with https:// (not &apos;%1&apos;).</source>
        <translation>The server&apos;s address must start with https:// (not &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The console does not talk to %1 over plain HTTP: the figures and the access token would cross the network unencrypted. Use its https:// address, or allow plain HTTP for this server under File → Data source….</source>
        <translation>The console does not talk to %1 over plain HTTP: the figures and the access token would cross the network unencrypted. Use its https:// address, or allow plain HTTP for this server under File → Data source….</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>it is not issued by a certificate authority the console trusts</source>
        <translation>it is not issued by a certificate authority the console trusts</translation>
    </message>
    <message>
        <source>it was issued for another name (%1)</source>
        <translation>it was issued for another name (%1)</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>it expired on %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>it is not valid before %1</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>it has been revoked</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate the console does not trust: %2 (SHA-256 %3). Nothing was sent to it; the cached figures are kept. If the certificate comes from the city&apos;s own certificate authority, trust that authority under File → Data source… or with --ca-cert FILE.</source>
        <translation>The server %1 presented a certificate the console does not trust: %2 (SHA-256 %3). Nothing was sent to it; the cached figures are kept. If the certificate comes from the city&apos;s own certificate authority, trust that authority under File → Data source… or with --ca-cert FILE.</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>not shown</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 holds no certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>%1 is not a certificate authority&apos;s certificate: %2. Trust the authority that issued the server&apos;s certificate, not the server&apos;s own.</source>
        <translation>%1 is not a certificate authority&apos;s certificate: %2. Trust the authority that issued the server&apos;s certificate, not the server&apos;s own.</translation>
    </message>
    <message>
        <source>The server %1 sent the request on to another address (%2). The console does not follow it there: the access token was not sent, and the cached figures are kept.</source>
        <translation>The server %1 sent the request on to another address (%2). The console does not follow it there: the access token was not sent, and the cached figures are kept.</translation>
    </message>
</context>
<context>
    <name>ioc::SigningKeyStore</name>
    <message>
        <source>the secret half of the signing key %1 (%2) is not in the keyring or does not match %3; make a new key with --new-signing-key NAME after removing that file</source>
        <translation>the secret half of the signing key %1 (%2) is not in the keyring or does not match %3; make a new key with --new-signing-key NAME after removing that file</translation>
    </message>
</context>
<context>
    <name>ioc::SourceReadiness</name>
    <message>
        <source>real-time: a reading within 20 minutes</source>
        <translation>real-time: a reading within 20 minutes</translation>
    </message>
    <message>
        <source>daily: yesterday&apos;s by 09:00</source>
        <translation>daily: yesterday&apos;s by 09:00</translation>
    </message>
    <message>
        <source>weekly: last week&apos;s by Thursday 17:00</source>
        <translation>weekly: last week&apos;s by Thursday 17:00</translation>
    </message>
    <message>
        <source>monthly: the month&apos;s on the 20th</source>
        <translation>monthly: the month&apos;s on the 20th</translation>
    </message>
    <message>
        <source>quarterly: on the 20th of its last month</source>
        <translation>quarterly: on the 20th of its last month</translation>
    </message>
    <message>
        <source>yearly: on 20 December</source>
        <translation>yearly: on 20 December</translation>
    </message>
</context>
<context>
    <name>ioc::SourceReadinessModel</name>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Files refused</source>
        <translation>Files refused</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>%1 of %2 late, since %3</source>
        <translation>%1 of %2 late, since %3</translation>
    </message>
    <message>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>Late: %1</translation>
    </message>
    <message>
        <source>On time at the end of each of the last %1 weeks, oldest first: %2</source>
        <translation>On time at the end of each of the last %1 weeks, oldest first: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Department and source system</source>
        <translation>Department and source system</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Last figure received</source>
        <translation>Last figure received</translation>
    </message>
    <message>
        <source>Units reported</source>
        <translation>Units reported</translation>
    </message>
    <message>
        <source>Files refused this month</source>
        <translation>Files refused this month</translation>
    </message>
    <message>
        <source>On time, last 8 weeks</source>
        <translation>On time, last 8 weeks</translation>
    </message>
</context>
<context>
    <name>ioc::StaticMap</name>
    <message>
        <source>Bạch Long Vĩ, ×%1 (117 km offshore)</source>
        <translation>Bạch Long Vĩ, ×%1 (117 km offshore)</translation>
    </message>
    <message>
        <source>Bạch Long Vĩ ×%1</source>
        <translation>Bạch Long Vĩ ×%1</translation>
    </message>
</context>
<context>
    <name>ioc::StationPanel</name>
    <message>
        <source>No station readings for this period</source>
        <translation>No station readings for this period</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>ioc::StatusLine</name>
    <message>
        <source>Demo data could not be prepared: %1</source>
        <translation>Demo data could not be prepared: %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Cached figures</source>
        <translation>Cached figures</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Briefing pack, read-only, no network</source>
        <translation>Briefing pack, read-only, no network</translation>
    </message>
    <message>
        <source>last successful sync %1</source>
        <translation>last successful sync %1</translation>
    </message>
    <message>
        <source>showing the figures kept from the last sync</source>
        <translation>showing the figures kept from the last sync</translation>
    </message>
    <message>
        <source>The server published indicator catalog revision %1; it applies when the console is started again.</source>
        <translation>The server published indicator catalog revision %1; it applies when the console is started again.</translation>
    </message>
    <message>
        <source>pack %1, SHA-256 %2…</source>
        <translation>pack %1, SHA-256 %2…</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Syncing: %1 rows</source>
        <translation>Syncing: %1 rows</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 rows</source>
        <translation>Syncing: %1 of %2 rows</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>Preparing demo data…</translation>
    </message>
    <message>
        <source>Preparing demo data: %1 rows</source>
        <translation>Preparing demo data: %1 rows</translation>
    </message>
    <message>
        <source>Demo data by commune: %1 rows</source>
        <translation>Demo data by commune: %1 rows</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>plain HTTP allowed: not encrypted, no access token sent</source>
        <translation>plain HTTP allowed: not encrypted, no access token sent</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Real-time readings (Group D) arrive as the server takes them.</source>
        <translation>Real-time readings (Group D) arrive as the server takes them.</translation>
    </message>
    <message>
        <source>Real-time readings are polled every 30 s: %1</source>
        <translation>Real-time readings are polled every 30 s: %1</translation>
    </message>
</context>
<context>
    <name>ioc::SummaryDock</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
</context>
<context>
    <name>ioc::SyncEngine</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>The sync was cancelled.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 is larger than %2 MiB. Nothing was stored; the cached figures are kept.</source>
        <translation>The server&apos;s answer to %1 is larger than %2 MiB. Nothing was stored; the cached figures are kept.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2); the cached figures are kept.</source>
        <translation>The server %1 could not be reached (%2); the cached figures are kept.</translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation>The server refused the access token.</translation>
    </message>
    <message>
        <source>The server has no such data.</source>
        <translation>The server has no such data.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>The server failed (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>It said: %1</translation>
    </message>
    <message>
        <source>Nothing was stored; the cached figures are kept.</source>
        <translation>Nothing was stored; the cached figures are kept.</translation>
    </message>
    <message>
        <source>The server&apos;s indicator catalog is not valid (%1); the built-in one is kept.</source>
        <translation>The server&apos;s indicator catalog is not valid (%1); the built-in one is kept.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (page %1) is not usable: %2. Nothing of it was stored; the cached figures are kept.</source>
        <translation>The server&apos;s answer (page %1) is not usable: %2. Nothing of it was stored; the cached figures are kept.</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2), perhaps cut short</source>
        <translation>not valid JSON at byte %1 (%2), perhaps cut short</translation>
    </message>
    <message>
        <source>&apos;cursor&apos; (text), &apos;more&apos; (true/false) and &apos;rows&apos; (a list) are required</source>
        <translation>&apos;cursor&apos; (text), &apos;more&apos; (true/false) and &apos;rows&apos; (a list) are required</translation>
    </message>
    <message>
        <source>the columns must be %1</source>
        <translation>the columns must be %1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>indicator, entity, period, fetched_at and source must be text</source>
        <translation>indicator, entity, period, fetched_at and source must be text</translation>
    </message>
    <message>
        <source>revision, value and plan must be numbers</source>
        <translation>revision, value and plan must be numbers</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>unknown indicator &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown entity &apos;%1&apos;</source>
        <translation>unknown entity &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 period</source>
        <translation>&apos;%1&apos; is not a %2 period</translation>
    </message>
    <message>
        <source>the revision must be a whole number from 1</source>
        <translation>the revision must be a whole number from 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation>&apos;%1&apos; is not a date and time</translation>
    </message>
    <message>
        <source>No room for the snapshot beside the cache (%1).</source>
        <translation>No room for the snapshot beside the cache (%1).</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>it is larger than %1 MiB</translation>
    </message>
    <message>
        <source>it could not be written beside the cache (%1)</source>
        <translation>it could not be written beside the cache (%1)</translation>
    </message>
    <message>
        <source>the server has none</source>
        <translation>the server has none</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>the server answered HTTP %1</translation>
    </message>
    <message>
        <source>The snapshot was not used (%1); the figures come page by page instead.</source>
        <translation>The snapshot was not used (%1); the figures come page by page instead.</translation>
    </message>
    <message>
        <source>expected %1 fields</source>
        <translation>expected %1 fields</translation>
    </message>
    <message>
        <source>the annual plan must be a number or null</source>
        <translation>the annual plan must be a number or null</translation>
    </message>
    <message>
        <source>the list of reports sent was too large</source>
        <translation>the list of reports sent was too large</translation>
    </message>
    <message>
        <source>The server&apos;s list of reports sent is not valid JSON with &apos;submissions&apos;.</source>
        <translation>The server&apos;s list of reports sent is not valid JSON with &apos;submissions&apos;.</translation>
    </message>
    <message>
        <source>The server listed %1 reports sent; at most %2 are read.</source>
        <translation>The server listed %1 reports sent; at most %2 are read.</translation>
    </message>
    <message>
        <source>Report %1 in the server&apos;s list of reports sent is not usable.</source>
        <translation>Report %1 in the server&apos;s list of reports sent is not usable.</translation>
    </message>
</context>
<context>
    <name>ioc::TrendChart</name>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>%1 of the plan (%2)</source>
        <translation>%1 of the plan (%2)</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Data as of %1</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>%1: %2, the latest whole month</source>
        <translation>%1: %2, the latest whole month</translation>
    </message>
    <message>
        <source>%1, projected: %2 (range %3–%4)</source>
        <translation>%1, projected: %2 (range %3–%4)</translation>
    </message>
    <message>
        <source>Projection range</source>
        <translation>Projection range</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>Annual plan %1: %2</source>
        <translation>Annual plan %1: %2</translation>
    </message>
</context>
<context>
    <name>ioc::TrustStore</name>
    <message>
        <source>it is not a publisher&apos;s public key (Ed25519, with a name)</source>
        <translation>it is not a publisher&apos;s public key (Ed25519, with a name)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>no trusted key has the fingerprint %1</source>
        <translation>no trusted key has the fingerprint %1</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>cannot move %1 to %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file</source>
        <translation>%1 is too large to be a key file</translation>
    </message>
</context>
<context>
    <name>ioc::WallFrame</name>
    <message>
        <source>Figures as of %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <source>Latest: %1 (%2)</source>
        <translation>Latest: %1 (%2)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>No figures by unit yet.</source>
        <translation>No figures by unit yet.</translation>
    </message>
    <message>
        <source>+ %1 other units</source>
        <translation>+ %1 other units</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>No figures by commune yet.</source>
        <translation>No figures by commune yet.</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>No figure</translation>
    </message>
    <message>
        <source>No figures for this screen yet.</source>
        <translation>No figures for this screen yet.</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>million %1</translation>
    </message>
    <message>
        <source>Latest readings at the stations</source>
        <translation>Latest readings at the stations</translation>
    </message>
    <message>
        <source>The map cannot be drawn: %1</source>
        <translation>The map cannot be drawn: %1</translation>
    </message>
    <message>
        <source>No traffic cameras yet: their list comes from the data server.</source>
        <translation>No traffic cameras yet: their list comes from the data server.</translation>
    </message>
</context>
<context>
    <name>ioc::Workspace</name>
    <message>
        <source>Preparing the demo data for the first start…</source>
        <translation>Preparing the demo data for the first start…</translation>
    </message>
</context>
<context>
    <name>ioc::XlsxReader</name>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is not an .xlsx workbook: it is not a zip archive, or the archive is damaged</source>
        <translation>the file is not an .xlsx workbook: it is not a zip archive, or the archive is damaged</translation>
    </message>
    <message>
        <source>the workbook has no part &apos;%1&apos;</source>
        <translation>the workbook has no part &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; cannot be opened: the archive is damaged</source>
        <translation>the part &apos;%1&apos; cannot be opened: the archive is damaged</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is too large (%2 MB uncompressed; at most %3 MB)</source>
        <translation>the part &apos;%1&apos; is too large (%2 MB uncompressed; at most %3 MB)</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is damaged (%2)</source>
        <translation>the part &apos;%1&apos; is damaged (%2)</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is too large (more than %2 MB uncompressed)</source>
        <translation>the part &apos;%1&apos; is too large (more than %2 MB uncompressed)</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is damaged (its length does not match)</source>
        <translation>the part &apos;%1&apos; is damaged (its length does not match)</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is not well-formed XML (line %2: %3)</source>
        <translation>the part &apos;%1&apos; is not well-formed XML (line %2: %3)</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: row number &apos;%2&apos; is not valid</source>
        <translation>sheet &apos;%1&apos;: row number &apos;%2&apos; is not valid</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: &apos;%2&apos; is not a cell reference</source>
        <translation>sheet &apos;%1&apos;: &apos;%2&apos; is not a cell reference</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an .xlsx workbook (it has no %1)</source>
        <translation>the file is a zip archive but not an .xlsx workbook (it has no %1)</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has no part in the workbook</source>
        <translation>sheet &apos;%1&apos; has no part in the workbook</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; is missing from the file (%2)</source>
        <translation>sheet &apos;%1&apos; is missing from the file (%2)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>shared string %1 does not exist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; is not a date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is not a number</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;, cell %2: %3</source>
        <translation>sheet &apos;%1&apos;, cell %2: %3</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; would inflate %2 times (%3 MB from %4 KB; at most %5 to 1): not a spreadsheet</source>
        <translation>the part &apos;%1&apos; would inflate %2 times (%3 MB from %4 KB; at most %5 to 1): not a spreadsheet</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; holds a DTD or entity declaration, which is not allowed</source>
        <translation>the part &apos;%1&apos; holds a DTD or entity declaration, which is not allowed</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: cell %2 comes after row %3 (the cells are out of order)</source>
        <translation>sheet &apos;%1&apos;: cell %2 comes after row %3 (the cells are out of order)</translation>
    </message>
</context>
<context>
    <name>ioc::YearEndProjection</name>
    <message>
        <source>No year-end projection: nothing has been reported this year yet.</source>
        <translation>No year-end projection: nothing has been reported this year yet.</translation>
    </message>
    <message>
        <source>No year-end projection yet: one month of the year is too little to project from.</source>
        <translation>No year-end projection yet: one month of the year is too little to project from.</translation>
    </message>
    <message>
        <source>No year-end projection: last year&apos;s figures for %1 and December, which give the year its shape, are missing.</source>
        <translation>No year-end projection: last year&apos;s figures for %1 and December, which give the year its shape, are missing.</translation>
    </message>
    <message>
        <source>range %1–%2</source>
        <translation>range %1–%2</translation>
    </message>
    <message>
        <source>Year-end projection: %1, %2 (the annual plan is not in the data)</source>
        <translation>Year-end projection: %1, %2 (the annual plan is not in the data)</translation>
    </message>
    <message>
        <source>Projected on last year&apos;s shape: the total to %1 is %2 times that to %3; the range is that ratio in each month of the year so far.</source>
        <translation>Projected on last year&apos;s shape: the total to %1 is %2 times that to %3; the range is that ratio in each month of the year so far.</translation>
    </message>
    <message>
        <source>Year-end projection: %1 (%2), %3</source>
        <translation>Year-end projection: %1 (%2), %3</translation>
    </message>
    <message>
        <source>annual plan %1</source>
        <translation>annual plan %1</translation>
    </message>
    <message>
        <source>%1% below the annual plan</source>
        <translation>%1% below the annual plan</translation>
    </message>
    <message>
        <source>%1% over the annual plan</source>
        <translation>%1% over the annual plan</translation>
    </message>
    <message>
        <source>at the annual plan</source>
        <translation>at the annual plan</translation>
    </message>
    <message>
        <source>%1% of the annual plan</source>
        <translation>%1% of the annual plan</translation>
    </message>
</context>
<context>
    <name>ioc::commands</name>
    <message>
        <source>Unknown indicator &apos;%1&apos;. See --list-indicators.</source>
        <translation>Unknown indicator &apos;%1&apos;. See --list-indicators.</translation>
    </message>
    <message>
        <source>Unknown entity &apos;%1&apos;: use a 5-digit commune code, 31 for the city, or a unit, project or station code.</source>
        <translation>Unknown entity &apos;%1&apos;: use a 5-digit commune code, 31 for the city, or a unit, project or station code.</translation>
    </message>
    <message>
        <source>The period must be YYYY-MM or YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>The period must be YYYY-MM or YYYY-MM-DD, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>… %1 rows in %2 pages</source>
        <translation>… %1 rows in %2 pages</translation>
    </message>
    <message>
        <source>Sync from %1 failed: %2</source>
        <translation>Sync from %1 failed: %2</translation>
    </message>
    <message>
        <source>… and more problems: only the first %1 are listed.</source>
        <translation>… and more problems: only the first %1 are listed.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) to correct.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n problem to correct.</numerusform>
            <numerusform>Nothing was imported from %1: %n problems to correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Nothing was imported from %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 figures imported (%3 new, %4 changed, %5 already up to date).</source>
        <translation>%1: %2 figures imported (%3 new, %4 changed, %5 already up to date).</translation>
    </message>
    <message>
        <source>Sheets: %1.</source>
        <translation>Sheets: %1.</translation>
    </message>
    <message>
        <source>… %1 of %2 rows in %3 pages</source>
        <translation>… %1 of %2 rows in %3 pages</translation>
    </message>
    <message>
        <source>… %1 of %2 rows (the server&apos;s snapshot)</source>
        <translation>… %1 of %2 rows (the server&apos;s snapshot)</translation>
    </message>
    <message>
        <source>Synced from %1: rows stored %2 (%3 of them from the server&apos;s snapshot), pages %4, unchanged answers (304) %5, time %6 ms.</source>
        <translation>Synced from %1: rows stored %2 (%3 of them from the server&apos;s snapshot), pages %4, unchanged answers (304) %5, time %6 ms.</translation>
    </message>
    <message>
        <source>A period is a month as YYYY-MM, not &apos;%1&apos;.</source>
        <translation>A period is a month as YYYY-MM, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 has not begun yet (figures are as of %2).</source>
        <translation>%1 has not begun yet (figures are as of %2).</translation>
    </message>
    <message>
        <source>There is no screen &apos;%1&apos;: the screens are S01 to S%2.</source>
        <translation>There is no screen &apos;%1&apos;: the screens are S01 to S%2.</translation>
    </message>
    <message>
        <source>The briefing pack was not written: %1</source>
        <translation>The briefing pack was not written: %1</translation>
    </message>
    <message>
        <source>Readiness of the briefing pack</source>
        <translation>Readiness of the briefing pack</translation>
    </message>
    <message>
        <source>Briefing pack written: %1 (%2 screens, %3 periods, %4 observations, %5 bytes) in %6 ms</source>
        <translation>Briefing pack written: %1 (%2 screens, %3 periods, %4 observations, %5 bytes) in %6 ms</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Signed by %1, fingerprint %2.</source>
        <translation>Signed by %1, fingerprint %2.</translation>
    </message>
    <message>
        <source>Not signed: this console has no signing key (--new-signing-key NAME).</source>
        <translation>Not signed: this console has no signing key (--new-signing-key NAME).</translation>
    </message>
    <message>
        <source>Hidden sheets, not imported: %1.</source>
        <translation>Hidden sheets, not imported: %1.</translation>
    </message>
    <message>
        <source>The import journal was not written: %1</source>
        <translation>The import journal was not written: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hải Phòng IOC Console: the city&apos;s 86 governance indicators on 17 screens.
With no command it opens the window; a fresh install with no server shows demo data.</source>
        <translation>Hải Phòng IOC Console: the city&apos;s 86 governance indicators on 17 screens.
With no command it opens the window; a fresh install with no server shows demo data.</translation>
    </message>
    <message>
        <source>Interface language: vi (default) or en.</source>
        <translation>Interface language: vi (default) or en.</translation>
    </message>
    <message>
        <source>light (default) or dark (high contrast, wall screens).</source>
        <translation>light (default) or dark (high contrast, wall screens).</translation>
    </message>
    <message>
        <source>Folder of the local cache (default: the user&apos;s data folder).</source>
        <translation>Folder of the local cache (default: the user&apos;s data folder).</translation>
    </message>
    <message>
        <source>Show figures as of this day (default: today).</source>
        <translation>Show figures as of this day (default: today).</translation>
    </message>
    <message>
        <source>Print the indicator catalog as CSV (header first) and exit.</source>
        <translation>Print the indicator catalog as CSV (header first) and exit.</translation>
    </message>
    <message>
        <source>Print the cached observations of an indicator as CSV and exit.</source>
        <translation>Print the cached observations of an indicator as CSV and exit.</translation>
    </message>
    <message>
        <source>With --query: one commune (5-digit code), 31 for the city, or a unit/project/station code.</source>
        <translation>With --query: one commune (5-digit code), 31 for the city, or a unit/project/station code.</translation>
    </message>
    <message>
        <source>Render every screen to DIR/&lt;screen-code&gt;.png without a display and exit.</source>
        <translation>Render every screen to DIR/&lt;screen-code&gt;.png without a display and exit.</translation>
    </message>
    <message>
        <source>With --screenshot: window size (default 1920x1080).</source>
        <translation>With --screenshot: window size (default 1920x1080).</translation>
    </message>
    <message>
        <source>Open the window, print &apos;first_paint_ms N&apos; once S01 shows figures, and exit (used by the benchmark).</source>
        <translation>Open the window, print &apos;first_paint_ms N&apos; once S01 shows figures, and exit (used by the benchmark).</translation>
    </message>
    <message>
        <source>--lang takes vi or en, not &apos;%1&apos;.</source>
        <translation>--lang takes vi or en, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Hải Phòng IOC Console</source>
        <translation>Hải Phòng IOC Console</translation>
    </message>
    <message>
        <source>The indicator catalog could not be loaded:
%1</source>
        <translation>The indicator catalog could not be loaded:
%1</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--as-of takes a date as YYYY-MM-DD, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Demo data could not be prepared: %1</source>
        <translation>Demo data could not be prepared: %1</translation>
    </message>
    <message>
        <source>--size takes WxH of at least 640x480, not &apos;%1&apos;.</source>
        <translation>--size takes WxH of at least 640x480, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Sync the cache from the server, print a summary and exit (non-zero on failure).</source>
        <translation>Sync the cache from the server, print a summary and exit (non-zero on failure).</translation>
    </message>
    <message>
        <source>--server takes an http or https address, not &apos;%1&apos;.</source>
        <translation>--server takes an http or https address, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--sync-only needs a server: pass --server URL.</source>
        <translation>--sync-only needs a server: pass --server URL.</translation>
    </message>
    <message>
        <source>IOC Data API server to use for this run (the access token comes from IOC_TOKEN or the settings).</source>
        <translation>IOC Data API server to use for this run (the access token comes from IOC_TOKEN or the settings).</translation>
    </message>
    <message>
        <source>Do not contact the server: show the cached figures.</source>
        <translation>Do not contact the server: show the cached figures.</translation>
    </message>
    <message>
        <source>Use the built-in demo data for this run, whatever the settings say.</source>
        <translation>Use the built-in demo data for this run, whatever the settings say.</translation>
    </message>
    <message>
        <source>Import a monthly report (.xlsx or .csv, see docs/import-template.md) into the cache and exit; may be repeated. Each file is imported whole or not at all; problems are listed with sheet, row and column.</source>
        <translation>Import a monthly report (.xlsx or .csv, see docs/import-template.md) into the cache and exit; may be repeated. Each file is imported whole or not at all; problems are listed with sheet, row and column.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Draw the maps from this GeoJSON file of the 114 units instead of the built-in boundaries.</source>
        <translation>Draw the maps from this GeoJSON file of the 114 units instead of the built-in boundaries.</translation>
    </message>
    <message>
        <source>Start in presentation mode (F5): the saved playlist full screen; Esc leaves. With --screenshot, also render present-&lt;screen&gt;.png.</source>
        <translation>Start in presentation mode (F5): the saved playlist full screen; Esc leaves. With --screenshot, also render present-&lt;screen&gt;.png.</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>The PDF was not written: %1</translation>
    </message>
    <message>
        <source>%1: %2 pages</source>
        <translation>%1: %2 pages</translation>
    </message>
    <message>
        <source>The workbook was not written: %1</source>
        <translation>The workbook was not written: %1</translation>
    </message>
    <message>
        <source>The CSV was not written: %1</source>
        <translation>The CSV was not written: %1</translation>
    </message>
    <message>
        <source>Exported in %1 ms</source>
        <translation>Exported in %1 ms</translation>
    </message>
    <message>
        <source>Source: demo data built into the console (not official figures)</source>
        <translation>Source: demo data built into the console (not official figures)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>With --query: only periods overlapping this month or day. With --write-pack: the months to pack (YYYY-MM, several separated by commas; default: the current month).</source>
        <translation>With --query: only periods overlapping this month or day. With --write-pack: the months to pack (YYYY-MM, several separated by commas; default: the current month).</translation>
    </message>
    <message>
        <source>Prepare a briefing pack (.iocpack) of --screens for --period, print the readiness check and the pack&apos;s SHA-256, and exit.</source>
        <translation>Prepare a briefing pack (.iocpack) of --screens for --period, print the readiness check and the pack&apos;s SHA-256, and exit.</translation>
    </message>
    <message>
        <source>Show a briefing pack read-only, without any network (with --screenshot: render its screens and exit). A pack that does not match its manifest is refused.</source>
        <translation>Show a briefing pack read-only, without any network (with --screenshot: render its screens and exit). A pack that does not match its manifest is refused.</translation>
    </message>
    <message>
        <source>Export the figures of --screens (by unit too) to an Excel workbook and exit.</source>
        <translation>Export the figures of --screens (by unit too) to an Excel workbook and exit.</translation>
    </message>
    <message>
        <source>Export the figures of --screens (by unit too) to CSV (UTF-8) and exit.</source>
        <translation>Export the figures of --screens (by unit too) to CSV (UTF-8) and exit.</translation>
    </message>
    <message>
        <source>With --export-pdf, --export-xlsx or --export-csv: take the figures from this briefing pack.</source>
        <translation>With --export-pdf, --export-xlsx or --export-csv: take the figures from this briefing pack.</translation>
    </message>
    <message>
        <source>With --write-pack or --export-pdf: the screens, e.g. S01,S07 (default: all 17).</source>
        <translation>With --write-pack or --export-pdf: the screens, e.g. S01,S07 (default: all 17).</translation>
    </message>
    <message>
        <source>--pack goes with --export-pdf, --export-xlsx or --export-csv; to show a pack use --open-pack.</source>
        <translation>--pack goes with --export-pdf, --export-xlsx or --export-csv; to show a pack use --open-pack.</translation>
    </message>
    <message>
        <source>Print the alert journal as CSV (header first: raised at, indicator, entity, period, severity, value, acknowledged by, acknowledged at, note) and exit.</source>
        <translation>Print the alert journal as CSV (header first: raised at, indicator, entity, period, severity, value, acknowledged by, acknowledged at, note) and exit.</translation>
    </message>
    <message>
        <source>The document was not written: %1</source>
        <translation>The document was not written: %1</translation>
    </message>
    <message>
        <source>Print the briefing in words (the summary, then each of --screens) for --as-of, or from --pack FILE, and exit.</source>
        <translation>Print the briefing in words (the summary, then each of --screens) for --as-of, or from --pack FILE, and exit.</translation>
    </message>
    <message>
        <source>Write the briefing in words as an editable OpenDocument text (.odt) and exit.</source>
        <translation>Write the briefing in words as an editable OpenDocument text (.odt) and exit.</translation>
    </message>
    <message>
        <source>Export --screens as the briefing handout (A4 PDF: cover, summary table, the briefing in words, each screen&apos;s charts, map and complete tables; every footer gives as of, source, page and pack hash) and exit. From --pack FILE (the same pack gives the same PDF), or from the cache as of --as-of.</source>
        <translation>Export --screens as the briefing handout (A4 PDF: cover, summary table, the briefing in words, each screen&apos;s charts, map and complete tables; every footer gives as of, source, page and pack hash) and exit. From --pack FILE (the same pack gives the same PDF), or from the cache as of --as-of.</translation>
    </message>
    <message>
        <source>With --export-pdf: add where each figure comes from (period, time, source) as tables at the end.</source>
        <translation>With --export-pdf: add where each figure comes from (period, time, source) as tables at the end.</translation>
    </message>
    <message>
        <source>Trusted from now on: %1</source>
        <translation>Trusted from now on: %1</translation>
    </message>
    <message>
        <source>Warning: plain HTTP to %1: the figures travel unencrypted and the access token is not sent.</source>
        <translation>Warning: plain HTTP to %1: the figures travel unencrypted and the access token is not sent.</translation>
    </message>
    <message>
        <source>Trust the certificate authority in FILE (PEM) for HTTPS servers, besides the system&apos;s; kept in the settings.</source>
        <translation>Trust the certificate authority in FILE (PEM) for HTTPS servers, besides the system&apos;s; kept in the settings.</translation>
    </message>
    <message>
        <source>For this run, talk plain HTTP to a server that is not on this computer (unencrypted; the access token is not sent).</source>
        <translation>For this run, talk plain HTTP to a server that is not on this computer (unencrypted; the access token is not sent).</translation>
    </message>
    <message>
        <source>A signing key exists already (%1); nothing was changed.</source>
        <translation>A signing key exists already (%1); nothing was changed.</translation>
    </message>
    <message>
        <source>--new-signing-key needs the publisher&apos;s name.</source>
        <translation>--new-signing-key needs the publisher&apos;s name.</translation>
    </message>
    <message>
        <source>There is no signing key: make one with --new-signing-key NAME.</source>
        <translation>There is no signing key: make one with --new-signing-key NAME.</translation>
    </message>
    <message>
        <source>Public key of %1, fingerprint %2, written to %3.</source>
        <translation>Public key of %1, fingerprint %2, written to %3.</translation>
    </message>
    <message>
        <source>Trusted: %1, fingerprint %2.</source>
        <translation>Trusted: %1, fingerprint %2.</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Revoked: %1.</translation>
    </message>
    <message>
        <source>Warning: %1; every page says so.</source>
        <translation>Warning: %1; every page says so.</translation>
    </message>
    <message>
        <source>Make this console&apos;s key for signing briefing packs, under the publisher NAME (e.g. &quot;Trung tâm IOC Hải Phòng&quot;); its public key is trusted here. Packs are signed from then on.</source>
        <translation>Make this console&apos;s key for signing briefing packs, under the publisher NAME (e.g. &quot;Trung tâm IOC Hải Phòng&quot;); its public key is trusted here. Packs are signed from then on.</translation>
    </message>
    <message>
        <source>Write the signing key&apos;s public half to FILE, for other consoles to trust.</source>
        <translation>Write the signing key&apos;s public half to FILE, for other consoles to trust.</translation>
    </message>
    <message>
        <source>Trust packs signed by the publisher&apos;s public key in FILE (prints its fingerprint: compare it with the publisher&apos;s).</source>
        <translation>Trust packs signed by the publisher&apos;s public key in FILE (prints its fingerprint: compare it with the publisher&apos;s).</translation>
    </message>
    <message>
        <source>Stop trusting a publisher&apos;s key (as --trust-key printed it); its packs are marked revoked.</source>
        <translation>Stop trusting a publisher&apos;s key (as --trust-key printed it); its packs are marked revoked.</translation>
    </message>
    <message>
        <source>Say who signed a briefing pack and exit: 0 signed by a trusted key, 3 intact but unsigned or signed by a key not trusted here, 2 changed or damaged.</source>
        <translation>Say who signed a briefing pack and exit: 0 signed by a trusted key, 3 intact but unsigned or signed by a key not trusted here, 2 changed or damaged.</translation>
    </message>
    <message>
        <source>Signing key of %1, fingerprint %2: its public half in %3, its secret in %4; its packs are trusted here.</source>
        <translation>Signing key of %1, fingerprint %2: its public half in %3, its secret in %4; its packs are trusted here.</translation>
    </message>
    <message>
        <source>--place takes the code of a commune, ward or special zone, an investor or unit, a project or a station, not &apos;%1&apos;.</source>
        <translation>--place takes the code of a commune, ward or special zone, an investor or unit, a project or a station, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Show every screen for one place, for this run: a commune, ward or special zone (5-digit code), an investor or unit, a project or a station.</source>
        <translation>Show every screen for one place, for this run: a commune, ward or special zone (5-digit code), an investor or unit, a project or a station.</translation>
    </message>
    <message>
        <source>The view %1 cannot be opened: %2</source>
        <translation>The view %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Open a saved view exported from a console (its screen, period, place and comparison), also with --screenshot; with --write-pack the pack carries it.</source>
        <translation>Open a saved view exported from a console (its screen, period, place and comparison), also with --screenshot; with --write-pack the pack carries it.</translation>
    </message>
    <message>
        <source>--history-years takes a number of years from 1 to 30, not &apos;%1&apos;.</source>
        <translation>--history-years takes a number of years from 1 to 30, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Years of history in a new demo data cache (default 3: 2024 to 2026; at most 30). A cache keeps the years it was made with.</source>
        <translation>Years of history in a new demo data cache (default 3: 2024 to 2026; at most 30). A cache keeps the years it was made with.</translation>
    </message>
</context>
</TS>
