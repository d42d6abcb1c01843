/// The style sheet of the cabinet's documents: A4 portrait, margins for punching and filing, the classification
/// and the page numbers in the margins, French hyphenation; readable on a phone too. No external font, image or
/// request.
enum DocumentStyle {
    /// `footer` and `classification` are printed in the page margins; they go through `CSS.string`.
    static func sheet(footer: String, classification: String, pageWord: String) -> CSS {
        CSS(
            text: """

                @page { size: A4; margin: 15mm 15mm 17mm 18mm;
                  @top-right { content: \(CSS.string(classification)); font: 600 7.5pt sans-serif; color: #000091; }
                  @bottom-left { content: \(CSS.string(footer)); font: 7pt sans-serif; color: #666; }
                  @bottom-right { content: \(CSS.string(pageWord + " ")) counter(page) " / " counter(pages);
                    font: 7pt sans-serif; color: #666; } }
                :root { --bleu: #000091; --rouge: #e1000f; --ink: #1e1e1e; --muted: #5f5f6a; --line: #dddde6; }
                * { box-sizing: border-box; }
                html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
                body { margin: 0; background: #eeeef3; color: var(--ink); hyphens: auto; -webkit-hyphens: auto;
                  font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
                .sheet { position: relative; z-index: 1; max-width: 210mm; margin: 8mm auto; padding: 14mm 15mm 12mm 18mm;
                  background: #fff; box-shadow: 0 1px 6px rgba(0,0,40,.12); }
                h1, h2, h3, p, ol, ul { margin: 0; }
                .masthead { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm;
                  padding-bottom: 3mm; border-bottom: 1px solid var(--line); }
                .brand { display: flex; align-items: center; gap: 3mm; font-size: 9pt; line-height: 1.25; }
                .republique span { font-weight: 800; text-transform: uppercase; letter-spacing: .04em; }
                .tricolore { display: inline-flex; width: 9mm; height: 6mm; border: 1px solid #ccc; }
                .tricolore span { flex: 1; } .tricolore .b { background: #000091; } .tricolore .w { background: #fff; }
                .tricolore .r { background: #e1000f; }
                .classification { text-align: right; font-size: 8pt; font-weight: 700; text-transform: uppercase;
                  letter-spacing: .05em; color: var(--rouge); border: 1.5px solid var(--rouge); padding: 1mm 2.5mm;
                  border-radius: 2px; max-width: 70mm; }
                .cover { padding: 6mm 0 4mm; border-bottom: 3px solid var(--bleu); margin-bottom: 4mm; }
                .kicker { font-size: 8.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
                h1 { font-size: 20pt; line-height: 1.15; margin: 1.5mm 0 1.5mm; color: var(--bleu); text-transform: uppercase;
                  letter-spacing: .03em; }
                .addressee { font-size: 13pt; font-weight: 700; margin-bottom: 1mm; }
                .visit-title { font-size: 11.5pt; font-weight: 600; margin-bottom: 2mm; overflow-wrap: anywhere; }
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
                h2 { font-size: 13pt; color: var(--bleu); margin: 5mm 0 2mm; border-bottom: 1px solid var(--line);
                  padding-bottom: 1mm; break-after: avoid; }
                h2::first-letter { text-transform: uppercase; }
                h3 { font-size: 11pt; margin: 0 0 1mm; }
                .intro { margin: 2mm 0 3mm; }
                section.entry { padding: 3mm 0; border-top: 1px solid var(--line); break-inside: avoid; page-break-inside: avoid; }
                .entry-head { display: grid; grid-template-columns: 34mm 1fr; gap: 0 4mm; }
                .when { font-weight: 800; color: var(--bleu); font-variant-numeric: tabular-nums; white-space: nowrap; }
                .when small { display: block; font-weight: 500; color: var(--muted); font-size: 8.5pt; }
                dl.facts-list { display: grid; grid-template-columns: 34mm 1fr; gap: 1mm 4mm; margin: 2mm 0 0; font-size: 9.5pt; }
                dl.facts-list dt { font-size: 8pt; font-weight: 800; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
                  padding-top: .4mm; }
                dl.facts-list dd { margin: 0; overflow-wrap: anywhere; }
                .in-place { font-weight: 800; color: var(--rouge); }
                table { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 1mm 0 3mm; }
                th { text-align: left; font-size: 8pt; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
                  border-bottom: 1.5px solid var(--bleu); padding: 1mm 2mm 1mm 0; }
                td { border-bottom: 1px solid var(--line); padding: 1.2mm 2mm 1.2mm 0; vertical-align: top; overflow-wrap: break-word; hyphens: manual; }
                tr { break-inside: avoid; page-break-inside: avoid; }
                td.phone, td.email { white-space: nowrap; font-variant-numeric: tabular-nums; }
                .muted { color: var(--muted); }
                .contact-box { margin-top: 5mm; padding: 2.5mm 3mm; border-left: 3px solid var(--bleu); background: #f4f4ff;
                  break-inside: avoid; }
                .page-foot { margin-top: 6mm; padding-top: 1.5mm; border-top: 1px solid var(--line); font-size: 7.5pt; color: var(--muted);
                  display: flex; justify-content: space-between; gap: 4mm; }
                .overrun { margin: 2mm 0; padding: 2mm 3mm; border-left: 3px solid var(--rouge); background: #fff1f0;
                  font-weight: 700; color: #a4000b; }
                table.run-sheet-lines td.when, table.run-sheet-lines td.length { white-space: nowrap;
                  font-variant-numeric: tabular-nums; }
                table.run-sheet-lines tr.before, table.run-sheet-lines tr.after { color: var(--muted); }
                ul.pool-rules { margin: 1mm 0 2mm 5mm; padding: 0; }
                @media print {
                  body { background: #fff; }
                  .sheet { margin: 0; padding: 0; max-width: none; box-shadow: none; }
                  .page-foot { display: none; }
                }
                @media (max-width: 640px) {
                  .sheet { margin: 0; padding: 4mm 3.5mm; box-shadow: none; }
                  .masthead { flex-direction: column; }
                  .classification { text-align: left; }
                  .entry-head, dl.facts-list { grid-template-columns: 1fr; }
                  .watermark span { font-size: 56pt; border-width: 3px; }
                  td.phone, td.email { white-space: normal; }
                }

                """)
    }
}
