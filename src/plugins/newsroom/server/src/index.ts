import config from './config';
import register from './register';
import bootstrap from './bootstrap';
import destroy from './destroy';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default {
  config,
  register,
  bootstrap,
  destroy,
  contentTypes,
  controllers,
  routes,
  services,
};
