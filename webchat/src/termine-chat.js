/*!
 * Termine web chat embed – Ausländerbehörde des Rhein-Kreises Neuss.
 *
 * One script tag on the county's page:
 *   <script src="https://termine.example/webchat/termine-chat.js" defer></script>
 * It adds a chat button (bottom corner) that opens a panel with the official Bot Framework Web Chat, connected to
 * Termine's own Direct Line 3.0 with a short-lived token from /api/webchat/token. Nothing else is loaded from
 * anywhere but Termine itself: Web Chat (webchat.js) is fetched from the same folder once the page is idle.
 *
 * Optional attributes on the script tag:
 *   data-language="de|en|fr|tr|ar|ru|uk"  the chat's first language (default: the browser's, if one of the seven, else German)
 *   data-termine-origin="https://…"        where Termine runs (default: where this script came from)
 * Any element with the attribute data-termine-chat-open opens the chat when clicked.
 *
 * Plain JavaScript, no build step.
 */
(() => {
  'use strict';

  const script = document.currentScript;
  const scriptUrl = new URL(script ? script.src : '/webchat/termine-chat.js', document.baseURI);
  const assets = new URL('.', scriptUrl);
  const origin = ((script && script.dataset.termineOrigin) || scriptUrl.origin).replace(/\/+$/, '');
  // The county page names the fingerprinted files (cached for a year); another site's page gets them under their own
  // names, which the browser revalidates (ETag) on each visit.
  const webChatUrl = new URL((script && script.dataset.webchatSrc) || 'webchat.js', assets).href;
  const stylesheetUrl = new URL((script && script.dataset.stylesheetHref) || 'termine-chat.css', assets).href;

  const COLORS = {
    blue: '#00527a',
    text: '#1a1a1a',
    muted: '#4a4a4a',
    page: '#f3f5f7',
    border: '#8a9aa8'
  };

  /** The seven languages, each in its own name, with the chat's own texts. */
  const LANGUAGES = {
    de: {
      name: 'Deutsch',
      locale: 'de-DE',
      dir: 'ltr',
      t: {
        launcher: 'Termin-Chat',
        title: 'Termin-Assistent',
        subtitle: 'Ausländerbehörde Rhein-Kreis Neuss',
        language: 'Sprache',
        close: 'Chat schließen',
        connecting: 'Verbindung wird aufgebaut …',
        failed: 'Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal oder rufen Sie uns an: 02181 601-0.',
        busy: 'Gerade kommen sehr viele Anfragen an. Bitte versuchen Sie es in einer Minute noch einmal.',
        retry: 'Noch einmal versuchen',
        send: 'Senden',
        placeholder: 'Nachricht eingeben',
        name: 'Vor- und Nachname',
        birthDate: 'TT.MM.JJJJ',
        email: 'E-Mail-Adresse',
        phone: 'Telefonnummer'
      }
    },
    en: {
      name: 'English',
      locale: 'en-GB',
      dir: 'ltr',
      t: {
        launcher: 'Appointment chat',
        title: 'Appointment assistant',
        subtitle: 'Foreigners’ Authority, Rhein-Kreis Neuss',
        language: 'Language',
        close: 'Close chat',
        connecting: 'Connecting…',
        failed: 'The chat cannot be reached right now. Please try again in a moment or call us: 02181 601-0.',
        busy: 'We are receiving a lot of requests right now. Please try again in a minute.',
        retry: 'Try again',
        send: 'Send',
        placeholder: 'Type your message',
        name: 'First and last name',
        birthDate: 'DD/MM/YYYY',
        email: 'Email address',
        phone: 'Phone number'
      }
    },
    fr: {
      name: 'Français',
      locale: 'fr-FR',
      dir: 'ltr',
      t: {
        launcher: 'Chat rendez-vous',
        title: 'Assistant de rendez-vous',
        subtitle: 'Service des étrangers, Rhein-Kreis Neuss',
        language: 'Langue',
        close: 'Fermer le chat',
        connecting: 'Connexion en cours…',
        failed: 'Le chat n’est pas disponible pour le moment. Veuillez réessayer dans un instant ou nous appeler au 02181 601-0.',
        busy: 'Nous recevons beaucoup de demandes en ce moment. Veuillez réessayer dans une minute.',
        retry: 'Réessayer',
        send: 'Envoyer',
        placeholder: 'Écrivez votre message',
        name: 'Prénom et nom',
        birthDate: 'JJ/MM/AAAA',
        email: 'Adresse e-mail',
        phone: 'Numéro de téléphone'
      }
    },
    tr: {
      name: 'Türkçe',
      locale: 'tr-TR',
      dir: 'ltr',
      t: {
        launcher: 'Randevu sohbeti',
        title: 'Randevu asistanı',
        subtitle: 'Yabancılar Dairesi, Rhein-Kreis Neuss',
        language: 'Dil',
        close: 'Sohbeti kapat',
        connecting: 'Bağlanıyor…',
        failed: 'Sohbete şu anda ulaşılamıyor. Lütfen birazdan tekrar deneyin veya bizi arayın: 02181 601-0.',
        busy: 'Şu anda çok sayıda istek geliyor. Lütfen bir dakika sonra tekrar deneyin.',
        retry: 'Tekrar dene',
        send: 'Gönder',
        placeholder: 'Mesajınızı yazın',
        name: 'Ad ve soyad',
        birthDate: 'GG.AA.YYYY',
        email: 'E-posta adresi',
        phone: 'Telefon numarası'
      }
    },
    ar: {
      name: 'العربية',
      locale: 'ar-SA',
      dir: 'rtl',
      t: {
        launcher: 'محادثة المواعيد',
        title: 'مساعد المواعيد',
        subtitle: 'دائرة شؤون الأجانب في مقاطعة راين-نويس',
        language: 'اللغة',
        close: 'إغلاق المحادثة',
        connecting: 'جارٍ الاتصال…',
        failed: 'لا يمكن الوصول إلى المحادثة حاليًا. يُرجى المحاولة مرة أخرى بعد قليل أو الاتصال بنا على الرقم \u206602181 601-0\u2069.',
        busy: 'تصلنا حاليًا طلبات كثيرة. يُرجى المحاولة مرة أخرى بعد دقيقة.',
        retry: 'إعادة المحاولة',
        send: 'إرسال',
        placeholder: 'اكتبوا رسالتكم',
        name: 'الاسم الأول واسم العائلة',
        birthDate: 'يوم/شهر/سنة',
        email: 'البريد الإلكتروني',
        phone: 'رقم الهاتف'
      }
    },
    ru: {
      name: 'Русский',
      locale: 'ru-RU',
      dir: 'ltr',
      t: {
        launcher: 'Чат для записи',
        title: 'Помощник по записи',
        subtitle: 'Ведомство по делам иностранцев района Рейн-Нойс',
        language: 'Язык',
        close: 'Закрыть чат',
        connecting: 'Подключение…',
        failed: 'Чат сейчас недоступен. Пожалуйста, попробуйте ещё раз чуть позже или позвоните нам: 02181 601-0.',
        busy: 'Сейчас поступает очень много запросов. Пожалуйста, попробуйте ещё раз через минуту.',
        retry: 'Повторить',
        send: 'Отправить',
        placeholder: 'Напишите сообщение',
        name: 'Имя и фамилия',
        birthDate: 'ДД.ММ.ГГГГ',
        email: 'Адрес электронной почты',
        phone: 'Номер телефона'
      }
    },
    uk: {
      name: 'Українська',
      locale: 'uk-UA',
      dir: 'ltr',
      t: {
        launcher: 'Чат для запису',
        title: 'Помічник із запису',
        subtitle: 'Відомство у справах іноземців району Рейн-Нойс',
        language: 'Мова',
        close: 'Закрити чат',
        connecting: 'Підключення…',
        failed: 'Чат зараз недоступний. Будь ласка, спробуйте ще раз трохи пізніше або зателефонуйте нам: 02181 601-0.',
        busy: 'Зараз надходить дуже багато запитів. Будь ласка, спробуйте ще раз за хвилину.',
        retry: 'Спробувати ще раз',
        send: 'Надіслати',
        placeholder: 'Напишіть повідомлення',
        name: 'Ім’я та прізвище',
        birthDate: 'ДД.ММ.РРРР',
        email: 'Адреса електронної пошти',
        phone: 'Номер телефону'
      }
    }
  };

  /**
   * What the send box offers for each thing the bot waits for (channelData.expecting): the keyboard a phone shows,
   * what the browser may fill in, and a hint. Everything else is plain text without autofill.
   */
  const INPUTS = {
    email: { type: 'email', inputMode: 'email', autocomplete: 'email', autocapitalize: 'off', spellcheck: false, hint: 'email' },
    birthDate: { type: 'text', inputMode: 'numeric', autocomplete: 'bday', autocapitalize: 'off', spellcheck: false, hint: 'birthDate' },
    phone: { type: 'tel', inputMode: 'tel', autocomplete: 'tel', autocapitalize: 'off', spellcheck: false, hint: 'phone' },
    name: { type: 'text', inputMode: 'text', autocomplete: 'name', autocapitalize: 'words', spellcheck: false, hint: 'name' }
  };
  const PLAIN_INPUT = { type: 'text', inputMode: 'text', autocomplete: 'off', autocapitalize: 'sentences', spellcheck: true, hint: 'placeholder' };

  /** The county's look, matching the residents' pages (resident.css). */
  const STYLE_OPTIONS = {
    accent: COLORS.blue,
    backgroundColor: COLORS.page,
    subtle: COLORS.muted,
    primaryFont: 'Arial, Helvetica, sans-serif',
    fontSizeSmall: '85%',
    paddingRegular: 10,
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#c5d0d9',
    bubbleBorderRadius: 8,
    bubbleBorderWidth: 1,
    bubbleTextColor: COLORS.text,
    bubbleFromUserBackground: COLORS.blue,
    bubbleFromUserBorderColor: COLORS.blue,
    bubbleFromUserBorderRadius: 8,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMinWidth: 0,
    bubbleMaxWidth: 600,
    bubbleMinHeight: 44,
    avatarSize: 0,
    showAvatarInGroup: false,
    timestampColor: COLORS.muted,
    notificationText: COLORS.muted,
    hideUploadButton: true,
    sendBoxHeight: 52,
    sendBoxBackground: '#ffffff',
    sendBoxTextColor: COLORS.text,
    sendBoxPlaceholderColor: '#5c5c5c',
    sendBoxButtonColor: COLORS.blue,
    sendBoxButtonColorOnHover: COLORS.blue,
    sendBoxButtonColorOnFocus: COLORS.blue,
    sendBoxBorderTop: `solid 1px ${COLORS.border}`,
    // One answer a row, long service names wrapped, and at most about five rows before the list scrolls: on a phone
    // the question above stays in sight.
    suggestedActionLayout: 'stacked',
    suggestedActionsStackedHeight: 232,
    suggestedActionsStackedLayoutButtonTextWrap: true,
    suggestedActionHeight: 44,
    suggestedActionBorderRadius: 22,
    suggestedActionBorderWidth: 2,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: COLORS.blue,
    suggestedActionTextColor: COLORS.blue,
    suggestedActionBackgroundColorOnHover: '#e3eef4',
    suggestedActionTextColorOnHover: COLORS.blue,
    suggestedActionBackgroundColorOnActive: '#cfe1ea',
    suggestedActionTextColorOnActive: COLORS.blue,
    suggestedActionKeyboardFocusIndicatorBorderColor: COLORS.text,
    suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
    suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
    transcriptActivityVisualKeyboardIndicatorColor: COLORS.text,
    transcriptVisualKeyboardIndicatorColor: COLORS.text,
    microphoneButtonColorOnDictate: '#a4161a'
  };

  // ---------------------------------------------------------------------------------------------------------------
  // Plain-text speech: browser synthesis reads SSML aloud tag by tag, so replies are spoken from their text.

  const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

  /** "<speak … xml:lang="de-DE">Guten Tag &amp; willkommen<break/>!</speak>" → "Guten Tag & willkommen !" */
  function ssmlToText(ssml) {
    if (typeof ssml !== 'string' || ssml.indexOf('<') < 0) {
      return ssml;
    }

    return ssml
      .replace(/<\?xml[^>]*\?>/gi, '')
      // A booking reference is spelled: "K7MX3PRT" is read "K 7 M X 3 P R T", not as one word.
      .replace(/<say-as[^>]*interpret-as="characters"[^>]*>([^<]*)<\/say-as>/gi, (whole, characters) => ` ${Array.from(characters).join(' ')} `)
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
        if (name[0] === '#') {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }

        return Object.prototype.hasOwnProperty.call(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()] : whole;
      })
      .replace(/\s+/g, ' ')
      .trim();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // State

  const state = {
    language: initialLanguage(),
    open: false,
    started: false,
    connecting: false,
    store: null,
    directLine: null,
    userId: null,
    residentSpoke: false,
    resumed: false,
    expecting: null,
    speech: undefined,
    webChatLoaded: null
  };

  function initialLanguage() {
    const wanted = [script && script.dataset.language, ...(navigator.languages || [navigator.language])];
    for (const candidate of wanted) {
      const code = String(candidate || '').toLowerCase().split(/[-_]/)[0];
      if (Object.prototype.hasOwnProperty.call(LANGUAGES, code)) {
        return code;
      }
    }

    return 'de';
  }

  function current() {
    return LANGUAGES[state.language];
  }

  // A phone may reload the page while the resident looks up their e-mail address in another app: the conversation
  // (its token, refreshed by Web Chat, and its id) is kept for this tab only, and picked up again within 20 minutes.
  const SESSION_KEY = 'termine-chat';
  const SESSION_MAX_AGE = 20 * 60 * 1000;

  function savedSession() {
    try {
      const saved = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) || 'null');
      return saved &&
        typeof saved.token === 'string' &&
        typeof saved.conversationId === 'string' &&
        Object.prototype.hasOwnProperty.call(LANGUAGES, saved.language) &&
        Date.now() - saved.savedAt < SESSION_MAX_AGE
        ? saved
        : null;
    } catch {
      return null;
    }
  }

  function saveSession() {
    const directLine = state.directLine;
    if (!state.started || !directLine || !directLine.token || !directLine.conversationId) {
      return;
    }

    try {
      window.sessionStorage.setItem(
        SESSION_KEY,
        JSON.stringify({
          token: directLine.token,
          conversationId: directLine.conversationId,
          userId: state.userId,
          language: state.language,
          open: state.open,
          residentSpoke: state.residentSpoke,
          savedAt: Date.now()
        })
      );
    } catch {
      // Storage full or switched off: the chat works, it just starts afresh after a reload.
    }
  }

  function forgetSession() {
    try {
      window.sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // See saveSession.
    }
  }

  /** Web Chat's microphone, where the browser can both listen and speak; undefined elsewhere (then: send button only). */
  function browserSpeech() {
    const canListen = !!(window.SpeechRecognition || window.webkitSpeechRecognition);
    const canSpeak = !!(window.speechSynthesis && window.SpeechSynthesisUtterance);
    return canListen && canSpeak && window.WebChat.createBrowserWebSpeechPonyfillFactory
      ? window.WebChat.createBrowserWebSpeechPonyfillFactory()
      : undefined;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The button and the panel

  const ids = { panel: 'termine-chat-panel', title: 'termine-chat-title', language: 'termine-chat-language', status: 'termine-chat-status' };

  function element(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === false || value === null || value === undefined) {
        continue;
      }

      if (name === 'text') {
        node.textContent = value;
      } else if (name.startsWith('on')) {
        node.addEventListener(name.slice(2), value);
      } else {
        node.setAttribute(name, value === true ? '' : value);
      }
    }

    for (const child of children || []) {
      node.append(child);
    }

    return node;
  }

  const ICON_CHAT =
    '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"/></svg>';
  const ICON_CLOSE =
    '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M18.3 5.7a1 1 0 0 0-1.4 0L12 10.6 7.1 5.7a1 1 0 1 0-1.4 1.4l4.9 4.9-4.9 4.9a1 1 0 1 0 1.4 1.4l4.9-4.9 4.9 4.9a1 1 0 0 0 1.4-1.4L13.4 12l4.9-4.9a1 1 0 0 0 0-1.4z"/></svg>';
  const ICON_SEND =
    '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z"/></svg>';

  const launcherLabel = element('span', { class: 'termine-chat-launcher__label' });
  const launcher = element('button', {
    type: 'button',
    class: 'termine-chat-launcher',
    'aria-expanded': 'false',
    'aria-controls': ids.panel,
    onclick: () => (state.open ? close() : open())
  });
  launcher.innerHTML = ICON_CHAT;
  launcher.append(launcherLabel);

  const title = element('h2', { id: ids.title, class: 'termine-chat-title', tabindex: '-1' });
  const subtitle = element('p', { class: 'termine-chat-subtitle' });
  // The privacy notice in the chat's language, in a new tab so the conversation stays open (kept apart from
  // LANGUAGES' texts: one link, seven words).
  const PRIVACY = { de: 'Datenschutz', en: 'Privacy', fr: 'Protection des données', tr: 'Veri koruma', ar: 'حماية البيانات', ru: 'Защита данных', uk: 'Захист даних' };
  const privacyLink = element('a', { class: 'termine-chat-privacy', target: '_blank', rel: 'noopener' });
  const closeButton = element('button', { type: 'button', class: 'termine-chat-close', onclick: () => close() });
  closeButton.innerHTML = ICON_CLOSE;
  const languageLabel = element('label', { for: ids.language });
  const languageSelect = element(
    'select',
    { id: ids.language, onchange: event => switchLanguage(event.target.value) },
    Object.entries(LANGUAGES).map(([code, language]) =>
      element('option', { value: code, lang: code, dir: language.dir, text: language.name })
    )
  );
  const status = element('div', { id: ids.status, class: 'termine-chat-status', role: 'status' });
  let host = element('div', { class: 'termine-chat-webchat' });

  const panel = element(
    'div',
    { id: ids.panel, class: 'termine-chat-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': ids.title, hidden: true },
    [
      element('div', { class: 'termine-chat-header' }, [
        element('div', { class: 'termine-chat-heading' }, [title, subtitle, privacyLink]),
        closeButton,
        element('div', { class: 'termine-chat-language' }, [languageLabel, languageSelect])
      ]),
      status,
      host
    ]
  );
  panel.addEventListener('keydown', event => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  });

  function applyTexts() {
    const language = current();
    const t = language.t;
    for (const node of [launcher, panel]) {
      node.lang = state.language;
      node.dir = language.dir;
    }

    launcherLabel.textContent = t.launcher;
    title.textContent = t.title;
    subtitle.textContent = t.subtitle;
    privacyLink.textContent = PRIVACY[state.language];
    privacyLink.href = origin + '/datenschutz?lang=' + state.language;
    closeButton.setAttribute('aria-label', t.close);
    closeButton.title = t.close;
    languageLabel.textContent = t.language;
    languageSelect.value = state.language;
    const send = host.querySelector('.termine-chat-send');
    if (send) {
      send.setAttribute('aria-label', t.send);
      send.title = t.send;
    }
  }

  function showStatus(message, retry) {
    status.textContent = '';
    if (!message) {
      return;
    }

    status.append(element('p', { text: message }));
    if (retry) {
      status.append(element('button', { type: 'button', class: 'termine-chat-retry', text: current().t.retry, onclick: () => start() }));
    }
  }

  function open() {
    state.open = true;
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    document.documentElement.classList.add('termine-chat-is-open');
    saveSession();
    start();
    // On a phone the keyboard would cover the greeting: there the dialog's heading gets the focus; with a mouse or
    // keyboard the send box does, as soon as it is there.
    title.focus();
    if (window.matchMedia && window.matchMedia('(pointer: fine)').matches) {
      whenSendBox(input => input.focus());
    }
  }

  function close() {
    state.open = false;
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    document.documentElement.classList.remove('termine-chat-is-open');
    saveSession();
    launcher.focus();
  }

  function whenSendBox(callback, attempts = 100) {
    const input = host.querySelector('[data-id="webchat-sendbox-input"]');
    if (input) {
      callback(input);
    } else if (attempts > 0 && state.open) {
      setTimeout(() => whenSendBox(callback, attempts - 1), 100);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Web Chat

  function loadWebChat() {
    if (window.WebChat && window.WebChat.renderWebChat) {
      return Promise.resolve();
    }

    if (!state.webChatLoaded) {
      state.webChatLoaded = new Promise((resolve, reject) => {
        const tag = element('script', { src: webChatUrl, async: true });
        tag.addEventListener('load', () => resolve());
        tag.addEventListener('error', () => {
          state.webChatLoaded = null;
          tag.remove();
          reject(new Error('webchat.js could not be loaded'));
        });
        document.head.append(tag);
      });
    }

    return state.webChatLoaded;
  }

  async function fetchToken() {
    const response = await fetch(`${origin}/api/webchat/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: '{}',
      credentials: 'omit',
      cache: 'no-store'
    });
    if (!response.ok) {
      const error = new Error(`token: HTTP ${response.status}`);
      error.status = response.status;
      throw error;
    }

    return response.json();
  }

  async function start() {
    if (state.started || state.connecting) {
      return;
    }

    state.connecting = true;
    showStatus(current().t.connecting);
    try {
      const saved = savedSession();
      const [, session] = await Promise.all([loadWebChat(), saved || fetchToken()]);
      state.speech = browserSpeech();
      state.userId = session.userId;
      state.resumed = !!saved;
      if (saved) {
        // Where the resident left off: same conversation, same language; Web Chat fetches what was said so far.
        state.residentSpoke = !!saved.residentSpoke;
        if (saved.language !== state.language) {
          state.language = saved.language;
          applyTexts();
        }
      }

      state.directLine = window.WebChat.createDirectLine({
        domain: `${origin}/v3/directline`,
        token: session.token,
        conversationId: saved ? saved.conversationId : undefined,
        webSocket: true,
        conversationStartProperties: { locale: current().locale }
      });
      state.store = createStore();
      state.started = true;
      showStatus('');
      render();
    } catch (error) {
      console.warn('Termine chat:', error);
      showStatus(error && error.status === 429 ? current().t.busy : current().t.failed, true);
    } finally {
      state.connecting = false;
    }
  }

  function render() {
    const language = current();
    host.lang = state.language;
    host.dir = language.dir;
    window.WebChat.renderWebChat(
      {
        directLine: state.directLine,
        store: state.store,
        userID: state.userId || undefined,
        locale: language.locale,
        dir: language.dir,
        styleOptions: STYLE_OPTIONS,
        webSpeechPonyfillFactory: state.speech,
        sendTypingIndicator: false
      },
      host
    );
    // React has just set its own placeholder: put back what the current question needs.
    setTimeout(applyInput, 0);
  }

  /**
   * The resident picked another language. Before they said anything the conversation starts again in that language
   * (greeting and buttons in it); later the bot is told, in the language's own name ("العربية", "English"), and asks
   * the current question again in it, keeping what was already answered.
   */
  function switchLanguage(code) {
    if (!Object.prototype.hasOwnProperty.call(LANGUAGES, code) || code === state.language) {
      return;
    }

    state.language = code;
    applyTexts();
    if (!state.started) {
      // Not connected yet: the conversation will start in this language.
      if (status.textContent) {
        showStatus(state.connecting ? current().t.connecting : current().t.failed, !state.connecting);
      }

      return;
    }

    if (!state.residentSpoke) {
      restart();
      return;
    }

    render();
    // Web Chat takes the new locale from the re-render a moment later; the message must already carry it.
    state.store.dispatch({ type: 'WEB_CHAT/SET_LANGUAGE', payload: { language: current().locale } });
    state.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: current().name, method: 'keyboard' } });
    saveSession();
  }

  /** A new conversation in the current language, in a fresh Web Chat. */
  function restart() {
    try {
      state.directLine && state.directLine.end();
    } catch (error) {
      console.warn('Termine chat:', error);
    }

    forgetSession();
    Object.assign(state, { started: false, residentSpoke: false, resumed: false, expecting: null, store: null, directLine: null });
    const fresh = element('div', { class: 'termine-chat-webchat' });
    host.replaceWith(fresh);
    host = fresh;
    observeHost();
    start();
  }

  function isFromBot(activity) {
    return !!activity && !!activity.from && activity.from.role !== 'user' && activity.from.id !== state.userId;
  }

  function createStore() {
    const store = window.WebChat.createStore({}, ({ dispatch }) => next => action => {
      if (state.store !== store) {
        // A conversation left behind by a restart in another language.
        return next(action);
      }

      switch (action.type) {
        case 'DIRECT_LINE/CONNECT_FULFILLED': {
          const result = next(action);
          if (!state.resumed) {
            // The bot greets first, in the chosen language (the event carries the locale like every activity).
            dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { language: state.language } } });
          }

          saveSession();
          return result;
        }

        case 'DIRECT_LINE/CONNECT_REJECTED': {
          const result = next(action);
          if (state.resumed) {
            // The kept conversation has expired: start a new one.
            setTimeout(restart, 0);
          }

          return result;
        }

        case 'DIRECT_LINE/INCOMING_ACTIVITY': {
          const result = next(incoming(action));
          saveSession();
          return result;
        }

        case 'WEB_CHAT/SEND_MESSAGE':
          state.residentSpoke = true;
          return next(outgoing(action));

        case 'WEB_CHAT/SEND_MESSAGE_BACK':
        case 'WEB_CHAT/SEND_POST_BACK':
          state.residentSpoke = true;
          return next(action);

        default:
          return next(action);
      }
    });
    return store;
  }

  function incoming(action) {
    const activity = action.payload && action.payload.activity;
    if (!isFromBot(activity) || activity.type !== 'message') {
      return action;
    }

    const channelData = activity.channelData || {};
    state.expecting = typeof channelData.expecting === 'string' ? channelData.expecting : null;
    setTimeout(applyInput, 0);

    const speak = ssmlToText(activity.speak);
    const attachments = Array.isArray(activity.attachments)
      ? activity.attachments.map(attachment =>
          attachment && attachment.content && typeof attachment.content.speak === 'string'
            ? { ...attachment, content: { ...attachment.content, speak: ssmlToText(attachment.content.speak) } }
            : attachment
        )
      : activity.attachments;
    if (speak === activity.speak && attachments === activity.attachments) {
      return action;
    }

    return { ...action, payload: { ...action.payload, activity: { ...activity, speak, attachments } } };
  }

  /** On a phone's number pad a date of birth comes without dots: 17051990 → 17.05.1990. */
  function outgoing(action) {
    const text = action.payload && action.payload.text;
    if (state.expecting !== 'birthDate' || typeof text !== 'string') {
      return action;
    }

    const digits = text.trim().replace(/[\u0660-\u0669]/g, d => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, d => String(d.charCodeAt(0) - 0x06f0));
    const match = /^(\d{2})(\d{2})(\d{4})$/.exec(digits);
    return match ? { ...action, payload: { ...action.payload, text: `${match[1]}.${match[2]}.${match[3]}` } } : action;
  }

  /** The send box follows what the bot waits for: keyboard, autofill and hint. */
  function applyInput() {
    const input = host.querySelector('[data-id="webchat-sendbox-input"]');
    if (!input) {
      return;
    }

    const wanted = INPUTS[state.expecting] || PLAIN_INPUT;
    if (input.tagName === 'INPUT' && input.getAttribute('type') !== wanted.type) {
      input.setAttribute('type', wanted.type);
    }

    input.setAttribute('inputmode', wanted.inputMode);
    input.setAttribute('autocomplete', wanted.autocomplete);
    input.setAttribute('autocapitalize', wanted.autocapitalize);
    input.setAttribute('spellcheck', String(wanted.spellcheck));
    input.setAttribute('placeholder', current().t[wanted.hint]);
    input.dataset.expecting = state.expecting || '';
    if (input.form) {
      // Web Chat sends on Enter itself; the browser must not hold back "keine" at the e-mail question.
      input.form.noValidate = true;
    }

    ensureSendButton();
  }

  /**
   * With a microphone Web Chat shows no send button; residents on a phone still want one. It submits the send box
   * exactly as Enter does.
   */
  function ensureSendButton() {
    if (!state.speech) {
      return;
    }

    const main = host.querySelector('.webchat__send-box__main');
    if (!main || main.querySelector('.termine-chat-send')) {
      return;
    }

    const t = current().t;
    const send = element('button', {
      type: 'button',
      class: 'termine-chat-send',
      'aria-label': t.send,
      title: t.send,
      onclick: () => {
        state.store.dispatch({ type: 'WEB_CHAT/SUBMIT_SEND_BOX', payload: { method: 'keyboard' } });
        whenSendBox(input => input.focus());
      }
    });
    send.innerHTML = ICON_SEND;
    main.append(send);
  }

  // Web Chat swaps the text box for the dictation view and back, and may re-create it: keep it as the question needs.
  const observer = new MutationObserver(() => {
    const input = host.querySelector('[data-id="webchat-sendbox-input"]');
    if ((input && input.dataset.expecting !== (state.expecting || '')) || (state.speech && !host.querySelector('.termine-chat-send'))) {
      applyInput();
    }
  });

  function observeHost() {
    observer.disconnect();
    observer.observe(host, { childList: true, subtree: true });
  }

  observeHost();

  // ---------------------------------------------------------------------------------------------------------------
  // Start

  function mount() {
    if (document.getElementById(ids.panel)) {
      return;
    }

    const stylesheet = element('link', { rel: 'stylesheet', href: stylesheetUrl });
    document.head.append(stylesheet);
    applyTexts();
    document.body.append(panel, launcher);
    document.addEventListener('click', event => {
      const opener = event.target instanceof Element && event.target.closest('[data-termine-chat-open]');
      if (opener) {
        event.preventDefault();
        open();
      }
    });
    // Warm up: fetch and start Web Chat once the page is idle, or earlier when the resident reaches for the button, so
    // the click only has to open the conversation. No token and no conversation before the click: a page view that
    // never chats must not create one.
    const warm = () => loadWebChat().catch(() => {});
    launcher.addEventListener('pointerenter', warm, { once: true });
    launcher.addEventListener('focus', warm, { once: true });
    whenIdle(warm);

    const saved = savedSession();
    if (saved) {
      state.language = saved.language;
      applyTexts();
      if (saved.open) {
        open();
      }
    }
  }

  /**
   * After the page's own load, when the browser has nothing else to do (setTimeout where requestIdleCallback is
   * missing, as in Safari). Not when the resident asked the browser to save data: then Web Chat comes on the click.
   */
  function whenIdle(callback) {
    if (navigator.connection && navigator.connection.saveData) {
      return;
    }

    const schedule = () =>
      window.requestIdleCallback ? window.requestIdleCallback(callback, { timeout: 2000 }) : setTimeout(callback, 200);
    if (document.readyState === 'complete') {
      schedule();
    } else {
      window.addEventListener('load', schedule, { once: true });
    }
  }

  window.TermineChat = {
    open,
    close,
    setLanguage: switchLanguage,
    /** Web Chat's store once the chat runs (for the page's own scripts and for tests), else null. */
    get store() {
      return state.store;
    }
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mount);
  } else {
    mount();
  }
})();
