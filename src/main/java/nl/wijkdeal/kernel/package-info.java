/** Small value types shared by several features (money in euro cents). No framework imports. */
package nl.wijkdeal.kernel;
