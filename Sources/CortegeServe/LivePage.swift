/// The few lines added to a served programme page so that it follows the plan (docs/serve.md §4): it listens to
/// `/e/<token>` (Server-Sent Events) and reloads when the announced version differs from its own; without
/// EventSource, or with scripts off, it reloads itself periodically.
enum LivePage {
    static func script(token: String, version: String) -> String {
        """
        <script>(function(){var v="\(version)";\
        if(!window.EventSource){setTimeout(function(){location.reload()},60000);return}\
        var s=new EventSource("/e/\(token)");\
        s.addEventListener("version",function(e){if(e.data!==v){s.close();location.reload()}});\
        })();</script><noscript><meta http-equiv="refresh" content="300"></noscript>
        """
    }
}
