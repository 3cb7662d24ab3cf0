/**
 * Lorem ipsum left in a story is imported as it is (it is the author's text,
 * and the sample story's author box has it) but the person importing should
 * know, so it becomes a warning.
 */
const PLACEHOLDER = /\b(lorem ipsum|dolor sit amet|consectetur adipiscing|sed do eiusmod|pellentesque habitant)\b/i;

export const hasPlaceholderText = (text: string): boolean => PLACEHOLDER.test(text);
