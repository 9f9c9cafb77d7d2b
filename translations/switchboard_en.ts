<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Choose a category: marketing, utility or authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location headers are allowed only in marketing and utility templates; choose another header or category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF headers exist only for marketing templates; use a video header or make this a marketing template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a header format: text, image, video, document or location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a sample %1 for the header; Meta reviews media headers with an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the body with text, not with the variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the body with text (a full stop is enough), not with the variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the variables from the footer (%1); a footer cannot hold variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an example for the variable in the URL of the “%1” button; Meta requires an example for every variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template uses named variables; replace %1 with a lower-case name such as {{first_name}}, or switch the template to numbered variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template uses numbered variables; replace %1 with {{1}}, {{2}}, …, or switch the template to named variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the variables {{1}} to {{%1}} without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put some text between the variables %1 and %2; variables cannot stand next to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the variable “%1” with }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a number or a name inside {{}}, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number variables from {{1}} upwards; “%1” is not a valid variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write “%1” as a number such as {{1}} or as a lower-case name such as {{first_name}} (letters a-z, digits and underscores, no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an example value for %1; Meta requires one for every variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abusive content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incorrect category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promotional content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspected scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content does not match the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” is paused by Meta because of low quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until Meta reinstates it, or edit the template to improve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” is disabled after repeated pauses for low quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new template; a disabled template can never be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for Meta&apos;s review (up to 24 hours) or choose an approved template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the template and submit it for review again, or choose an approved template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an approved template, or refresh the template list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1” cannot be sent because it is %2; only approved templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message asks for template “%1”, but the selected template is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the template again from the template list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message asks for language “%1”, but this template is in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the template in the language you want from the template list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language policy “%1” is not known to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “deterministic” or leave the policy out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header component appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body component appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no button at index %1; the template has %n button(s).</source>
        <translation>
            <numerusform>There is no button at index %1; the template has %n button.</numerusform>
            <numerusform>There is no button at index %1; the template has %n buttons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this button component or correct its index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1 has more than one component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send each component once and remove the extra one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header text has no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has a variable (%1) but no header component was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a header component with one text parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The body has %n variable(s) but no body component was sent.</source>
        <translation>
            <numerusform>The body has %n variable but no body component was sent.</numerusform>
            <numerusform>The body has %n variables but no body component was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a body component with a value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “%1” button</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It takes no parameters, but %n were sent.</source>
        <translation>
            <numerusform>It takes no parameters, but %n was sent.</numerusform>
            <numerusform>It takes no parameters, but %n were sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the parameters from this component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs %2 parameters (%3), but %4 were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send exactly one parameter for each variable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 parameter cannot fill a variable of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a text, currency or date_time parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a text parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template uses positional variables ({{1}}, {{2}}), but the parameter is named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove parameter_name and keep the parameters in text order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template uses named variables, but the parameter has no parameter_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set parameter_name to one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no variable named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable “%1” is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each variable exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parameter is given for {{%1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a parameter with parameter_name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GIF header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 button, but the component says sub_type “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sub_type to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of %1 has no variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL parameter is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the part of the link that goes in place of {{1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL parameter “%1” is not percent-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it percent-encoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a %2 parameter, but none was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one %1 parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one parameter, but %2 were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send exactly one %1 parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a %2 parameter, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a %1 parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This parameter is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a value; a variable cannot be left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter text cannot contain new lines, tabs or more than four spaces in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the value on one line and collapse the spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency parameter needs a fallback_value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the amount as it should read, for example “$12.50”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a three-letter ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an upper-case code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount_1000 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the amount times 1000, for example 12500 for 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date_time parameter needs a fallback_value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date as it should read, for example “February 25, 1977”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 parameter has neither a media id nor a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the file first, or give a public https link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude must be within ±90 and longitude within ±180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the location again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick-reply payload is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the payload your system expects back when the button is tapped, or send no parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the code to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>animated stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress or scale it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress it or send a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten it or lower its bit rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it or send a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a smaller sticker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a GIF: WhatsApp does not accept GIF files. Convert it to an MP4 video and attach that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an image WhatsApp does not accept (%2): only JPEG and PNG images can be sent. Save it as JPEG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a video WhatsApp does not accept (%2): only MP4 and 3GP videos (H.264 with AAC) can be sent. Convert it to MP4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Ogg file that is not Opus: WhatsApp plays Ogg audio only with the Opus codec. Convert it to Opus, MP3 or AAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is audio WhatsApp does not accept (%2): only AAC, AMR, MP3, M4A and Ogg (Opus) audio can be sent. Convert it to MP3 or AAC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSendCheck</name>
    <message>
        <source>Paused by Meta because of low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled after repeated pauses for low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived after 12 months without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the account&apos;s template limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged by Meta for low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown; refresh the template list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending review</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in appeal</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending deletion</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the template limit</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in an unknown status</source>
        <comment>template status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Agent inbox for the WhatsApp Business Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboard-sandbox listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window after --screenshot-delay, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conversation at the top of the list after start-up (for demos and screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb</name>
    <message>
        <source>A stand-in for the WhatsApp Business Cloud API: Graph routes, rules and error codes, simulated customers, signed webhooks and a control API under /_sandbox/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:0, any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL that receives the signed webhooks (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret that signs the webhooks (or SANDBOX_APP_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bearer token Graph requests must carry (or SANDBOX_ACCESS_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for every random choice (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population to start with: demo or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the primary business phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time only moves through POST /_sandbox/clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated customers do not answer on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen takes host:port with a numeric IP address, e.g. 127.0.0.1:8090.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--webhook takes an http or https URL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both --app-secret and --access-token are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario is demo or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph object ids are numeric; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of this message cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AccountFields</name>
    <message>
        <source>Paste the access token of your system user (Business Settings › System users › Generate new token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste only the token itself, without the word “Bearer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains spaces or line breaks: copy it again in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is too short for an access token (%n characters); copy the whole token.</source>
        <translation>
            <numerusform>This is too short for an access token (%n characters); copy the whole token.</numerusform>
            <numerusform>This is too short for an access token (%n characters); copy the whole token.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the App Secret (App Dashboard › App settings › Basic). It proves that webhooks really come from Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An App Secret is %1 characters of 0-9 and a-f; this has %n character(s).</source>
        <translation>
            <numerusform>An App Secret is %1 characters of 0-9 and a-f; this has %n character.</numerusform>
            <numerusform>An App Secret is %1 characters of 0-9 and a-f; this has %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use at least %1 characters for the verify token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verify token must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the WhatsApp Business Account ID (WhatsApp Manager › Account tools, or App Dashboard › WhatsApp › API Setup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WhatsApp Business Account ID has only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 digits is not the length of a WhatsApp Business Account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one phone number ID (App Dashboard › WhatsApp › API Setup). It is not the phone number itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a phone number; enter its phone number ID instead (App Dashboard › WhatsApp › API Setup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number ID: IDs have only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not have the length of a phone number ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number ID %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where the webhook receiver listens, for example 127.0.0.1:8080/webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path “%1” may not contain spaces, “?” or “#”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv6 address needs its closing “]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the port after the address, for example [::1]:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put an IPv6 address in brackets, for example [::]:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address this computer can listen on; use 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AccountSettings</name>
    <message>
        <source>No account is connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved WhatsApp Business Account ID is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved phone number IDs are unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved webhook address is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved Graph API address “%1” is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AlertRepository</name>
    <message>
        <source>An alert needs a kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AppController</name>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved account cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving webhooks on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard will remove the access token, App Secret and verify token from the system keychain and the account from its settings. The conversations stay in the inbox database. You can connect again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AppPaths</name>
    <message>
        <source>The system does not name a folder for application data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AttachmentCheck</name>
    <message>
        <source>%1 cannot be attached: the file does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: attach the files inside it, or zip it and attach the zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: check that you have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named like a %2 file, but its content is not one: it may be damaged or renamed. Export it again from the app that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PNG with a colour format WhatsApp refuses: images must be 8-bit RGB or RGBA. Save it again as a standard PNG or as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: %3 can be at most %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as a document: WhatsApp may not preview %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::AttachmentChip</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::BubbleContent</name>
    <message>
        <source>Template · %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template · %1 (%2) — definition not loaded, parameters shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapped a button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form response (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message cannot be shown here (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer changed their number to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <comment>open a product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>copy-code button: label: code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <comment>list button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::BubbleRich</name>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original message not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order · %n item(s)</source>
        <translation>
            <numerusform>Order · %n item</numerusform>
            <numerusform>Order · %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <comment>order sum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an ad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::BubbleStrings</name>
    <message>
        <source>Today</source>
        <comment>day separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>day separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>day separator date format, this year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>day separator date format, other years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>delivery state: time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp accepted the message but has not reported it sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: WhatsApp did not say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1): %2 — %3</source>
        <comment>code: explanation — next action</comment>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Delivered %1, not read: the customer may have read receipts off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>emoji, who reacted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(failed to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>send a failed message again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <comment>the business, in a chat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ChatController</name>
    <message>
        <source>The media could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ChatMessageSummary</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>a customer&apos;s button or list choice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact card(s)</source>
        <translation>
            <numerusform>%n contact card</numerusform>
            <numerusform>%n contact cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed a reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order of %n item(s)</source>
        <translation>
            <numerusform>Order of %n item</numerusform>
            <numerusform>Order of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>media</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>send a failed message again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options the customer sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Composer</name>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off because read receipts are set to Never: WhatsApp only shows “typing…” together with a read receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the customer that you are typing. WhatsApp only shows this together with a read receipt, so it also marks the chat as read. It disappears after 25 seconds or when you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not written to you yet: only approved templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window %1: only approved templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window closes in %1: after that only approved templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages stay free until %1 (free entry point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft is kept and returns when %1 writes again: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft is kept: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConnectionTester</name>
    <message>
        <source>Phone number ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no verified name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta refused the access token: it is wrong, expired or was revoked (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Business Settings › Users › System users, generate a new token for your app (expiry “Never”) with the whatsapp_business_messaging and whatsapp_business_management permissions, and paste all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid but has no permission to use this %1 (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Business Settings › System users, assign the WhatsApp account to the system user (full control), then generate a new token with whatsapp_business_messaging and whatsapp_business_management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta knows no phone number with this ID that your token can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the “Phone number ID” (a long number, not the phone number itself) from App Dashboard › WhatsApp › API Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta knows no WhatsApp Business Account with this ID that your token can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the “WhatsApp Business Account ID” from App Dashboard › WhatsApp › API Setup (not the app ID or the business portfolio ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph API could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection, and that a proxy or firewall lets Switchboard reach graph.facebook.com on port 443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph API did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection or proxy, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered, but not like the Graph API (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network: a captive portal or proxy may be answering instead of Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the field and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard cannot listen there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program uses port %1: choose a free port (and point your reverse proxy or tunnel at it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an address of this computer (127.0.0.1 or 0.0.0.0) and a port above 1023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph API could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s) registered.</source>
        <translation>
            <numerusform>%n phone number registered.</numerusform>
            <numerusform>%n phone numbers registered.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to another WhatsApp Business Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the WhatsApp Business Account ID this number is registered in, or remove the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 and %n more number(s).</source>
        <translation>
            <numerusform>Connected to %1 and %n more number.</numerusform>
            <numerusform>Connected to %1 and %n more numbers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before connecting.</source>
        <translation>
            <numerusform>%n problem to fix before connecting.</numerusform>
            <numerusform>%n problems to fix before connecting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ContactRepository</name>
    <message>
        <source>A contact needs a business-scoped user id, a WhatsApp id or a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ContentValidator</name>
    <message>
        <source>no caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the caption: %1 messages cannot carry one. Send the text as a separate message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file name: only documents carry one, not %1 messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the recording to OGG with the OPUS codec (mono), or send it as plain audio instead of a voice message (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the file: upload it to get a media id, or give a public https:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id and link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id or link, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send either the media id or the link, not both; the uploaded id is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a public link that starts with https:// (it is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the file to one of %1 (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP images can only be sent as stickers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React with exactly one emoji, or leave it empty to remove the reaction (it is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConversationDelegate</name>
    <message>
        <source>Unknown contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: %1</source>
        <comment>preview of our own last message</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConversationListModel</name>
    <message>
        <source>Customer-service window open until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-service window closed at %1: approved templates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not written yet: approved templates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free entry point: messages are free until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window closes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>needs a reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConversationListPanel</name>
    <message>
        <source>No conversations match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet. They appear here when customers write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer-service windows are closing soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations are limited to templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your name in Edit › Preferences to see the conversations assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations are assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>conversation view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reply</source>
        <comment>conversation view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing soon</source>
        <comment>conversation view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>conversation view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <comment>conversation view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <comment>conversation view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations where the customer wrote last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-service windows about to close: reply while free-form messages are still allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows closed or never opened: only approved templates can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, numbers and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <comment>conversation list order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Conversation &amp;Needing a Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConversationListView</name>
    <message>
        <source>Next Conversation Needing a Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConversationRowStyle</name>
    <message>
        <source>Template only</source>
        <comment>window pill: only templates may be sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free 72 h</source>
        <comment>marker: free-entry-point window, messages are not charged</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>last message time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed, so %2 databases cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1. Check that it is running and reachable, and the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL 12 or newer is required; the server at %1 runs version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DatabaseLocation</name>
    <message>
        <source>No database location was given. Enter a file path for SQLite or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; databases are not supported. Use a SQLite file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite location has no file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot be shared between the app&apos;s threads. Use a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Give the path of a database file inside it, e.g. &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Create it or choose another location for the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed: %1. Expected postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database. Add it after the host, e.g. postgresql://user@host:5432/switchboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL option &quot;%1&quot; is not supported. Supported: sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name, target_session_attrs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the PostgreSQL URL option &quot;%1&quot; is empty or contains spaces, quotes or semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DeliveryStatus</name>
    <message>
        <source>Draft</source>
        <comment>delivery status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>delivery status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>delivery status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by WhatsApp</source>
        <comment>delivery status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the answer to the send request was lost</source>
        <comment>delivery status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>delivery status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>delivery status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <comment>delivery status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played</source>
        <comment>delivery status (voice message)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>delivery status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DesktopWiring</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Dispatcher</name>
    <message>
        <source>The stored request of this message is damaged; it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending paused for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::E164</name>
    <message>
        <source>Enter a phone number, including the country code (for example +1 650 555 1234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number can only contain digits; remove the letters (“%1”). Spaces, dashes, dots, brackets and a leading + are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed in a phone number. Use digits, with optional spaces, dashes, dots, brackets and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a single + sign, in front of the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The + sign must come first, right before the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country codes never start with 0; check the digits after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number starts with 0, which only works for calls inside one country. Enter + and the country code, then the number (usually without that 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the country code: start the number with + (for example +1 650 555 1234 or +44 20 7946 0958).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business country code “%1” is not valid; it must be 1 to 3 digits not starting with 0, such as 1 or 44.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This number is too short: %n digit(s) with the country code, but a full international number has at least %1.</source>
        <translation>
            <numerusform>This number is too short: %n digit with the country code, but a full international number has at least %1.</numerusform>
            <numerusform>This number is too short: %n digits with the country code, but a full international number has at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This number is too long: %n digit(s) with the country code, but international numbers have at most %1.</source>
        <translation>
            <numerusform>This number is too long: %n digit with the country code, but international numbers have at most %1.</numerusform>
            <numerusform>This number is too long: %n digits with the country code, but international numbers have at most %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::EmojiPicker</name>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ErrorCatalogue</name>
    <message>
        <source>Template problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp rejected the template message with error code %1, which Switchboard does not know in detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the template and its variables, or pick another template. Sending it again unchanged is likely to fail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognized error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp returned error code %1, which Switchboard does not recognize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard retries a few times. If the message still fails, read the error details and contact Meta support if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta could not authenticate Switchboard: the access token expired, was revoked, or access to the account was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to reconnect the account with a new system-user token. Queued messages are sent afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp service error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp&apos;s servers reported an unexpected internal problem. This is usually temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard retries automatically. If it keeps failing, check the WhatsApp Business platform status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp service was temporarily unavailable, for example during maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app connected to this account lacks a capability or permission that this action needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to check the app&apos;s permissions and reconnect the account with a token that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app made more calls to Meta than its allowance permits, so Meta refuses further calls for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard slows down and retries. If this happens often, an administrator should check the application rate limit in the Meta App Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token does not have permission for this action, or the permission was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to reconnect the account with a token that includes the WhatsApp messaging and management permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business phone number this account uses no longer exists or its ID is wrong, for example because the number was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending from this number is paused. Ask an administrator to check the phone number in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp rejected the request because a field is unknown, misspelled, too long or duplicated. Sending it again unchanged fails again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the message and send it again. If it keeps failing, report it with the error details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token Switchboard uses for this account has expired, so nothing can be sent until it is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to reconnect the account with a new token. The message is retried once afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API permission missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token lacks a permission this action needs, or the permission was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to reconnect the account with a token that has the required permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked for policy violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta has temporarily blocked this WhatsApp Business account from sending because it broke a WhatsApp policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is paused. An administrator should read the notice under Policy Enforcement in WhatsApp Manager and correct or appeal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This WhatsApp Business account made too many API calls in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard slows down and retries automatically. Reduce bulk actions if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business has blocked this customer, so WhatsApp does not deliver messages to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock the customer first if you want to message them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number sent more messages per second than its throughput allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: Switchboard slows down and sends the message again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer is in a Meta experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s number is part of a Meta experiment on marketing messages, so the message was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not resend it; treat it as not delivered. Replies to messages the customer sends still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not allowed to message users in the customer&apos;s country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending to this country. An administrator should check the account&apos;s restrictions in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp could not send the message because of an unknown error on its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard retries automatically. If it keeps failing, contact Meta support with the error details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is missing a permission for this action, or the permission was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to check the token&apos;s permissions and reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message lacks a field WhatsApp requires, so it was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the message, fill in what is missing, and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value in the request is not valid, for example the message it refers to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the message and send it again; the error details name the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WhatsApp service is temporarily overloaded or unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient is the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was addressed to this business&apos;s own phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different recipient: a number cannot message itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp could not deliver to this customer: the number may not use WhatsApp, the customer may not have accepted the latest terms, their app may be too old, or WhatsApp held the message back to protect their experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not resend automatically. Reach the customer another way and ask them to update WhatsApp if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Business account was locked, for a policy breach or because a verification failed (for example a wrong two-step PIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is paused. An administrator should check the account health in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number cannot send messages yet because its display name has not been approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator should get the display name approved in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has a billing problem: no valid payment method, a credit line over its limit, a suspended account, or no time zone or currency set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is paused until an administrator fixes billing in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number not registered correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business phone number is not correctly registered with the Cloud API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator should register the number again; then the message can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote, so WhatsApp only accepts an approved template message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a template to reopen the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending from this number is restricted because many customers blocked it or reported it as spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop bulk sends and check the number&apos;s quality rating in WhatsApp Manager before sending more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back for healthy engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp did not deliver this marketing message to keep the customer&apos;s experience healthy: they have received many marketing messages lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not resend now. Try again in 24 hours at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer stopped marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has opted out of marketing messages from your business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send marketing messages to this customer. Service replies are still possible when they write to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp does not support this type of message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the content as a supported type, for example as text or as a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s media unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo, video or file the customer sent could not be downloaded, for example because it is too large or of an unsupported type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to send it again another way, such as a smaller file or a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media upload failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be uploaded because its format is not supported or does not match its file type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the file to a supported format and attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages to this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages were sent to this one customer in a short time. Other customers are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: Switchboard sends it again after a short pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is briefly in maintenance, for example while its throughput is upgraded. This usually lasts under a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard retries automatically in about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this incoming message is not available. This happens with the first message to a number shared with the WhatsApp Business app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to repeat it if it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing disabled on Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing messages are turned off for the Cloud API on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send marketing through the Marketing Messages API, or ask an administrator to turn it back on for the Cloud API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit reduced for misclassified templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging limit was reduced for a while because templates were sent in the wrong category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the template categories and wait for the enforcement period to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of template variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was sent with a different number of variables than it defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every variable of the template and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp has no approved template with this name in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the templates, then check the template&apos;s name, language and approval status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the variables filled in, the template text is longer than WhatsApp allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the variable values and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template breaks a content rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s content breaks a WhatsApp formatting or content policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the template so that it follows WhatsApp&apos;s template guidelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template variable in the wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable value does not have the format the template defines, for example text where a currency or a date is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the variable values and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is paused because of low quality ratings, so it cannot be sent for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another template, or edit this one. It can be used again once it is reinstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was paused too many times and is now permanently disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new template to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template parameter problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp found a problem with the template&apos;s parameters while sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the variables named in the error details and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Flow attached to this message is blocked, so it cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a different message or Flow, and ask an administrator to fix the Flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Flow attached to this message is throttled: only a few messages an hour may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a different message, or wait an hour and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete deregistration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier attempt to deregister this phone number did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator should deregister the number again, then register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp server handling this number is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step PIN does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-step verification PIN entered is not the one set for this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the correct PIN, or reset it in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number needs verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number must be verified again before it can be registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator should verify the number, then register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many PIN attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong two-step verification PINs were tried for this number, so registration is locked for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the time stated in the error details, then register with the correct PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN entered too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification PINs were tried too quickly one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business phone number is not registered on the Cloud API, so it cannot send messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator should register the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number was deleted recently, and WhatsApp needs a few minutes before it can be registered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes, then register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was registered or deregistered too many times recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before trying again; the limit can last up to 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account set-up problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp refused the request because of how this business account is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to check the account in WhatsApp Manager, and contact Meta support with the error details if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp rejected the request because of an unspecified problem with its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the message and send it again. If it keeps failing, contact Meta support with the error details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer identity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp identity changed, for example after a new phone or a reinstall, and the identity check stopped the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm who the customer is another way before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not given your business permission to call them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for call permission first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::FirstRunDialog</name>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm, fast inbox for your WhatsApp Business conversations. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore with the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated business account with demo customers, running on this computer. Nothing reaches WhatsApp; no Meta account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your WhatsApp Business Platform account: access token, App Secret, phone number IDs and WABA ID. Secrets are kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can connect a number later from File › Connect a number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a WhatsApp Business number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You find these values in the Meta App Dashboard under WhatsApp › API Setup and in Business Settings › System users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system user token with the WhatsApp permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App settings › Basic. Proves webhooks come from Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 106540352242922, 106540352242923</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 102290129340398</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta calls public HTTPS only: point your proxy or tunnel here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it in App Dashboard › WhatsApp › Configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection with Meta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::FreeFormPanel</name>
    <message>
        <source>Replying to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How WhatsApp will show the formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file (or drop or paste it here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter); Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an approved template instead of free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “typing…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the customer that you are typing. WhatsApp only shows this together with a read receipt, so it also marks the chat as read. It disappears after 25 seconds or when you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters as WhatsApp counts them, of the 4096 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, videos, audio and documents (*.jpg *.jpeg *.png *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture could not be saved: there is no writable temporary folder. Save it as a file and attach that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>characters used/allowed</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::GraphClient</name>
    <message>
        <source>“%1” is not a valid Graph API id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is only sent over HTTPS, or to the configured API host; refusing to contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token contains characters an HTTP header cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer carries no Graph API error description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next-page link leads to %1 instead of the Graph API host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list did not end after %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a MIME type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected checksum “%1” is not a SHA-256 value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a media download URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected SHA-256 %1 but received %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::GraphFailure</name>
    <message>
        <source>The WhatsApp Cloud API refused the request with error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the WhatsApp Cloud API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API did not answer in time, so it is unknown whether the request was carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Cloud API sent an answer this app cannot use (HTTP status %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded media file was discarded because it is not the file Meta described: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local file could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::GraphResponses</name>
    <message>
        <source>The send response names no message id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload response names no media id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media lookup response has no usable URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number response names no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response does not report success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list response has no data array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list response has an unusable next-page link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::InboxMediaCache</name>
    <message>
        <source>Media cannot be downloaded while the app is not connected to the WhatsApp Cloud API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media cache folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded media could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This media has expired: WhatsApp keeps a customer&apos;s media for 7 days and it was sent %n day(s) ago. Ask the customer to send it again if you still need it.</source>
        <translation>
            <numerusform>This media has expired: WhatsApp keeps a customer&apos;s media for 7 days and it was sent %n day ago. Ask the customer to send it again if you still need it.</numerusform>
            <numerusform>This media has expired: WhatsApp keeps a customer&apos;s media for 7 days and it was sent %n days ago. Ask the customer to send it again if you still need it.</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp no longer has this media: it was deleted or has expired. Ask the sender to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (error %2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media could not be downloaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::InboxService</name>
    <message>
        <source>Read receipts cannot be sent while the app is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message to mark as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has no media to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media was sent as a link; it is not downloaded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message names no media file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::InboxWiring</name>
    <message>
        <source>The read receipt was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Ingestor</name>
    <message>
        <source>Template %1 was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta rejected the template %1: %2. Edit it and submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta paused the template %1 because of low quality (%2). Sends with it fail until the pause ends; review who receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta disabled the template %1 (%2). It can no longer be sent; create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reported %1 for the template %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 has low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 quality dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quality of the template %1 went from %2 to %3. Customers block or report it; low quality pauses the template and can lower the number&apos;s rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 will change category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta will move the template %1 from %2 to %3 on %4; it will be priced as %3 from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 changed category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta moved the template %1 from %2 to %3; it is priced as %3 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was flagged for low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta flagged %1. Its messaging limit cannot grow and may drop if quality does not recover within 7 days: slow down broadcasts and review recent templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging limit lowered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging limit raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging limit went from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts beyond the new limit are held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta restricted the WhatsApp Business Account: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reported a policy violation on the account: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reported %1 for the WhatsApp Business Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Business Account is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reported %1: this app no longer receives the account&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reported %1 (%2): this app no longer receives the account&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is connected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reconnected the WhatsApp Business Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp reported error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of %1 is low (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of %1 dropped to medium (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers block or report messages from %1. Pause broadcasts and review recent templates and who receives them; low quality stops the messaging limit from growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of %1 fell from %2 to YELLOW. Review recent templates and broadcast audiences before it turns red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 changed from %2 to %3. It must be CONNECTED to send and receive messages normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inbound message without an id cannot be deduplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inbound message without metadata.phone_number_id cannot be assigned to a business number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inbound message names no sender (no wa_id, from or user id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent &quot;%2&quot;. Do not send them marketing or other business-initiated messages until they opt in again; replies inside the service window are still allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turned off marketing messages in WhatsApp. Marketing templates to them will fail (error 131050) until they turn them back on; utility and authentication templates still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::InteractiveValidator</name>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this button&apos;s id: &quot;%1&quot; is already used by another button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this button&apos;s title: &quot;%1&quot; is already used by another button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a text header or none: list messages cannot have an image, video or document header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this row&apos;s id: &quot;%1&quot; is already used by another row of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the button URL; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a full link that starts with https:// (it is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a text header; multi-product messages require one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a text header: multi-product messages cannot have a media header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the section title; it is required when there is more than one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow_id or flow_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the flow to send: give its flow id or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow_id and flow_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow_id or flow_name, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the flow by its id or by its name, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the emoji from the flow button label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the flow action to navigate or data_exchange (it is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the flow mode to draft or published, or leave it empty for published (it is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the flow message version to 3 (it is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the flow&apos;s initial data as a JSON object, such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::JsonCursor</name>
    <message>
        <source>Expected a number but found the text &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This required field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::KeyCaps</name>
    <message>
        <source> or </source>
        <comment>between alternative shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <comment>between alternative shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LimitCheck</name>
    <message>
        <source>Fill in the %1; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the %1; it has only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengthen the %1 to at least %2 characters (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the %1 to %2 characters or fewer (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce the %1 to %2 or less (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a %1 from %2 to %3 (it is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 until there are at least %2 (there are %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only one %1 (there are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 until there are at most %2 (there are %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a %1 between %2 and %3 (it is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Limits</name>
    <message>
        <source>recipient (to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id of the message replied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media id or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document types are delivered but may not display correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress or scale down the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the video or lower its bit rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the recording or lower its bit rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the document or send a link to it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static sticker file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>animated sticker file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice message file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice message file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger voice messages are delivered but show no play icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location request text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact&apos;s formatted name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>button id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>button title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list button label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit counts the rows of all sections together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current platform docs require a title on every section, even when there is only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>button label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>button URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product retailer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit counts the products of all sections together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow id or flow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow button label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer labels may be cut off on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow message version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow payload data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line break in the card body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line breaks in the card body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card button label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card button id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id of the message reacted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaction emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only lowercase letters a-z, digits 0-9 and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>button type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>button index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a three-letter ISO 4217 code in capitals, such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick-reply button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick-reply buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone-number button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone-number buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-code button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-code buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call button label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LiveSession</name>
    <message>
        <source>The account&apos;s secrets have not been read from the system keychain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver could not listen on %1: %2. Choose another address with File › Connect a number…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>Switchboard — Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard %1
A native agent inbox for the WhatsApp Business Platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · quality %3 · messaging limit %4 · throughput %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect a number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Template Picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Message from the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MessageDelegate</name>
    <message>
        <source>Send this message again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the options the customer sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MessageJson</name>
    <message>
        <source>Unknown header type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply buttons must have the type &quot;reply&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location request&apos;s action must be &quot;send_location&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or unsupported interactive type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or unsupported message type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging product must be &quot;whatsapp&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &quot;individual&quot; recipients are supported, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient is required: give &quot;to&quot; or &quot;recipient&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template parameter type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button index must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template component type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MessagingTier</name>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers / 24 h (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers / 24 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Migrations</name>
    <message>
        <source>The database %1 was written by a newer version of Switchboard (schema %2; this version knows up to %3). Update Switchboard to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database schema to version %1 (%2) failed at statement %3 and was rolled back; the database stays at the previous version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::NotificationText</name>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n customer(s)</source>
        <comment>%1 is the number of new messages</comment>
        <translation>
            <numerusform>%1 from %n customer</numerusform>
            <numerusform>%1 from %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>customer name: latest message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>customers</comment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply to %1 soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window closes in %1. After that, only approved templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) closing without a reply</source>
        <translation>
            <numerusform>%n window closing without a reply</numerusform>
            <numerusform>%n windows closing without a reply</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: closes in %2</source>
        <comment>customer name: time left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>windows</comment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>time left</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Outbox</name>
    <message>
        <source>Choose the business phone number to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outgoing message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed message, or one whose outcome is unknown, can be sent again; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored message cannot be read back; write it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::OutboxRepository</name>
    <message>
        <source>Switchboard stopped after this message was handed to the network and before WhatsApp&apos;s answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outgoing message needs a local id, a sending number, a recipient, a conversation and a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This local id is already taken by another message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox row was not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::PhoneNumberRepository</name>
    <message>
        <source>A business phone number needs its phone number id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business phone number needs its number or its phone number id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A health measurement needs a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReadReceiptPolicy</name>
    <message>
        <source>Mark as read when I open the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read when I reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never send read receipts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Sandbox</name>
    <message>
        <source>The sandbox is not listening yet; call listen() first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s wa_id must have 7 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number %1 is not registered in the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quality rating must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown messaging tier &quot;%1&quot; (use TIER_250, TIER_2K, TIER_10K, TIER_100K or TIER_UNLIMITED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The throughput must be between 1 and 1000 messages per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot; in language %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxControlApi</name>
    <message>
        <source>The control API takes GET and POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control endpoint %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who writes: &quot;from&quot; is the customer&apos;s wa_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;throughput&quot; is a number of messages per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;http_5xx.status&quot; must be between 500 and 599.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;webhooks&quot; is one of ok, fail, pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock only moves forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxHttp</name>
    <message>
        <source>The control API only answers on the loopback interface.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxInbound</name>
    <message>
        <source>A text message needs &quot;text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media %1 does not exist (upload it first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video needs &quot;media_id&quot; of an uploaded video; the sandbox has no sample video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs &quot;id&quot; and &quot;title&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system message needs &quot;new_wa_id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown inbound type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxSession</name>
    <message>
        <source>The sandbox profile could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver could not listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxTemplates</name>
    <message>
        <source>A template needs a name and a language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category must be MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a BODY component.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SecretStore</name>
    <message>
        <source>No %1 is saved in the system keychain for this account. Connect the number again to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to the %1. Unlock the keychain (or allow Switchboard) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not handle the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is reachable, so the %1 cannot be stored safely. Switchboard keeps secrets only in the keychain, never in a file. On Linux, start a Secret Service (GNOME Keyring or KWallet; e.g. install gnome-keyring and log in again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook verify token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SendClassification</name>
    <message>
        <source>The customer-service window is closed: the customer has not written or called in the last 24 hours. Only an approved template can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: the conversation started from an ad or a Page button, so every message is free for 72 hours after the first reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send date is unknown, so whether this reply is charged cannot be predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: replies inside the customer-service window are not charged until 30 September 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged: since 1 October 2026 every reply inside the customer-service window is billed per delivered message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged: utility templates sent outside the customer-service window are billed per delivered message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send date is unknown, so whether this utility template is charged cannot be predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: utility templates sent inside the customer-service window are not charged until 30 September 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged: since 1 October 2026 utility templates are billed even inside the customer-service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: the conversation started from an ad or a Page button, so every message, templates included, is free for 72 hours after the first reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged: marketing templates are billed per delivered message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged: authentication templates are billed per delivered message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s category is unknown, so the charge cannot be predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers send this kind of message; a business cannot send it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SendVerdict</name>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard does not send it again on its own: WhatsApp may already have it. The message is updated as soon as WhatsApp reports its status; if it never does, send it again yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the phone number&apos;s settings and its access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused before reaching WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending from this number is paused: WhatsApp no longer accepts its access token. Save a new token to resume; queued messages are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending from this number is paused: WhatsApp blocked sends for the account or number. Check the account&apos;s health, then resume; queued messages are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending from this number is paused: Switchboard could not build a valid request (missing token or invalid phone number id). Fix the settings, then resume; queued messages are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ServiceWindow</name>
    <message>
        <source>no customer message yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed just now</source>
        <comment>customer-service window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>closed %n min ago</source>
        <comment>customer-service window</comment>
        <translation>
            <numerusform>closed %n min ago</numerusform>
            <numerusform>closed %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed %n h ago</source>
        <comment>customer-service window</comment>
        <translation>
            <numerusform>closed %n h ago</numerusform>
            <numerusform>closed %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed %n days ago</source>
        <comment>customer-service window</comment>
        <translation>
            <numerusform>closed %n day ago</numerusform>
            <numerusform>closed %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::SettingsDialog</name>
    <message>
        <source>New customer messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows about to close on conversations that need a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations assigned to this name are listed under Mine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes before the deadline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <comment>closing-soon warning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the 24-hour window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From then on the window&apos;s countdown turns amber and, when the customer is still waiting for a reply, you are notified once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing soon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read receipt shows the customer blue ticks. Sending a typing indicator also marks their message as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While on, nothing pops up; the tray icon still counts unread messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a closing-soon time above to use this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::StoreWebhookSink</name>
    <message>
        <source>The webhook payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook payload could not be stored; it will be delivered again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TemplateButtonRules</name>
    <message>
        <source>Use at most one variable in the button URL (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one variable, at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the variable to the very end of the button URL, as in https://example.com/order/{{1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick replies in one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this quick-reply button next to the other quick-reply buttons: quick replies must form one group (QR, QR, URL is valid; QR, URL, QR is not).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TemplateForm</name>
    <message>
        <source>Back to message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to free text; the window is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or https link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” link {{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the header file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG or PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF or other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be this template&apos;s header: it needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 %3 (error %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opted out of marketing on %2 via “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out of marketing on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out of marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted in via %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted in via %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted in on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opt-in is recorded for %1: business-initiated messages need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient: open a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out of marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out of marketing on %2 via “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out of marketing on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: send a utility template or wait for %2 to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TemplateGraphJson</name>
    <message>
        <source>A template in the list has no name or language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template in the list has no BODY text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TemplatePicker</name>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show templates in one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <comment>template category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <comment>template category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>template category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <comment>template category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <comment>template name, language, category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <comment>template language, category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet. Create them in WhatsApp Manager and refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TemplatePreview</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 header: not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TemplateSendValidator</name>
    <message>
        <source>Set the language policy to deterministic or leave it empty (it is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge this %1 component into the first one: a template message has at most one %1 component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one component per button: index %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the button&apos;s sub_type, such as quick_reply, url or copy_code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a known button sub_type, such as quick_reply, url or copy_code (it is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a parameter of type %1 here: a %2 component does not take %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name on every parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this parameter its parameter_name: when one parameter of a component is named, all of them must be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the currency code; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TrayIcon</name>
    <message>
        <source>No unread messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n conversation(s)</source>
        <comment>%1 is the unread message count</comment>
        <translation>
            <numerusform>%1 in %n conversation</numerusform>
            <numerusform>%1 in %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) waiting for a reply</source>
        <translation>
            <numerusform>%n customer waiting for a reply</numerusform>
            <numerusform>%n customers waiting for a reply</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Conversation Needing a Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Violation</name>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WebhookParser</name>
    <message>
        <source>Unknown status &quot;%1&quot;; the event is kept as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;messages&quot; change carries no messages, statuses or errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;whatsapp_business_account&quot; but found &quot;%1&quot;; parsed anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WebhookReceiver</name>
    <message>
        <source>The webhook listener needs both the app secret and the verify token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook path “%1” must start with / and use only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for webhooks on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook request used an HTTP method other than GET or POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook verification request did not carry this app&apos;s verify token; check the Verify token in the App Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook verification request carried no challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook payload of %1 bytes was refused; the limit is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook payload arrived without an X-Hub-Signature-256 header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook payload&apos;s signature did not match; check that the app secret is the one of the Meta app sending the webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed webhook payload is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed webhook payload is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook payload could not be stored; Meta will deliver it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WebhookTcpServer</name>
    <message>
        <source>A webhook request without Content-Length was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook request had an invalid Content-Length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook request of %1 bytes was refused; the limit is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook request with more than %1 bytes of headers was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ctl</name>
    <message>
        <source>Parses a webhook payload and prints the normalised events, one JSON object per line. With --app-secret the X-Hub-Signature-256 value must match, as the receiver demands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret to check the signature with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-Hub-Signature-256 header value (sha256=...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload file, or - for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: switchboardctl parse-webhook FILE|- [--app-secret S --signature HEADER] (the secret and the signature go together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature refused: the X-Hub-Signature-256 value does not match this payload and app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a webhook payload: the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an outbound Cloud API message (the JSON body of POST /messages) against the platform&apos;s rules and prints every violation with its field, rule, limit and fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message JSON file, or - for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: switchboardctl validate [--json] FILE|-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: a message body is an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates only (the customer never wrote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates only, %1 (deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists conversations with their customer-service window: open ones first, the soonest deadline first, then the rest, most recent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (default), needs-reply, unread or unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations assigned to this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this business phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: switchboardctl conversations [--db PATH|URL] [--json] [--filter all|needs-reply|unread|unassigned] [--assignee AGENT] [--phone-number-id ID] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: an SQLite file, or postgresql://user@host:port/dbname. Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is empty: give an SQLite file path or a postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the database %1: it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database at %1: ingest a webhook payload or send a message first, or name another one with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the database %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1 (retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the outbox through the Graph API within each number&apos;s throughput, pair-rate and messaging limits: --once until the queue is empty, --follow until interrupted. The access token is read from the SB_ACCESS_TOKEN environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what is queued, then stop (exit 0 when everything was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep sending, also what is queued later, until SIGINT or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph API base URL (default $SB_GRAPH_URL, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this business phone number (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --once: stop when the next due message is further away than this (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: SB_ACCESS_TOKEN=… switchboardctl dispatch [--db PATH|URL] (--once [--max-wait SECONDS] | --follow) [--graph-url URL] [--phone-number-id ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--graph-url %1 is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set SB_ACCESS_TOKEN to the access token; it is read from the environment so that it stays out of shell history and the process list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number %1 is not in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to dispatch: no business phone number in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends of an earlier run may have left: their outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched: %1 accepted, %2 failed, %3 unknown outcome, %4 retries; %5 still queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored %1 inbound messages (%2 duplicates), %3 statuses applied (%4 unchanged, %5 waiting for their message, %6 duplicates), %7 opt-outs, %8 template updates, %9 health changes, %10 alerts, %11 events skipped; %12 conversations changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a webhook payload file in the database exactly as the webhook receiver does: the raw body first, then every event in one transaction. Ingesting the same payload again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: switchboardctl ingest [--db PATH|URL] [--json] FILE|-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already ingested: an identical payload was stored before; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds messages whose text contains every word of QUERY (the last word may be the start of a word), newest first. Query syntax characters are just separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: switchboardctl search [--db PATH|URL] [--json] [--conversation ID] [--phone-number-id ID] [--limit N] QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query has no words to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no messages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the message cannot be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no business phone number is known yet: name the sending number with --from PHONE_NUMBER_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several business phone numbers are known (%1): choose one with --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues a message in the outbox after the same checks the composer makes: the platform&apos;s limits, the customer-service window and opt-outs. `dispatch` sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient: a phone number (E.164) or a BSUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message in this file (a POST /messages body; its `to` is replaced by --to), or - for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending business phone number id (default: the only one known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: switchboardctl send [--db PATH|URL] --to ID (--text TEXT | --json FILE) [--from PHONE_NUMBER_ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is %1, not approved: the platform refuses it (132001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer opted out (%1); record their opt-in before writing to them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer stopped marketing messages in WhatsApp; the platform refuses them (131050).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: nothing was queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%3
  quality %4, messaging limit %5, throughput %6, status %7
  queue depth %8 (%9 queued, %10 sending); %11 unknown outcome, %12 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints each business phone number with its quality rating, messaging limit, throughput, status and outbox queue, and the open alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: switchboardctl status [--db PATH|URL] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no business phone numbers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open alerts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboardctl</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: switchboardctl COMMAND [options]
commands:
  validate FILE|- [--json]        check an outbound message against the platform&apos;s rules
  parse-webhook FILE|- [--app-secret S --signature H]
                                  print a webhook payload&apos;s events as JSON lines
  ingest FILE|- [--json]          store a webhook payload in the database
  conversations [--json]          list conversations with their window and deadline
  send --to ID (--text T | --json FILE) [--from PHONE_NUMBER_ID]
                                  check a message and queue it in the outbox
  dispatch (--once | --follow) [--graph-url URL]
                                  send the outbox (token from SB_ACCESS_TOKEN)
  search QUERY [--json]           find messages by their words
  status [--json]                 numbers, quality, messaging limit, queue depth
commands that touch data take --db PATH|postgresql://… (default $XDG_DATA_HOME/switchboard/switchboard.db); COMMAND --help describes each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
