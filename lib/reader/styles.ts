// The reader's whole stylesheet, inlined in every page (about 2 KB gzipped): one request fewer
// than a linked file, and nothing to block the first paint. Colours meet WCAG AA contrast.
export const READER_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.6 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}
a{color:#0b4f9c;text-underline-offset:.15em}
a:hover{color:#062e5c}
:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem;z-index:1}
.skip:focus{left:.5rem}
.wrap{max-width:44rem;margin:0 auto;padding:0 1rem}
header.site{border-bottom:1px solid #d0d0d0;background:#fafafa}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;padding-top:.6rem;padding-bottom:.6rem}
.brand{font:700 1.35rem/1.2 system-ui,sans-serif;color:#111;text-decoration:none}
form.find{display:flex;gap:.25rem}
form.find input{font:inherit;font-size:1rem;padding:.3rem .5rem;border:1px solid #6b6b6b;border-radius:3px;min-width:0;width:11rem;min-height:2.25rem}
button{font:600 .95rem system-ui,sans-serif;padding:.35rem .8rem;border:1px solid #0b4f9c;background:#0b4f9c;color:#fff;border-radius:3px;min-height:2.25rem;cursor:pointer}
main{padding:1rem 0 2rem}
h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}
h2{font-size:1.3rem;line-height:1.3;margin:1.6rem 0 .5rem}
.meta,.small{font:.9rem/1.5 system-ui,sans-serif;color:#4d4d4d}
.summary{font-size:1.2rem;color:#333}
.body blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #b0b0b0;color:#333}
.tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
.tags a{display:inline-block;padding:.2rem .55rem;border:1px solid #b0b0b0;border-radius:1rem;font:.9rem system-ui,sans-serif;text-decoration:none;min-height:24px}
.box{border:1px solid #b0b0b0;border-radius:4px;padding:.25rem 1rem 1rem;margin:2rem 0;background:#f7f7f5}
.box h2{margin-top:.8rem}
.box h3{font-size:1.05rem;margin:1rem 0 .3rem}
.box ul{padding-left:1.2rem;margin:.3rem 0}
.list{list-style:none;padding:0;margin:0}
.list>li{padding:.75rem 0;border-bottom:1px solid #e0e0e0}
.list h2,.list h3{font-size:1.15rem;margin:.15rem 0}
.list p{margin:.25rem 0}
.outlet{font-weight:700}
mark{background:#fff1a8;color:inherit}
figure{margin:1.25rem 0}
figure img{display:block;width:100%;height:auto;background:#eee}
figcaption{font:.9rem/1.45 system-ui,sans-serif;color:#4d4d4d;margin-top:.4rem}
.credit{color:#5c5c5c;font-size:.85rem}
.has-thumb{overflow:hidden}
.thumb img{float:right;width:80px;height:60px;margin:.2rem 0 .3rem .75rem;border-radius:3px;object-fit:cover}
nav.pages{display:flex;gap:1rem;margin-top:1rem;font-family:system-ui,sans-serif}
footer.site{border-top:1px solid #d0d0d0;padding:1rem 0;font:.9rem system-ui,sans-serif;color:#4d4d4d}
@media (max-width:30rem){h1{font-size:1.55rem}form.find input{width:8.5rem}}
`.replace(/\n/g, "");
