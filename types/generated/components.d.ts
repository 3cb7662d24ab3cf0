import type { Schema, Struct } from '@strapi/strapi';

export interface ArticleImage extends Struct.ComponentSchema {
  collectionName: 'components_article_images';
  info: {
    description: 'A picture in the story, with its caption and credit.';
    displayName: 'Image';
    icon: 'picture';
  };
  attributes: {
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    image: Schema.Attribute.Media<'images'>;
  };
}

export interface ArticleReadAlso extends Struct.ComponentSchema {
  collectionName: 'components_article_read_alsos';
  info: {
    description: 'A "Read Also" link placed between paragraphs.';
    displayName: 'Read Also';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    link: Schema.Attribute.Relation<'oneToOne', 'api::related-link.related-link'>;
  };
}

export interface ArticleText extends Struct.ComponentSchema {
  collectionName: 'components_article_texts';
  info: {
    description: 'Paragraphs, headings, lists, quotes and links.';
    displayName: 'Text';
    icon: 'feather';
  };
  attributes: {
    content: Schema.Attribute.Blocks;
    label: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface SharedLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_links';
  info: {
    description: "A labelled link, e.g. an author's profile elsewhere.";
    displayName: 'Link';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'article.image': ArticleImage;
      'article.read-also': ArticleReadAlso;
      'article.text': ArticleText;
      'shared.link': SharedLink;
    }
  }
}
