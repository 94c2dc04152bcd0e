// Email providers anyone can get an address at: no organization may claim one of these domains
// (verifying gmail.com would make every Gmail user "on the organization's domain").
const PUBLIC_PROVIDERS = new Set(
  (
    "gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.co.jp yahoo.fr yahoo.de ymail.com rocketmail.com " +
    "outlook.com hotmail.com hotmail.co.uk hotmail.fr live.com live.co.uk msn.com passport.com " +
    "icloud.com me.com mac.com aol.com aim.com proton.me protonmail.com protonmail.ch pm.me " +
    "gmx.com gmx.net gmx.de gmx.at gmx.ch web.de t-online.de freenet.de mail.com email.com " +
    "yandex.com yandex.ru ya.ru mail.ru bk.ru inbox.ru list.ru rambler.ru " +
    "zoho.com zohomail.com fastmail.com fastmail.fm hey.com tutanota.com tuta.io tutanota.de posteo.de mailbox.org " +
    "qq.com 163.com 126.com yeah.net sina.com sohu.com naver.com daum.net hanmail.net " +
    "orange.fr wanadoo.fr free.fr laposte.net sfr.fr libero.it virgilio.it tiscali.it " +
    "comcast.net verizon.net att.net sbcglobal.net bellsouth.net cox.net charter.net earthlink.net " +
    "btinternet.com sky.com virginmedia.com ntlworld.com talktalk.net " +
    "rediffmail.com seznam.cz wp.pl o2.pl interia.pl onet.pl " +
    "hushmail.com mailfence.com runbox.com disroot.org riseup.net cock.li " +
    "guerrillamail.com mailinator.com 10minutemail.com temp-mail.org yopmail.com"
  ).split(" "),
);

/** Whether the domain (or a parent of it) is a public email provider. */
export function isPublicEmailProvider(domain: string): boolean {
  const labels = domain.toLowerCase().split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    if (PUBLIC_PROVIDERS.has(labels.slice(i).join("."))) return true;
  }
  return false;
}
