/// The programme's style sheet: A4 print (a page per day, nothing cut at the margins), and phone widths.
/// No external font, image or request: system fonts and inline SVG only.
enum ProgrammeStyle {
    /// `footer` and `classification` are printed in the page margins; they go through `CSS.string`.
    static func sheet(footer: String, classification: String, pageWord: String) -> CSS {
        CSS(
            text: """

                @page { size: A4; margin: 13mm 12mm 15mm 12mm;
                  @top-right { content: \(CSS.string(classification)); font: 600 7.5pt sans-serif; color: #000091; }
                  @bottom-left { content: \(CSS.string(footer)); font: 7pt sans-serif; color: #666; }
                  @bottom-right { content: \(CSS.string(pageWord + " ")) counter(page) " / " counter(pages);
                    font: 7pt sans-serif; color: #666; } }
                :root { --bleu: #000091; --bleu-clair: #e3e3fd; --rouge: #e1000f; --ink: #1e1e1e; --muted: #5f5f6a;
                  --line: #dddde6; --paper: #ffffff; }
                * { box-sizing: border-box; }
                html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
                body { margin: 0; background: #eeeef3; color: var(--ink);
                  font: 10pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
                .sheet { position: relative; z-index: 1; max-width: 210mm; margin: 8mm auto; padding: 12mm 12mm 10mm;
                  background: var(--paper); box-shadow: 0 1px 6px rgba(0,0,40,.12); }
                h1, h2, h3, p, ol, ul, figure { margin: 0; }
                .masthead { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm;
                  padding-bottom: 3mm; border-bottom: 1px solid var(--line); }
                .brand { display: flex; align-items: center; gap: 3mm; font-weight: 700; font-size: 9pt; line-height: 1.2; }
                .tricolore { display: inline-flex; width: 9mm; height: 6mm; border: 1px solid #ccc; }
                .tricolore span { flex: 1; } .tricolore .b { background: #000091; } .tricolore .w { background: #fff; }
                .tricolore .r { background: #e1000f; }
                .classification { text-align: right; font-size: 8pt; font-weight: 700; text-transform: uppercase;
                  letter-spacing: .05em; color: var(--bleu); border: 1.5px solid var(--bleu); padding: 1mm 2.5mm; border-radius: 2px; }
                .audience-security .classification, .audience-principal .classification { color: var(--rouge); border-color: var(--rouge); }
                .cover { padding: 5mm 0 4mm; }
                .kicker { font-size: 8.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
                h1 { font-size: 19pt; line-height: 1.15; margin: 1.5mm 0 2mm; color: var(--bleu); overflow-wrap: anywhere; }
                .facts { display: flex; flex-wrap: wrap; gap: 1.5mm 5mm; font-size: 9pt; color: var(--muted); }
                .facts strong { color: var(--ink); }
                .status { display: inline-block; font-size: 8pt; font-weight: 800; text-transform: uppercase; letter-spacing: .05em;
                  padding: .3mm 2mm; border-radius: 2px; background: #dff3e4; color: #18753c; }
                .status.status-draft, .status.status-tentative { background: #ffe9e6; color: #c9000d; }
                .status.status-cancelled { background: #3a3a3a; color: #fff; }
                .watermark { position: fixed; inset: 0; z-index: 2; display: flex; align-items: center; justify-content: center;
                  pointer-events: none; }
                .watermark span { transform: rotate(-32deg); font-size: 118pt; font-weight: 900; letter-spacing: .12em;
                  color: rgba(225, 0, 15, .13); border: 6px solid rgba(225, 0, 15, .13); padding: 0 8mm; border-radius: 6mm; }
                .day { break-before: page; page-break-before: always; padding-top: 2mm; }
                .day.first { break-before: auto; page-break-before: auto; }
                .day-head { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm;
                  border-bottom: 3px solid var(--bleu); padding-bottom: 1.2mm; margin-bottom: 3mm; }
                h2 { font-size: 14pt; color: var(--bleu); }
                h2::first-letter { text-transform: uppercase; }
                .day-visit { font-size: 8pt; color: var(--muted); text-align: right; }
                figure.timeline { margin: 0 0 4mm; break-inside: avoid; page-break-inside: avoid; }
                figure.timeline figcaption { font-size: 8pt; font-weight: 700; text-transform: uppercase; letter-spacing: .05em;
                  color: var(--muted); margin-bottom: 1mm; }
                svg.timeline { display: block; width: 100%; height: auto; }
                .lane { fill: #fff; } .lane.even { fill: #f5f5fa; } .lane-alerts { fill: #fff4f3; }
                .lane-label { font: 600 10.5px sans-serif; fill: #1e1e1e; } .lane-sublabel { font: 8px sans-serif; fill: #666; }
                .tick { font: 600 9px sans-serif; fill: #555; } .grid { stroke: #c9c9db; stroke-width: .7; }
                .grid-half { stroke: #e3e3ee; stroke-width: .6; stroke-dasharray: 2 2; }
                .bar-item { fill: #000091; } .bar-busy { fill: #9a9aa6; }
                .bar-item.on-press.press-open { fill: #18753c; } .bar-item.on-press.press-pool { fill: #b35c00; }
                .bar-transfer { stroke: #6a6af4; stroke-width: .8; }
                .hatch-ground { fill: #ececfe; } .hatch-stripe { fill: #8585f6; }
                .lead-ground { fill: #ffffff; } .lead-stripe { fill: #a6a6b4; }
                .bar-press-lead, .bar-escort-lead { stroke: #a6a6b4; stroke-width: .5; }
                .bar-label { font: 600 8.5px sans-serif; fill: #fff; pointer-events: none; }
                .bar-label.on-hatch { fill: #000091; paint-order: stroke; stroke: #fff; stroke-width: 2.4px; }
                .conflict-mark { fill: rgba(225, 0, 15, .16); stroke: #e1000f; stroke-width: 1.5; }
                .conflict-mark.severity-warning { stroke-dasharray: 4 2; }
                .conflict-code { font: 800 7.5px sans-serif; fill: #c9000d; paint-order: stroke; stroke: #fff; stroke-width: 2.2px; }
                .legend { font: 8.5px sans-serif; fill: #555; }
                .conflicts { margin: 0 0 4mm; padding: 2mm 3mm; border-left: 3px solid var(--rouge); background: #fff4f3;
                  font-size: 8.5pt; break-inside: avoid; }
                .conflicts h3 { font-size: 8.5pt; color: #c9000d; text-transform: uppercase; letter-spacing: .04em; margin-bottom: 1mm; }
                .conflicts ul { padding-left: 4mm; } .conflicts .when { font-weight: 700; }
                .conflicts small.code code { font-size: 6.5pt; font-weight: 400; color: #c9000d; }
                ol.programme { list-style: none; padding: 0; }
                .entry { display: grid; grid-template-columns: 31mm 1fr; gap: 0 3mm; padding: 2.4mm 0; border-top: 1px solid var(--line);
                  break-inside: avoid; page-break-inside: avoid; }
                .time { font-weight: 800; font-variant-numeric: tabular-nums; color: var(--bleu); font-size: 10pt; line-height: 1.25;
                  white-space: nowrap; }
                .time small { display: block; font-weight: 500; color: var(--muted); font-size: 8pt; }
                h3.title { font-size: 11pt; line-height: 1.25; overflow-wrap: anywhere; }
                .title-line { display: flex; flex-wrap: wrap; align-items: baseline; gap: 1mm 2.5mm; }
                .badge { display: inline-block; border-radius: 999px; padding: .2mm 2.2mm; font-size: 7pt; font-weight: 800;
                  text-transform: uppercase; letter-spacing: .04em; white-space: nowrap; }
                .badge-open { background: #dff3e4; color: #18753c; } .badge-pool { background: #fff0d6; color: #8a4b00; }
                .badge-closed { background: #e8e8ee; color: #3a3a44; }
                .venue { font-size: 9pt; margin-top: .6mm; } .venue .address { color: var(--muted); }
                .people { font-size: 8.8pt; margin-top: 1mm; overflow-wrap: anywhere; }
                .people .who-title { color: var(--muted); }
                .label { font-size: 7.5pt; font-weight: 800; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
                  margin-right: 1.5mm; }
                .press-note { font-size: 8.5pt; color: #18753c; margin-top: .6mm; }
                .notes { font-size: 8.8pt; margin-top: 1mm; font-style: italic; color: #3a3a44; overflow-wrap: anywhere; }
                .order { font-size: 8.8pt; margin-top: 1.2mm; }
                .order ol { display: inline; padding: 0; list-style: none; }
                .order li { display: inline; } .order li + li::before { content: " \\203A  "; color: var(--muted); }
                .order .n { font-weight: 700; color: var(--bleu); margin-right: .8mm; }
                .busy .title { color: var(--muted); font-style: italic; font-weight: 600; }
                .busy { background: repeating-linear-gradient(135deg, #fff, #fff 6px, #f2f2f6 6px, #f2f2f6 12px); }
                .transfer { padding: 1.4mm 0; border-top: 1px dashed var(--line); color: var(--muted); font-size: 8.8pt; }
                .transfer .time { font-size: 9pt; font-weight: 600; color: var(--muted); }
                .transfer .what { font-weight: 700; color: #3a3a60; }
                .escort { margin-top: 1mm; padding: 1.2mm 2mm; background: #f4f4ff; border-left: 3px solid #6a6af4; color: var(--ink); }
                .escort ul { margin: .5mm 0 0; padding-left: 4mm; }
                .motorcade { margin: 0 0 4mm; font-size: 8.8pt; }
                .motorcade ol { display: inline; padding: 0; list-style: none; }
                .motorcade li { display: inline; } .motorcade li + li::before { content: " \\203A  "; color: var(--muted); }
                .empty { color: var(--muted); font-style: italic; padding: 4mm 0; }
                .day-foot { margin-top: 3mm; padding-top: 1.5mm; border-top: 1px solid var(--line); font-size: 7.5pt; color: var(--muted);
                  display: flex; justify-content: space-between; gap: 4mm; }
                .diagram { margin: 1mm 0 1.5mm; break-inside: avoid; }
                .order .diagram ol { display: flex; list-style: none; margin: 0; padding: 0; }
                .order .diagram li { display: block; } .order .diagram li + li::before { content: none; }
                .diagram-note { font: italic 8pt sans-serif; color: #666; text-align: center; margin: .8mm 0 0; }
                .diagram .places { gap: .8mm; align-items: stretch; }
                .diagram .place { flex: 1 1 0; min-width: 0; max-width: 38mm; background: #f5f5fe; border: 1px solid #b7b7e6;
                  border-radius: 1.5mm; padding: .8mm .4mm 1mm; text-align: center; }
                .diagram .place-first { background: #e3e3fd; border: 1.4px solid #000091; }
                .diagram .place-rank { display: inline-block; min-width: 4.6mm; border-radius: 999px; background: #000091;
                  color: #fff; font: 700 8pt/4.6mm sans-serif; }
                .diagram .place-name, .diagram .seat-name { display: block; font: 600 8pt/1.2 sans-serif; color: #1e1e1e;
                  overflow-wrap: anywhere; margin-top: .6mm; }
                .diagram .places .aisle { flex: 0 0 auto; align-self: center; font: italic 8pt sans-serif; color: #666;
                  border-left: 1px dashed #999; border-right: 1px dashed #999; padding: 4mm .8mm; }
                .diagram-seating { display: grid; grid-template-columns: auto minmax(0, 1fr) auto; gap: 1mm 1.5mm;
                  align-items: center; }
                .diagram-seating .side-far { grid-column: 2; grid-row: 1; }
                .diagram-seating .table { grid-column: 2; grid-row: 2; }
                .diagram-seating .side-near { grid-column: 2; grid-row: 3; }
                .diagram-seating .end-west { grid-column: 1; grid-row: 2; }
                .diagram-seating .end-east { grid-column: 3; grid-row: 2; }
                .diagram-seating .end { width: 24mm; text-align: center; }
                .diagram-seating .side { gap: 1mm; align-items: flex-end; }
                .diagram-seating .side-near { align-items: flex-start; }
                .diagram-seating .side > li { flex: 1 1 0; min-width: 0; text-align: center; }
                .diagram-seating .side-near .seat-name { margin-top: .4mm; }
                .diagram-seating .side-far .seat-name, .diagram-seating .end .seat-name { margin: 0 0 .4mm; }
                .diagram .seat { display: inline-block; width: 3.4mm; height: 3.4mm; border-radius: 50%;
                  border: 1.3px solid #000091; background: #fff; }
                .diagram .seat-host { background: #000091; } .diagram .seat-empty { border: 1px dashed #bbb; }
                .diagram .table { background: #f3efe6; border: 1.2px solid #b9a77e; border-radius: 2mm; text-align: center;
                  font: italic 8pt sans-serif; color: #666; padding: 3mm 1mm; }
                @media print {
                  body { background: #fff; }
                  .sheet { margin: 0; padding: 0; max-width: none; box-shadow: none; }
                  .day-foot { display: none; }
                }
                @media (max-width: 640px) {
                  body { font-size: 10.5pt; }
                  .sheet { margin: 0; padding: 4mm 3.5mm; box-shadow: none; }
                  .masthead { flex-direction: column; }
                  .classification { text-align: left; }
                  h1 { font-size: 16pt; }
                  .entry { grid-template-columns: 1fr; gap: .8mm; }
                  .time small { display: inline; margin-left: 2mm; }
                  .day-head { flex-direction: column; gap: .5mm; }
                  .day-visit { text-align: left; }
                  .watermark span { font-size: 56pt; border-width: 3px; }
                }

                """)
    }
}
