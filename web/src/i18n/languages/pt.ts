import type { Messages } from '../catalogue';

/** Every catalogue file of this language (catalogues/pt/*.json) as one chunk (see ../catalogue). */
const files = import.meta.glob<Messages>('../catalogues/pt/*.json', { import: 'default', eager: true });
const messages: Messages = Object.assign({}, ...Object.values(files));
export default messages;
