/**
 * Turns off Vite's dependency optimizer in `astro build` and `astro sync`. The optimizer prepares
 * packages for a browser that asks for them one by one, as in `astro dev` (here: the dev
 * toolbar's packages); a build bundles its own and never serves them. Yet the content layer's
 * server, which a build starts to read the collections, ran it each time its cached result no
 * longer matched (after any build with another configuration: the fixture region, a base path,
 * the bench's floor) and waited for it before the first entry was read.
 *
 * `astro dev` keeps it.
 */
import type { AstroIntegration } from 'astro';

export function noDependencyOptimizer(): AstroIntegration {
  return {
    name: 'familjecentraler:no-dependency-optimizer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build' && command !== 'sync') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'familjecentraler:no-dependency-optimizer',
                // After Astro's own hooks, which list the dev toolbar's packages for every environment.
                enforce: 'post',
                configEnvironment(_name, options) {
                  options.optimizeDeps = {
                    ...options.optimizeDeps,
                    include: [],
                    noDiscovery: true,
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
