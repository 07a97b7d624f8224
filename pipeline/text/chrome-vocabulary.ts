// Words that page chrome is made of (share bars, follow buttons, sign-in dialogs, comment forms,
// cookie banners, newsletter boxes, related-post lists, footers), in several languages. Shared by
// the HTML and text cleaners and by metadata (a widget label in a byline box is no name). Plain data: every phrase lower-case, matched on word boundaries.
// Phrases checked against real pages, with where they were seen, are in pipeline/lexicon/.
import type { ChromeKind } from './blocks.ts';
import chromeLexicon from '../lexicon/chrome-phrases.json' with { type: 'json' };

/** A family of chrome phrases and the block kind a line or element made of them belongs to. */
export interface ChromeVocabulary {
  kind: ChromeKind;
  /** Lower-case phrases; a short block that consists mostly of these is chrome. */
  phrases: readonly string[];
}

/** Share bars and the social networks they name. */
export const SHARE_PHRASES = [
  // en
  'share', 'share this', 'share this post', 'share this story', 'share on', 'tweet', 'email',
  'print', 'copy link', 'link copied', 'whatsapp', 'telegram', 'facebook', 'twitter', 'x', 'linkedin', 'reddit',
  'pinterest', 'tumblr', 'pocket', 'flipboard', 'vk', 'vkontakte', 'odnoklassniki', 'messenger', 'threads', 'bluesky',
  'mastodon', 'instagram', 'youtube', 'tiktok', 'rss', 'feed',
  // fr
  'partager', 'partagez', 'partager cet article', 'imprimer', 'envoyer', 'envoyer par e-mail',
  // es
  'compartir', 'compartir en', 'imprimir', 'enviar',
  // de
  'teilen', 'artikel teilen', 'drucken', 'senden',
  // it, pt
  'condividi', 'stampa', 'compartilhar', 'partilhar',
  // ar
  'شارك', 'مشاركة', 'طباعة', 'أرسل',
  // ru
  'поделиться', 'поделитесь', 'печать', 'отправить',
] as const;

/** Follow / subscribe prompts for social accounts. */
export const FOLLOW_PHRASES = [
  'follow', 'follow us', 'follow us on', 'subscribe', 'like', 'likes', 'followers', 'subscribers',
  'find us on', 'connect with us', 'join us',
  'suivez-nous', 'suivez nous', 'abonnez-vous', "s'abonner",
  'síguenos', 'suscríbete', 'seguir',
  'folgen sie uns', 'folgen', 'abonnieren',
  'seguici', 'segue-nos', 'siga-nos',
  'تابعنا', 'اشترك',
  'подписаться', 'подпишитесь', 'мы в соцсетях', 'присоединяйтесь',
] as const;

/** Sign-in, registration and account dialogs. */
export const SIGNIN_PHRASES = [
  'sign in', 'sign up', 'log in', 'login', 'log out', 'logout', 'register', 'create an account', 'my account',
  'have an existing account?', 'lost your password?', 'forgot your password?',
  'forgot password', 'remember me', 'username', 'password', 'welcome back',
  'se connecter', 'connexion', "s'inscrire", 'inscription', 'mon compte', 'mot de passe oublié',
  'iniciar sesión', 'registrarse', 'mi cuenta', 'contraseña',
  'anmelden', 'registrieren', 'mein konto', 'passwort vergessen',
  'accedi', 'registrati', 'entrar', 'cadastre-se',
  'تسجيل الدخول', 'تسجيل', 'حسابي', 'كلمة المرور',
  'войти', 'вход', 'регистрация', 'зарегистрироваться', 'забыли пароль?', 'личный кабинет',
] as const;

/** Comment forms and comment counters. */
export const COMMENT_PHRASES = [
  'leave a reply', 'cancel reply', 'post comment', 'add a comment', 'comments', 'comment',
  'no comments', 'reply', 'your email address will not be published', 'required fields are marked',
  'name', 'email', 'website', 'save my name, email, and website in this browser for the next time i comment',
  'join the discussion', 'view comments', 'show comments', 'be the first to comment',
  'laisser un commentaire', 'commentaires', 'répondre', 'votre adresse e-mail ne sera pas publiée',
  'deja un comentario', 'comentarios', 'responder', 'tu dirección de correo electrónico no será publicada',
  'kommentar schreiben', 'kommentare', 'antworten', 'ihre e-mail-adresse wird nicht veröffentlicht',
  'lascia un commento', 'commenti', 'deixe um comentário', 'comentários',
  'اترك تعليقا', 'اترك تعليقاً', 'التعليقات', 'تعليقات', 'رد',
  'оставить комментарий', 'комментарии', 'комментарий', 'ответить', 'ваш адрес email не будет опубликован',
] as const;

/** Cookie and consent banners. */
export const COOKIE_PHRASES = [
  'cookies', 'cookie', 'cookie policy', 'cookie settings', 'we use cookies', 'accept', 'accept all', 'reject all',
  'i agree', 'agree', 'got it', 'manage preferences', 'by using this site, you agree', 'privacy policy',
  'terms of use', 'terms of service', 'consent',
  'nous utilisons des cookies', 'accepter', 'tout accepter', 'refuser', 'politique de confidentialité',
  'utilizamos cookies', 'aceptar', 'rechazar', 'política de privacidad',
  'wir verwenden cookies', 'akzeptieren', 'alle akzeptieren', 'ablehnen', 'datenschutz', 'datenschutzerklärung',
  'accetta', 'aceitar',
  'ملفات تعريف الارتباط', 'قبول', 'سياسة الخصوصية',
  'мы используем файлы cookie', 'принять', 'политика конфиденциальности', 'согласен',
] as const;

/** Newsletter sign-up boxes. */
export const NEWSLETTER_PHRASES = [
  'newsletter', 'sign up for our newsletter', 'subscribe to our newsletter', 'get our newsletter', 'get the latest', 'enter your email',
  'your email address', 'email address', 'inbox',
  "inscrivez-vous à notre newsletter", 'lettre d’information', "lettre d'information",
  'suscríbete a nuestro boletín', 'boletín', 'newsletter abonnieren',
  'النشرة البريدية', 'рассылка', 'подпишитесь на рассылку',
] as const;

/** Headings of related-post and teaser lists. */
export const RELATED_PHRASES = [
  'related', 'related posts', 'related articles', 'related stories', 'related content', 'you might also like',
  'you may also like', 'read more', 'read also', 'see also', 'more from', 'more stories', 'recommended',
  'recommended for you', 'recent articles', 'latest news', 'latest posts', 'latest articles',
  'top news', 'top stories', 'most read', 'most popular', 'popular posts', 'trending', 'editor’s picks',
  "editor's picks", 'see all', 'show more', 'view all', 'load more', 'previous article', 'next article',
  'previous post', 'next post', 'previous', 'next', 'older posts', 'newer posts', 'continue reading', 'read the full article here',
  'à lire aussi', 'lire aussi', 'articles similaires', 'sur le même sujet', 'les plus lus', 'voir aussi', 'à la une',
  'article précédent', 'article suivant', 'voir tout',
  'te puede interesar', 'noticias relacionadas', 'lo más leído', 'artículos relacionados', 'leer más', 'ver más',
  'das könnte sie auch interessieren', 'mehr zum thema', 'meistgelesen', 'weitere artikel', 'mehr lesen',
  'articoli correlati', 'leggi anche', 'leia também', 'notícias relacionadas',
  'مقالات ذات صلة', 'اقرأ أيضا', 'اقرأ أيضاً', 'الأكثر قراءة', 'آخر الأخبار', 'المزيد',
  'читайте также', 'похожие статьи', 'по теме', 'самое читаемое', 'последние новости', 'другие новости',
  'показать ещё', 'читать далее',
] as const;

/** Footer and legal lines. */
export const FOOTER_PHRASES = [
  'all rights reserved', 'copyright', 'terms and conditions', 'terms of use', 'privacy policy', 'privacy',
  'contact us', 'contact', 'about us', 'about', 'advertise', 'advertise with us', 'careers', 'sitemap', 'imprint',
  'powered by', 'designed by', 'back to top', 'top of page', 'skip to content',
  'skip to main content', 'scroll to top', 'accessibility',
  'tous droits réservés', 'mentions légales', 'nous contacter', 'qui sommes-nous', 'plan du site',
  'todos los derechos reservados', 'aviso legal', 'contacto', 'quiénes somos',
  'alle rechte vorbehalten', 'impressum', 'kontakt', 'über uns',
  'tutti i diritti riservati', 'todos os direitos reservados',
  'جميع الحقوق محفوظة', 'اتصل بنا', 'من نحن',
  'все права защищены', 'контакты', 'о нас', 'наверх',
] as const;

/** Advertising slots. */
export const ADVERT_PHRASES = [
  'advertisement', 'advertising', 'sponsored', 'sponsored content', 'paid content', 'paid post', 'ad', 'ads', 'publicité', 'annonce', 'publicidad', 'anzeige',
  'werbung', 'pubblicità', 'إعلان', 'реклама',
] as const;

/** The lexicon's chrome phrases of one kind (pipeline/lexicon/chrome-phrases.json: each with where pages use it). */
const lexiconPhrases = (kind: ChromeKind) => (chromeLexicon.phrases as { phrase: string; kind: string }[]).filter((entry) => entry.kind === kind).map((entry) => entry.phrase);

/** Every family with its block kind, in the order a matcher should try them. */
export const CHROME_VOCABULARIES: readonly ChromeVocabulary[] = [
  { kind: 'cookie', phrases: COOKIE_PHRASES },
  { kind: 'signin', phrases: [...SIGNIN_PHRASES, ...lexiconPhrases('signin')] },
  { kind: 'comment', phrases: [...COMMENT_PHRASES, ...lexiconPhrases('comment')] },
  { kind: 'newsletter', phrases: NEWSLETTER_PHRASES },
  { kind: 'share', phrases: [...SHARE_PHRASES, ...lexiconPhrases('share')] },
  { kind: 'share', phrases: FOLLOW_PHRASES },
  { kind: 'related', phrases: [...RELATED_PHRASES, ...lexiconPhrases('related')] },
  { kind: 'footer', phrases: [...FOOTER_PHRASES, ...lexiconPhrases('footer')] },
  { kind: 'advert', phrases: ADVERT_PHRASES },
];

/** Copyright lines: "© 2022 …", "Copyright 2024 …", "(c) …". */
export const COPYRIGHT_PATTERN = /(?:©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|جميع الحقوق محفوظة|все права защищены)/iu;

/**
 * Class / id fragments that name chrome containers in HTML (nav, share, related …). Kept here so
 * both paths share one list; matched as substrings of lower-cased class and id values.
 */
export const CHROME_CLASS_WORDS: Readonly<Record<string, ChromeKind>> = {
  nav: 'menu', menu: 'menu', navbar: 'menu', breadcrumb: 'breadcrumb', share: 'share', social: 'share',
  sharing: 'share', follow: 'share', related: 'related', recommended: 'related', 'more-stories': 'related',
  comment: 'comment', comments: 'comment', respond: 'comment', disqus: 'comment', footer: 'footer',
  header: 'header', masthead: 'header', sidebar: 'sidebar', widget: 'sidebar', aside: 'sidebar', cookie: 'cookie',
  consent: 'cookie', gdpr: 'cookie', newsletter: 'newsletter', subscribe: 'newsletter', signup: 'newsletter',
  login: 'signin', signin: 'signin', 'sign-in': 'signin', modal: 'boilerplate', popup: 'boilerplate',
  advert: 'advert', ad: 'advert', ads: 'advert', sponsor: 'advert', promo: 'advert', 'author-box': 'byline',
  byline: 'byline', 'post-meta': 'page-metadata', 'entry-meta': 'page-metadata', tags: 'page-metadata',
};

const normalisePhrase = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/[’]/g, "'").replace(/[^\p{L}\p{N}'-]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** Phrase → kind, for whole-line lookups; the first family listing a phrase wins. */
const PHRASE_KIND: ReadonlyMap<string, ChromeKind> = (() => {
  const map = new Map<string, ChromeKind>();
  for (const { kind, phrases } of CHROME_VOCABULARIES) {
    for (const phrase of phrases) {
      const key = normalisePhrase(phrase);
      if (!map.has(key)) map.set(key, kind);
    }
  }
  return map;
})();

const LONGEST_PHRASE_WORDS = Math.max(...[...PHRASE_KIND.keys()].map((p) => p.split(' ').length));

/** Splits run-together widget labels: "ShareTweetEmail" → "Share Tweet Email". */
export function splitRunTogether(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

export interface ChromeMatch {
  kind: ChromeKind;
  /** Share of the text's words covered by chrome phrases, 0–1. */
  coverage: number;
  phrases: string[];
}

/**
 * How much of a short text is chrome vocabulary: greedy longest-phrase cover of its words (after
 * splitting run-together labels). Linear in the number of words times the longest phrase length.
 */
export function matchChrome(text: string): ChromeMatch | null {
  const words = normalisePhrase(splitRunTogether(text)).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const counts = new Map<ChromeKind, number>();
  const phrases: string[] = [];
  let covered = 0;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(LONGEST_PHRASE_WORDS, words.length - i); n > 0; n--) {
      const candidate = words.slice(i, i + n).join(' ');
      const kind = PHRASE_KIND.get(candidate);
      if (kind) {
        counts.set(kind, (counts.get(kind) ?? 0) + n);
        phrases.push(candidate);
        matched = n;
        break;
      }
    }
    covered += matched;
    i += matched || 1;
  }
  if (covered === 0) return null;
  const [kind] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return { kind, coverage: covered / words.length, phrases };
}
