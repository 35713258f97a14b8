// Service point: prints the confirmation for a resident without e-mail (inline scripts are blocked by the CSP).
document.getElementById('print-confirmation')?.addEventListener('click', () => window.print());
