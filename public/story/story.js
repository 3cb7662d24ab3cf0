/*
 * The reference story page. Plain JavaScript, no framework, no API token:
 *
 *   /preview/<token>     a signed preview link from the admin panel's Preview
 *                        button: the token goes to GET /api/preview in the
 *                        `Authorization: Preview <token>` header
 *   /articles/<slug>     a published story: GET /api/articles/slug/<slug>
 *   /story/?slug=<slug>  the same, from the static file
 *
 * Everything is built with DOM calls and textContent, never innerHTML: story
 * text cannot inject markup. Links keep to http(s) and site paths.
 */
(function () {
  'use strict';

  var main = document.getElementById('story');
  var banner = document.getElementById('preview-banner');

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === undefined || value === null || value === false) return;
      if (name === 'text') node.textContent = String(value);
      else node.setAttribute(name, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  /** http(s) URLs and site paths; anything else (javascript:, data:, //host) is dropped. */
  function safeHref(url) {
    if (typeof url !== 'string') return null;
    var trimmed = url.trim();
    if (/^https?:\/\//i.test(trimmed)) return trimmed;
    if (trimmed.charAt(0) === '/' && trimmed.charAt(1) !== '/') return trimmed;
    return null;
  }

  function mediaUrl(media) {
    return media && safeHref(media.url);
  }

  function formatDate(iso) {
    if (!iso) return null;
    var date = new Date(iso);
    if (isNaN(date.getTime())) return null;
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  /* ---- Strapi "blocks" rich text ------------------------------------------------ */

  function renderInline(nodes) {
    return (nodes || []).map(function (node) {
      if (node.type === 'link') {
        var href = safeHref(node.url);
        var children = renderInline(node.children);
        return href ? el('a', { href: href }, children) : el('span', {}, children);
      }
      if (node.type === 'text') {
        var out = document.createTextNode(node.text || '');
        if (node.code) out = el('code', {}, [out]);
        if (node.bold) out = el('strong', {}, [out]);
        if (node.italic) out = el('em', {}, [out]);
        if (node.underline) out = el('u', {}, [out]);
        if (node.strikethrough) out = el('s', {}, [out]);
        return out;
      }
      return renderBlock(node);
    });
  }

  function renderBlock(block) {
    switch (block && block.type) {
      case 'paragraph':
        return el('p', {}, renderInline(block.children));
      case 'heading': {
        // The headline is the page's h1: body headings start at h2.
        var level = Math.min(6, Math.max(2, Number(block.level) || 2));
        return el('h' + level, {}, renderInline(block.children));
      }
      case 'quote':
        return el('blockquote', {}, renderInline(block.children));
      case 'code':
        return el('pre', {}, [el('code', {}, renderInline(block.children))]);
      case 'list':
        return el(block.format === 'ordered' ? 'ol' : 'ul', {}, (block.children || []).map(renderBlock));
      case 'list-item':
        return el('li', {}, renderInline(block.children));
      case 'image': {
        var src = mediaUrl(block.image);
        return src ? el('figure', { class: 'story__figure' }, [el('img', { src: src, alt: (block.image && block.image.alternativeText) || '' })]) : null;
      }
      default:
        return block && block.children ? el('div', {}, renderInline(block.children)) : null;
    }
  }

  /* ---- Dynamic-zone body --------------------------------------------------------- */

  function renderReadAlso(part) {
    var link = part.link;
    if (!link || !link.title) return null;
    var href = safeHref(link.href || link.url);
    var title = href ? el('a', { href: href, text: link.title }) : el('span', { text: link.title });
    return el('aside', { class: 'read-also', 'data-block': 'read-also' }, [
      el('span', { class: 'read-also__label', text: (link.label || 'Read Also') + ':' }),
      title,
    ]);
  }

  function renderImage(part) {
    var src = mediaUrl(part.image);
    if (!src) return null;
    var caption = part.caption || part.credit
      ? el('figcaption', {}, [part.caption || '', part.credit ? el('span', { class: 'credit', text: part.credit }) : null])
      : null;
    return el('figure', { class: 'story__figure', 'data-block': 'image' }, [
      el('img', { src: src, alt: (part.image && part.image.alternativeText) || part.caption || '' }),
      caption,
    ]);
  }

  function renderBody(body) {
    var container = el('div', { class: 'story__body' });
    (body || []).forEach(function (part) {
      var rendered = null;
      if (part.__component === 'article.text') {
        rendered = el('div', { 'data-block': 'text' }, (part.content || []).map(renderBlock));
      } else if (part.__component === 'article.read-also') {
        rendered = renderReadAlso(part);
      } else if (part.__component === 'article.image') {
        rendered = renderImage(part);
      }
      if (rendered) container.appendChild(rendered);
    });
    return container;
  }

  /* ---- The page ------------------------------------------------------------------ */

  function renderAuthorBox(author) {
    if (!author || !author.name) return null;
    var avatar = mediaUrl(author.avatar);
    var links = (author.links || [])
      .map(function (link) {
        var href = safeHref(link.url);
        return href ? el('li', {}, [el('a', { href: href, rel: 'me noopener', text: link.label || href })]) : null;
      })
      .filter(Boolean);
    return el('aside', { class: avatar ? 'author-box author-box--with-avatar' : 'author-box', 'aria-labelledby': 'about-the-author' }, [
      el('h2', { id: 'about-the-author', text: 'About the author' }),
      avatar ? el('img', { src: avatar, alt: '' }) : null,
      el('div', {}, [
        el('p', { class: 'author-box__name', text: author.name }),
        author.jobTitle ? el('p', { class: 'author-box__job', text: author.jobTitle }) : null,
        author.bio ? el('p', { class: 'author-box__bio', text: author.bio }) : null,
        links.length ? el('ul', {}, links) : null,
      ]),
    ]);
  }

  function renderByline(story, isPreview) {
    var parts = [];
    if (story.author && story.author.name) parts.push(el('span', {}, ['By ', el('strong', { text: story.author.name })]));
    var published = formatDate(story.firstPublishedAt || story.publishedAt);
    if (published) parts.push(el('time', { datetime: story.firstPublishedAt || story.publishedAt, text: published }));
    else if (isPreview) parts.push(el('span', { text: 'Not published yet' }));
    if (typeof story.readingTime === 'number' && story.readingTime > 0) {
      parts.push(el('span', { class: 'story__reading-time', text: story.readingTime + ' min read' }));
    }
    var line = el('p', { class: 'story__byline' });
    parts.forEach(function (part, index) {
      if (index > 0) line.appendChild(document.createTextNode(' · '));
      line.appendChild(part);
    });
    return line;
  }

  function setHead(story, jsonLd, isPreview) {
    document.title = story.title;
    var head = document.head;
    Array.prototype.forEach.call(head.querySelectorAll('[data-story-head]'), function (node) {
      node.remove();
    });
    var add = function (node) {
      node.setAttribute('data-story-head', '');
      head.appendChild(node);
    };
    if (story.excerpt) add(el('meta', { name: 'description', content: story.excerpt }));
    if (isPreview) add(el('meta', { name: 'robots', content: 'noindex' }));
    else if (jsonLd && safeHref(jsonLd.url)) add(el('link', { rel: 'canonical', href: jsonLd.url }));
    if (jsonLd) {
      var script = el('script', { type: 'application/ld+json' });
      script.textContent = JSON.stringify(jsonLd);
      add(script);
    }
  }

  function render(answer, preview) {
    var story = answer.data;
    var jsonLd = answer.meta && answer.meta.jsonLd;
    var cover = mediaUrl(story.cover);
    var article = el('article', { 'data-document-id': story.documentId }, [
      el('header', {}, [
        preview ? el('p', { class: 'story__kicker', text: preview.status === 'draft' ? 'Draft preview' : 'Published version' }) : null,
        el('h1', { class: 'story__headline', text: story.title }),
        story.summary ? el('p', { class: 'story__standfirst', text: story.summary }) : null,
        renderByline(story, Boolean(preview)),
      ]),
      cover ? el('figure', { class: 'story__cover' }, [el('img', { src: cover, alt: story.cover.alternativeText || '' })]) : null,
      renderBody(story.body),
      renderAuthorBox(story.author),
    ]);
    main.replaceChildren(article);
    main.classList.remove('story--message');
    main.removeAttribute('aria-busy');
    setHead(story, jsonLd, Boolean(preview));
    if (preview) {
      var expires = new Date(preview.expiresAt);
      banner.textContent =
        'Preview of the ' + (preview.status === 'draft' ? 'draft' : 'published version') +
        ' — not what readers see until it is published. This link works until ' +
        expires.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) + '.';
      banner.hidden = false;
    }
  }

  function showMessage(title, text) {
    main.replaceChildren(el('h1', { text: title }), el('p', { class: 'story__message', text: text }));
    main.classList.add('story--message');
    main.removeAttribute('aria-busy');
    document.title = title;
  }

  /* ---- Where the story comes from ------------------------------------------------ */

  var previewMatch = /^\/preview\/([^/]+)\/?$/.exec(location.pathname);
  var token = previewMatch ? decodeURIComponent(previewMatch[1]) : null;

  function slugFromLocation() {
    var fromQuery = new URLSearchParams(location.search).get('slug');
    if (fromQuery) return fromQuery;
    var segments = location.pathname.split('/').filter(Boolean);
    return segments.length > 1 ? decodeURIComponent(segments[segments.length - 1]) : null;
  }

  function load() {
    if (token) {
      return fetch('/api/preview', { headers: { Authorization: 'Preview ' + token }, cache: 'no-store' }).then(function (response) {
        if (response.status === 403) {
          return response.json().then(function (answer) {
            var expired = answer && answer.error && answer.error.details && answer.error.details.reason === 'expired';
            showMessage('Preview unavailable', (expired ? 'This preview link has expired.' : 'This preview link is not valid.') + ' Open the preview again from the admin panel.');
          });
        }
        if (!response.ok) return showMessage('Story not found', 'This version of the story no longer exists.');
        return response.json().then(function (answer) {
          render(answer, answer.meta.preview);
        });
      });
    }
    var slug = slugFromLocation();
    if (!slug) return Promise.resolve(showMessage('No story', 'Add ?slug=<a story slug> to the address.'));
    return fetch('/api/articles/slug/' + encodeURIComponent(slug)).then(function (response) {
      if (!response.ok) return showMessage('Story not found', 'No published story has this address.');
      return response.json().then(function (answer) {
        render(answer, null);
        // An old slug answered with the current story (301): show its current address.
        var current = answer.data.slug;
        if (current && current !== slug && !location.search) {
          history.replaceState(null, '', location.pathname.replace(/[^/]+\/?$/, encodeURIComponent(current)));
        }
      });
    });
  }

  // The admin panel's preview tells the frame when the editor saved: show the new version.
  window.addEventListener('message', function (event) {
    if (token && event.source === window.parent && event.data && event.data.type === 'strapiUpdate') load();
  });

  load().catch(function () {
    showMessage('Story unavailable', 'The newsroom could not be reached. Try again in a moment.');
  });
})();
